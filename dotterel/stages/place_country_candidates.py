"""The located place-name candidates that stand for a country named elsewhere: a region of "the country"
("in the country's north"), a capital named by its country's demonym ("the Kenyan capital"), a scene of a
country ("in the Syrian desert") and a country described by a noun ("the African country").

Moved out of :mod:`dotterel.stages.place_names`, whose :meth:`PlaceNameFinder.find_country_candidates` calls
:func:`find_country_candidates`.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.stages.place_body_scenes import find_country_scenes
from dotterel.stages.place_described_countries import find_described_countries
from dotterel.stages.place_name_candidates import NameCandidate
from dotterel.stages.place_regions import RegionReader
from dotterel.stages.place_uses import LocativeReader

__all__ = ["find_country_candidates"]


def find_country_candidates(
    doc: Any,
    candidates: list[NameCandidate],
    context: dict[str, float],
    gazetteer: Gazetteer,
    readers: tuple[RegionReader, LocativeReader],
) -> list[NameCandidate]:
    """Return a located candidate for each region of "the country" ("in the country's north"), standing
    for the country named before it as a location (else the article's one top country, from ``context``),
    for each "the Kenyan capital" (the capital city) and each "the African country" (a country named)."""
    reader, locatives = readers
    located, countries = [], []
    for candidate in candidates:
        entry = gazetteer.resolve(candidate.text) if candidate.entries else None
        if entry is not None and entry.kind == "country" and entry.country:
            countries.append((candidate.end - 1, entry.country))  # "the African country" after it
            located += [(candidate.start, entry.country)] if candidate.locative else []
    regions = [
        NameCandidate(i, i + 1, doc[i].text, [entry], locative=True, region=region, referent=entry)
        for region, i, entry in reader.find_country_regions(doc, located, context)
    ]
    capitals = [  # "the Kenyan capital"
        NameCandidate(start, end, doc[start:end].text, [entry], locative=True, referent=entry)
        for start, end, entry in reader.find_demonym_capitals(doc)
        + find_country_scenes(doc, gazetteer, locatives)  # "in the Syrian desert"
        + find_described_countries(doc, countries, gazetteer, locatives)  # "the island nation"
    ]
    return regions + capitals
