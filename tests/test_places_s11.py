"""Places, places11: a government stopping travel on a route takes its own country ("Jordan suspends all
flights to and from the United Kingdom" is Jordan's measure; an airline's is no government's); a participle's
agent on the noun of the event's place phrase keeps its place phrase ("A bomb explodes at a ceremony attended
by diplomats in Jeddah"). Sentences written for these tests (news-like), with negatives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_events

Expected = tuple[str, str] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# (text, trigger, expected place). A stop on travel is a measure: its issuer's country. Negatives: an
# airline's suspension, a suspension of something that is no travel, a place phrase of the event's own.
ROUTE_MEASURES = [
    (
        "Jordan suspends all flights to and from the United Kingdom until January 3.",
        "suspends",
        ("Jordan", "JOR"),
    ),
    ("Kuwait halts all commercial flights to and from India over the virus.", "halts", ("Kuwait", "KWT")),
    ("Morocco suspends ferry services to Spain and France from Monday.", "suspends", ("Morocco", "MAR")),
    ("Uzbekistan cancels all trains to Kazakhstan until further notice.", "cancels", ("Uzbekistan", "UZB")),
    # negatives
    ("Qatar Airways suspends flights to Beijing and Shanghai.", "suspends", None),
    ("Iran suspends cooperation with the International Atomic Energy Agency.", "suspends", None),
    ("Egypt suspends its membership of the regional council.", "suspends", None),
    ("Ghana halts the training of recruits at its academy in Accra.", "halts", ("Accra", "GHA")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ROUTE_MEASURES)
def test_a_stop_on_travel_is_its_governments_measure(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger])) == expected


# (text, trigger, expected place). A noun trigger (the subject) at a place described by a participle whose
# agent carries the place phrase. Negatives: an origin ("from"), a participle's object, no place named.
SETTING_AGENTS = [
    (
        "A bomb explodes at a ceremony attended by foreign diplomats in Jeddah, Saudi Arabia.",
        "bomb",
        ("Jeddah", "SAU"),
    ),
    (
        "A bomb explodes at a checkpoint guarded by soldiers in Mogadishu, Somalia.",
        "bomb",
        ("Mogadishu", "SOM"),
    ),
    (
        "A bomb explodes at a market frequented by farmers in Maiduguri, Nigeria.",
        "bomb",
        ("Maiduguri", "NGA"),
    ),
    (
        "A grenade blast at a wedding attended by officials in Kandahar, Afghanistan, wounds nine guests.",
        "blast",
        ("Kandahar", "AFG"),
    ),
    # negatives
    ("An attack on a convoy escorted by troops from Kenya kills four people.", "attack", None),
    ("A bomb explodes near a bus carrying pilgrims from Karachi, Pakistan.", "bomb", None),
    ("A bomb explodes at a ceremony attended by foreign diplomats.", "bomb", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SETTING_AGENTS)
def test_a_participles_agent_on_the_setting_keeps_its_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger])) == expected
