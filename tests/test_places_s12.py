"""Places, places12. Sentences written for these tests (news-like), each table with negatives:

- an event coded once per member of a list of places ("his visit to Mozambique, Madagascar and Mauritius")
  places each copy at its own member, not all at the first (dotterel/stages/place_list_targets.py); a list
  of targets that are no places keeps one place, and a place phrase of the event's own is kept;
- "measures" and "rules" of a named kind ("social distancing measures", "lockdown rules") are a government
  measure, placed in the issuer's jurisdiction; "security measures" and "economic measures" are not;
- the White House visited, attacked or after a locative preposition is a place (in Washington); the White
  House speaking is not.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.api import code
from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_events

DATE = "2020-01-08"
Expected = tuple[str, str] | None


def coded_targets_and_places(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    """Return (target name, place name) of each event the whole pipeline codes at the word ``trigger``."""
    found = [e for e in code(text, DATE) if text[e.trigger.start : e.trigger.end] == trigger]
    assert found, (trigger, [text[e.trigger.start : e.trigger.end] for e in code(text, DATE)])
    return [(e.target.name if e.target else None, e.place.name if e.place else None) for e in found]


# (text, trigger, expected (target, place) of each copy)
LISTED_TARGETS = [
    (
        "The prime minister cancels his scheduled trips to Saudi Arabia, the United Arab Emirates and Oman.",
        "cancels",
        [("Saudi Arabia", None), ("United Arab Emirates", None), ("Oman", None)],  # a trip called off: its
        # destination is the target of each copy, no place of the calling off (place_cancelled_trips.py)
    ),
    (
        "Pope Francis reviews highlights from his visit to Mozambique, Madagascar and Mauritius.",
        "visit",
        [("Mozambique", "Mozambique"), ("Madagascar", "Madagascar"), ("Mauritius", "Mauritius")],
    ),
    # negatives: the targets are no places named as locations; a place phrase of the event's own
    (
        "Police arrested the leaders of the Tamarod movement and the Kifaya group in Cairo.",
        "arrested",
        [(None, "Cairo")],
    ),
    ("Trump meets the leaders of France, Germany and Italy in Biarritz.", "meets", [(None, "Biarritz")]),
    ("Turkish jets strike Kurdish fighters and Syrian troops near Manbij.", "strike", [(None, "Manbij")]),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), LISTED_TARGETS)
def test_each_copy_of_a_listed_event_takes_its_own_place(
    text: str, trigger: str, expected: list[tuple[str | None, str | None]]
) -> None:
    found = coded_targets_and_places(text, trigger)
    assert sorted(found, key=str) == sorted(expected, key=str)


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# (text, trigger, expected place). "measures" or "rules" is a measure when a word before it says its kind
# (dotterel/knowledge/places.yaml measure_kind_nouns, measure_kind_words): the issuer's jurisdiction.
# Negatives: measures of another kind, and a measure's own place phrase first.
MEASURE_KINDS = [
    (
        "Japan extends its social distancing measures until the end of the month.",
        "measures",
        ("Japan", "JPN"),
    ),
    ("Chile imposes new quarantine measures from Monday.", "measures", ("Chile", "CHL")),
    ("Peru announces stricter lockdown rules for the weekend.", "rules", ("Peru", "PER")),
    # negatives
    ("Egypt tightens security measures after the attack.", "measures", None),
    ("Brazil announces economic measures to support workers.", "measures", None),
    ("Spain imposes social distancing measures in Madrid.", "measures", ("Madrid", "ESP")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), MEASURE_KINDS)
def test_measures_of_a_named_kind_are_measures(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger])) == expected


# (text, trigger, expected place). The White House after a locative preposition or as what is visited or
# attacked is the building in Washington (gazetteer.yaml cities); as a speaker it names no place.
WHITE_HOUSE = [
    (
        "The Israeli prime minister visits the White House for talks on Iran.",
        "visits",
        ("White House", "USA"),
    ),
    ("Trump meets the Polish president at the White House.", "meets", ("White House", "USA")),
    ("A man planned to attack the White House with explosives.", "attack", ("White House", "USA")),
    # negatives: the White House as a speaker or a body names no place
    ("The White House warns Moscow against sending troops.", "warns", None),
    ("The White House condemns the sanctions.", "condemns", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), WHITE_HOUSE)
def test_the_white_house_as_a_building_is_a_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger])) == expected
