"""Places: place forms the places stages did not read (session 22).

A country referred back to by a description ("the African country", "the island nation"); a US federal court
district ("the Middle District of Florida": the US state); a US state after a county's comma ("Miami-Dade
County, Florida"); an operation's name ("Operation Car Wash": no place); an island the gazetteer lacked, after
"off" ("off the Isle of Wight"). Sentences written for these tests in the style of news items, with
negatives in each table.
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


# "the <description> country/nation/state": the one country named before it in its sentence or the sentence
# before; negatives: no country named, two countries named, a direction alone ("the southern state"), a
# country's name ("the Central African Republic").
# (text, trigger, (name, country) or None)
DESCRIBED_COUNTRIES: list[tuple[str, str, Expected]] = [
    (
        "Pope Francis sends a video message to the people of Mozambique before his visit to the African "
        "country next week.",
        "visit",
        ("Mozambique", "MOZ"),
    ),
    (
        "Mozambique holds a general election. Gunmen kill 12 villagers in the African country on Sunday.",
        "kill",
        ("Mozambique", "MOZ"),
    ),
    (
        "The Maldives holds a referendum. Police arrest 20 protesters in the island nation.",
        "arrest",
        ("Maldives", "MDV"),
    ),
    (
        "The president of Mali visits Paris. Gunmen kill 20 soldiers in the war-torn country on Monday.",
        "kill",
        ("Mali", "MLI"),
    ),
    (
        "Protests erupt in Haiti. Police fire tear gas at protesters in the impoverished Caribbean nation.",
        "fire",
        ("Haiti", "HTI"),
    ),
    # negatives
    ("Gunmen kill 12 villagers in the African country on Sunday.", "kill", None),
    (
        "Russia and Ukraine hold talks. Protesters clash with police in the European country.",
        "clash",
        None,
    ),
    ("Protests erupt in Georgia. Police arrest 20 people in the southern state.", "arrest", None),
    ("Iran and Iraq hold talks. Protesters clash with police in the Gulf state.", "clash", None),
    (
        "A French nun is found decapitated in a village in the Central African Republic.",
        "decapitated",
        ("Central African Republic", "CAF"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), DESCRIBED_COUNTRIES)
def test_a_described_country_is_the_country_named_before(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# "<direction> District of <US state>" and "<County>, <US state>": the US state, whatever else shares its
# name; negatives: the District of Columbia, a county of another country, a town of the country Georgia.
COURTS_AND_COUNTIES: list[tuple[str, str, Expected]] = [
    (
        "A judge in the Middle District of Florida sentences a former official to five years in prison.",
        "sentences",
        ("Florida", "USA"),
    ),
    (
        "A federal judge in the Northern District of Georgia sentences a man to ten years for fraud.",
        "sentences",
        ("Georgia", "USA"),
    ),
    (
        "A former CIA officer is sentenced by a federal judge in the Eastern District of Virginia.",
        "sentenced",
        ("Virginia", "USA"),
    ),
    (
        "The government of the Bahamas issues a storm watch while a state of emergency is declared in "
        "Miami-Dade County, Florida.",
        "declared",
        ("Miami-Dade County", "USA"),
    ),
    (
        "Police arrest a gunman in Fulton County, Georgia, after a shooting at a mall.",
        "arrest",
        ("Fulton County", "USA"),
    ),
    # negatives
    (
        "A federal judge in the District of Columbia blocks the rule.",
        "blocks",
        ("District of Columbia", "USA"),
    ),
    ("Floods kill 12 people in Bomi County, Liberia.", "kill", ("Bomi County", "LBR")),
    ("Police arrest 30 protesters in Gori, Georgia.", "arrest", ("Gori", "GEO")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), COURTS_AND_COUNTIES)
def test_a_court_district_or_a_county_names_its_us_state(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# "Operation <Name>": no place; an island after "off"; negatives: a place named beside the operation, a
# lower-case "operation" before a place.
NAMES_AND_ISLANDS: list[tuple[str, str, Expected]] = [
    ("Dario Messer, who is prosecuted as part of Operation Car Wash, is arrested.", "prosecuted", None),
    ("Federal police arrest 12 people in Operation Lava Jato.", "arrest", None),
    (
        "The tanker was hijacked by a group of stowaways off the Isle of Wight.",
        "hijacked",
        ("Isle of Wight", "GBR"),
    ),
    ("Spanish coast guards rescue 40 migrants off Lanzarote.", "rescue", ("Lanzarote", "ESP")),
    # negatives
    (
        "Turkey launches Operation Peace Spring, and its jets strike a town in Syria.",
        "strike",
        ("Syria", "SYR"),
    ),
    ("Police arrest 12 people in a raid in Curitiba.", "arrest", ("Curitiba", "BRA")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), NAMES_AND_ISLANDS)
def test_an_operation_names_no_place_and_an_island_is_read(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected
