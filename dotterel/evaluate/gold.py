"""Gold readers: PLOVER gold JSON, our ``*.expected.yaml``, a simple events JSONL, PETRARCH unit-test XML.

Every reader returns a :class:`GoldSet` of :class:`GoldItem` (one text to code, its date, and what it should
give). The format follows the file's suffix (:func:`find_gold_format`): ``.json`` PLOVER gold, ``.jsonl``
events, ``.yaml``/``.yml`` expectations, ``.xml`` PETRARCH records. PLOVER 0.5 event names (DEMAND,
DISAPPROVE, INVESTIGATE, FIGHT) are mapped to the current ones with
:func:`~dotterel.knowledge.codebook.to_current_plover`, PLOVER 0.5 modes with ``plover05_modes.tsv``, and
the country codes of old gold files that are not ISO 3166 alpha-3 (``ITL`` for Italy, ``JAP``, ``VTN``,
CAMEO's ``KSV`` and ``TMP``) with ``gold_country_codes.tsv``, since dotterel codes countries in ISO3.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

from dotterel.errors import DotterelError, InputError
from dotterel.expected import load_expectations
from dotterel.knowledge.codebook import to_current_plover

GoldFormat = Literal["plover", "jsonl", "expected", "petrarch"]
GOLD_SUFFIXES: dict[str, GoldFormat] = {
    ".json": "plover",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".yaml": "expected",
    ".yml": "expected",
    ".xml": "petrarch",
}
MODES_FILE = "plover05_modes.tsv"
COUNTRY_CODES_FILE = "gold_country_codes.tsv"
UNKNOWN_SECTORS = frozenset({"", "***", "---"})


@dataclass(frozen=True)
class GoldActor:
    """A gold actor: country code, sector code (its first three letters, upper case), and its words."""

    country: str | None
    sector: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class GoldEvent:
    """A gold event: current PLOVER type, mode, source and target actors, place, killed and injured."""

    type: str
    mode: str | None = None
    sources: tuple[GoldActor, ...] = ()
    targets: tuple[GoldActor, ...] = ()
    place: str | None = None
    killed: int | None = None
    injured: int | None = None


@dataclass(frozen=True)
class PetrarchCoding:
    """One expected PETRARCH event: source code, target code, CAMEO event code."""

    source: str
    target: str
    cameo: str


@dataclass
class GoldItem:
    """One text to code and what it should give: gold events, expectations, or PETRARCH codings."""

    item_id: str
    text: str
    date: dt.date
    origin: str
    events: list[GoldEvent] = field(default_factory=list)
    expected: Mapping[str, Any] | None = None
    codings: list[PetrarchCoding] = field(default_factory=list)
    category: str | None = None


@dataclass
class GoldSet:
    """The items of one gold file and its format."""

    path: Path
    format: GoldFormat
    items: list[GoldItem]


def find_gold_format(path: Path) -> GoldFormat:
    """Return the gold format of a file from its suffix; raise InputError for an unknown one."""
    fmt = GOLD_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(GOLD_SUFFIXES)
        raise InputError(str(path), f"unknown gold format {path.suffix!r} (known suffixes: {known})")
    return fmt


def load_gold(path: Path, article: Path | None = None) -> GoldSet:
    """Read a gold file in any of the four formats; ``article``: the text (or JSONL) for an expected.yaml."""
    from dotterel.evaluate.petrarch import read_petrarch_records

    if not path.is_file():
        raise InputError(str(path), "no such gold file")
    fmt = find_gold_format(path)
    readers = {
        "plover": lambda: read_plover_gold(path),
        "jsonl": lambda: read_events_jsonl(path),
        "expected": lambda: read_expected(path, article),
        "petrarch": lambda: read_petrarch_records(path),
    }
    items = readers[fmt]()
    seen: dict[str, int] = {}
    for item in items:  # ids name articles: a repeated id (PETRARCH's AGENTS-18) gets a suffix, "~2"
        seen[item.item_id] = seen.get(item.item_id, 0) + 1
        item.item_id += f"~{seen[item.item_id]}" if seen[item.item_id] > 1 else ""
    return GoldSet(path, fmt, items)


@lru_cache(maxsize=1)
def load_plover05_modes() -> Mapping[str, str]:
    """Return the PLOVER 0.5 -> current mode table (modes not listed keep their name)."""
    with (files("dotterel.evaluate") / MODES_FILE).open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {row["mode"].strip(): row["current"].strip() for row in rows}


@lru_cache(maxsize=1)
def load_gold_country_codes() -> Mapping[str, str]:
    """Return the table of old gold country codes that are not ISO3 -> their ISO3 code."""
    with (files("dotterel.evaluate") / COUNTRY_CODES_FILE).open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {row["code"].strip(): row["iso3"].strip() for row in rows}


def to_gold_country(code: object) -> str | None:
    """Return a gold actor's country code in ISO3 (``ITL`` -> ``ITA``; ``IGO`` stays); None for none."""
    text = str(code or "").strip().upper()
    return load_gold_country_codes().get(text, text) or None


