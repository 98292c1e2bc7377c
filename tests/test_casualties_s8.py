"""Casualty counts of session 7 (dotterel/stages/casualty_counts.py, casualty_numbers.py, casualty_bounds.py,
casualty_victims.py, casualty_additions.py, casualty_phrases.py), on news-like sentences written for these
tests, each table with negatives:

- a combined count ("killing and wounding 20") states neither the dead nor the wounded; "killing two and
  wounding 20" states both;
- an age used as a noun ("injuring a 68-year-old") is one victim, not 68;
- "found decapitated" counts the dead, and so do bodies found ("The bodies of 14 miners are found … after
  they were executed");
- a total's "of" phrase ("the number of people killed … rose to 12", "bringing the number of soldiers killed
  … to 40") counts the number the total reaches; a toll that "rises from 14 to 50" is 50;
- a list in apposition counts its singular members ("Two policemen, a child and three gunmen" = 6; "A
  father, his son, and a shop assistant" = 3), not a description ("The mayor, a former judge"; "Jose Ruiz,
  her husband and a former police officer, was shot");
- the gapped half of an "also" clause adds its victims too ("Two militants were also killed and three
  others injured");
- a death under a participle of a protest ("march …, demanding justice after the killing of a student")
  is the protest's cause, not its toll;
- an occasion inside the phrase of a harm that is a casualty verb's subject ("A car bomb during a rally …
  kills four") takes no toll; the harm does, and so do an occasion of victims told without an agent
  ("Three patients were killed during a protest") and the harm's target ("a crackdown on protests");
- a harm told as a cause ("amid outrage at the handling of last week's bombing") takes no toll of the next
  sentence ("More than 200 people were injured in the clashes").
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of, coded_tolls

DATE = "2020-06-11"


# text, trigger, killed, injured
COUNTS = [
    # a combined count states neither kind
    ("Gunmen attacked a bus station in Borno State killing and wounding 20.", "attacked", None, None),
    ("Rebels shelled the market in Aleppo, killing and injuring 35 people.", "shelled", None, None),
    ("Rebels shelled the market in Aleppo, killing two and injuring 35 people.", "shelled", 2, 35),
    # an age is one victim
    ("Officers are suspended after injuring a 68-year-old at a protest on Friday.", "injuring", None, 1),
    ("Officers are suspended after injuring 68 people at a protest on Friday.", "injuring", None, 68),
    # found decapitated
    ("A village chief is found decapitated near Beni in North Kivu.", "decapitated", 1, None),
    # bodies found
    (
        "The bodies of 14 miners are found in a pit near Zacatecas after they were executed by a cartel.",
        "executed",
        14,
        None,
    ),
    ("Three soldiers are found dead in Zacatecas after they were ambushed by a cartel.", "ambushed", 3, None),
    # totals and rising tolls
    (
        "The number of people killed in the attack in Yunnan rose to 12 on Tuesday.",
        "killed",
        12,
        None,
    ),
    (
        "Two Indian soldiers are killed in Pakistani shelling in Kashmir, bringing the number of soldiers "
        "killed in the region this month to 40.",
        "killed",
        2,
        None,
    ),
    (
        "The death toll from the suicide bombing at the market in Maiduguri rises from 14 to 31.",
        "suicide bombing",
        31,
        None,
    ),
    ("Between 10 and 15 people were killed in the bombing in Mogadishu.", "killed", 10, None),
    # lists in apposition
    ("Two policemen, a child and three gunmen were killed in the attack in Quetta.", "killed", 6, None),
    ("The mayor, a former judge, was killed in the attack in Guerrero.", "killed", 1, None),
    # a member with a possessive of its own in a list of two or more is one more person
    (
        "A father, his son, and a shop assistant are all killed in Camden when a gunman opens fire.",
        "opens",
        3,
        None,
    ),
    ("A gunman kills his wife, his son and a neighbour in a village near Hebron.", "kills", 3, None),
    ("A father and his son are killed in a shooting in Camden.", "killed", 2, None),
    # negatives: a lone possessed noun, or a list before a singular verb, describes the noun before it
    ("Maria Lopez, her sister-in-law, is killed in an ambush in Guerrero.", "killed", 1, None),
    ("Jose Ruiz, her husband and a former police officer, was shot dead in Guerrero.", "shot", 1, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), COUNTS)
def test_counts_of_combined_aged_listed_and_rising_tolls(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


def test_a_total_of_the_killed_is_counted_for_its_own_mention() -> None:
    text = (
        "Two Indian soldiers are killed in Pakistani shelling in Kashmir, bringing the number of soldiers "
        "killed in the region this month to 40."
    )
    killed = [t for t in coded_tolls(text, DATE) if t[0] == "killed"]
    assert killed == [("killed", 2, None), ("killed", 40, None)]


# text, trigger, killed, injured
ALSO_GAPPED = [
    (
        "Militants attacked a checkpoint in Zabul, killing a soldier and wounding two others. Two militants "
        "were also killed and three others injured in the attack.",
        "attacked",
        3,
        5,
    ),
    # negative: no "also", another incident's victims
    (
        "Militants attacked a checkpoint in Zabul, killing a soldier and wounding two others. Two militants "
        "were killed and three others injured in a separate attack.",
        "attacked",
        1,
        2,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), ALSO_GAPPED)
def test_the_gapped_half_of_an_also_clause_adds_its_victims(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


# text, trigger, killed, injured
PRIOR_DEATH = [
    (
        "Protesters march through Minneapolis for a third night, demanding justice after the killing of a "
        "black man by police.",
        "march",
        None,
        None,
    ),
    # negative: the death of the event's own clause
    ("Police fire on protesters in Minneapolis, killing a student.", "killing", 1, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), PRIOR_DEATH)
def test_a_death_a_protest_follows_is_not_its_toll(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


# text, trigger, killed, injured
OCCASION = [
    ("A car bomb during a rally in Mogadishu kills four people.", "rally", None, None),
    (
        "A suicide attack on a police station during a protest in Quetta kills three officers.",
        "protest",
        None,
        None,
    ),
    # negatives: the harm itself; a toll told by its victims during the occasion
    (
        "A suicide attack on a police station during a protest in Quetta kills three officers.",
        "suicide attack",
        3,
        None,
    ),
    ("Three patients were killed during a protest at the hospital in Lagos.", "protest", 3, None),
    ("A military crackdown on protests in Oromia leaves 40 protesters dead.", "protests", 40, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), OCCASION)
def test_an_occasion_in_a_harm_subject_phrase_takes_no_toll(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


# text, trigger, killed, injured
TOLD_AS_CAUSE = [
    (
        "Police fire tear gas at protesters in Baghdad amid outrage at the handling of last week's bombing. "
        "More than 200 people were injured in the clashes.",
        "bombing",
        None,
        None,
    ),
    # negative: the bombing itself told, its toll in the next sentence
    ("A bombing hits a market in Baghdad. More than 200 people were injured.", "bombing", None, 200),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), TOLD_AS_CAUSE)
def test_a_harm_told_as_a_cause_takes_no_toll_of_the_next_sentence(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    found = [(k, i) for word, k, i in coded_tolls(text, DATE) if word == trigger]
    if (killed, injured) == (None, None):  # the cause may give no event at all: no actor, and (since session
        assert all(toll == (None, None) for toll in found)  # 10) no place from the protest it angers
    else:
        assert found[:1] == [(killed, injured)]
