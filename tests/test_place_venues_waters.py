"""Places stage: a city before a meeting noun, a month before a place name, a body of water after "on"
(session 16, places16d; sentences written for these tests in the style of the news items, with negatives).

A city named before a meeting noun is where the meeting was held ("the Minsk talks"), not a country or a
region (its parties or its topic); a month before a name is no word of that name ("their June Geneva
talks"); a lake, river or sea after "on" is where the act happened ("on Lake Kivu, Congo"), not a
name the parser hangs as a modifier ("a deal on the Black Sea grain corridor").
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


# Negatives: a country before the meeting noun (its parties); a region (its topic); a city before a body
# that acts, not a meeting; a meeting noun with no name before it.
MEETING_VENUES = [
    ("Ukraine and Russia resume the Minsk talks on Tuesday.", "talks", ("Minsk", "BLR")),
    ("The two presidents sign a trade pact at the Osaka summit on Saturday.", "summit", ("Osaka", "JPN")),
    ("European leaders gather for the Brussels summit on Thursday.", "summit", ("Brussels", "BEL")),
    ("Iran and the United States agree to resume the Iran talks next month.", "talks", None),
    ("India and Pakistan agree to resume the Kashmir talks next month.", "talks", None),
    ("The Kabul government rejects the Taliban's offer of talks.", "rejects", None),
    ("The two leaders end their summit without an agreement.", "summit", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), MEETING_VENUES)
def test_meeting_venue(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A city before a meeting noun is the meeting's place; a country or a region is not."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# Negatives: the same names with no month before them keep their readings; a capitalised word before a
# name that is no month still makes the name part of a longer one ("Okba Ibn Nafa Air Base" is not Naha: the
# whole base, of no country where the text names none).
MONTH_BEFORE_NAME = [
    ("Both sides blame each other for the collapse of their June Geneva talks.", "talks", ("Geneva", "CHE")),
    ("The Taliban deny any role in the January Kabul bombing.", "bombing", ("Kabul", "AFG")),
    ("The Taliban deny any role in the Kabul bombing.", "bombing", ("Kabul", "AFG")),
    ("Rockets hit the Okba Ibn Nafa Air Base on Monday.", "hit", ("Okba Ibn Nafa Air Base", None)),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), MONTH_BEFORE_NAME)
def test_month_before_name(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A month before a place name is no word of the name: the name keeps its place."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# Negatives: a body of water the parser hangs as a modifier (a deal's topic); a body of water after a
# preposition other than "on" ("across", no place of the act); a land name after "on" that is no feature.
ON_WATER = [
    ("Gunmen kill nine fishermen on a small island on Lake Chad.", "kill", ("Lake Chad", None)),
    ("Gunmen kill seven fishermen on Lake Chad on Sunday.", "kill", ("Lake Chad", None)),
    ("Gunmen kill four fishermen on Lake Tanganyika in Burundi.", "kill", ("Lake Tanganyika", "BDI")),
    ("Gunmen kill four fishermen on Lake Kivu, Congo.", "kill", ("Lake Kivu", "COD")),
    ("Pirates attack a ferry on the Niger River, killing four passengers.", "attack", ("Niger River", None)),
    ("Russia and Turkey sign a deal on the Black Sea grain corridor.", "sign", None),
    ("Egypt and Ethiopia hold talks on the Nile River dam.", "talks", None),
    ("The minister comments on Lake Chad's shrinking waters.", "comments", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ON_WATER)
def test_on_water(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A lake, river or sea that is the object of "on" is where the act happened."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# Negatives: the noun with no place after its "of" (no name); the "of" place of a holder's title, not the
# act's.
DESCRIBED_TOWNS = [
    ("Government troops kill 12 rebels in the rebel stronghold of Douma.", "kill", ("Duma", "SYR")),
    ("Thousands protest in the president's hometown of Kerman on Friday.", "protest", ("Kerman", "IRN")),
    ("Police arrest a man who lived in the hometown of the president.", "arrest", None),
    ("The leader of the rebel stronghold of Douma is arrested.", "arrested", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), DESCRIBED_TOWNS)
def test_described_town(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A stronghold or a hometown "of" a town stands where the town is named."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected
