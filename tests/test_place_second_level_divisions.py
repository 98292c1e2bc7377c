"""Places: the United Kingdom's and Ireland's second-level divisions are places (session 25).

ISO 3166-2 files England's counties (Hampshire, Kent, Devon), Scotland's and Wales's council areas and
Ireland's counties under a first level the news rarely names as the place of an act; those divisions are in
the gazetteer (kind ``admin1``, no point, as every division). Sentences written for these tests in the style
of news items; negatives: a county's name inside an organisation's or a person's name, the U.S. and Canadian
places of the same name, and the Irish county names that are also people's names.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_event


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# (text, trigger, (name, country) of the place or None)
SECOND_LEVEL: list[tuple[str, str, tuple[str, str | None] | None]] = [
    (
        "A man in Hampshire was killed when a tree fell onto his car during the storm.",
        "killed",
        ("Hampshire", "GBR"),
    ),
    (
        "British police arrested a 34-year-old man in Kent after a stabbing outside a pub.",
        "arrested",
        ("Kent", "GBR"),
    ),
    ("Two people died in a house fire in Devon on Sunday.", "died", ("Devon", "GBR")),
    (
        "Police in Essex, England, charged a lorry driver over the deaths of 39 people.",
        "charged",
        ("Essex", "GBR"),
    ),
    (
        "Flooding forced hundreds of people from their homes in Cornwall, England, on Tuesday.",
        "forced",
        ("Cornwall", "GBR"),
    ),
    (
        "A teenager was stabbed to death in County Durham on Friday night.",
        "stabbed",
        ("County Durham", "GBR"),
    ),
    (
        "Firefighters tackled a large moorland blaze in North Yorkshire.",
        "tackled",
        ("North Yorkshire", "GBR"),
    ),
    ("Police in Fife, Scotland, arrested two men after a shooting.", "arrested", ("Fife", "GBR")),
    (
        "A garda was injured when a car rammed a checkpoint in County Kerry, Ireland.",
        "injured",
        ("Kerry", "IRL"),
    ),
    # negatives: a name inside a longer name or a person's name; the U.S. and Canadian namesakes
    ("Students protested at Kent State University on Monday.", "protested", ("Kent State", "USA")),
    ("Police arrested a man in Essex County, New Jersey, on Monday.", "arrested", ("Essex County", "USA")),
    ("Devon Allman performed in Atlanta on Saturday.", "performed", ("Atlanta", "USA")),
    ("A gunman shot two people in Surrey, British Columbia, on Friday.", "shot", ("Surrey", "CAN")),
    ("U.S. climate envoy John Kerry met Chinese officials in Shanghai.", "met", ("Shanghai", "CHN")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SECOND_LEVEL)
def test_a_county_of_the_united_kingdom_or_ireland_is_a_place(
    parse: Callable[..., Article],
    stage: PlacesStage,
    text: str,
    trigger: str,
    expected: tuple[str, str | None] | None,
) -> None:
    assert place_of(stage, with_event(parse(text), trigger)) == expected
