"""A state or province after a town's comma that shares its name with a country: "Brunswick, Georgia".

"<town>, <name>" where the name is a country's and also a division's of another country (the US state of
Georgia) reads the name as the division when the town is a place of that division (a town of the gazetteer
or of the small-town table there) and no place of the country: "Brunswick, Georgia" and "Savannah, Georgia"
are in the United States, "Tbilisi, Georgia" and "Batumi, Georgia" in the country. A town of both, or of
neither, keeps the country's reading. A US county ("<name> County", "<name> Parish": ``state_county_nouns``
of ``knowledge/places.yaml``) before the comma makes a US state's name the state, whatever else shares it:
"Fulton County, Georgia" and "Miami-Dade County, Florida" (not Uruguay's department) are in the United
States (:func:`find_county_state`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry
from dotterel.model import Place
from dotterel.stages.place_names import NameCandidate

FindTown = Callable[[Any, NameCandidate, str, "str | None"], "Place | None"]


def find_state_namesake(
    gazetteer: Gazetteer, doc: Any, candidate: NameCandidate, find_town: FindTown
) -> GazetteerEntry | None:
    """The division named after the name's comma when that name is also a country's and the name before
    the comma is a town of the division and no place of the country ("Brunswick, Georgia": the US state);
    None otherwise. ``find_town(doc, candidate, iso3, admin1_code)`` is the small-town look-up."""
    end = candidate.end
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    for n in range(min(3, len(doc) - end - 1), 0, -1):
        words = doc[end + 1 : end + 1 + n]
        if any(t.is_sent_start or not t.text[:1].isupper() for t in words):
            continue
        entries = gazetteer.find_entries(words.text, alternates=False)
        if entries:
            return _to_town_state(gazetteer, doc, candidate, entries, find_town)
    return None


def _to_town_state(
    gazetteer: Gazetteer,
    doc: Any,
    candidate: NameCandidate,
    entries: list[GazetteerEntry],
    find_town: FindTown,
) -> GazetteerEntry | None:
    """The one division of ``entries`` (a country's name that is also another country's division) the town
    of ``candidate`` lies in, when the town is no place of the country; None otherwise."""
    countries = {e.country for e in entries if e.kind == "country" and e.country}
    states = [
        e for e in entries if e.kind == "admin1" and e.admin1 and e.country and e.country not in countries
    ]
    if not countries or not states:
        return None
    towns = gazetteer.find_entries(candidate.text, alternates=False)
    if any(e.country in countries for e in towns):
        return None  # "Tbilisi, Georgia"
    if any(find_town(doc, candidate, code, None) is not None for code in sorted(countries)):
        return None  # "Dmanisi, Georgia": a small town of the country
    own = [s for s in states if _has_town(doc, candidate, s, towns, find_town)]
    return own[0] if len(own) == 1 else None


def _has_town(
    doc: Any,
    candidate: NameCandidate,
    state: GazetteerEntry,
    towns: list[GazetteerEntry],
    find_town: FindTown,
) -> bool:
    """True when the division ``state`` has a town of the candidate's name: the gazetteer's or, else, the
    small-town table's."""
    if any(e.kind == "city" and e.admin1 == state.admin1 for e in towns):
        return True
    code = (state.admin1 or "").split(".", 1)[-1]
    town = find_town(doc, candidate, state.country or "", code)
    return town is not None and town.admin1 == state.admin1


def find_county_state(gazetteer: Gazetteer, doc: Any, candidate: NameCandidate) -> GazetteerEntry | None:
    """The US state named after the comma of a US county's name ("Fulton County, Georgia", "Miami-Dade
    County, Florida"), or None."""
    end = candidate.end
    county = doc[end - 1].lower_ in gazetteer.words.state_county_nouns
    if not county or end + 1 >= len(doc) or doc[end].text != ",":
        return None
    for n in range(min(3, len(doc) - end - 1), 0, -1):
        words = doc[end + 1 : end + 1 + n]
        if any(t.is_sent_start or not t.text[:1].isupper() for t in words):
            continue
        states = [
            e
            for e in gazetteer.find_entries(words.text, alternates=False)
            if e.kind == "admin1" and e.country == "USA" and (e.admin1 or "").startswith("US.")
        ]
        if states:
            return states[0]
    return None
