"""A city name shared by a city of one country and, as its other name, a city of a country the text is about.

"Vitoria" is the primary name of Vitória, Brazil, and another name of Vitoria-Gasteiz, Spain: in an article
about Spain (a Spanish actor, a Spanish place, the demonym "Spanish") it is the Spanish city. The text's
countries choose between the two cities as they choose between two cities of the same primary name: by
population plus the weight of the country (:meth:`Gazetteer.resolve`). Only a city of
``ALTERNATE_MIN_POPULATION`` people is read by its other name, and such a name does not by itself make its
primary city's country one the text is about. A country or region of the name always wins over such a city. A
landmark's name that is only another name of a small town ("Central Park", once Bethpage's) is not that town.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from dotterel.knowledge.gazetteer import ALTERNATE_MIN_POPULATION, Gazetteer, GazetteerEntry
from dotterel.stages.place_landmarks import is_small_town_alias
from dotterel.stages.place_mentions import resolve_sole_alternate
from dotterel.stages.place_names import NameCandidate


def find_context_alternates(
    gazetteer: Gazetteer, name: str, countries: Mapping[str, float]
) -> list[GazetteerEntry]:
    """Return the cities of at least ``ALTERNATE_MIN_POPULATION`` people that ``name`` is another name of,
    in a country of ``countries`` (weight above zero) that has no place of that primary name."""
    primary = {e.country for e in gazetteer.find_entries(name, alternates=False)}
    return [
        e
        for e in gazetteer.find_alternate_entries(name)
        if e.kind == "city"
        and e.population >= ALTERNATE_MIN_POPULATION
        and e.country not in primary
        and countries.get(e.country or "", 0.0) > 0
    ]


def resolve_in_context(
    gazetteer: Gazetteer, candidate: NameCandidate, weights: dict[str, float]
) -> GazetteerEntry | None:
    """The entry for a located name: :meth:`Gazetteer.resolve`; but when that is a city of a country the text
    is not about, a city of a country it is about that bears the name as its other name, if it scores
    higher (population plus country weight); else a city known only by that one other name
    (:func:`resolve_sole_alternate`)."""
    entry = gazetteer.resolve(candidate.text, weights)
    if entry is not None and is_small_town_alias(gazetteer, candidate.text, entry):
        return None  # "Central Park" is not Bethpage, New York, that once bore the name
    if entry is None and candidate.entries and gazetteer.is_not_place(candidate.text):
        return max(candidate.entries, key=lambda e: e.population)  # "Mobile, Alabama": the stated city
    if entry is None:
        return resolve_sole_alternate(gazetteer, candidate, weights)
    if entry.kind != "city" or weights.get(entry.country or "", 0.0) > 0:
        return entry

    def score(city: GazetteerEntry) -> float:
        return math.log10(city.population + 1) + weights.get(city.country or "", 0.0)

    best = max(find_context_alternates(gazetteer, candidate.text, weights), key=score, default=None)
    return best if best is not None and score(best) > score(entry) else entry
