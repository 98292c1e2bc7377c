"""Places: known names inside an institution's name or a work's title are no places (session 13).

A lone institution noun written as a name is the institution, never the town that shares it ("Bank" of a
"Central Bank" is no Indian town); a word before an institution noun whose "of" or "for" phrase names a known
place is a word of the name, an administrative noun between or not ("Federal District Court for the District
of Columbia" is no Argentine Federal District), but a country stays ("the U.S. District Court for …"); a
place inside a work's title (after "painting", "film", "novel" …) is a word of the title when the title is
quoted or has two capitalised words before it. Sentences written for these tests, with negatives.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.knowledge.place_resolution import load_place_resolution_words
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import with_event


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


def event_place(stage: PlacesStage, article: Article) -> str | None:
    """Return the name and country of the place given to the article's one event, or None."""
    place = stage(article).events[0].place
    return None if place is None else f"{place.name} {place.country}"


# (text, trigger, the event's place expected: "name country" or None)
NAMES = [
    # a lone institution noun: no town "Bank"
    ("Gunmen opened fire at Turkey's Central Bank on Monday.", "opened", None),
    ("Riot police clashed with depositors outside the Central Bank on Saturday.", "clashed", None),
    ("Masked men attacked guards at Egypt's National Bank in Cairo.", "attacked", "Cairo EGY"),
    # a word of a court's name named for its "for"/"of" place
    (
        "A judge of the Federal District Court for the District of Columbia sentenced the lobbyist"
        " to prison.",
        "sentenced",
        None,
    ),
    ("Police raided the Federal University of Santa Catarina on Tuesday.", "raided", None),
    # negatives: a country's court stays the country; a place outside the name stays the place
    (
        "U.S. District Court for the District of Columbia Judge Emmet Sullivan sentenced the aide to prison.",
        "sentenced",
        "United States USA",
    ),
    ("Police raided the Federal District Court in Manhattan on Friday.", "raided", "Manhattan USA"),
    ("A gunman opened fire at Kabul University, killing 19 students.", "opened", "Kabul AFG"),
    ("Protesters clashed with police outside the High Court in Harare.", "clashed", "Harare ZWE"),
    # a place inside a work's title
    (
        "Thieves stole the painting View of the Sea at Scheveningen in a raid on a museum.",
        "raid",
        None,
    ),
    ('Police raided the publisher of the novel "Midnight in Cairo" on Sunday.', "raided", None),
    # negatives: no title (a lower-case word after the noun); one unquoted title word, then the act's place
    ("Police raided a film studio in Mumbai on Sunday.", "raided", "Mumbai IND"),
    ("Police raided a screening of the film Parasite in Seoul on Friday.", "raided", "Seoul KOR"),
    ("Thieves raided a museum in Scheveningen and stole a painting.", "raided", "Scheveningen NLD"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), NAMES)
def test_a_name_inside_an_institution_or_a_title_is_no_place(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: str | None
) -> None:
    assert event_place(stage, with_event(parse(text), trigger)) == expected


def test_work_nouns_are_loaded() -> None:
    words = load_place_resolution_words()
    assert {"painting", "film", "novel"} <= words.work_nouns
    assert "museum" not in words.work_nouns
