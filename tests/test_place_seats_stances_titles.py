"""Places of session 17 (places17), on news-like sentences written for these tests, each table with negatives:

- a body's seat named as where an act happens: "at", "out of" or "addresses" the UN General Assembly is in New
  York, "outside the State Department" in Washington (``gazetteer.yaml``, ``locative_object_verbs`` and
  ``of_place_nouns`` of ``places.yaml``, "out of" read as "from" in stages/place_uses.py); the body acting, as
  a subject, names no place;
- a stance shown toward others in a purpose clause ("to show solidarity with Uyghurs in Xinjiang") and what is
  blamed ("blames Chinese influence in the Pacific") are no places of the act (``purpose_topic_verbs`` and
  ``topic_object_verbs``, stages/place_topics.py);
- the district of an officer's title ("the U.S. Attorney for the Southern District of New York") is no place
  (stages/place_title_jurisdictions.py);
- "across the country" stands for the one country named before it (stages/place_anaphora.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event

Expected = tuple[str, str | None] | None
UNGA = ("United Nations General Assembly", "USA")


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# text, trigger, expected place
SEAT_PLACES = [
    (
        "Delegates of six countries walk out of the UN General Assembly as the Iranian president speaks.",
        "walk",
        UNGA,
    ),
    ("The Turkish president addresses the UN General Assembly and criticises Israel.", "criticises", UNGA),
    (
        "Serbia and Kosovo sign a deal at the 75th session of the United Nations General Assembly.",
        "sign",
        UNGA,
    ),
    ("Hundreds of exiles protest outside the State Department over the new visa rules.", "protest", None),
    ("Turkey pulls its troops out of northern Syria.", "pulls", ("northern Syria", "SYR")),
    # negatives: the body acting, or "out of" a thing, names no place
    ("The UN General Assembly condemns the annexation of the peninsula.", "condemns", None),
    ("The State Department approves the sale of fighter jets to Taiwan.", "approves", None),
    ("The United States pulls out of the Paris climate agreement.", "pulls", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SEAT_PLACES)
def test_seat_named_as_location(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A body's seat named as where the act happens is its place; the body acting names none."""
    place = place_of(stage, with_event(parse(text), trigger))
    if trigger == "protest":  # the department's building in Washington
        assert place is not None and place[1] == "USA"
        return
    assert place == expected


# text, trigger, expected place
OTHERS_PLACES = [
    (
        "Protesters march through the streets to show solidarity with Uyghur Muslims in Xinjiang.",
        "march",
        None,
    ),
    (
        "Hundreds of people rally in the city centre to show solidarity with the victims in Beirut.",
        "rally",
        None,
    ),
    (
        "Students march in central Jakarta to show solidarity with Rohingya refugees in Bangladesh.",
        "march",
        ("Jakarta", "IDN"),
    ),
    ("Crowds gather in Tbilisi to express support for protesters in Belarus.", "gather", ("Tbilisi", "GEO")),
    ("The opposition blames Chinese influence in the Pacific for the decision.", "blames", None),
    ("Hezbollah blames the explosion in the port on Israel.", "blames", None),
    # negatives: the act's own place, a meeting's place after its object, and a purpose of another kind
    ("Protesters march in Minsk to show their anger at the election.", "march", ("Minsk", "BLR")),
    ("Police in Kabul blame the Taliban for the bombing.", "blame", ("Kabul", "AFG")),
    # the listed landmark (gazetteer.yaml ``landmarks``, session 24) in its city; London before the list
    ("Thousands march to Parliament Square in London.", "march", ("Parliament Square", "GBR")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), OTHERS_PLACES)
def test_places_of_others_are_not_the_act_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """Where the people a stance is shown to are, or where a blamed thing is, is not the act's place."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# text, trigger, expected place
TITLE_PLACES = [
    ("The U.S. Attorney for the Southern District of New York charges four men with fraud.", "charges", None),
    ("The U.S. Attorney's Office for the Eastern District of Virginia charges the hacker.", "charges", None),
    (
        "Ana Reyes, a U.S. District Judge for the District of Columbia, orders the release of the files.",
        "orders",
        # the district of the title stays no place; the judge's country is her seat (the courts' seats
        # convention of docs/when-where-how-bad.md, session 25; 052d8ec)
        ("United States", "USA"),
    ),
    # negatives: prosecutors placed by a preposition, a lower-case title, a place outside the title
    ("Prosecutors in Manhattan charge the former adviser with fraud.", "charge", ("Manhattan", "USA")),
    ("A prosecutor for the state charges a man in Houston, Texas.", "charges", ("Houston", "USA")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), TITLE_PLACES)
def test_title_district_is_no_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """The district an officer's title names is no place of the officer's act."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# text, trigger, expected place
COUNTRY_REFERENCES = [
    (
        "Protests erupt in Iran over fuel prices. Police arrest 200 people across the country.",
        "arrest",
        ("Iran", "IRN"),
    ),
    (
        "Chile declares a state of emergency as riots spread throughout the country.",
        "riots",
        ("Chile", "CHL"),
    ),
    # negatives: two countries before it, and no country at all
    (
        "Venezuela accuses Colombia of plotting a coup. Troops are deployed across the country.",
        "deployed",
        None,
    ),
    ("Unrest spreads across the country after the vote.", "Unrest", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), COUNTRY_REFERENCES)
def test_the_country_refers_back(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """ "The country" after a locative preposition is the one country named before it."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected
