"""How specific a place is, and which of the located names of an article are more precise than another.

Returns the specificity rank of a place (:func:`to_specificity`), the rank that picks a government's
jurisdiction (:func:`to_jurisdiction_rank`), the starts of the names that stand inside a container named with
them (:func:`to_container_starts`) and the names a coarser place phrase after a comma describes
(:func:`to_elaborations`). Moved out of :mod:`dotterel.stages.places`, which ranks an event's places by them.
"""

from __future__ import annotations

from typing import Any

from dotterel.model import Place, PlaceMention
from dotterel.stages.place_names import NameCandidate

Pairs = list[tuple[NameCandidate, PlaceMention]]


def to_specificity(place: Place) -> int:
    """Return 0 for a city or locality, 1 for a US state or a country's region, 2 for a country, else 3."""
    if place.kind in ("city", "locality"):
        return 0
    if place.kind in ("region", "admin1"):
        return 1 if place.country else 3
    return 2


def to_container_starts(doc: Any, pairs: Pairs) -> frozenset[int]:
    """Return the starts of the located names that stand in apposition right after another located name:
    "in Spin Boldak, Kandahar" names Spin Boldak inside Kandahar, more precisely than its container (not a
    list: "in the United States, Paris in France, …"); and of the possessors of another located name
    ("eastern Afghanistan's Khost Province")."""
    spans = {c.end: c for c, _ in pairs}
    out = set()
    for candidate, _ in pairs:
        before = spans.get(candidate.start - 1)
        root = doc[candidate.start : candidate.end].root
        apposed = before is not None and root.dep_ == "appos" and before.start <= root.head.i < before.end
        if apposed and doc[candidate.start - 1].text == ",":
            out.add(candidate.start)
        possessed = root.head.i if root.dep_ == "poss" else -1
        if any(c.start <= possessed < c.end for c, _ in pairs if c is not candidate):
            out.add(candidate.start)  # "eastern Afghanistan's Khost Province": the possessor contains it
    return frozenset(out)


def to_elaborations(doc: Any, pairs: Pairs) -> dict[int, PlaceMention]:
    """Return, by the span start of a coarser located place, the name a place phrase after a comma describes:
    "ships passing Fujairah, off the coast of the United Arab Emirates" places Fujairah on that coast, so
    where the phrase is the event's place, Fujairah is (the same country, more specific)."""
    by_end = {c.end: m for c, m in pairs}
    out = {}
    for candidate, mention in pairs:
        token = doc[candidate.start : candidate.end].root
        while token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.dep_ == "pobj":
            token = token.head.head  # "off the coast of the United Arab Emirates": up to "off"
        prep = token.head if token.dep_ == "pobj" else None
        if prep is None or prep.i < 2 or doc[prep.i - 1].text != ",":
            continue
        named = by_end.get(prep.i - 1)
        if (
            named is not None
            and named.place.country == mention.place.country
            and to_specificity(named.place) < to_specificity(mention.place)
        ):
            out[mention.span.start] = named
    return out


def to_jurisdiction_rank(place: Place) -> tuple[bool, int]:
    """Return a key whose largest value is the jurisdiction of a government among the places its name holds:
    the coarsest, a world region last ("the U.S. state of Ohio's governor" governs Ohio … of the U.S.)."""
    return to_specificity(place) < 3, to_specificity(place)
