"""Places: a border's owner without its capital's point, nationality words, case names, other districts and
anniversaries.

A country read as the owner of a border ("moves troops to its border with Pakistan") is its side of the
border, which the capital's point does not locate: the country, no point. A nationality adjective is never
read as a town's alternate name ("The Kazakh Foreign Ministry …" is not Petropavl). The parties of a court
case's name ("Ukraine v. Russia") are no places. A definite facility noun ("the old business district") takes
no place from "other districts" or from a plural of its noun. The happening an anniversary marks takes no
place from the gathering that marks it. Sentences written for these tests (news-like), with negatives.
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


# (text, trigger, (name, country), whether the place has a point)
BORDER_SIDES: list[tuple[str, str, tuple[str, str], bool]] = [
    ("India moves two brigades to its border with Pakistan.", "moves", ("India", "IND"), False),
    ("Turkey deploys missiles to its border with Syria.", "deploys", ("Turkey", "TUR"), False),
    ("Colombia sends 2,000 soldiers to its border with Venezuela.", "sends", ("Colombia", "COL"), False),
    # negatives: a town keeps its point; a country with no border named keeps its capital's
    ("Turkey deploys missiles to Kilis.", "deploys", ("Kilis", "TUR"), True),
    ("Police arrest two men in Turkey on Monday.", "arrest", ("Turkey", "TUR"), True),
]


@pytest.mark.parametrize(("text", "trigger", "expected", "point"), BORDER_SIDES)
def test_a_border_owner_is_given_without_its_capitals_point(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    expected: tuple[str, str],
    point: bool,
) -> None:
    event = stage(with_event(parse(text), trigger)).events[0]
    assert event.place is not None
    assert (event.place.name, event.place.country) == expected
    assert (event.place.lat is not None) == point


# (text, trigger, (name, country) or None)
NAMES_THAT_ARE_NO_PLACES: list[tuple[str, str, Expected]] = [
    ("The Kazakh Foreign Ministry protests remarks by a Russian lawmaker.", "protests", None),
    ("The Thai Ministry of Interior bans gatherings of more than five people.", "bans", None),
    ("Canada backs the judgment in Ukraine v. Russia at the court.", "backs", None),
    ("Australia welcomes the judgment in Gambia v. Myanmar.", "welcomes", None),
    # negatives: the towns themselves, a place beside a case or a match
    ("Police arrest two men in Petropavl after a robbery.", "arrest", ("Petropavl", "KAZ")),
    ("Thai police arrest two men in Bangkok.", "arrest", ("Bangkok", "THA")),
    ("Police clash with fans in Dubai after the India vs. Pakistan match.", "clash", ("Dubai", "ARE")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), NAMES_THAT_ARE_NO_PLACES)
def test_nationality_words_and_case_names_are_no_places(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# (text, trigger, (name, country) or None)
OTHER_FACILITIES: list[tuple[str, str, Expected]] = [
    (
        "Police fire tear gas at marchers in the old business district. Rallies go on in other districts"
        " including Mong Kok and Sha Tin.",
        "fire",
        None,
    ),
    (
        "Police clash with protesters in the shopping district. Protests spread to districts including"
        " Mong Kok and Sha Tin.",
        "clash",
        None,
    ),
    # negatives: the same facility named before keeps giving its place; the other districts keep theirs
    (
        "Protesters rallied outside the Spanish embassy in Caracas on Monday. Police later arrested two men"
        " at the embassy.",
        "arrested",
        ("Caracas", "VEN"),
    ),
    (
        "Police fire tear gas at marchers in the old business district. Rallies go on in other districts"
        " including Mong Kok and Sha Tin.",
        "Rallies",
        ("Mong Kok", "HKG"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), OTHER_FACILITIES)
def test_a_definite_facility_takes_no_place_from_other_ones(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# (text, trigger, (name, country) or None)
ANNIVERSARIES: list[tuple[str, str, Expected]] = [
    (
        "Crowds gather in central Bogota to mark the first anniversary of the national strike.",
        "strike",
        None,
    ),
    ("Hundreds rally in Gdansk to mark the 30th anniversary of the strikes.", "strikes", None),
    # negatives: a place inside the anniversary's phrase; the gathering keeps its own place
    (
        "Mourners gather in Tuzla to mark the 25th anniversary of the massacre in Srebrenica.",
        "massacre",
        ("Srebrenica", "BIH"),
    ),
    (
        "Crowds gather in central Bogota to mark the first anniversary of the national strike.",
        "gather",
        ("Bogota", "COL"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ANNIVERSARIES)
def test_an_anniversarys_happening_takes_no_place_from_the_gathering(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected
