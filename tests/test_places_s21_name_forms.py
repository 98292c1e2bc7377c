"""Places stage: name forms the finder cut or hid (session 21).

A compass quarter written as one capitalised word ("Southeast Washington", "Northeast Philadelphia") opens
the city's name like "North" or "West" does ("West Baltimore"): the city is the place, not a word of a longer
unknown name. A division named by a hyphenated pair before "County" or "Province" ("Miami-Dade County") is
one name, not the city of its first word and a foreign town of its second (Dade, China). Sentences written
for these tests, in the style of the news items, with negatives (a quarter the gazetteer knows by its own
name stays itself; a hyphenated city stays the city).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.place_hyphen_divisions import to_hyphenated_division_end
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_events

Expected = tuple[str, str | None] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


# Negatives: a quarter known by its own name, a direction before a country, a named region and a
# Canadian territory stay what they were.
COMPASS_QUARTERS = [
    (
        "A teenager is killed in a mass shooting at a cookout in Southeast Washington, D.C.",
        "killed",
        ("Washington", "USA"),
    ),
    ("A man is killed in a shooting in Northeast Philadelphia.", "killed", ("Philadelphia", "USA")),
    ("Police arrest ten protesters in Northwest Washington on Monday.", "arrest", ("Washington", "USA")),
    ("Two people are shot dead in Southwest Detroit.", "shot", ("Detroit", "USA")),
    ("A teenager is killed in a shooting in southeast Washington, D.C.", "killed", ("Washington", "USA")),
    ("Three people are shot dead in South Los Angeles.", "shot", ("Los Angeles", "USA")),
    ("Two people are killed in a bombing in East Jerusalem.", "killed", ("East Jerusalem", "PSE")),
    ("Two people are killed in an air strike in northern Syria.", "killed", ("northern Syria", "SYR")),
    ("Police arrest five miners in the Northwest Territories.", "arrest", ("Northwest Territories", "CAN")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), COMPASS_QUARTERS)
def test_compass_quarter_opens_the_city_name(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A capitalised compass quarter before a known city leaves the city the place."""
    assert place_of(stage, with_events(parse(text), [trigger])) == expected


# Negatives: a hyphenated city the gazetteer knows stays the city; a county of one name, as before.
HYPHENATED_DIVISIONS = [
    (
        "A state of emergency is declared in Miami-Dade County, Florida, as the storm nears.",
        "declared",
        ("Miami-Dade County", "USA"),  # the county itself since the county-state rule (place_state_namesakes)
    ),
    ("Police arrest five men in Miami-Dade County on Monday.", "arrest", None),
    (
        "Gunmen attack a checkpoint in Kohgiluyeh-Boyer Ahmad Province, Iran.",
        "attack",
        ("Kohgiluyeh-Boyer Ahmad Province", "IRN"),
    ),
    ("A gunman kills three people in Wilkes-Barre, Pennsylvania.", "kills", ("Wilkes-Barre", "USA")),
    ("A gunman kills three people in Winston-Salem on Monday.", "kills", ("Winston-Salem", "USA")),
    # the county itself since the county-state rule (place_state_namesakes)
    ("A state of emergency is declared in Broward County, Florida.", "declared", ("Broward County", "USA")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), HYPHENATED_DIVISIONS)
def test_hyphenated_pair_before_a_division_noun_is_one_name(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """A hyphenated pair before "County" or "Province" names one division, not two places."""
    assert place_of(stage, with_events(parse(text), [trigger])) == expected


# Negatives: a pair of countries before "Border Region", a lower-case noun after the pair, a name with no
# hyphen, and the tail of the pair.
HYPHENATED_RUNS = [
    ("A state of emergency is declared in Miami-Dade County, Florida.", "Miami", "Miami-Dade"),
    ("Gunmen attack a post in Kohgiluyeh-Boyer Ahmad Province.", "Kohgiluyeh", "Kohgiluyeh-Boyer Ahmad"),
    ("Protesters clash with police along the Iraq-Syria Border Region.", "Iraq", None),
    ("Officials close the Miami-Dade county offices.", "Miami", None),
    ("A state of emergency is declared in Broward County.", "Broward", None),
    ("A state of emergency is declared in Miami-Dade County, Florida.", "Dade", None),
]


@pytest.mark.parametrize(("text", "word", "expected"), HYPHENATED_RUNS)
def test_hyphenated_division_run(
    parse: Callable[..., Article], gazetteer: Gazetteer, text: str, word: str, expected: str | None
) -> None:
    """The hyphenated run before a capitalised division noun, from its first word."""
    doc = parse(text).doc
    start = next(t.i for t in doc if t.text == word)
    end = to_hyphenated_division_end(doc, start, gazetteer)
    assert (None if end is None else doc[start:end].text) == expected
