"""Divisions of every country but the US for the gazetteer, from pycountry's ISO 3166-2 table
(:func:`dotterel.knowledge.gazetteer.load_gazetteer`).

The first level of every country; the second level too where the news names it rather than the first
(``second_level_division_countries`` of ``gazetteer.yaml``: the United Kingdom's counties, unitary areas,
council areas and districts under England, Scotland, Wales and Northern Ireland; Ireland's counties under its
provinces). Other countries' second level stays out (French departments, Spanish and Italian provinces).
A division ISO names otherwise than the news ("Veracruz de Ignacio de la Llave", "Buryatiya, Respublika") also
takes the names of ``division_names`` in ``gazetteer.yaml`` ("Veracruz", "Buryatia").
"""

from __future__ import annotations

import re

import pycountry

from dotterel.errors import KnowledgeError
from dotterel.knowledge.gazetteer import GazetteerEntry, GazetteerFile, to_ascii_name, to_key
from dotterel.knowledge.place_words import PlaceWords


def to_division_name(iso_name: str) -> str:
    """The name news uses for an ISO 3166-2 division name: without its bracketed local name or note ("Cardiff
    [Caerdydd GB-CRD]" is "Cardiff", "Central Luzon (Region III)" "Central Luzon") and with an inverted part
    put first ("Durham, County" is "County Durham", "Bristol, City of" "City of Bristol", "Vale of Glamorgan,
    The" "Vale of Glamorgan")."""
    name = to_ascii_name(re.sub(r"\s*(\[.*?\]|\(.*?\))", "", iso_name)).strip()
    head, comma, tail = name.partition(", ")
    if not comma or tail.lower() not in {"county", "city of", "the"}:
        return name
    return head if tail.lower() == "the" else f"{tail} {head}"


def to_division_entries(
    data: GazetteerFile, words: PlaceWords, demonyms: dict[str, str]
) -> list[tuple[GazetteerEntry, list[str], list[str]]]:
    """Divisions of every country but the US from pycountry's ISO 3166-2 table ("Borno", "Kunar", "Far
    North", "Hampshire"), kind ``admin1``, no point: they rank below every city, so "Kandahar" stays the
    city. Second-level ones only of ``data.second_level_division_countries``, with the GeoNames admin1 key
    of the first level above them ("GB.ENG" of Hampshire; :func:`is_second_level_division`). Names made of
    generic words only ("North", "Centre-Nord", "Plateau") and demonyms are left out."""
    generic = {to_key(w) for w in data.generic_division_words} | words.directions | words.geo_nouns
    generic |= words.admin_suffixes
    lower_levels = set(data.second_level_division_countries)
    news_names = to_checked_division_names(data)
    out: list[tuple[GazetteerEntry, list[str], list[str]]] = []
    for division in pycountry.subdivisions:
        if division.country_code == "US":
            continue
        if division.parent_code is not None and division.country_code not in lower_levels:
            continue
        name = to_division_name(division.name)
        parts = to_key(name).replace("-", " ").split()
        if len(name) < 4 or all(p in generic for p in parts) or to_key(name) in demonyms:
            continue
        country = pycountry.countries.get(alpha_2=division.country_code)
        above = division.parent_code.replace("-", ".") if division.parent_code else None  # "GB.ENG"
        names = [*news_names.get(division.code, []), name]  # named as the news names it: "Veracruz"
        entry = GazetteerEntry(names[0], country.alpha_3 if country else None, above, None, None, "admin1")
        out.append((entry, names, []))
    return out


def to_checked_division_names(data: GazetteerFile) -> dict[str, list[str]]:
    """The news names of divisions (``division_names`` of ``gazetteer.yaml``, "MX-VER": ["Veracruz"]) by
    ISO 3166-2 code; raise KnowledgeError for a code that is no division of pycountry's table."""
    for code in data.division_names:
        if pycountry.subdivisions.get(code=code) is None:
            raise KnowledgeError("gazetteer.yaml", f"division_names.{code}", "no ISO 3166-2 division")
    return data.division_names


def is_second_level_division(entry: GazetteerEntry) -> bool:
    """True for a second-level division of :func:`to_division_entries` (a division outside the US with the
    admin1 key of the level above it): "Kent", "Essex", not a first-level one nor a US state."""
    return entry.kind == "admin1" and entry.admin1 is not None and not entry.admin1.startswith("US.")
