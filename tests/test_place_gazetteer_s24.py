"""Places: gazetteer gaps and namesakes (session 24).

Landmarks of big cities named without their city ("in Trafalgar Square", "in Whitehall"); a US state over
the country of its name in a text about the United States ("a facility in Georgia", U.S. officials said); a
town before ", <its country>" that the parser hangs on the country as a modifier ("during an arrest in
Melbourne, Australia"). Sentences written for these tests in the style of news items, with negatives in each
table.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import with_event

# (name, country, kind) of the place, or None
Expected = tuple[str, str | None, str] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


def place_of_event(stage: PlacesStage, article: Article) -> tuple[str, str | None, str, float | None] | None:
    """Return (name, country, kind, latitude) of the place the stage gives the article's one event."""
    place = stage(article).events[0].place
    return None if place is None else (place.name, place.country, place.kind, place.lat)


# A landmark named alone is in its city (its own point, the city's country).
# (text, trigger, expected, latitude bounds or None)
LANDMARKS: list[tuple[str, str, Expected, tuple[float, float] | None]] = [
    (
        "Far-right protesters and police clashed at a demonstration in Trafalgar Square.",
        "clashed",
        ("Trafalgar Square", "GBR", "city"),
        (51.4, 51.6),
    ),
    (
        "Hundreds of people protested in Whitehall on Sunday against the lockdown.",
        "protested",
        ("Whitehall", "GBR", "city"),
        (51.4, 51.6),
    ),
    (
        "Protesters gathered outside Downing Street on Saturday.",
        "gathered",
        ("Downing Street", "GBR", "city"),
        (51.4, 51.6),
    ),
    (
        "Police fired tear gas at protesters near Riad al-Solh Square on Saturday.",
        "fired",
        ("Riad al-Solh Square", "LBN", "city"),
        (33.8, 34.0),
    ),
    (
        "Police detained dozens of protesters on Pushkin Square on Saturday.",
        "detained",
        ("Pushkin Square", "RUS", "city"),
        (55.7, 55.8),
    ),
    # negatives: a name several cities share stays an unlisted place of the country the sentence names; a
    # town of a landmark's name before its state; a battle named after a town
    (
        "Iraqi protesters rallied in Tahrir Square on Friday.",
        "rallied",
        ("Tahrir Square", "IRQ", "locality"),
        None,
    ),
    (
        "Thousands of Egyptians rallied in Tahrir Square on Friday.",
        "rallied",
        ("Tahrir Square", "EGY", "locality"),
        None,
    ),
    (
        "Police arrested 20 people in Westminster, Colorado, on Saturday.",
        "arrested",
        ("Westminster", "USA", "city"),
        (39.7, 40.0),
    ),
    (
        "The Battle of Trafalgar was fought off the coast of Spain in 1805.",
        "fought",
        ("coast of Spain", "ESP", "region"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected", "lat_range"), LANDMARKS)
def test_a_landmark_is_in_its_city(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    expected: Expected,
    lat_range: tuple[float, float] | None,
) -> None:
    found = place_of_event(stage, with_event(parse(text), trigger))
    assert (None if found is None else found[:3]) == expected
    if lat_range is not None:
        assert found is not None and found[3] is not None and lat_range[0] <= found[3] <= lat_range[1]


# "Georgia" in a text about the United States is the US state; negatives: a text about Russia or the
# country itself, or about nothing else, keeps the country.
# (text, trigger, expected)
STATE_NAMESAKES: list[tuple[str, str, Expected]] = [
    (
        "Police arrested two protesters in Georgia on Tuesday, the U.S. Justice Department said.",
        "arrested",
        ("Georgia", "USA", "admin1"),
    ),
    (
        "A whistleblower at a U.S. immigration detention facility in Georgia files a complaint.",
        "complaint",
        ("Georgia", "USA", "admin1"),
    ),
    ("U.S. President Donald Trump held a campaign rally in Georgia.", "rally", ("Georgia", "USA", "admin1")),
    # negatives
    ("Russian troops shelled villages in Georgia in 2008.", "shelled", ("Georgia", "GEO", "country")),
    (
        "The U.S. condemned Russia after its troops entered Georgia on Friday.",
        "entered",
        ("Georgia", "GEO", "country"),
    ),
    ("Thousands protested in Georgia after the election.", "protested", ("Georgia", "GEO", "country")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), STATE_NAMESAKES)
def test_a_state_over_the_country_of_its_name_in_a_text_about_the_united_states(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    found = place_of_event(stage, with_event(parse(text), trigger))
    assert (None if found is None else found[:3]) == expected


# "<town>, <country>" gives the town even where the parser makes the town a modifier of the country;
# negatives: the same pair parsed as an apposition, a country alone, a town's name before a person noun.
# (text, trigger, expected)
TOWN_COUNTRY_PAIRS: list[tuple[str, str, Expected]] = [
    (
        "A man is in a coma after he was kicked in the head by an officer during an arrest in Melbourne, "
        "Australia.",
        "arrest",
        ("Melbourne", "AUS", "city"),
    ),
    ("A man is injured during an arrest in Melbourne, Australia.", "arrest", ("Melbourne", "AUS", "city")),
    # negatives
    ("A man is injured during an arrest in Lyon, France.", "arrest", ("Lyon", "FRA", "city")),
    ("A man is injured during an arrest in Australia.", "arrest", ("Australia", "AUS", "country")),
    ("A Melbourne, Australia man was charged with murder.", "charged", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), TOWN_COUNTRY_PAIRS)
def test_a_town_before_its_country_is_given(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    found = place_of_event(stage, with_event(parse(text), trigger))
    assert (None if found is None else found[:3]) == expected
