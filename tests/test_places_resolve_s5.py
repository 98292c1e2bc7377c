"""Places: readings of an ambiguous name that its sentence decides (session 5, issue #4).

Coordinated places share a country ("in California, Texas or Georgia": the US state), a list member after a
comma is no container of the one before it, a division word of the sentence makes the division of a name
read as a town ("a province-wide lockdown across Ontario"), and the word of a division's court is no place
("Ontario Superior Court"). Sentences written for these tests (news-like), with negatives in each table.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dotterel.errors import KnowledgeError
from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.knowledge.place_resolution import load_place_resolution_words
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event

Expected = tuple[str, str] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


def readings_of(stage: PlacesStage, article: Article, name: str) -> list[tuple[str, str | None, str]]:
    """Return (place name, country, kind) of every place mention whose text is ``name``."""
    places = stage(article).places
    return [
        (m.place.name, m.place.country, m.place.kind)
        for m in places
        if article.text[m.span.start : m.span.end] == name
    ]


# A member of a coordinated list takes the country of the other members when it has a reading there; a
# member with no reading in their country keeps its own (two countries at war, a border with two countries).
LISTS = [
    (
        "Evacuated passengers will be quarantined at military bases in California, Texas or Georgia.",
        "Georgia",
        [("Georgia", "USA", "admin1")],
    ),
    (
        "Tornadoes tore through Alabama, Georgia and Tennessee overnight.",
        "Georgia",
        [("Georgia", "USA", "admin1")],
    ),
    (
        "Heavy snow closed schools across Ontario and Quebec on Tuesday.",
        "Ontario",
        [("Ontario", "CAN", "admin1")],
    ),
    (
        "Russian troops fought Georgian forces in Russia and Georgia in 2008.",
        "Georgia",
        [("Georgia", "GEO", "country")],
    ),
    (
        "Heavy rain caused flooding in Turkey, Armenia and Georgia on Monday.",
        "Georgia",
        [("Georgia", "GEO", "country")],
    ),
    ("Thousands rallied in Tbilisi, Georgia, on Sunday.", "Georgia", [("Georgia", "GEO", "country")]),
]


@pytest.mark.parametrize(("text", "name", "expected"), LISTS)
def test_a_list_member_takes_the_country_of_the_other_members(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    name: str,
    expected: list[tuple[str, str, str]],
) -> None:
    assert readings_of(stage, parse(text), name) == expected


# "Texas, Georgia" inside a list is two members, not Texas in the country Georgia; "Tripoli, Lebanon and
# Damascus" is still the Lebanese Tripoli, "Balad, Middle Shabelle" still in Somalia.
CONTAINERS = [
    (
        "Passengers will be quarantined at military bases in California, Texas or Georgia.",
        "quarantined",
        ("California", "USA"),
    ),
    ("Floods killed four people in Texas, Georgia and Florida.", "killed", ("Texas", "USA")),
    (
        "Protesters clashed with police in Tripoli, Lebanon and Damascus, Syria.",
        "clashed",
        ("Tripoli", "LBN"),
    ),
    ("A car bomb exploded in Balad, Middle Shabelle, on Sunday.", "exploded", ("Balad", "SOM")),
    ("Gunmen killed two people in Tripoli, Lebanon, on Friday.", "killed", ("Tripoli", "LBN")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CONTAINERS)
def test_a_list_member_after_a_comma_is_no_container(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# A division word of the sentence makes the division of another country of a name read as a town; a state
# word also of a name read as a country. Without such a word, or with a country named next to the name, the
# town or country stays.
DIVISION_WORDS = [
    (
        "Premier Doug Ford announced a province-wide lockdown across Ontario on Monday.",
        "Ontario",
        [("Ontario", "CAN", "admin1")],
    ),
    (
        "The provincial government imposed a curfew in Ontario on Friday.",
        "Ontario",
        [("Ontario", "CAN", "admin1")],
    ),
    (
        "Governor Brian Kemp issued a statewide stay-at-home order in Georgia.",
        "Georgia",
        [("Georgia", "USA", "admin1")],
    ),
    (
        "A gunman killed three people at a warehouse in Ontario on Monday.",
        "Ontario",
        [("Ontario", "USA", "city")],
    ),
    (
        "Two people died in a house fire in Ontario, California, on Monday.",
        "Ontario",
        [("Ontario", "USA", "city")],
    ),
    (
        "Clashes broke out in Georgia's breakaway province of Abkhazia.",
        "Georgia",
        [("Georgia", "GEO", "country")],
    ),
    (
        "Fans gathered in Manchester before the Premier League final.",
        "Manchester",
        [("Manchester", "GBR", "city")],
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), DIVISION_WORDS)
def test_a_division_word_makes_a_division_of_the_name(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    name: str,
    expected: list[tuple[str, str, str]],
) -> None:
    assert readings_of(stage, parse(text), name) == expected


# The word of a division's court is no place: "Ontario Superior Court" is a court of the province of Ontario,
# not in the Wisconsin town of Superior; a town named Superior is still one.
COURTS = [
    (
        "A Toronto man pleaded guilty in Ontario Superior Court to three counts of fraud.",
        "pleaded",
        ("Ontario", "CAN"),
    ),
    ("A tornado damaged dozens of homes in Superior on Monday.", "damaged", ("Superior", "USA")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), COURTS)
def test_a_division_court_word_is_no_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


def test_a_bad_resolution_file_raises_knowledge_error(tmp_path: Path) -> None:
    path = tmp_path / "place_resolution.yaml"
    path.write_text(
        "version: 1\nlist_conjunctions: [and]\ncity_division_words: [Province]\n", encoding="utf-8"
    )
    with pytest.raises(KnowledgeError):
        load_place_resolution_words(path)
