"""Small helpers of :mod:`dotterel.stages.place_resolution`: the region a direction noun makes of a place, the
countries on a border's side, and a city known only by one alternate name."""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry
from dotterel.model import Place, PlaceMention, Span
from dotterel.stages.place_names import RULE_REGION, NameCandidate

SOLE_ALTERNATE_MIN_POPULATION = 50_000


def resolve_sole_alternate(
    gazetteer: Gazetteer, candidate: NameCandidate, weights: dict[str, float]
) -> GazetteerEntry | None:
    """Return the one city a located name is an alternate name of, in a text that names no country
    ("attacks in Londonderry": Derry, which GeoNames lists under its other name), when that city has
    ``SOLE_ALTERNATE_MIN_POPULATION`` people; None when the text names a country (it decides, in
    :meth:`Gazetteer.resolve`), when several places share the name, or for a small town."""
    if weights or not candidate.locative or candidate.unlisted or candidate.suffix:
        return None
    if gazetteer.find_entries(candidate.text, alternates=False):
        return None
    entries = gazetteer.find_alternate_entries(candidate.text)
    if len(entries) != 1 or entries[0].kind != "city":
        return None
    return entries[0] if entries[0].population >= SOLE_ALTERNATE_MIN_POPULATION else None


def find_on_side(sides: frozenset[str], *pools: dict[str, float]) -> dict[str, float]:
    """Return the countries of the first pool (nearest first) that are on the border's side (``sides``)."""
    for pool in pools:
        found = {code: weight for code, weight in pool.items() if code in sides}
        if found:
            return found
    return {}


def to_region_mention(doc: Any, candidate: NameCandidate, entry: GazetteerEntry) -> PlaceMention:
    """Return the region a direction noun makes of the place: "Thailand's mainly Muslim south" is southern
    Thailand, "the north of Borno State" northern Borno State (kind ``region``, no point)."""
    region = candidate.region
    assert region is not None
    name = doc[candidate.start : candidate.end].text if candidate.suffix else entry.name
    place = Place(f"{region.adjective} {name}", entry.country, None, None, None, "region")
    last = doc[region.end - 1]
    return PlaceMention(Span(doc[region.start].idx, last.idx + len(last.text)), place, RULE_REGION)
