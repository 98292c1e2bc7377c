"""Places stage: an event told by a clause inside a cause, time or purpose part takes no place from the clause
the part hangs on (:mod:`dotterel.stages.place_sentence_parts`).

Sentences written for these tests, in the style of the news items: an accusation, a barring, an aim and a
refusal told inside an "after" part (a gerund, or a clause measured by a time), a "due to", "because" or "in
an effort to" part take no place from the clause they hang on; negatives: that clause's own event keeps its
place, an "after" clause not measured by a time may tell the same scene, an event noun that is the part's
own object shares the sentence's scene, a part that names its own place keeps it, and the casualties of a
passive verb of harm still take the place of the attack their "after" clause tells.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import Article
from dotterel.stages.places import PlacesStage
from tests.stage_helpers import place_of, with_events

Expected = tuple[str, str] | None


@pytest.fixture(scope="module")
def stage(gazetteer: Gazetteer) -> PlacesStage:
    """The places stage."""
    return PlacesStage(gazetteer)


PART_PLACES = [
    # the event told by a clause inside the part: no place of the clause it hangs on
    (
        "A French rapper and two friends are briefly held in Lyon after being accused of assault.",
        "accused",
        None,
    ),
    (
        "Sudanese demonstrators march in the capital Khartoum in an effort to force the army to resign.",
        "resign",
        None,
    ),
    ("A journalist is detained in Minsk two days after he criticized the president.", "criticized", None),
    (
        "Thousands rally in Saint Petersburg because police refused to register opposition candidates.",
        "refused",
        None,
    ),
    ("The mayor of Lima resigns after being charged with corruption.", "charged", None),
    # negatives: the governing clause's own event keeps its place
    (
        "A French rapper and two friends are briefly held in Lyon after being accused of assault.",
        "held",
        ("Lyon", "FRA"),
    ),
    # an "after" clause not measured by a time may tell the same scene
    (
        "Hundreds of refugees flee a camp in North Governorate, Lebanon, after local youths storm the camp.",
        "storm",
        ("Lebanon", "LBN"),
    ),
    # the place a release is from is where the earlier detention was
    (
        "A reporter is released from Venezuela after being detained on Wednesday.",
        "detained",
        ("Venezuela", "VEN"),
    ),
    # an event noun that is the part's own object shares the sentence's scene
    ("Twelve people die in Assam due to flooding.", "flooding", ("Assam", "IND")),
    ("Riot police fire tear gas in Santiago after a protest.", "protest", ("Santiago", "CHL")),
    ("Two people are killed in Kabul following a blast.", "blast", ("Kabul", "AFG")),
    # a part that names its own place keeps it; an attack's casualties still take the attack's place
    (
        "Police arrest a man in Texas after he opened fire at a shopping mall in El Paso.",
        "opened",
        ("El Paso", "USA"),
    ),
    (
        "Twenty soldiers are killed after militants attack two army positions in Borno.",
        "killed",
        ("Borno", "NGA"),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), PART_PLACES)
def test_place_inside_part(
    parse: Callable[..., Article], stage: PlacesStage, text: str, trigger: str, expected: Expected
) -> None:
    """An event told by a clause inside a cause, time or purpose part names its own place or none."""
    assert place_of(stage, with_events(parse(text), [trigger])) == expected
