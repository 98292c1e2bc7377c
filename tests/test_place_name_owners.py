"""Places: whose name a place name is part of (session 9, issue #4).

An organisation after a membership noun's "of" is no place ("Greece, a member state of NATO"); a countryless
region after "<Group> in the" is a word of the group's name ("Al-Qaeda in the Arabian Peninsula"); a known
city after a capitalised facility noun that opens the facility's name is the facility's place ("Naval Air
Station Pensacola"). Sentences written for these tests (news-like), with negatives in each table.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import located_names, with_event

Located = tuple[str, str | None]


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# "a member state of X", "the member countries of X", "a member of X": X is an organisation, not a place;
# the place noun without a membership word still names a place. (text, trigger, located names expected)
MEMBERSHIPS = [
    ("Greece, a member state of NATO, sharply criticised the remarks on Tuesday.", "criticised", []),
    ("Ethiopia, a founding member state of the African Union, hosted the summit.", "hosted", []),
    (
        "Delegates of the member countries of OPEC met in Vienna on Friday.",
        "met",
        [("Vienna", "AUT")],
    ),
    # negatives: a place noun with no membership word; a membership noun before a real place later on
    ("Bandits attacked two villages in the state of Zamfara on Sunday.", "attacked", [("Zamfara", "NGA")]),
    (
        "Hungary, a member of the European Union, blocked the budget in Brussels.",
        "blocked",
        [("Brussels", "BEL")],
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), MEMBERSHIPS)
def test_an_organisation_after_a_membership_noun_is_no_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: list[Located]
) -> None:
    assert located_names(stage, with_event(parse(text), trigger)) == expected


# "<Group> in the <countryless region>": the region is a word of the group's name, no place; the same region
# after a verb or a common noun, a country after a group's "in", and a region after a ship's name that follows
# its vessel noun ("tanker Mesdar in the Persian Gulf") stay places.
GROUP_NAMES = [
    ("Al-Qaeda in the Arabian Peninsula claimed the bombing of the hospital.", "bombing", []),
    (
        "Yemeni officials said fighters of al-Qaeda in the Arabian Peninsula attacked a checkpoint.",
        "attacked",
        [],
    ),
    ("The gunman pledged support for ISIS and Al-Qaeda in the Arabian Peninsula.", "support", []),
    # negatives
    (
        "Saudi Arabia intercepted two missiles over the Arabian Peninsula on Sunday.",
        "intercepted",
        [("Arabian Peninsula", None)],
    ),
    (
        "American troops in the Middle East were put on high alert.",
        "put",
        [("Middle East", None)],
    ),
    (
        "Islamic State in Iraq claimed the bombing in Baghdad.",
        "bombing",
        [("Iraq", "IRQ"), ("Baghdad", "IRQ")],
    ),
    ("Iranian forces seize tanker Mesdar in the Persian Gulf.", "seize", [("Persian Gulf", None)]),
    (
        "Gunboats try to seize the British oil tanker British Heritage in the Persian Gulf.",
        "seize",
        [("Persian Gulf", None)],
    ),
    (
        "Houthi rebels attacked the cargo ship Rubymar in the Red Sea on Monday.",
        "attacked",
        [("Red Sea", None)],
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), GROUP_NAMES)
def test_a_region_in_a_group_name_is_no_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: list[Located]
) -> None:
    assert located_names(stage, with_event(parse(text), trigger)) == expected


# "<Qualifier> Station|Base <City>": the facility is named for the city, its place; a name that only begins
# with a place's word ("Fort Worth", "Port Harcourt") or a facility after its name ("Ramstein Air Base") is
# read as before. (text, trigger, a located place expected)
FACILITY_CITIES = [
    (
        "A gunman killed three sailors at Naval Air Station Pensacola in Florida on Friday.",
        "killed",
        ("Pensacola", "USA"),
    ),
    ("A sailor opened fire at Naval Station Norfolk on Tuesday, wounding two.", "opened", ("Norfolk", "USA")),
    ("An airman shot a guard at Joint Base San Antonio on Monday.", "shot", ("San Antonio", "USA")),
    # negatives
    ("Protesters rallied at Fort Worth on Saturday.", "rallied", ("Fort Worth", "USA")),
    ("Troops clashed with militants at Port Harcourt on Monday.", "clashed", ("Port Harcourt", "NGA")),
    ("A gunman opened fire at the Ramstein Air Base in Germany.", "opened", ("Germany", "DEU")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), FACILITY_CITIES)
def test_a_facility_named_for_a_city_is_placed_there(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Located
) -> None:
    assert expected in located_names(stage, with_event(parse(text), trigger))


def test_a_facility_head_alone_names_no_city(parse: Callable[..., Article], stage: PlacesStage) -> None:
    """A lone capitalised "Station" is no facility name: "Penn" before it is no qualifier of a city name."""
    article = with_event(parse("Police searched Union Station in Washington on Friday."), "searched")
    assert located_names(stage, article) == [("Washington", "USA")]


def place_of_event(stage: PlacesStage, article: Article) -> tuple[str, str | None, str] | None:
    """Return (name, country, kind) of the place the stage gives the article's only event, or None."""
    place = stage(article).events[0].place
    return None if place is None else (place.name, place.country, place.kind)


# A division head's title next to a name makes the division of it: "Georgia Governor X" is the US state,
# not the country; "Washington Governor X" the state, not the capital. (text, trigger, the event's place)
DIVISION_TITLES = [
    (
        "Georgia Governor Brian Kemp orders all bars and gyms to close.",
        "orders",
        ("Georgia", "USA", "admin1"),
    ),
    (
        "Washington Governor Jay Inslee bans gatherings of more than 250 people.",
        "bans",
        ("Washington", "USA", "admin1"),
    ),
    (
        "The governor of Georgia, Brian Kemp, orders residents to shelter in place.",
        "orders",
        ("Georgia", "USA", "admin1"),
    ),
    # negatives: no title next to the name
    ("Protesters marched in Washington on Saturday.", "marched", ("Washington", "USA", "city")),
    ("Russian troops clashed with soldiers in Georgia on Monday.", "clashed", ("Georgia", "GEO", "country")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), DIVISION_TITLES)
def test_a_division_title_makes_a_division_of_the_name(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    expected: tuple[str, str, str],
) -> None:
    assert place_of_event(stage, with_event(parse(text), trigger)) == expected


# "<vessel noun> <Name>": a known name right after a lower-case vessel noun is the ship's name, not the town
# it is named for; a name after a preposition, or the subject of a relative clause on the vessel noun, is
# still read as before. (text, trigger, located names expected)
VESSEL_NAMES = [
    (
        "A missile fired during an exercise struck its naval support ship Konarak, killing 19 sailors.",
        "struck",
        [],
    ),
    (
        "Iran says a missile struck its naval support ship Konarak in the Gulf of Oman, killing 19 sailors.",
        "struck",
        [("Gulf of Oman", None)],
    ),
    ("Divers found more bodies in the wreck of the ferry Estonia on Monday.", "found", []),
    # negatives: a preposition before the name; a name that is the subject of a clause on the vessel noun
    ("A missile struck a naval ship off Konarak, killing 19 sailors.", "struck", [("Konarak", "IRN")]),
    (
        "Gunmen attacked a fishing boat near Mombasa on Tuesday, killing two fishermen.",
        "attacked",
        [("Mombasa", "KEN")],
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), VESSEL_NAMES)
def test_a_ship_name_after_a_vessel_noun_is_no_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: list[Located]
) -> None:
    assert located_names(stage, with_event(parse(text), trigger)) == expected
