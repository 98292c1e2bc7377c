"""A toll told on another mention of the same act in one sentence (session 13: merge_when_clauses.py and the
result participle of merge_incident.py), on news-like sentences written for these tests, with negatives:

- a toll told by its victims with a when-clause ("Over 13 people have been killed when forces use live
  ammunition to break up a camp") is the toll of the clause's act and of its purpose, a harm of another
  type (a dispersal, a seizure): not a protest or any other noun of the clause, not an act told "a week
  after" the killing, not an act of the next sentence;
- a result participle's toll ("attempted to break up a protest, killing 14") reaches the act it hangs on,
  whatever modality the attempt lends the participle, when that act happened; not a threat.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-06-11"

TOLLS = [
    # the when-clause's purpose: a dispersal beside the killing
    (
        "Over 13 people have been killed when Sudanese forces use live ammunition to break up a protester "
        "camp in Khartoum.",
        "break up",
        13,
        None,
    ),
    (
        "Over 13 people have been killed when Sudanese forces use live ammunition to break up a protester "
        "camp in Khartoum.",
        "killed",
        13,
        None,
    ),
    (  # the purpose of "use water cannon" is part of that act (purpose_instruments.py): one row, the toll's
        "Twelve people are injured when riot police use water cannon to disperse protesters in Hong Kong.",
        "injured",
        None,
        12,
    ),
    (
        "Five soldiers are killed when insurgents try to seize a military base in Borno State, Nigeria.",
        "seize",
        5,
        None,
    ),
    # negatives: a noun of the clause, an act a week after, an act of the next sentence
    ("Two people were killed when police fired on a protest in Conakry, Guinea.", "protest", None, None),
    (
        "Four people are killed a week after militants attacked the town of Kidal, Mali.",
        "attacked",
        None,
        None,
    ),
    (
        "Five protesters are killed in Khartoum, Sudan. Soldiers attempted to break up a protest camp "
        "outside the army headquarters on Sunday.",
        "break up",
        None,
        None,
    ),
    # a result participle on an attempt that happened; not on a threat
    (
        "Heavy gunfire is reported in Khartoum as soldiers attempted to break up a protest outside the army "
        "headquarters, killing at least 14 people, including five soldiers.",
        "break up",
        14,
        None,
    ),
    (
        "Security forces loyal to President Alpha Condé attempted to disperse an opposition "
        "march in Conakry, killing at least six people, including a teenager who was hit in the head.",
        "disperse",
        6,
        None,
    ),
    (
        "Police officers loyal to the governor attempted to evict squatters from a camp in Lagos, killing at "
        "least four people.",
        "evict",
        4,
        None,
    ),
    (
        "Heavy gunfire is reported in Khartoum as soldiers refused to break up a protest outside the army "
        "headquarters, killing at least 14 people.",
        "refused",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), TOLLS)
def test_a_toll_reaches_the_act_its_clause_tells(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
