"""Tolls and vague quantities of session 15, on news-like sentences written for these tests:

- a harm of the next sentence whose object is a pronoun standing for the victim of a harm told before with no
  doer ("the beating of a teenager. The three men who killed him …") tells the same incident: the first harm
  takes its toll (dotterel/stages/merge_pronoun_victims.py); not when the pronoun disagrees in number with the
  victim, when the first harm has a doer the pronoun may stand for, across a paragraph or another incident;
- "a number of civilians" states no count (not one civilian; "15 soldiers and a number of rebels" is at least
  15), nor "many"; "a handful" is a lower bound like "several", "a couple" is two, "two dozen others" 24.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_bounds_of

DATE = "2020-06-11"


def _toll_of(text: str, trigger: str) -> tuple[int | None, int | None, dict[str, str]]:
    """Return (killed, injured, count bounds) of the first event coded from ``text`` with ``trigger``."""
    return coded_toll_bounds_of(text, trigger, DATE)


# text, trigger, killed
PRONOUN_VICTIMS = [
    (
        "A video shows the beating of a teenager in Lyon. The three men who killed him were arrested on "
        "Friday.",
        "beating",
        1,
    ),
    (
        "A video shows the beating of a teenager in Lyon. The three men who killed him were arrested on "
        "Friday.",
        "killed",
        1,
    ),
    # negatives: a plural victim for "him"; a doer the pronoun may stand for; a paragraph break; another
    # incident
    (
        "A video shows the beating of two teenagers in Lyon. The three men who killed him were arrested on "
        "Friday.",
        "beating",
        None,
    ),
    (
        "A gendarme is stabbed in Metz by a soldier. The officers who killed him were cleared.",
        "stabbed",
        None,
    ),
    (
        "A video shows the beating of a teenager in Lyon.\n\nThe three men who killed him were arrested on "
        "Friday.",
        "beating",
        None,
    ),
    (
        "A video shows the beating of a teenager in Lyon. In a separate incident, the three men who killed "
        "him were arrested.",
        "beating",
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed"), PRONOUN_VICTIMS)
def test_a_pronoun_victim_of_the_next_sentence_names_the_same_incident(
    text: str, trigger: str, killed: int | None
) -> None:
    assert _toll_of(text, trigger)[0] == killed


# text, trigger, killed, injured, bounds
VAGUE = [
    (
        "A suicide bomber attacked a market in Maiduguri, injuring a number of civilians.",
        "attacked",
        None,
        None,
        {},
    ),
    (
        "A suicide bomber attacked a market in Maiduguri, injuring a large number of civilians.",
        "attacked",
        None,
        None,
        {},
    ),
    ("A suicide bomber attacked a market in Maiduguri, leaving many wounded.", "attacked", None, None, {}),
    ("A bomb attack in Kabul killed a handful of soldiers.", "bomb attack", 3, None, {"killed": "at_least"}),
    ("A bomb attack in Kabul injured a couple of soldiers.", "bomb attack", None, 2, {}),
    ("A bomb attack in Kabul killed a dozen people and injured two dozen others.", "bomb attack", 12, 24, {}),
    # negatives: a number stated, a total, a count of the known dead
    ("A bomb attack in Kabul killed several dozen people.", "bomb attack", 36, None, {"killed": "at_least"}),
    ("A bomb attack in Kabul killed a dozen people.", "bomb attack", 12, None, {}),
    ("The number of people killed in the attack on the base in Kabul rose to 30.", "killed", 30, None, {}),
    ("Twelve soldiers were killed in a bomb attack in Kabul.", "killed", 12, None, {}),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured", "bounds"), VAGUE)
def test_a_vague_quantity_gives_its_lower_bound_or_no_count(
    text: str, trigger: str, killed: int | None, injured: int | None, bounds: dict[str, str]
) -> None:
    assert _toll_of(text, trigger) == (killed, injured, bounds)
