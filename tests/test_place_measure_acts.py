"""Places, places13b: a government's act that stops or limits a part of public life ("suspends school
classes", "limits operating hours at bars") or makes something obligatory ("makes masks compulsory") is a
measure, placed at its issuer's jurisdiction (``place_measure_acts``; places.yaml ``curbing_words``,
``public_life_nouns``, ``obligation_words``). Sentences written for these tests (news-like), with negatives:
a suspension of something that is no part of public life (talks, aid, a player), the origin of travellers,
"make" with no adjective of obligation."""

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


# (text, trigger, expected place).
ACTS = [
    (
        "Azerbaijan announces that it will suspend secondary school classes between October 19 and"
        " November 2.",
        "suspend",
        ("Azerbaijan", "AZE"),
    ),
    ("Oman suspends tourist visas, sporting events, and student activities.", "suspends", ("Oman", "OMN")),
    (
        "Moscow Mayor Sergei Sobyanin announces that the city will limit operating hours at clubs and bars.",
        "limit",
        ("Moscow", "RUS"),
    ),
    ("Spain makes face masks compulsory in all public spaces.", "makes", ("Spain", "ESP")),
    (
        "Health Minister Kostadin Angelov announces that Bulgaria will make wearing protective masks"
        " obligatory in all outdoor spaces on October 22.",
        "make",
        ("Bulgaria", "BGR"),
    ),
    ("Italy suspends all flights from China.", "suspends", ("Italy", "ITA")),
    # negatives
    ("Iran suspends talks with the United States.", "suspends", None),
    ("The United States suspends aid to Ethiopia.", "suspends", None),
    ("The league suspends the player for three matches.", "suspends", None),
    ("The government will suspend school classes next week.", "suspend", None),
    ("The rebels make the road impassable.", "make", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ACTS)
def test_a_curb_on_public_life_is_its_issuers_measure(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger])) == expected


# An inquiry ordered by an officer whose title names a region is no measure covering that region: the title
# names no place of it (seed-74 8884's cause); a measure ordered under the same title, and an inquiry whose
# own clause names its place, are read as before. (text, trigger, expected place)
ORDERED_INQUIRIES = [
    (
        "Maharashtra Chief Minister Uddhav Thackeray orders an investigation into the cause.",
        "investigation",
        None,
    ),
    ("Michigan Governor Gretchen Whitmer orders an inquiry into the shooting.", "inquiry", None),
    # negatives: a measure ordered under a title; an inquiry whose clause names its place
    ("Alberta Premier Jason Kenney orders a lockdown of all schools.", "orders", ("Alberta", "CAN")),
    ("Georgia Governor Brian Kemp orders all bars and gyms to close.", "orders", ("Georgia", "USA")),
    (
        "The prime minister orders an investigation in Karachi into the collapse of the building.",
        "investigation",
        ("Karachi", "PAK"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ORDERED_INQUIRIES)
def test_an_ordered_inquiry_is_no_measure_of_the_title_region(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_events(parse(text), [trigger])) == expected
