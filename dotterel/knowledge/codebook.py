"""The CAMEO codebook: name, Goldstein score, QuadClass and PLOVER type/mode of every CAMEO code.

The table ``cameo.tsv`` is built from the GDELT lookup files and the PLOVER 0.8 CAMEO-to-PLOVER table by
``tools/build_codebook.py`` (see ``docs/codebook.md`` for the sources and our decisions). ``plover_names.tsv``
maps PLOVER 0.5 event names (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT) to the current ones.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from dotterel.errors import KnowledgeError
from dotterel.model import Action

PACKAGED_CODEBOOK = "cameo.tsv"
PACKAGED_PLOVER_NAMES = "plover_names.tsv"
CODEBOOK_COLUMNS = ("cameo", "name", "goldstein", "quad_class", "plover_type", "plover_mode")

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "ASSAULT",
)
"""The 16 event types of PLOVER (draft 0.8 / POLECAT), in the order of the PLOVER manual."""


def to_quad_class(cameo: str) -> int:
    """Return the GDELT QuadClass of a code from its root: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."""
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@dataclass(frozen=True)
class CameoEntry:
    """One row of the codebook; ``plover_type``/``plover_mode`` are None where the code has none."""

    cameo: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None


class CameoRow(BaseModel):
    """Schema of one ``cameo.tsv`` row."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    cameo: str = Field(pattern=r"^(0[1-9]|1[0-9]|20)\d{0,2}$")
    name: str = Field(min_length=1)
    goldstein: float = Field(ge=-10.0, le=10.0)
    quad_class: int = Field(ge=1, le=4)
    plover_type: str | None
    plover_mode: str | None

    @field_validator("plover_type", "plover_mode", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("plover_type")
    @classmethod
    def _known_type(cls, value: str | None) -> str | None:
        if value is not None and value not in PLOVER_TYPES:
            raise ValueError(f"unknown PLOVER type {value!r}")
        return value

    @model_validator(mode="after")
    def _quad_class_from_root(self) -> CameoRow:
        if self.quad_class != to_quad_class(self.cameo):
            raise ValueError(f"quad_class {self.quad_class} does not match root {self.cameo[:2]}")
        return self


class Codebook:
    """Lookup of CAMEO codes: entries, their PLOVER types, and :class:`~dotterel.model.Action` values."""

    def __init__(self, entries: Mapping[str, CameoEntry], path: str = PACKAGED_CODEBOOK) -> None:
        """Wrap validated entries; ``path`` names the source file in errors."""
        self._entries: Mapping[str, CameoEntry] = MappingProxyType(dict(entries))
        self.path = path

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[CameoEntry]:
        return iter(self._entries.values())

    def __contains__(self, cameo: object) -> bool:
        return isinstance(cameo, str) and cameo.strip() in self._entries

    def resolve(self, cameo: str) -> CameoEntry | None:
        """Return the entry of a CAMEO code ("195", "0211"), or None when the code is unknown."""
        return self._entries.get(cameo.strip())

    def to_action(self, cameo: str, mode: str | None = None) -> Action:
        """Return the Action of a CAMEO code; ``mode`` (when given) overrides the table's PLOVER mode.

        Raises:
            KnowledgeError: the code is unknown or has no PLOVER type (e.g. 010 "make statement").
        """
        entry = self.resolve(cameo)
        if entry is None:
            raise KnowledgeError(self.path, cameo, "unknown CAMEO code")
        if entry.plover_type is None:
            raise KnowledgeError(self.path, cameo, "CAMEO code has no PLOVER type")
        return Action(
            type=entry.plover_type,
            mode=mode if mode is not None else entry.plover_mode,
            cameo=entry.cameo,
            goldstein=entry.goldstein,
            quad_class=entry.quad_class,
        )

    def codes_for_type(self, plover_type: str) -> list[str]:
        """Return the CAMEO codes mapped to a PLOVER type, in code order (empty for an unknown type)."""
        return sorted(entry.cameo for entry in self if entry.plover_type == plover_type.upper())


def _read_tsv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            if tuple(reader.fieldnames or ()) != columns:
                raise KnowledgeError(str(path), "(header)", f"expected columns {', '.join(columns)}")
            return list(reader)
    except OSError as error:
        raise KnowledgeError(str(path), "(file)", str(error)) from error


def load_codebook_file(path: Path) -> Codebook:
    """Read and validate a codebook TSV; raise KnowledgeError naming the file and the bad code or line."""
    entries: dict[str, CameoEntry] = {}
    for line, raw in enumerate(_read_tsv(path, CODEBOOK_COLUMNS), start=2):
        try:
            row = CameoRow.model_validate(raw)
        except ValidationError as error:
            first = error.errors()[0]
            field = ".".join(str(part) for part in first["loc"])
            key = f"line {line} {raw.get('cameo')}" + (f".{field}" if field else "")
            raise KnowledgeError(str(path), key, first["msg"]) from error
        if row.cameo in entries:
            raise KnowledgeError(str(path), row.cameo, f"duplicate code (line {line})")
        entries[row.cameo] = CameoEntry(**row.model_dump())
    for cameo in entries:
        if len(cameo) > 2 and cameo[: min(len(cameo) - 1, 3)] not in entries:
            raise KnowledgeError(str(path), cameo, "parent code missing")
    return Codebook(entries, str(path))


@lru_cache(maxsize=1)
def load_codebook() -> Codebook:
    """Load the packaged codebook (cached: the file is read once per process)."""
    return load_codebook_file(Path(str(files("dotterel.knowledge") / PACKAGED_CODEBOOK)))


@lru_cache(maxsize=1)
def load_plover_names() -> Mapping[str, str]:
    """Return the PLOVER 0.5 -> current event-name table, current names mapping to themselves."""
    path = Path(str(files("dotterel.knowledge") / PACKAGED_PLOVER_NAMES))
    table = {name: name for name in PLOVER_TYPES}
    for line, row in enumerate(_read_tsv(path, ("name", "current")), start=2):
        name, current = row["name"].strip().upper(), row["current"].strip().upper()
        if current not in PLOVER_TYPES:
            raise KnowledgeError(str(path), f"line {line} {name}", f"{current!r} is not a PLOVER type")
        table[name] = current
    return MappingProxyType(table)


def to_current_plover(name: str) -> str:
    """Return the current PLOVER type for a PLOVER 0.5 or current event name ("DEMAND" -> "REQUEST").

    Raises:
        KnowledgeError: the name is neither a PLOVER 0.5 nor a current event type.
    """
    current = load_plover_names().get(name.strip().upper())
    if current is None:
        raise KnowledgeError(PACKAGED_PLOVER_NAMES, name, "not a PLOVER event type (0.5 or current)")
    return current
