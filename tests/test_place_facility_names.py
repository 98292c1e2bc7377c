"""Places stage: the names of camps, bases, prisons and palaces the gazetteer lacks (session 20, gaz20c;
sentences written for these tests in the style of the news items, with negatives).

A word of ``facility_name_words`` opening or ending a run of capitalised words makes the whole run one place:
"Ain al-Asad Air Base" (five words, longer than other unknown names may be) is not "Air Base", and "Fort
Campbell" is not the town Campbell. A military base's country is the one the text's place phrases name ("in
Iraq", "Iraq's"), never the nationality of the forces around it nor the acting state; with no country named
the base has none. A prison's or a palace's country still comes from the sentence ("Brazilian police").
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


# Negatives: a known town before the facility word ("Bagram Air Base" in Afghanistan, the town Pensacola
# after "Naval Air Station"), a name of four words or fewer, a place named next to the base ("in Baghdad").
FACILITY_NAMES = [
    (
        "Iranian missiles struck the Ain al-Asad Air Base in Iraq on Tuesday, damaging several buildings.",
        "struck",
        ("Ain al-Asad Air Base", "IRQ"),
    ),
    (
        "Drones attacked Iraq's Ain al-Asad Air Base overnight, officials said.",
        "attacked",
        ("Ain al-Asad Air Base", "IRQ"),
    ),
    ("A sailor was stabbed at Fort Campbell in Kentucky on Sunday.", "stabbed", ("Fort Campbell", "USA")),
    (
        "Rockets hit the Bagram Air Base in Afghanistan, wounding two soldiers.",
        "hit",
        ("Bagram Air Base", "AFG"),
    ),
    ("Russian jets bombed the Tiyas Air Base in Syria.", "bombed", ("Tiyas Air Base", "SYR")),
    (
        "A gunman opened fire at Naval Air Station Pensacola in Florida, killing three people.",
        "opened",
        ("Pensacola", "USA"),
    ),
    (
        "Rockets struck Camp Victory in Baghdad, wounding four American contractors.",
        "struck",
        ("Baghdad", "IRQ"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), FACILITY_NAMES)
def test_facility_name_is_one_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A facility word opening or ending an unknown name makes the whole name the place."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# Negatives: a country the place phrases name (the located Nineveh, Helmand), and a prison's or a palace's
# country from the sentence's demonym.
FACILITY_COUNTRIES = [
    (
        "Two rockets struck Camp Victory, wounding four American contractors.",
        "struck",
        ("Camp Victory", None),
    ),
    ("The Pentagon sends 2,000 troops to Camp Buehring.", "sends", ("Camp Buehring", None)),
    (
        "Iranian missiles struck the Ain al-Asad Air Base on Tuesday.",
        "struck",
        ("Ain al-Asad Air Base", None),
    ),
    (
        "A rocket hit the Qayyarah Airfield West airbase in Nineveh, wounding two Iraqi soldiers.",
        "hit",
        ("Qayyarah Airfield West", "IRQ"),
    ),
    (
        "Militants attacked the Camp Bastion base in Helmand, killing two British soldiers.",
        "attacked",
        ("Camp Bastion", "AFG"),
    ),
    (
        "Brazilian police arrest two protesters outside the Planalto Palace.",
        "arrest",
        ("Planalto Palace", "BRA"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), FACILITY_COUNTRIES)
def test_base_country_from_place_phrases(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A base's country is a place phrase's, not its forces' nationality nor the acting state's."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected
