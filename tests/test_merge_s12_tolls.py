"""The incident's toll on each telling of it (session 12: merge_victims.py, merge_accounts.py and
merge_splitoff.py), on news-like sentences written for these tests, with negatives:

- a doers' death told in a clause joined to a split-off mention ("Two guards are wounded, and one militant
  is killed" after "Militants kill four police"): the first subject's noun named again as the passive's
  subject; added to the first telling once, and the joined mention tells the incident's sum;
- the doers' own account ("Saudi Arabia says it hit a depot" after "a Saudi airstrike kills 30"): a clause
  reported by the doers with their pronoun as its subject shares the toll; not another party's claim, not a
  noun subject;
- a sum of the doers' dead reaches every telling holding the first count ("The minister described it as a
  terror attack. The attacker was shot dead": the shooting and the attack both count the attacker).
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-06-11"

# text, trigger, killed, injured
TOLLS = [
    (
        "Militants kill four police officers in Kupwara district. Two guards and a passer-by are wounded, "
        "and one militant is killed.",
        "kill",
        5,
        3,
    ),
    (
        "More than 30 people are killed in a Saudi airstrike on a prison in Saada, Yemen. Saudi Arabia says "
        "it hit a Houthi weapons depot.",
        "hit",
        30,
        None,
    ),
    (
        "A Taliban car bomb outside a bank in Ghazni kills 12 people. The Taliban say they targeted an army "
        "base nearby.",
        "targeted",
        12,
        None,
    ),
    (
        "Three shoppers are killed and nine others injured after a gunman opens fire in a mall in Lyon, "
        "France. The minister described it as a terror attack. The attacker was shot dead, and is "
        "identified as a local man.",
        "opens",
        4,
        9,
    ),
    (
        "Three shoppers are killed and nine others injured after a gunman opens fire in a mall in Lyon, "
        "France. The minister described it as a terror attack. The attacker was shot dead, and is "
        "identified as a local man.",
        "terror attack",
        4,
        9,
    ),
    # negatives: another party's victims in the joined clause; another party's account; a noun subject
    (
        "Militants kill four police officers in Kupwara district. Two guards and a passer-by are wounded, "
        "and one soldier is killed.",
        "kill",
        4,
        3,
    ),
    (
        "More than 30 people are killed in a Saudi airstrike on a prison in Saada, Yemen. Iran says they "
        "hit a civilian building.",
        "hit",
        None,
        None,
    ),
    (
        "A Taliban car bomb outside a bank in Ghazni kills 12 people. The Taliban say that the rival group "
        "attacked an army base nearby.",
        "attacked",
        None,
        None,
    ),
    (
        "More than 30 people are killed in a Saudi airstrike on a prison in Saada, Yemen. Saudi Arabia says "
        "its jets hit a Houthi weapons depot.",
        "hit",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), TOLLS)
def test_each_telling_of_an_incident_holds_its_toll(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
