"""A US federal court district: "the Eastern District of Virginia", "the Middle District of Florida".

A capitalised "District" (after a direction word or not) whose "of" phrase names a US state is a federal
court's district: the place is that US state, never a place of another country that shares the state's name
("the Middle District of Florida" is not Uruguay's department Florida, "the Northern District of Georgia"
neither the country Georgia nor Israel's Northern District). The state's name and the "<direction>
District" before it both give the state, as a region with no point. "The District of Columbia" names no
state and keeps its own reading.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry
from dotterel.model import Place, PlaceMention, Span
from dotterel.stages.place_names import RULE_REGION, NameCandidate

__all__ = ["to_court_district_mention"]

DISTRICT = "District"


def to_court_district_mention(
    doc: Any, candidate: NameCandidate, gazetteer: Gazetteer, span: Span
) -> PlaceMention | None:
    """The US state of a federal court district for a name that is its state ("Virginia" of "the Eastern
    District of Virginia") or its "<direction> District" (spanning the state's name too); else None."""
    start, end = candidate.start, candidate.end
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text == DISTRICT:
        state = _us_state(gazetteer, doc[start:end].text)
        return None if state is None else PlaceMention(span, _to_place(state), RULE_REGION)
    if doc[end - 1].text != DISTRICT or end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    for stop in range(min(end + 4, len(doc)), end + 1, -1):  # "of New York", "of Virginia"
        state = _us_state(gazetteer, doc[end + 1 : stop].text)
        if state is not None:
            last = doc[stop - 1]
            return PlaceMention(Span(span.start, last.idx + len(last.text)), _to_place(state), RULE_REGION)
    return None


def _us_state(gazetteer: Gazetteer, name: str) -> GazetteerEntry | None:
    """The US state named ``name``, or None."""
    states = [
        e
        for e in gazetteer.find_entries(name, alternates=False)
        if e.kind == "admin1" and e.country == "USA" and (e.admin1 or "").startswith("US.")
    ]
    return states[0] if states else None


def _to_place(state: GazetteerEntry) -> Place:
    return Place(state.name, state.country, state.admin1, None, None, "region")
