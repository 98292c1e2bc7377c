"""Schemas and file reading of the actor book: the pydantic models every actor-book YAML file is checked
against, the alias target type, and name normalisation. :mod:`dotterel.knowledge.actor_book` builds the
lookup structure from them.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from dotterel.errors import KnowledgeError

PronounKind = Literal["person", "thing", "group", "speaker"]
AliasKind = Literal[
    "person", "organisation", "country", "capital", "metonym", "adjective", "people", "not_actor"
]
_ISO3 = r"^[A-Z]{3}$"
_SECTOR = r"^[A-Z]{2,6}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MetonymEntry(_Strict):
    """A building or place that stands for a branch of a government ("Pentagon" -> MIL)."""

    alias: str
    sector: str = Field(pattern=_SECTOR)


class CountryEntry(_Strict):
    """One country or territory: names, demonyms, capital, metonyms."""

    iso3: str = Field(pattern=_ISO3)
    name: str
    names: list[str] = []
    adjectives: list[str] = []
    people: list[str] = []
    capital: str | None = None
    capital_aliases: list[str] = []
    capital_as_actor: bool = True
    metonyms: list[MetonymEntry] = []
    note: str | None = None


class RoleEntry(_Strict):
    """A role held from ``start`` to ``end``, inclusive of both days; open ends allowed."""

    title: str
    sector: str = Field(pattern=_SECTOR)
    country: str | None = Field(default=None, pattern=_ISO3)
    start: dt.date | None = None
    end: dt.date | None = None
    approx: bool = False

    @model_validator(mode="after")
    def _end_after_start(self) -> RoleEntry:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self

    def is_valid_on(self, on: dt.date) -> bool:
        """Return True when the role is held on ``on``."""
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


class PersonEntry(_Strict):
    """A named person: nationality, aliases, roles over time."""

    id: str = Field(pattern=r"^person:[a-z0-9][a-z0-9-]*$")
    name: str
    country: str | None = Field(default=None, pattern=_ISO3)
    aliases: list[str] = []
    title_aliases: list[str] = []
    roles: list[RoleEntry] = []
    note: str | None = None


class OrganisationEntry(_Strict):
    """An organisation, armed group, IGO, company or news outlet."""

    id: str = Field(pattern=r"^org:[a-z0-9][a-z0-9-]*$")
    name: str
    country: str | None = Field(default=None, pattern=_ISO3)
    sector: str = Field(pattern=_SECTOR)
    aliases: list[str] = []
    note: str | None = None


class KnowledgeFile(_Strict):
    """The schema of every actor-book YAML file; every section is optional."""

    other_codes: dict[str, str] = {}
    countries: list[CountryEntry] = []
    people: list[PersonEntry] = []
    organisations: list[OrganisationEntry] = []
    not_actors: list[str] = []
    sector_codes: dict[str, str] = {}
    sector_words: dict[str, list[str]] = {}
    alias_sectors: dict[str, str | None] = {}
    titles: dict[str, str | None] = {}
    title_connectors: list[str] = []
    place_prepositions: list[str] = []
    group_nouns: list[str] = []
    located_prepositions: list[str] = []
    allegiance_words: list[str] = []
    former_markers: list[str] = []
    ethnic_markers: list[str] = []
    foreign_nouns: list[str] = []
    pronouns: dict[str, PronounKind] = {}


@dataclass(frozen=True)
class AliasTarget:
    """What an alias points at: its kind, the entry key (actor id or ISO3) and, for metonyms, a sector."""

    kind: AliasKind
    key: str
    sector: str | None = None


@lru_cache(maxsize=65536)
def normalise_name(text: str) -> str:
    """Return ``text`` folded for lookup: accents dropped, casefolded, apostrophes straight, single spaces."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bb", "'").replace("ı", "i")
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def is_case_sensitive(alias: str) -> bool:
    """Return True for short all-caps aliases ("US", "U.N.", "IRGC") that must match exactly."""
    letters = [ch for ch in alias if ch.isalpha()]
    return " " not in alias and 0 < len(letters) <= 5 and all(ch.isupper() for ch in letters)


def _key_of(loc: tuple[Any, ...], raw: Any) -> str:
    parts: list[str] = []
    node = raw
    for step in loc:
        if isinstance(step, int) and isinstance(node, list) and step < len(node):
            node = node[step]
            ident = node.get("id") or node.get("iso3") if isinstance(node, dict) else None
            parts[-1:] = [f"{parts[-1] if parts else ''}[{ident or step}]"]
        else:
            node = node.get(step) if isinstance(node, dict) else None
            parts.append(str(step))
    return ".".join(parts) or "<root>"


def load_knowledge_file(path: Path) -> KnowledgeFile:
    """Read and validate one actor-book YAML file; raise KnowledgeError naming the file and key."""
    try:
        raw = yaml.load(
            path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        )
    except (OSError, yaml.YAMLError) as error:
        raise KnowledgeError(str(path), "<file>", str(error).replace("\n", " ")) from error
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise KnowledgeError(str(path), "<root>", "the file must hold a mapping of sections")
    try:
        parsed = KnowledgeFile.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        raise KnowledgeError(str(path), _key_of(tuple(first["loc"]), raw), first["msg"]) from error
    _check_duplicates(path, parsed)
    return parsed


def _check_duplicates(path: Path, parsed: KnowledgeFile) -> None:
    seen: set[str] = set()
    ids = [p.id for p in parsed.people] + [o.id for o in parsed.organisations]
    for key in [c.iso3 for c in parsed.countries] + ids:
        if key in seen:
            raise KnowledgeError(str(path), key, "duplicate id")
        seen.add(key)
    words: dict[str, str] = {}
    for code, entries in parsed.sector_words.items():
        for word in entries:
            folded = normalise_name(word)
            if folded in words:
                raise KnowledgeError(str(path), f"sector_words.{code}.{word}", f"also under {words[folded]}")
            words[folded] = code
