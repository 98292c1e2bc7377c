"""Places: which gazetteer entry a place name is (session 6, issue #4).

Towns the gazetteer lacks, looked up in the small-town table when the text marks them as places in a country
it names; the middle of an address chain read as the division; a list member read by an alternate name in the
list's country; names with "upon"; hyphenated directions; seas. Sentences written for these tests (news-like),
with negatives in each table.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dotterel.errors import KnowledgeError
from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.knowledge.small_towns import SmallTownTable, load_small_town_table
from dotterel.model import Article
from dotterel.stages.place_resolution import PlaceNameResolver
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import with_event

Expected = tuple[str, str | None, str] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


def place_kind_of(stage: PlacesStage, article: Article) -> Expected:
    """Return (name, country, kind) of the place the stage gives the article's one event, or None."""
    place = stage(article).events[0].place
    return None if place is None else (place.name, place.country, place.kind)


# A town the 15,000+ file lacks, marked as a place ("X, <division>, <country>", "the town of X") in a country
# the text names, is found in the 500+ file with its point; an unmarked or unknown name is not.
SMALL_TOWNS = [
    (
        "Gunmen abducted dozens of pupils in Kankara, Katsina, Nigeria, on Friday.",
        "abducted",
        ("Kankara", "NGA", "city"),
    ),
    (
        "Police fired tear gas at protesters in Commerce, Texas, on Saturday.",
        "fired",
        ("Commerce", "USA", "city"),
    ),
    (
        "Police fired tear gas at protesters in Commerce, California, on Saturday.",
        "fired",
        ("Commerce", "USA", "city"),
    ),
    (
        "Militants attacked the village of Pansi, Yagha Province, Burkina Faso, killing 14 people.",
        "attacked",
        ("Pansi", "BFA", "locality"),
    ),
    (
        "Boko Haram fighters raided the town of Darak in Cameroon's Far North Region.",
        "raided",
        ("Darak", "CMR", "locality"),
    ),
    ("Soldiers killed three militants in Katsina, Nigeria.", "killed", ("Katsina", "NGA", "city")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SMALL_TOWNS)
def test_a_marked_small_town_gets_its_point(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    article = stage(with_event(parse(text), trigger))
    place = article.events[0].place
    assert place is not None and (place.name, place.country, place.kind) == expected
    assert (place.lat is not None) == (expected is not None and expected[2] == "city")


def test_the_small_town_point_is_the_geonames_one(parse: Callable[..., Article], stage: PlacesStage) -> None:
    article = stage(
        with_event(parse("Gunmen abducted dozens of pupils in Kankara, Katsina, Nigeria."), "abducted")
    )
    place = article.events[0].place
    assert place is not None and place.lat is not None and place.lon is not None
    assert abs(place.lat - 11.93) < 0.05 and abs(place.lon - 7.41) < 0.05


# The middle of "town, X, country" or the name after "<Name> District," is the division, with no city point.
CHAINS = [
    (
        "Gunmen abducted dozens of pupils in Kankara, Katsina, Nigeria.",
        "Katsina",
        ("Katsina", "NGA", "region"),
    ),
    (
        "The Taliban attacked the Maruf District, Kandahar, Afghanistan, killing two policemen.",
        "Kandahar",
        ("Kandahar", "AFG", "region"),
    ),
    (
        "A roadside bomb killed four soldiers in Arghandab District, Kandahar.",
        "Kandahar",
        ("Kandahar", "AFG", "region"),
    ),
    # negatives: a city alone, a city before its country, a list of towns
    (
        "A roadside bomb killed four soldiers in Kandahar, Afghanistan.",
        "Kandahar",
        ("Kandahar", "AFG", "city"),
    ),
    ("Rockets hit Kandahar on Sunday.", "Kandahar", ("Kandahar", "AFG", "city")),
    (
        "Curfews were imposed in Gateshead, Sunderland and Durham.",
        "Sunderland",
        ("Sunderland", "GBR", "city"),
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), CHAINS)
def test_the_middle_of_an_address_chain_is_a_division(
    parse: Callable[..., Article], stage: PlacesStage, text: str, name: str, expected: Expected
) -> None:
    article = parse(text)
    readings = [
        (m.place.name, m.place.country, m.place.kind, m.place.lat)
        for m in stage(article).places
        if article.text[m.span.start : m.span.end] == name
    ]
    assert readings and readings[0][:3] == expected
    assert (readings[0][3] is None) == (expected is not None and expected[2] == "region")


# The event takes the most specific place of a chain: the town, else the district, not the province's city.
MOST_SPECIFIC = [
    (
        "Gunmen abducted dozens of pupils in Kankara, Katsina, Nigeria.",
        "abducted",
        ("Kankara", "NGA", "city"),
    ),
    (
        "The Taliban attacked the Maruf District, Kandahar, Afghanistan, killing two policemen.",
        "attacked",
        ("Maruf District", "AFG", "region"),
    ),
    (
        "Jihadists killed 20 people in the village of Pansi, Yagha province, Sahel region, Burkina Faso.",
        "killed",
        ("Pansi", "BFA", "locality"),
    ),
    ("Clashes broke out in the state of Amapá in northern Brazil.", "Clashes", ("Amapá", "BRA", "region")),
    # negative: a country alone stays the country
    ("Jihadists killed 20 people in Burkina Faso.", "killed", ("Burkina Faso", "BFA", "country")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), MOST_SPECIFIC)
def test_an_event_takes_the_most_specific_place_of_a_chain(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_kind_of(stage, with_event(parse(text), trigger)) == expected


# Wrong entries: "upon" names, a list member's alternate name in the list's country, hyphenated directions,
# seas, capitals; negatives keep the plain readings.
ENTRIES = [
    (
        "Two men were stabbed in Newcastle upon Tyne on Sunday.",
        "stabbed",
        ("Newcastle upon Tyne", "GBR", "city"),
    ),
    (
        "New restrictions apply in Newcastle, Gateshead and Sunderland from midnight.",
        "restrictions",
        ("Newcastle upon Tyne", "GBR", "city"),
    ),
    (
        "Bushfires forced evacuations in Newcastle, Australia, on Monday.",
        "evacuations",
        ("Newcastle", "AUS", "city"),
    ),
    ("Floods killed ten people in Stratford-upon-Avon.", "killed", ("Stratford-upon-Avon", "GBR", "city")),
    (
        "Hundreds of people protested in North-east England on Saturday.",
        "protested",
        ("North-east England", "GBR", "region"),
    ),
    (
        "Hundreds of people protested in eastern England on Saturday.",
        "protested",
        ("eastern England", "GBR", "region"),
    ),
    (
        "The coast guard seized a fishing boat in the East China Sea.",
        "seized",
        ("East China Sea", None, "region"),
    ),
    ("A cargo ship sank in the Yellow Sea after a collision.", "sank", ("Yellow Sea", None, "region")),
    ("Iran seized a British tanker in the Persian Gulf.", "seized", ("Persian Gulf", None, "region")),
    ("Thousands of women marched in Mexico's capital on Sunday.", "marched", ("Mexico City", "MEX", "city")),
    ("Protesters clashed with police in the Iranian capital.", "clashed", ("Tehran", "IRN", "city")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ENTRIES)
def test_a_name_resolves_to_the_entry_the_text_means(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_kind_of(stage, with_event(parse(text), trigger)) == expected


TOWN_LOOKUPS = [
    ("Kankara", "NG", None, "Kankara"),
    ("Commerce", "US", "TX", "Commerce"),  # of four, the one of the division named
    ("Commerce", "US", None, None),  # four towns of 2,000 to 13,000 people: which one is unknown
    ("Villa Unión", "MX", None, None),  # four Mexican towns
    ("Kankara", "GH", None, None),  # another country: none
    ("Darak", "CM", None, None),  # not in the file
    ('Bad"Name', "NG", None, None),  # no JSON text to search
]


@pytest.mark.parametrize(("name", "iso2", "admin1", "expected"), TOWN_LOOKUPS)
def test_the_small_town_table_answers_by_name_and_country(
    name: str, iso2: str, admin1: str | None, expected: str | None
) -> None:
    record = load_small_town_table().resolve_town(name, iso2, admin1)
    assert (record["name"] if record else None) == expected


def test_a_missing_small_town_file_raises_knowledge_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError):
        SmallTownTable(tmp_path / "missing.json").resolve_town("Kankara", "NG")


def test_a_broken_small_town_record_raises_knowledge_error(tmp_path: Path) -> None:
    path = tmp_path / "cities.json"
    path.write_text(
        '{"1": {"geonameid": 1, "name": "Kankara", "latitude": x, "countrycode": "NG"}}', encoding="utf-8"
    )
    with pytest.raises(KnowledgeError):
        SmallTownTable(path).resolve_town("Kankara", "NG")


STATES = [
    ("Police fired tear gas at protesters in Commerce, Texas, on Saturday.", 33.25),
    ("Police fired tear gas at protesters in Commerce, California, on Saturday.", 34.0),
]


@pytest.mark.parametrize(("text", "lat"), STATES)
def test_a_small_town_is_taken_in_the_state_named_after_it(
    parse: Callable[..., Article], stage: PlacesStage, text: str, lat: float
) -> None:
    place = stage(with_event(parse(text), "fired")).events[0].place
    assert place is not None and place.lat is not None and abs(place.lat - lat) < 0.1


def test_the_small_town_file_lists_its_countries_in_code_order() -> None:
    """The table reads one country's bytes, found by binary search: the file must keep each country's
    records together, in the order of the codes."""
    table = load_small_town_table()
    codes = re.findall(rb'"countrycode": "([A-Z]{2})"', table.path.read_bytes())
    runs = [code for k, code in enumerate(codes) if k == 0 or code != codes[k - 1]]
    assert len(runs) > 200 and runs == sorted(runs) and len(runs) == len(set(runs))


# A body of water the gazetteer lacks is a region of no country ("Sea", "Gulf", "Bay" of its name); a known
# one stays the gazetteer's, and a town named with such a word is no sea.
WATERS = [
    ("Fishermen were rescued in the Timor Sea on Monday.", "rescued", ("Timor Sea", None, "region")),
    (
        "Two destroyers sailed through the Gulf of Tonkin on Friday.",
        "sailed",
        ("Gulf of Tonkin", None, "region"),
    ),
    ("A migrant boat capsized in the Bay of Biscay.", "capsized", ("Bay of Biscay", None, "region")),
    ("An oil rig caught fire in the Gulf of Mexico.", "caught", ("Gulf of Mexico", None, "region")),
    ("Police arrested a man in Sea Point, Cape Town.", "arrested", ("Sea Point", "ZAF", "locality")),
    ("Protesters gathered in Green Bay, Wisconsin.", "gathered", ("Green Bay", "USA", "city")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), WATERS)
def test_a_body_of_water_is_a_region_of_no_country(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_kind_of(stage, with_event(parse(text), trigger)) == expected


# An unlisted town takes the one country its sentence places things in: the possessor of a division after
# "in", or a division's country; not when two countries are named.
SENTENCE_COUNTRIES = [
    (
        "Militants attacked the town of Darak in Cameroon's Far North Region bordering Lake Chad.",
        "Darak",
        ("Darak", "CMR"),
    ),
    (
        "Airstrikes killed five civilians in the town of Kansafra and three villages in Idlib.",
        "Kansafra",
        ("Kansafra", "SYR"),
    ),
    (
        "Gunmen attacked the village of Tondibia near the borders of Mali and Niger.",
        "Tondibia",
        None,
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), SENTENCE_COUNTRIES)
def test_an_unlisted_town_takes_its_sentence_country(
    parse: Callable[..., Article], stage: PlacesStage, text: str, name: str, expected: tuple[str, str] | None
) -> None:
    article = parse(text)
    found = [
        (m.place.name, m.place.country)
        for m in stage(article).places
        if article.text[m.span.start : m.span.end] == name
    ]
    assert found == ([expected] if expected else [])


def test_only_a_name_the_text_marks_as_a_town_is_looked_up(
    parse: Callable[..., Article], gazetteer: Gazetteer
) -> None:
    asked: list[str] = []

    class Recording(SmallTownTable):
        def find_towns(self, name: str, iso2: str | None = None) -> list[dict[str, Any]]:
            asked.append(name)
            return super().find_towns(name, iso2)

    stage = PlacesStage(gazetteer)
    stage.resolver = PlaceNameResolver(gazetteer, Recording(load_small_town_table().path))
    for text in (
        "Flights were cancelled at Heathrow Airport, London, on Friday.",
        "In Kuz Kunar, a suicide bomber killed five people.",
        "Gunmen abducted dozens of pupils in Kankara, Katsina, Nigeria.",
    ):
        stage(parse(text))
    assert asked == ["Kankara"]
