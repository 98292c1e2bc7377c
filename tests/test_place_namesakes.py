"""Places: names the gazetteer reads as another place (session 14).

A state after a town's comma that shares its name with a country ("Brunswick, Georgia": the US state, not the
country); a landmark's name that is only an old name of a small town ("Central Park" is not Bethpage, New
York); a capital by its common spelling ("Ulaanbaatar", which GeoNames gives only its municipality). Sentences
written for these tests (news-like), with negatives in each table.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import with_event

Expected = tuple[str, str | None] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


def place_of_event(stage: PlacesStage, article: Article) -> tuple[str, str | None, float | None] | None:
    """Return (name, country, longitude) of the place the stage gives the article's one event."""
    place = stage(article).events[0].place
    return None if place is None else (place.name, place.country, place.lon)


# "<town>, Georgia": the US state when the town is a town of it (the gazetteer's or the small-town table's)
# and no place of the country; negatives: a town of the country, the country alone.
# (text, trigger, (name, country), (west, east) bounds of the longitude)
STATE_NAMESAKES = [
    (
        "A man was shot dead in Brunswick, Georgia, after a confrontation.",
        "shot",
        ("Brunswick", "USA"),
        (-82, -81),
    ),
    (
        "Police arrested a man in Savannah, Georgia, over a series of robberies.",
        "arrested",
        ("Savannah", "USA"),
        (-81.5, -80.5),
    ),
    ("A gunman killed two people in Rome, Georgia, on Sunday.", "killed", ("Rome", "USA"), (-85.5, -84.5)),
    (
        "Protesters clashed with police in Stone Mountain, Georgia.",
        "clashed",
        ("Stone Mountain", "USA"),
        (-84.5, -83.5),
    ),
    (
        "Protesters set fire to a restaurant in Atlanta, Georgia, on Saturday.",
        "set",
        ("Atlanta", "USA"),
        (-85.0, -84.0),
    ),
    # negatives
    (
        "Police dispersed protesters in Kutaisi, Georgia, on Friday.",
        "dispersed",
        ("Kutaisi", "GEO"),
        (42.0, 43.5),
    ),
    ("A man was arrested in Gori, Georgia, over a bombing.", "arrested", ("Gori", "GEO"), (43.5, 44.5)),
    (
        "Police dispersed protesters in Tbilisi, Georgia, on Friday.",
        "dispersed",
        ("Tbilisi", "GEO"),
        (44.0, 45.5),
    ),
    ("Thousands protested in Georgia after the election.", "protested", ("Georgia", "GEO"), (44.0, 45.5)),
]


@pytest.mark.parametrize(("text", "trigger", "expected", "lon_range"), STATE_NAMESAKES)
def test_a_state_named_like_a_country_after_its_town(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    expected: Expected,
    lon_range: tuple[float, float],
) -> None:
    found = place_of_event(stage, with_event(parse(text), trigger))
    assert found is not None and found[:2] == expected
    assert found[2] is not None and lon_range[0] <= found[2] <= lon_range[1]


# A landmark's name the gazetteer knows only as the old name of a small town is not that town; negatives: a
# town's own name, a landmark of a big town, a capital by its common spelling (given its point).
# (text, trigger, (name, country) or None)
LANDMARK_NAMES: list[tuple[str, str, Expected]] = [
    (
        "A man was arrested for threatening to bomb Central Park in New York City.",
        "threatening",
        ("New York City", "USA"),
    ),
    ("A woman was attacked by a dog in Central Park on Sunday, police said.", "attacked", None),
    # negatives
    (
        "A man was arrested for threatening to bomb a school in Bethpage, New York.",
        "threatening",
        ("Bethpage", "USA"),
    ),
    ("Police arrested 30 protesters in Ulaanbaatar on Monday.", "arrested", ("Ulaanbaatar", "MNG")),
    ("Police arrested 30 protesters in Ulan Bator, Mongolia.", "arrested", ("Ulan Bator", "MNG")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), LANDMARK_NAMES)
def test_a_landmark_is_not_the_small_town_of_its_old_name(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    found = place_of_event(stage, with_event(parse(text), trigger))
    assert (None if found is None else found[:2]) == expected
    if found is not None:
        assert found[2] is not None  # every place here has a point (Ulaanbaatar's is the city's)
