"""Casualty counts of session 11, second round (dotterel/stages/casualty_victims.py, merge_incident.py,
merge_splitoff.py), on news-like sentences written for these tests, each table with negatives:

- a bare number set off by commas after a person ("Ahmed Ali, 45, …", "a woman, 89,") is an age, never a
  count of victims; a list in apposition to one named person ending in a counted member ("Ahmed Ali, his
  wife, and their two children") counts its members after a possessive too;
- a later mention whose verb is coordinated with one whose subject names the incident's doers again ("The
  attacker entered a shop and stabbed him") is the same incident and shares its toll;
- a harm noun coordinated with another in an active subject ("This and a nearby roadside bomb wound 20
  people") shares the joint count with the first telling but takes none of the first's own dead.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-09-14"

# text, trigger, killed, injured
AGES = [
    (
        "A gunman killed Ahmed Ali, 45, his wife, and their two children in a village near Peshawar.",
        "killed",
        4,
        None,
    ),
    (
        "Governor Luis Perez, 61, and three of his bodyguards were killed when gunmen ambushed his convoy in"
        " Sinaloa.",
        "killed",
        4,
        None,
    ),
    ("Sean Walsh, 31, is shot dead by police officers during a raid on a house in Leeds.", "shot", 1, None),
    ("A woman, 89, is stabbed to death in her home in Lyon.", "stabbed", 1, None),
    ("Two men, 17 and 25, were stabbed to death outside a nightclub in Manchester.", "stabbed", 2, None),
    (
        "The gunman killed Ahmed Ali, his wife, and their two children in a village near Peshawar.",
        "killed",
        4,
        None,
    ),
    (
        "Militants killed Ahmed Ali, his brother, and three other villagers in Kunduz.",
        "killed",
        5,
        None,
    ),
    # negatives: a description of the name adds nobody; a part of a count adds nothing; a counted list
    # keeps its members
    ("Gunmen killed Ahmed Ali, a teacher and father of three, in Kabul.", "killed", 1, None),
    ("Gunmen killed 12 people, 3 of them children, in Kabul.", "killed", 12, None),
    (
        "Three soldiers, two police officers and one civilian were killed in a bombing in Mogadishu.",
        "killed",
        6,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), AGES)
def test_age_in_apposition_is_no_count(text: str, trigger: str, killed: int, injured: int) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


SHARED_DOERS = [
    (
        "A Portuguese man is killed during a suspected jihadist attack in Morges, Switzerland. The victim was"
        " chosen at random, as the attacker entered a shop and stabbed him.",
        "stabbed",
        1,
        None,
    ),
    (
        "Bandits attack a village in Zamfara State, Nigeria, killing at least 34 civilians. The gunmen"
        " arrived on motorcycles and opened fire on civilians.",
        "opened",
        34,
        None,
    ),
    # negatives: another party's act in the next sentence, and a verb with a subject of its own
    (
        "Bandits attack a village in Zamfara State, Nigeria, killing at least 34 civilians. Soldiers later"
        " arrived and opened fire on a camp in the forest.",
        "opened",
        None,
        None,
    ),
    (
        "Bandits attack a village in Zamfara State, Nigeria, killing at least 34 civilians. The gunmen fled"
        " and soldiers opened fire on a nearby camp.",
        "opened",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), SHARED_DOERS)
def test_coordinated_verb_shares_its_doers(text: str, trigger: str, killed: int, injured: int) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


JOINT_COUNTS = [
    (
        "A suicide car bomber kills five soldiers and five civilians at a checkpoint in central Raqqa, Syria."
        " This and a nearby roadside bomb wound 20 people.",
        "nearby roadside bomb",
        None,
        20,
    ),
    (
        "A suicide car bomber kills five soldiers and five civilians at a checkpoint in central Raqqa, Syria."
        " This and a nearby roadside bomb wound 20 people.",
        "kills",
        10,
        20,
    ),
    # negative: a split-off mention that is no joint subject still takes the first's toll
    (
        "A suicide car bomber kills five soldiers and five civilians at a checkpoint in central Raqqa, Syria."
        " The blast also wounded 20 people.",
        "kills",
        10,
        20,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), JOINT_COUNTS)
def test_joint_count_takes_no_other_toll(text: str, trigger: str, killed: int, injured: int) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
