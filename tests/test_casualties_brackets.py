"""A breakdown in brackets after a count of victims (casualty_victims.is_bracketed), on news-like sentences
written for these tests, with negatives: the parts in brackets spell out the count before them and are not
added to it ("22 Palestinians (20 militants and 2 civilians)" = 22), while a list outside brackets, or a
count after the brackets, is added as before.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-06-11"

# text, trigger, killed, injured
BRACKETS = [
    (
        "Israeli air strikes leave 31 Palestinians (25 fighters and 6 civilians) dead in the Gaza Strip.",
        "Israeli air strikes",
        31,
        None,
    ),
    (
        "A roadside bomb killed 14 soldiers (nine Malians and five Frenchmen) near Gao.",
        "roadside bomb",
        14,
        None,
    ),
    (
        "Eight Kurds (five fighters and three civilians) were killed in Turkish shelling of Ras al-Ain.",
        "killed",
        8,
        None,
    ),
    (
        "A suicide bomber killed 9 people (three policemen and six civilians) at a checkpoint in Kabul.",
        "killed",
        9,
        None,
    ),
    (
        "Gunmen stormed a church in Ouagadougou, killing six worshippers (four men and two children).",
        "stormed",
        6,
        None,
    ),
    # negatives: a list outside brackets adds up; a conjunct after the brackets is added
    (
        "A roadside bomb killed three soldiers, two police officers and one civilian near Gao.",
        "roadside bomb",
        6,
        None,
    ),
    (
        "A roadside bomb killed 14 soldiers (nine Malians and five Frenchmen) and two civilians near Gao.",
        "roadside bomb",
        16,
        None,
    ),
    (
        "Air strikes left 25 fighters and six civilians dead in the Gaza Strip.",
        "Air strikes",
        31,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), BRACKETS)
def test_a_breakdown_in_brackets_is_not_added(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
