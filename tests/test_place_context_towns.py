"""Places: a town of a country the text names, for a name the gazetteer reads as a far homonym.

A name whose gazetteer city lies in a country the text does not name (or is only another name of that city)
is the town of that primary name of GeoNames' 500+ file in a country the text names, when exactly one such
country has one ("Suluk, Raqqa Governorate" is the Syrian village, not Jolo, once Suluk, in the
Philippines). A located name the gazetteer lacks, in a text of one country, gets the point of that country's
town of 5,000 people or more ("a lockdown in Kastoria"). Sentences written for these tests (news-like), with
negatives: a well-known city stays itself, a country with no such town changes nothing, an island named like
a village of 3,000 is no village.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article, Place
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event

Expected = tuple[str, str | None] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# (text, trigger, (name, country) or None)
CONTEXT_TOWNS: list[tuple[str, str, Expected]] = [
    ("A car bomb in Suluk, Raqqa Governorate, kills five people.", "bomb", ("Suluk", "SYR")),
    (
        "Syrian government forces shelled Ariha on Monday, killing three civilians.",
        "shelled",
        ("Ariha", "SYR"),
    ),
    (
        "A car bomb explodes in Ariha, killing three people, the Syrian Observatory for Human Rights says.",
        "bomb",
        ("Ariha", "SYR"),
    ),
    ("Shelling damages a school in Mena, Ukrainian officials say.", "Shelling", ("Mena", "UKR")),
    # negatives: a well-known city of a country the text does not name, a homonym in the country named, a
    # country named that has no town of the name
    ("Mexican police arrest two suspects in Paris after a shooting.", "arrest", ("Paris", "FRA")),
    ("A car bomb in Jolo kills five people, the Philippine army says.", "bomb", ("Jolo", "PHL")),
    ("A fire in Mena, Ethiopia, kills three people, Ethiopian officials say.", "fire", ("Mena", "ETH")),
    ("Syrian troops killed three civilians in Aleppo on Monday.", "killed", ("Aleppo", "SYR")),
    ("Ethiopian police arrest two Ukrainian men in Mena.", "arrest", ("Mena", "ETH")),
    (
        "Honduras issues warnings, while Colombia evacuates tourists from the island of San Andrés.",
        "evacuates",
        ("San Andres", "COL"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CONTEXT_TOWNS)
def test_a_far_homonym_is_the_town_of_the_country_the_text_names(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected


def _event_place(stage: PlacesStage, article: Article) -> Place | None:
    return stage(article).events[0].place


# (text, trigger, name, country, whether the place has a point)
UNMARKED_TOWNS: list[tuple[str, str, str, str, bool]] = [
    (
        "Greek authorities impose a local lockdown in Kastoria after a rise in COVID-19 cases.",
        "lockdown",
        "Kastoria",
        "GRC",
        True,
    ),
    (
        "Ukrainian soldiers are killed by shelling near Novotroyitske, the Ukrainian military says.",
        "killed",
        "Novotroyitske",
        "UKR",
        True,
    ),
    # negatives: an island named like a village of 3,000 people keeps no point
    (
        "A typhoon makes landfall in Luzon in the Philippines, and floods kill seven people.",
        "kill",
        "Luzon",
        "PHL",
        False,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "name", "country", "pointed"), UNMARKED_TOWNS)
def test_a_located_unlisted_name_gets_the_point_of_a_town_of_its_country(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    name: str,
    country: str,
    pointed: bool,
) -> None:
    place = _event_place(stage, with_event(parse(text), trigger))
    assert place is not None and (place.name, place.country) == (name, country)
    assert (place.lat is not None) == pointed