def to_current_mode(mode: object) -> str | None:
    """Return a gold mode in today's vocabulary (``strike-hun`` -> ``hunger``); None for none."""
    text = str(mode or "").strip().lower()
    return load_plover05_modes().get(text, text) or None


def to_gold_sector(sector: object) -> str | None:
    """Return a gold sector's first three letters in capitals (``CVLkur`` -> ``CVL``); None if unknown."""
    text = str(sector or "").strip()
    return None if text in UNKNOWN_SECTORS else text[:3].upper()


def to_count(value: object) -> int | None:
    """Return a stated count as an int (``"156"`` -> 156); None when absent or not a number."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip()
    return int(text) if text.isdigit() else None


def to_gold_type(name: object, origin: str) -> str:
    """Return the current PLOVER type of a gold event name; raise InputError for an unknown one."""
    try:
        return to_current_plover(str(name))
    except DotterelError as error:
        raise InputError(origin, f"unknown event type {name!r}") from error


def _to_actors(value: object, text_key: str) -> tuple[GoldActor, ...]:
    items = value if isinstance(value, list) else [value] if isinstance(value, dict) else []
    return tuple(
        GoldActor(
            to_gold_country(a.get("code") or a.get("country")),
            to_gold_sector(a.get("sector")),
            a.get(text_key),
        )
        for a in items
        if isinstance(a, dict)
    )


def _to_place(value: object) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    return str(value).strip() or None if value else None


def _to_date(value: object, origin: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as error:
        raise InputError(origin, f"not a date (YYYY-MM-DD): {value!r}") from error


_RECIPROCAL_MARK = re.compile(r"\(SRC/TAR:\s*([^)]*)\)")


def find_reciprocal_actors(raw: Mapping[str, Any], sources: tuple[GoldActor, ...]) -> tuple[GoldActor, ...]:
    """Return the sources that a PLOVER record's markup marks ``(SRC/TAR: …)``: reciprocal actors, each the
    other's target ("The United States and Jordan have agreed")."""
    info = raw.get("textInfo")
    markup = info.get("markup") if isinstance(info, Mapping) else None
    marked = {" ".join(m.split()).lower() for m in _RECIPROCAL_MARK.findall(markup or "")}
    return tuple(a for a in sources if a.text and " ".join(str(a.text).split()).lower() in marked)


def _to_event(raw: Mapping[str, Any], origin: str, plover: bool) -> GoldEvent:
    sources = _to_actors(raw.get("source"), "actorText" if plover else "text")
    targets = _to_actors(raw.get("target"), "actorText" if plover else "text")
    if plover:
        targets += tuple(a for a in find_reciprocal_actors(raw, sources) if a not in targets)
    return GoldEvent(
        type=to_gold_type(raw.get("event" if plover else "type"), origin),
        mode=to_current_mode(raw.get("mode")),
        sources=sources,
        targets=targets,
        place=_to_place(raw.get("eventLoc" if plover else "place")),
        killed=to_count(raw.get("dead" if plover else "killed")),
        injured=to_count(raw.get("injured")),
    )


def read_plover_gold(path: Path) -> list[GoldItem]:
    """Read PLOVER gold-standard JSON (a list of records; DOCUMENT headers are skipped)."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise InputError(str(path), f"cannot read PLOVER gold JSON: {error}") from error
    if not isinstance(records, list):
        raise InputError(str(path), "PLOVER gold must be a JSON list of records")
    items = []
    for number, raw in enumerate(records, start=1):
        if not isinstance(raw, dict) or raw.get("event") == "DOCUMENT" or not raw.get("text"):
            continue
        origin = f"{path}:{raw.get('id') or number}"
        item_id = str(raw.get("id") or f"record-{number}")
        event = _to_event(raw, origin, plover=True)
        items.append(GoldItem(item_id, str(raw["text"]), _to_date(raw.get("date"), origin), origin, [event]))
    return items


def read_events_jsonl(path: Path) -> list[GoldItem]:
    """Read the simple gold JSONL: ``{id?, text, date, events: [{type, mode, source, target, place, …}]}``."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror}") from error
    items = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(origin, f"not JSON: {error.msg}") from error
        if not isinstance(raw, dict) or not raw.get("text") or not isinstance(raw.get("events", []), list):
            raise InputError(origin, "a gold line needs text, date and a list of events")
        events = [_to_event(e, origin, plover=False) for e in raw.get("events", []) if isinstance(e, dict)]
        item_id = str(raw.get("id") or f"line-{number}")
        items.append(GoldItem(item_id, str(raw["text"]), _to_date(raw.get("date"), origin), origin, events))
    return items


def read_expected(path: Path, article: Path | None) -> list[GoldItem]:
    """Read an ``*.expected.yaml``: one article (``article`` is its text file) or ``items:`` over a JSONL."""
    data = load_expectations(path)
    if "items" in data:
        return _read_expected_items(path, data, article)
    if article is None:
        raise InputError(
            str(path), "an expected.yaml without items: needs --article (the article's text file)"
        )
    from dotterel.ingest import read_paths
    from dotterel.model import Article

    articles = [a for a in read_paths([article]) if isinstance(a, Article)]
    if len(articles) != 1:
        raise InputError(str(article), f"expected one article, found {len(articles)}")
    (text,) = articles
    spec = {key: data.get(key) or [] for key in ("must", "may", "must_not")}
    return [GoldItem(text.id, text.text, text.date, str(article), expected=spec)]


def find_items_jsonl(path: Path, data: Mapping[str, Any], article: Path | None) -> Path:
    """Return the JSONL the items' ``line`` numbers point into: ``--article``, a ``jsonl:`` key, or the
    first ``….jsonl`` path named in the file's leading comment (relative to the YAML file)."""
    if article is not None:
        return article
    named = data.get("jsonl")
    if not named:
        header = "\n".join(
            line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")
        )
        found = re.search(r"(\S+\.jsonl)\b", header)
        named = found.group(1) if found else None
    if not named:
        raise InputError(str(path), "items: need the JSONL they point into (--article FILE or a jsonl: key)")
    return (path.parent / str(named)).resolve()


def _read_expected_items(path: Path, data: Mapping[str, Any], article: Path | None) -> list[GoldItem]:
    jsonl = find_items_jsonl(path, data, article)
    try:
        lines = jsonl.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(str(jsonl), f"cannot read the items' JSONL: {error.strerror}") from error
    items = []
    for spec in data.get("items") or []:
        number = spec.get("line") if isinstance(spec, dict) else None
        if not isinstance(number, int) or not 1 <= number <= len(lines):
            raise InputError(str(path), f"item {spec!r}: line must be a line number of {jsonl}")
        origin = f"{jsonl}:{number}"
        raw = json.loads(lines[number - 1])
        expected = {key: spec.get(key) or [] for key in ("must", "may", "must_not")}
        text, date = str(raw["text"]).strip(), _to_date(raw.get("date"), origin)
        items.append(GoldItem(f"line-{number}", text, date, origin, expected=expected))
    return items
