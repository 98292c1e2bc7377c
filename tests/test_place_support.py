"""Places, places15: an attack told as the support of another act ("forces backed by airstrikes recapture
the city of X", "Backed by drone strikes, troops retake X") is where that act is. Sentences written for these
tests (news-like), with negatives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Action, Article
from dotterel.stages.place_support import resolve_supported_verb
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import find_word_span, to_event

ASSAULT = Action("ASSAULT", None, "190", -10.0, 4)
COERCE = Action("COERCE", None, "173", -5.0, 4)


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# (text, the supported act's trigger, the attack's trigger, expected place of the attack). Negatives: an act
# with no place, an attack with a place of its own.
SUPPORT = [
    (
        "Government forces backed by Russian airstrikes recapture the city of Saraqib.",
        "recapture",
        "airstrikes",
        ("Saraqib", "SYR"),
    ),
    (
        "Army units supported by heavy shelling seize the town of Kafr Nabl in Idlib.",
        "seize",
        "shelling",
        ("Kafranbel", "SYR"),  # the gazetteer's name of Kafr Nabl
    ),
    (
        "Iraqi troops, backed by US air strikes, storm the city of Tal Afar.",
        "storm",
        "strikes",
        ("Tal Afar", "IRQ"),
    ),
    # negatives
    ("Government forces backed by Russian airstrikes advance slowly.", "advance", "airstrikes", None),
    (
        "Rebels backed by Turkish shelling in Afrin recapture the city of Saraqib.",
        "recapture",
        "shelling",
        ("Afrin", "SYR"),
    ),
]


@pytest.mark.parametrize(("text", "act", "attack", "expected"), SUPPORT)
def test_an_attack_backing_an_act_is_where_the_act_is(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    act: str,
    attack: str,
    expected: tuple[str, str] | None,
) -> None:
    article = parse(text)
    article.events = [
        to_event(article, find_word_span(article, act), COERCE, 0),
        to_event(article, find_word_span(article, attack), ASSAULT, 1),
    ]
    place = stage(article).events[1].place
    assert (None if place is None else (place.name, place.country)) == expected


# (text, the attack word, the verb of the act it backs or None). Negatives: an attack that is the agent of a
# casualty participle (the soldiers' wounds are its own act), a backing by a country (no attack), an attack
# that is itself the subject.
SUPPORTED_VERBS = [
    ("Government forces backed by Russian airstrikes recapture the city.", "airstrikes", "recapture"),
    ("Backed by Turkish drone strikes, government troops retake the town.", "strikes", "retake"),
    ("Militias, supported by heavy shelling, storm the base.", "shelling", "storm"),
    # negatives
    ("Soldiers wounded by airstrikes retreat from the city.", "airstrikes", None),
    ("Rebels backed by Turkey capture the town.", "Turkey", None),
    ("Airstrikes backed by drones hit the town.", "Airstrikes", None),
]


@pytest.mark.parametrize(("text", "attack", "verb"), SUPPORTED_VERBS)
def test_the_act_an_attack_backs(
    parse: Callable[..., Article], gazetteer: Gazetteer, text: str, attack: str, verb: str | None
) -> None:
    article = parse(text)
    (token,) = [t for t in article.doc if t.text == attack]
    found = resolve_supported_verb(token, gazetteer.words)
    assert (None if found is None else found.text) == verb
