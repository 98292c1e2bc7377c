"""A place named "near X" is not X: when the event's own phrase names a country with a preposition of being
there ("shot down over Armenia, near the Nakhchivan Autonomous Republic"), a place under a preposition of
proximity that lies in another country is left out, so the most specific place does not move the event
across a border."""

from __future__ import annotations

from typing import Any

from dotterel.model import Place
from dotterel.stages.scope import is_verb

Pair = tuple[Any, Any]


def resolve_governing_preposition(doc: Any, start: int) -> str | None:
    """The lower-cased preposition whose phrase holds the name starting at token ``start`` ("near" for
    "near the Nakhchivan Autonomous Republic"), or None when a verb or the root comes first."""
    node = doc[start]
    for _ in range(8):
        if node.dep_ == "prep" and node.lower_ != "of":  # "near the Turkish town of Kilis": near
            return str(node.lower_)
        if node.head.i == node.i or (is_verb(node.head) and node.dep_ != "pobj"):
            return None
        node = node.head
    return None


def find_near_elsewhere(doc: Any, inside: list[Pair], proximity: frozenset[str]) -> list[Pair]:
    """``inside`` (pairs of a name candidate and its place mention) without the places named under a
    preposition of ``proximity`` whose country differs from a country named under another preposition
    ("over Armenia, near the Nakhchivan Autonomous Republic" keeps Armenia); unchanged when no country is
    named so, or when nothing would be left."""
    preps = {id(c): resolve_governing_preposition(doc, c.start) for c, _ in inside}
    located = {
        _country(m.place)
        for c, m in inside
        if m.place.kind == "country" and preps[id(c)] is not None and preps[id(c)] not in proximity
    } - {None}
    if not located:
        return inside
    kept = [(c, m) for c, m in inside if not (preps[id(c)] in proximity and _country(m.place) not in located)]
    return kept or inside


def _country(place: Place) -> str | None:
    """The place's ISO3 country."""
    return place.country
