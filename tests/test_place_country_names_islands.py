"""Places stage: a longer name holding a country's name, a name after a place noun's "of" the parser hung
elsewhere, a capitalised phrase saying what a town's quarter is (session 16, places16e; sentences written for
these tests in the style of the news items, with negatives).

"New Guinea" and "Western New Guinea" are no Guinea (the African country): the longest known name wins, and
the island or Indonesia's Papua is the place. "Greek police on the island of Lesbos fire tear gas" is parsed
with "Lesbos" a modifier of "fire tear gas": the name after "the island of" is still where the police act.
"the Oregon Historic District of Dayton" names a quarter by what it is: the town after "of" is the place.
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


# Negatives: the country on its own, and the longer country names, keep their countries.
COUNTRY_IN_NAME = [
    ("Indonesian troops kill five separatist rebels in Western New Guinea.", "kill", ("West Papua", "IDN")),
    ("Gunmen attack a village in New Guinea, killing two people.", "attack", ("New Guinea", None)),
    ("Gunmen attack a village in Guinea, killing two people.", "attack", ("Guinea", "GIN")),
    (
        "Gunmen attack a village in Papua New Guinea, killing two people.",
        "attack",
        ("Papua New Guinea", "PNG"),
    ),
    ("Gunmen kidnap four oil workers in Equatorial Guinea.", "kidnap", ("Equatorial Guinea", "GNQ")),
    ("Rebels attack a town in South Sudan, killing 12 civilians.", "attack", ("South Sudan", "SSD")),
    (
        "A bomb explodes in Northern Ireland, injuring two police officers.",
        "explodes",
        ("Northern Ireland", "GBR"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), COUNTRY_IN_NAME)
def test_country_in_longer_name(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A longer known name holding a country's name is the place, not the country inside it."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# Negatives: a name hung as a modifier that follows no place noun's "of" (a sponsor, "Lesbos-based" is no
# case here: the police's force, no place), and a person noun's "of" ("the mayor of").
ISLAND_OF = [
    (
        "Greek police on the island of Lesbos fire tear gas to disperse protesting migrants.",
        "disperse",
        ("Lesbos", "GRC"),
    ),
    ("Police on the island of Lesbos arrest ten migrants.", "arrest", ("Lesbos", "GRC")),
    ("Migrants clash with police on the Greek island of Samos.", "clash", ("Samos", "GRC")),
    ("Gunmen kill three people on the island of Mindanao.", "kill", ("Mindanao", "PHL")),
    ("Police arrest ten migrants.", "arrest", None),
    ("The mayor of Lesbos condemns the attack on the camp.", "condemns", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ISLAND_OF)
def test_name_after_place_noun_of(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """The name after "the island of" is a location wherever the parser hangs it."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# Negatives: a district with a proper name ("Bondhere District") stays the place; a known quarter name
# ("Financial District", in GeoNames) is not dropped.
DESCRIBED_QUARTER = [
    (
        "A gunman kills four people at a bar in the Oregon Historic District of Dayton.",
        "kills",
        ("Dayton", "USA"),
    ),
    (
        "A car bomber attacks a checkpoint in the Bondhere District of Mogadishu.",
        "attacks",
        ("Bondhere District", "SOM"),
    ),
    (
        "A car bomber attacks a checkpoint in the Historic District of Mogadishu.",
        "attacks",
        ("Mogadishu", "SOM"),
    ),
    (
        "Police arrest 20 protesters in the Financial District of Manhattan.",
        "arrest",
        ("Financial District", "USA"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), DESCRIBED_QUARTER)
def test_described_quarter(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A capitalised phrase saying what a quarter is ("Historic District") is no place: its town is."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected
