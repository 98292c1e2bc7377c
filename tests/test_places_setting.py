"""Places stage: the setting of an act and names that hold a place (session 12).

A landmark's name joined by a hyphen is one name ("Notre-Dame Cathedral", not "Dame Cathedral"); a city
before a building noun places the building ("an Istanbul nightclub"); "before" a body one stands before ("her
speech before the tribunal at The Hague") is no time before another happening, and its place phrase is the
act's; a city name that is the other name of a city of a country the text is about is that city ("Vitoria"
of a text about Spain); a small town before "County X, <country>" is found ("Carndonagh, County Donegal,
Ireland"). Sentences written for these tests, in the style of the news items, with negatives.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.api import code
from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.place_names import PlaceNameFinder
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event

Expected = tuple[str, str | None] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# Negatives: a landmark with no hyphen; a hyphenated town name with lower-case particles; "Dame Cathedral",
# the tail of the hyphenated name, is never a name of its own.
HYPHENATED_LANDMARKS = [
    ("Police detain a man near Notre-Dame Cathedral after he threatens worshippers.", "Notre-Dame Cathedral"),
    (
        "Protesters occupy the Saint-Sulpice Church, demanding the release of detainees.",
        "Saint-Sulpice Church",
    ),
    ("Thousands of protesters rally in Tahrir Square, demanding the release of detainees.", "Tahrir Square"),
    ("Police clash with protesters in Aix-en-Provence on Saturday.", "Aix-en-Provence"),
]


@pytest.mark.parametrize(("text", "name"), HYPHENATED_LANDMARKS)
def test_hyphenated_landmark_is_one_name(
    parse: Callable[..., Article], gazetteer: Gazetteer, text: str, name: str
) -> None:
    """A landmark's name stays whole across a hyphen; its tail is no name of its own."""
    names = [c.text for c in PlaceNameFinder(gazetteer).find_candidates(parse(text).doc)]
    assert name in names
    assert "Dame Cathedral" not in names


# Negatives: a shop's brand before the noun; a country before the noun is no city (an owned facility); a
# facility with its own "in" phrase keeps that place.
CITY_BEFORE_BUILDING = [
    ("A gunman opens fire at an Istanbul nightclub, killing 39 people.", "fire", ("Istanbul", "TUR")),
    ("A suicide bomber blows himself up in a Kabul restaurant, killing six.", "blows", ("Kabul", "AFG")),
    ("Police raid a Moscow cinema and detain dozens of opposition activists.", "raid", ("Moscow", "RUS")),
    ("A gunman opens fire in a Walmart supermarket, killing 22 people.", "fire", None),
    ("Gunmen storm the Reina nightclub in Istanbul, killing 39 people.", "storm", ("Istanbul", "TUR")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CITY_BEFORE_BUILDING)
def test_city_before_building_places_it(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A city before a building noun is where the building is, and so where the act in it was."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# Negatives: "before" an election or a match is a time before another happening, whose place is its own.
BEFORE_AUDIENCE = [
    (
        "During his testimony before the tribunal at The Hague, the former president accuses Serbia of war "
        "crimes.",
        "accuses",
        ("The Hague", "NLD"),
    ),
    (
        "Appearing before a court in Istanbul, the journalist denies the charges of espionage.",
        "denies",
        ("Istanbul", "TUR"),
    ),
    ("Before the elections in Kabul, the Taliban threaten to attack polling stations.", "threaten", None),
    ("Police arrest two men before the match in Madrid.", "arrest", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), BEFORE_AUDIENCE)
def test_place_before_audience_is_the_acts(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """The place of a body one speaks before is the place of the speaking."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# Negatives: a text about Brazil, or about no country, keeps the Brazilian city of the primary name; a far
# bigger city of the primary name stays even in a text about the other name's country.
CONTEXT_ALTERNATES = [
    ("Spanish police arrest three Basque separatists in Vitoria.", "arrest", ("Gasteiz / Vitoria", "ESP")),
    ("Brazilian police arrest three suspects in Vitoria.", "arrest", ("Vitoria", "BRA")),
    ("Police arrest three suspects in Vitoria.", "arrest", ("Vitoria", "BRA")),
    ("Russian police arrest a man in Cali.", "arrest", ("Cali", "COL")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CONTEXT_ALTERNATES)
def test_other_name_in_text_country(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A city name is the city of a country the text is about that bears it as its other name."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# The whole pipeline: "three men in Vitoria" is an actor whose country comes from the name itself; it does
# not make the text one about Brazil. Negative: with no country named, the Brazilian city.
CODED_ALTERNATES = [
    ("Spanish police arrest three men in Vitoria.", "arrest", ("Gasteiz / Vitoria", "ESP")),
    ("Police arrest three men in Vitoria.", "arrest", ("Vitoria", "BRA")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CODED_ALTERNATES)
def test_coded_other_name_in_text_country(text: str, trigger: str, expected: Expected) -> None:
    """A sector placed by the name itself does not choose the name's country."""
    events = [e for e in code(text, "2020-01-02") if text[e.trigger.start : e.trigger.end] == trigger]
    assert events
    place = events[0].place
    assert (None if place is None else (place.name, place.country)) == expected


# Negatives: a town with no country after the county keeps no place rather than a guess; a town the tagger
# already calls a place is found as before.
COUNTY_TOWNS = [
    ("A man is shot dead in Carndonagh, County Donegal, Ireland.", "shot", ("Carndonagh", "IRL")),
    ("A man is shot dead in Tuam, County Galway, Ireland.", "shot", ("Tuam", "IRL")),
    ("Police arrest two men in Athy, County Kildare.", "arrest", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), COUNTY_TOWNS)
def test_town_before_county_is_found(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A small town before "County X, <country>" is the town of that country."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected
