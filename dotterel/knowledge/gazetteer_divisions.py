"""First-level divisions of every country but the US for the gazetteer, from pycountry's ISO 3166-2 table
(:func:`dotterel.knowledge.gazetteer.load_gazetteer`)."""

from __future__ import annotations

import re

import pycountry

from dotterel.knowledge.gazetteer import GazetteerEntry, GazetteerFile, to_ascii_name, to_key
from dotterel.knowledge.place_words import PlaceWords


def to_division_entries(
    data: GazetteerFile, words: PlaceWords, demonyms: dict[str, str]
) -> list[tuple[GazetteerEntry, list[str], list[str]]]:
    """First-level divisions of every country but the US from pycountry's ISO 3166-2 table ("Borno",
    "Kunar", "Far North"), kind ``admin1``, no point: they rank below every city, so "Kandahar" stays the
    city. Names made of generic words only ("North", "Centre-Nord", "Plateau") and demonyms are left out."""
    generic = {to_key(w) for w in data.generic_division_words} | words.directions | words.geo_nouns
    generic |= words.admin_suffixes
    out: list[tuple[GazetteerEntry, list[str], list[str]]] = []
    for division in pycountry.subdivisions:
        if division.parent_code is not None or division.country_code == "US":
            continue
        name = to_ascii_name(re.sub(r"\s*\[.*?\]", "", division.name)).strip()
        parts = to_key(name).replace("-", " ").split()
        if len(name) < 4 or all(p in generic for p in parts) or to_key(name) in demonyms:
            continue
        country = pycountry.countries.get(alpha_2=division.country_code)
        entry = GazetteerEntry(name, country.alpha_3 if country else None, None, None, None, "admin1")
        out.append((entry, [name], []))
    return out
