"""A city whose name is also a common word, named with its state: "in Mobile, Alabama", "Jackson, Miss.".

Some town names are stop-listed because in news text they are almost always something else ("Mobile", a
person's "Jackson", "Independence"). Followed by a comma and the first-level division the gazetteer files a
city of that name under ("Mobile, Alabama": the city Mobile is in Alabama), the "City, State" pattern says
the word is the city: the division alone would be a coarser, wrong reading of the place.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry

# The most words a division's name after the comma may have ("New South Wales").
MAX_DIVISION_TOKENS = 3


def find_stated_city_entries(doc: Any, start: int, end: int, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    """The cities named by the stop-listed name at tokens ``[start, end)`` when a comma and a division
    holding a city of that name follow it ("Mobile, Alabama"); else []."""
    name = doc[start:end].text
    if end + 1 >= len(doc) or doc[end].text != "," or not gazetteer.is_not_place(name):
        return []
    entries = gazetteer.find_entries(name, alternates=False, stopped=True)
    cities = [e for e in entries if e.kind == "city" and e.admin1]
    if not cities:
        return []
    for n in range(min(MAX_DIVISION_TOKENS, len(doc) - end - 1), 0, -1):
        span = doc[end + 1 : end + 1 + n]
        if not all(t.text[:1].isupper() for t in span):
            continue
        divisions = [e for e in gazetteer.find_entries(span.text) if e.kind == "admin1"]
        held = [c for c in cities if any(_holds(d, c) for d in divisions)]
        if held:
            return held
    return []


def _holds(division: GazetteerEntry, city: GazetteerEntry) -> bool:
    """True when the city lies in the division (by its first-level code, else by country where the
    division carries no code)."""
    if division.admin1:
        return division.admin1 == city.admin1
    return division.country == city.country
