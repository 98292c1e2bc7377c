"""An act told in a past clause that says who a person is takes no place from the clauses around it
(dotterel/stages/place_person_pasts.py).

"Thousands march in Lagos to demand justice for a student who was shot by police": the shooting was before,
where the text does not say; Lagos is where the march is. A relative clause ("who killed", "who beat")
or a participle ("accused of", "charged with", "to be convicted of") in the past on a person keeps only the
place phrases inside it, and the place of the subject acting on the person ("Police in Manchester arrest a
man who attacked …"). Must not change: the main act's place, a place inside the person's clause, a
progressive clause ("protesters who are blocking a highway", "who were blocking a bridge": the person's act at
the main act's scene), a plan ("who was to visit"), a clause opened by "where".
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import Where, assert_trigger_places

DATE = "2020-03-10"

PLACES: list[tuple[str, str, set[Where]]] = [
    # sentence, trigger word, the places (name, country) its events may have (None: no place)
    ("Thousands march in Lagos to demand justice for a student who was shot by police.", "shot", {None}),
    ("Protesters rally in Warsaw to demand justice for the officers who beat a student.", "beat", {None}),
    ("Maria Kowalski, accused of attacking a journalist, is arrested in Vienna.", "accused", {None}),
    (
        "John Smith, the activist charged with assaulting an officer, is released from prison in Minsk.",
        "charged",
        {None},
    ),
    # negatives: what must not change
    (
        "Maria Kowalski, accused of attacking a journalist, is arrested in Vienna.",
        "arrested",
        {("Vienna", "AUT")},
    ),
    (
        "John Smith, the activist charged with assaulting an officer, is released from prison in Minsk.",
        "released",
        {("Minsk", "BLR")},
    ),
    (
        "Protesters rally in Warsaw to demand justice for the officers who beat a student.",
        "rally",
        {("Warsaw", "POL")},
    ),
    ("Police in Paris arrest a man who stabbed three people in Lyon.", "stabbed", {("Lyon", "FRA")}),
    ("Police in Paris arrest a man who stabbed three people in Lyon.", "arrest", {("Paris", "FRA")}),
    ("Police in Manchester arrest a man who attacked a neighbour.", "attacked", {("Manchester", "GBR")}),
    (
        "Border police detain a man who tried to bring a pipe bomb into a military court in Nablus.",
        "bomb",
        {("Nablus", "PSE")},
    ),
    (
        "Police clash in Santiago with protesters who are blocking a highway.",
        "blocking",
        {("Santiago", "CHL")},
    ),
    (
        "Gunmen kill 60 people in villages of the Nigerian state of Sokoto, where similar attacks occurred.",
        "attacks",
        {("Sokoto", "NGA")},
    ),
    (
        "Border guards refuse entry to Venezuela for the Guatemalan president, who was to visit Juan Guaido.",
        "visit",
        {("Venezuela", "VEN")},
    ),
    (
        "Clashes erupt in Baghdad between police and protesters who were blocking a bridge.",
        "blocking",
        {("Baghdad", "IRQ")},
    ),
]


@pytest.mark.parametrize(("sentence", "trigger", "places"), PLACES)
def test_person_past_clause_place(sentence: str, trigger: str, places: set[Where]) -> None:
    assert_trigger_places(sentence, DATE, trigger, places, require_event=True)
