"""Casualty counts of session 11 (dotterel/stages/casualty_phrases.py, casualty_victims.py), on news-like
sentences written for these tests, each table with negatives:

- the harm a protest or a mourning answers ("protesting the police killing of a man", "to mourn the death of
  a protester": the object of a verb of ``cause_object_verbs``) is another event, no toll of the protest; an
  attack in the same sentence keeps its own count;
- a list of four or more victims that the parser chains as appositions, the last with "and" ("killing her,
  her brother, a candidate for the state assembly, and two volunteers") counts every member; a description
  of a name ("Abdul Rahim, a provincial council member, and his son") is no member.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-10-31"

# text, trigger, killed, injured
ANSWERED_HARMS = [
    (
        "Nearly 200 people protesting the police killing of a Black man are arrested in Louisville.",
        "protesting",
        None,
        None,
    ),
    (
        "Hundreds of students march in Nairobi to protest the killing of a classmate by police.",
        "march",  # the lowercase "march" the tagger takes for a name is the verb (lowercase_name_verbs)
        None,
        None,
    ),
    (
        "Thousands rally in Minsk to mourn the death of a protester beaten by police.",
        "rally",
        None,
        None,
    ),
    (
        "Police kill two protesters in Baghdad who were protesting the killing of an activist.",
        "protesting",
        None,
        None,
    ),
    # negatives: the attack of the sentence keeps its own count
    (
        "Police kill two protesters in Baghdad who were protesting the killing of an activist.",
        "kill",
        2,
        None,
    ),
    (
        "One person is killed and another injured when a gunman opens fire at people protesting the shooting"
        " of a woman in Louisville.",
        "opens",
        1,
        1,
    ),
    ("Thousands protest in Delhi, and police shoot dead three protesters.", "shoot", 3, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), ANSWERED_HARMS)
def test_answered_harm_is_no_toll(text: str, trigger: str, killed: int, injured: int) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


CHAINED_LISTS = [
    (
        "Gunmen open fire on a bus carrying Mexican mayoral candidate Maria Lopez, killing her, her brother,"
        " a candidate for the state assembly, and two volunteers.",
        "open",
        5,
        None,
    ),
    (
        "Gunmen open fire on a vehicle carrying Colombian mayoral candidate Karina García, killing her, her"
        " mother, a candidate for the municipal council, and three activists.",
        "open",
        6,
        None,
    ),
    # negatives: a description of a name is no member, nor a run of descriptions; a breakdown of a counted
    # victim adds nothing; a plain list keeps its count
    (
        "Ahmed Saleh, a local commander, the leader of the brigade, and former army officer, dies from wounds"
        " sustained when he was struck by artillery.",
        "struck",
        1,
        None,
    ),
    (
        "Six people are killed in Jersey City: a police officer, the two gunmen, and three shoppers inside a"
        " store.",
        "killed",
        6,
        None,
    ),
    ("Gunmen kill Abdul Rahim, a provincial council member, and his son in Kunduz.", "kill", 2, None),
    (
        "A suicide bomber kills a police officer, a soldier, a child and two women at a checkpoint.",
        "kills",
        5,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), CHAINED_LISTS)
def test_chained_list_counts_every_member(text: str, trigger: str, killed: int, injured: int) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
