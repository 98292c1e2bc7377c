"""The incident's doers killed in the next sentence count in its toll (merge_victims.is_doers_toll and its
use in merge_splitoff.py), on news-like sentences written for these tests, with negatives:

- a part of the doers ("Two of the four attackers were killed"): the doers are the group the part is of;
- the doers killed by another party ("The gunman was shot dead by police"): their dead are added to the
  first telling's toll, and the police's act keeps its own count (the incident's victims are not its own);
- not other victims of the police or of another party ("A passer-by was shot dead by police"), not a part
  of other people ("Two of the hostages were killed"), not another incident ("in a separate raid").
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-06-11"

# text, trigger, killed, injured
DOERS_DEAD = [
    (
        "Militants stormed a police post in Sinai, killing five officers. Two of the four attackers were "
        "killed by soldiers.",
        "stormed",
        7,
        None,
    ),
    (
        "Gunmen raid a guesthouse in Mogadishu, killing three guards. One of the gunmen is killed and "
        "another is arrested.",
        "raid",
        4,
        None,
    ),
    (
        "A man stabs two shoppers to death at a market in Lyon. The assailant is shot dead by police.",
        "stabs",
        3,
        None,
    ),
    (
        "A gunman killed three worshippers at a mosque in Oslo. The gunman was shot dead by police.",
        "killed",
        4,
        None,
    ),
    (
        "A gunman killed three worshippers at a mosque in Oslo. The gunman was shot dead by police.",
        "shot",
        1,
        None,
    ),
    # negatives: other victims; a part of other people; another incident
    (
        "A man stabs two shoppers to death at a market in Lyon. A passer-by is shot dead by police.",
        "stabs",
        2,
        None,
    ),
    (
        "Militants stormed a police post in Sinai, killing five officers. Two of the hostages were killed "
        "in the exchange of fire.",
        "stormed",
        5,
        None,
    ),
    (
        "Militants stormed a police post in Sinai, killing five officers. In a separate raid, two of the "
        "attackers were killed.",
        "stormed",
        5,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), DOERS_DEAD)
def test_the_doers_dead_count_in_their_incidents_toll(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
