"""Places of session 25 (fix77), on news-like sentences written for these tests, each table with negatives:

- a verb conjoined to another with no subject of its own shares that verb's subject, and the subject's place
  phrase (dotterel/stages/place_acting_subjects.py): "World leaders at the summit in Riyadh call for … and
  discuss …" discuss in Riyadh; not a second verb with its own place, nor a second clause with its own
  subject;
- a passive gerund after "after"/"before" ("after being shot") is a gerund adjunct as an active one is: it was
  done where its verb's act was (dotterel/stages/place_shared_gerunds.py);
- an event noun's stance phrase ("Protests against police brutality in Colombia") gives way to the place its
  verb's clause names ("rage for third day in Bogotá") (dotterel/stages/place_clause_topics.py);
- an unknown name ending in a water noun that GeoNames lists as a town of 5,000+ people in one country is
  that town, with its country ("march in Causeway Bay"), not a body of water of no country
  (dotterel/knowledge/water_towns.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import coded_events_on, with_event

DATE = "2020-11-21"

# (name, country) of the place, or None
Expected = tuple[str, str | None] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


def place_of_event(stage: PlacesStage, article: Article) -> Expected:
    """Return (name, country) of the place the stage gives the article's one event."""
    place = stage(article).events[0].place
    return None if place is None else (place.name, place.country)


# (text, trigger, expected)
CASES: list[tuple[str, str, Expected]] = [
    # a conjoined verb shares its subject's place
    (
        "World leaders at the virtual G20 summit in Riyadh, Saudi Arabia, call for a united response to the "
        "pandemic and discuss the global economic crises and climate change.",
        "discuss",
        ("Riyadh", "SAU"),
    ),
    (
        "Foreign ministers in Brussels condemn the coup and demand the release of the president.",
        "demand",
        ("Brussels", "BEL"),
    ),
    # negatives: the second verb's own place; a second clause with a subject of its own
    ("Ministers in Brussels agree on sanctions and hold talks in Vienna.", "talks", ("Vienna", "AUT")),
    ("Leaders in Riyadh call for unity, and Iran rejects the appeal.", "rejects", None),
    # a passive gerund after "after" is done where its verb's act was
    ("A protester in Minsk is killed after being shot by police officers.", "shot", ("Minsk", "BLR")),
    ("A man in Lagos dies after being stabbed by robbers.", "stabbed", ("Lagos", "NGA")),
    # negative: the gerund's own place
    ("A journalist in Kabul is killed after being abducted in Ghazni.", "abducted", ("Ghazni", "AFG")),
    # the clause's own place over the stance phrase's
    (
        "Protests against police brutality in Colombia rage for third day in Bogotá.",
        "Protests",
        ("Bogota", "COL"),
    ),
    ("Protests over the election in Belarus continue in Minsk.", "Protests", ("Minsk", "BLR")),
    # negatives: no place in the clause; the noun's own place phrase
    ("Protests against police brutality in Colombia continue.", "Protests", ("Colombia", "COL")),
    ("Protests in Paris against police violence turn violent.", "Protests", ("Paris", "FRA")),
    # a town named like a bay
    ("Thousands of people march in Causeway Bay.", "march", ("Causeway Bay", "HKG")),
    ("Police arrest five protesters in Byron Bay.", "arrest", ("Byron Bay", "AUS")),
    # negatives: a body of water; towns of two countries
    ("Iranian boats harass a tanker in the Gulf of Oman.", "harass", ("Gulf of Oman", None)),
    ("Fishermen clash with the coast guard in Oyster Bay.", "clash", ("Oyster Bay", None)),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_a_shared_subject_a_passive_gerund_a_clause_place_and_a_bay_town(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of_event(stage, with_event(parse(text), trigger)) == expected


# The whole pipeline, where the first verb is an event too (its clause then stops the place search).
# (text, trigger, place names the trigger's events have)
CODED: list[tuple[str, str, list[str | None]]] = [
    (
        "World leaders at the virtual G20 summit in Riyadh, Saudi Arabia, call for a united response to the "
        "pandemic and discuss the global economic crises and climate change.",
        "discuss",
        ["Riyadh"],
    ),
    # negatives: the second verb's own place; a second clause with a subject of its own
    ("Ministers in Brussels agree on sanctions and hold talks in Vienna.", "talks", ["Vienna"]),
    ("Leaders in Riyadh call for unity, and Iran rejects the appeal.", "rejects", [None]),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CODED)
def test_a_conjoined_verb_shares_its_subjects_place(
    text: str, trigger: str, expected: list[str | None]
) -> None:
    found = [None if e.place is None else e.place.name for e in coded_events_on(text, trigger, DATE)]
    assert found == expected
