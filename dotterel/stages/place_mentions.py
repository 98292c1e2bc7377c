"""Small helpers of :mod:`dotterel.stages.place_resolution`: the region a direction noun makes of a place, and
the countries on a border's side."""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import GazetteerEntry
from dotterel.model import Place, PlaceMention, Span
from dotterel.stages.place_names import RULE_REGION, NameCandidate


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
