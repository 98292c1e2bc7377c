"""Places stage: names the gazetteer reads wrongly or not at all (session 11, second places round).

A small town the text marks as a place in an article about several countries alike is the town of the one
of them that has it; a feature named after a country ("the Jordan Valley") is the feature, not the country;
a town named before a facility noun stays the place when the "in" phrase after the facility names only the
division that holds the town ("the Portland City Hall in Oregon"). Sentences written for these tests, in the
style of the news items, with negatives.
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


# Negatives: a town no country of the article has; an unmarked name; a name only the tagger calls a place.
SOLE_SMALL_TOWN = [
    (
        "Turkish troops and the Syrian Army clash in the town of Ras al-Ain on Sunday.",
        "clash",
        ("Ras al-Ain", "SYR"),
    ),
    (
        "Russian and Ukrainian officials trade blame after fighting in the village of Novotroyitske.",
        "fighting",
        ("Novotroyitske", "UKR"),
    ),
    ("Turkish troops and the Syrian Army clash in the town of Qarbolak on Sunday.", "clash", None),
    ("Turkish troops and the Syrian Army clash near Zorbatiya on Sunday.", "clash", None),
    ("Indian and Pakistani troops exchange fire near the village of Chakothi.", "fire", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SOLE_SMALL_TOWN)
def test_sole_small_town_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A marked small town is the town of the one country of the article's that has it."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# Negatives: the country itself; a feature not named after a country (a known city keeps its reading); an
# institution named after the feature; a sea already in the gazetteer.
COUNTRY_FEATURE = [
    (
        "Israeli troops raid a village in the Jordan Valley, detaining three Palestinians.",
        "raid",
        ("Jordan Valley", None),
    ),
    (
        "Gunmen attack a passenger boat on the Congo River, killing five people.",
        "attack",
        ("Congo River", None),
    ),
    (
        "Protesters block a container ship in the Panama Canal on Tuesday.",
        "block",
        ("Panama Canal", None),
    ),
    ("Twelve fishermen drown in the Niger River after their boat capsizes.", "drown", ("Niger River", None)),
    ("Israeli troops raid a village in Jordan, detaining three men.", "raid", ("Jordan", "JOR")),
    ("Police arrest four men in Kabul on Monday.", "arrest", ("Kabul", "AFG")),
    ("Police arrest four members of the Jordan River Foundation.", "arrest", None),
    ("North Korea fires a missile into the Sea of Japan.", "fires", ("Sea of Japan", None)),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), COUNTRY_FEATURE)
def test_country_feature_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A feature named after a country is the feature, a region of no country; never the country."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# Negatives: a facility's own name before an "in" town; a division that does not hold the town; a country
# after "in" (the named town stays, as before).
FACILITY_TOWN = [
    (
        "Protesters and police clash near the Portland City Hall in Oregon.",
        "clash",
        ("Portland", "USA"),
    ),
    ("Protesters rally outside the Austin airport in Texas on Friday.", "rally", ("Austin", "USA")),
    ("Gunmen storm the Dusit hotel in Nairobi, killing 21 people.", "storm", ("Nairobi", "KEN")),
    ("Police raid the Baghdad restaurant in California, arresting two men.", "raid", ("California", "USA")),
    ("A bomb explodes near the Kabul airport in Afghanistan.", "explodes", ("Kabul", "AFG")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), FACILITY_TOWN)
def test_facility_town_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A town before a facility noun stays the place when the "in" phrase names only its division."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected


# "Shoots dead two policemen in X": the parser may make the result adjective a clause of its own, with the
# object and its "in" phrase under it; the adjective right after its verb, with no subject, is the verb's.
# Negatives: an attributive "dead" (no clause to join); a place in a reported clause stays out of the
# reporting verb's clause.
RESULT_WORD = [
    (
        "A man shoots dead two policemen in Charsadda, Khyber Pakhtunkhwa, Pakistan.",
        "shoots",
        ("Charsadda", "PAK"),
    ),
    ("A man shoots dead two women in Karachi, Pakistan.", "shoots", ("Karachi", "PAK")),
    ("A soldier shoots dead three colleagues in Peshawar, Pakistan.", "shoots", ("Peshawar", "PAK")),
    ("Officials say that two soldiers died in Kandahar.", "say", None),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), RESULT_WORD)
def test_result_word_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A result adjective right after its verb is in the verb's clause, with the place under it."""
    assert place_of(stage, with_event(parse(text), trigger)) == expected
