"""What an act answers or blames is no place of the act (session 17, dotterel/stages/place_reasons.py and
``topic_for_nouns``/``reason_phrase_nouns`` of places.yaml), on news-like sentences written for these tests,
each table with negatives:

- the part a reason phrase answers ("in response to activist groups in South Korea sending leaflets", "in
  reaction to the killing of soldiers in Kashmir") has its own place, not the act's; the act's own place
  phrase stays ("fire tear gas in Srinagar in response to …"), and so does the place of a trigger inside the
  reason phrase;
- a state blamed ("blames Iran for recent tensions in the Gulf") is where the state is, not where the
  blaming, a relative clause's denial ("…, which Iran denies") or a conjunct's attacks ("… and for attacks
  on ships") was; a relative clause's or conjunct's own place stays.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event

Expected = tuple[str, str | None] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# text, trigger, expected place
REASON_PLACES = [
    (
        "The army says it will deploy troops to the border in response to activist groups in South Korea"
        " sending leaflets.",
        "deploy",
        None,
    ),
    ("India recalls its ambassador in reaction to the killing of soldiers in Kashmir.", "recalls", None),
    (
        "Iran summons the British ambassador in response to the seizure of a tanker in Gibraltar.",
        "summons",
        None,
    ),
    (
        "China expels three reporters in retaliation for restrictions on Chinese media in the United States.",
        "expels",
        None,
    ),
    # negatives: the act's own place phrase, and a trigger inside the reason phrase, keep their place
    (
        "Police fire tear gas in Srinagar in response to protesters throwing stones.",
        "fire",
        ("Srinagar", "IND"),
    ),
    (
        "Police in Lagos arrest 20 people in response to the looting of shops.",
        "arrest",
        ("Lagos", "NGA"),
    ),
    (
        "Israel strikes targets in Gaza in retaliation for the bombing of a bus in Jerusalem.",
        "bombing",
        ("Jerusalem", "ISR"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), REASON_PLACES)
def test_answered_place_is_not_the_act_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A place inside what a reason phrase answers is not the act's; its own place phrase is."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# text, trigger, expected place
BLAMED_PLACES = [
    ("Saudi Arabia blames Iran for recent tensions in the Gulf, which Iran denies.", "denies", None),
    ("Beijing blames Washington for the rising tension in the South China Sea.", "blames", None),
    ("The minister blames the rebels for the instability in northern Mali.", "blames", None),
    (
        "Saudi Arabia blames Iran for recent tensions in the Gulf and for attacks on ships and oil"
        " facilities.",
        "attacks",
        None,
    ),
    # negatives: a relative clause's own place, and a blaming's own place phrase, stay
    (
        "Saudi Arabia blames Iran for recent tensions in the Gulf, which Iran denies at a news conference in"
        " Tehran.",
        "denies",
        ("Tehran", "IRN"),
    ),
    (
        "Speaking in Riyadh, the minister blames Iran for recent tensions in the Gulf.",
        "blames",
        ("Riyadh", "SAU"),
    ),
    (
        "Saudi Arabia blames Iran for recent tensions in the Gulf and for attacks on ships near Fujairah.",
        "attacks",
        ("Fujairah", "ARE"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), BLAMED_PLACES)
def test_blamed_state_place_is_not_the_act_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A place of the state an act blames is not the act's, nor a relative clause's on it."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected
