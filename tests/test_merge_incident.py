"""Mentions of one incident share one toll (session 7: dotterel/stages/merge_incident.py and its use in
merge_splitoff.py), on news-like sentences written for these tests, each table with negatives:

- two harms that hold one count statement share their other counts ("The gunmen killed four guards and
  wounded 11 others using two car bombs": the car bombs take the 11 too), and the incident takes the
  larger figure of that statement when a later "also" added to it; a mention whose own words are the
  statement keeps its figure ("four militants are also killed" keeps 4; session 8: the first telling
  "three police officers are killed … when militants attack" is the attack and takes 3 + 4, the
  readings' convention since seed 19, see merge_victims.py);
- the harms a result participle hangs on, however deep ("raid a sit-in and try to clear the square, firing
  rubber bullets, killing two"), take its counts; not a clause of another doer ("march while police fire
  …, killing two");
- a next sentence whose active subject names the incident's doers again ("The attackers killed …", "The
  shells hit …") or whose trigger has the first's lemma ("a drone strike … a drone strike killed six") tells
  the same incident; "The gunman was later killed by police" keeps its own count (session 9: the
  gunman's death is added to the shooting's toll, merge_victims.py, but the police's act does not take the
  shooting's toll), nor another doer ("Police killed …"), nor a mention with a date of its own or a new one
  ("targeted last month with a bomb hidden in a cart").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dotterel.errors import KnowledgeError
from dotterel.knowledge.merge_words import load_merge_words
from tests.stage_helpers import coded_toll_of, coded_tolls

DATE = "2020-06-11"


# text, trigger, killed, injured
SAME_STATEMENT = [
    (
        "Gunmen raided a bank in Lagos. The gunmen killed four guards and injured 11 other people "
        "using two car bombs and rifles.",
        "car bombs",
        4,
        11,
    ),
    (
        "Militants attacked a police post in Kandahar. Nine policemen were killed. Four militants also "
        "died in the attack.",
        "attacked",
        13,
        None,
    ),
    (  # session 8: the one telling of the attack ("killed … when militants attack") takes its attackers' dead
        "At least three police officers are killed and two injured when militants attack a post in Zabul. "
        "Four militants are also killed in the attack.",
        "killed",
        7,
        2,
    ),
    # negatives: a mention told by its own victims keeps its figure; another incident's toll is not shared
    (
        "At least three police officers are killed and two injured when militants attack a post in Zabul. "
        "Four militants are also killed in the attack.",
        "killed#2",
        4,
        2,
    ),
    (
        "A bomb killed six soldiers in Kunar. In a separate attack, gunmen wounded ten civilians in Herat.",
        "bomb",
        6,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), SAME_STATEMENT)
def test_harms_holding_one_count_statement_share_it(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    word, _, number = trigger.partition("#")  # "killed#2": the second event of that trigger word
    found = [(k, i) for w, k, i in coded_tolls(text, DATE) if w == word]
    assert found[int(number or 1) - 1] == (killed, injured)


# text, trigger, killed, injured
PARTICIPLE_CHAIN = [
    (
        "Police raid a sit-in in Beirut and try to clear the square, firing rubber bullets, killing two and "
        "wounding 30 others.",
        "raid",
        2,
        30,
    ),
    (
        "Troops storm a village in Darfur and try to drive out the residents, firing mortars, killing six "
        "and wounding 14 others.",
        "storm",
        6,
        14,
    ),
    # negatives: a clause of another doer; no toll told at all
    (
        "Protesters march in Beirut while police fire rubber bullets, killing two and wounding 30 others.",
        "march",
        None,
        None,
    ),
    (
        "Police raid a sit-in in Beirut and try to clear the square, firing rubber bullets.",
        "raid",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), PARTICIPLE_CHAIN)
def test_the_harms_a_result_participle_hangs_on_take_its_toll(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


# text, trigger, killed, injured
NEXT_SENTENCE = [
    (
        "Al-Shabaab fighters assaulted a military base in Somalia. The attackers killed three soldiers "
        "and injured another 20 people with a truck bomb.",
        "assaulted",
        3,
        20,
    ),
    (
        "The army reports its first drone strike in the region. On Sunday, a drone strike killed six "
        "fighters in northern Mali.",
        "first drone strike",
        6,
        None,
    ),
    # negatives: the doers' deaths by another party keep their count; another doer; another occasion
    (
        "Three people are dead and eight others are injured after a shooting at a school in Texas. "
        "The gunman was later killed by police.",
        "killed",
        1,
        None,
    ),
    (
        "Rebels assaulted a military base in Somalia. Police killed three smugglers near the border.",
        "assaulted",
        None,
        None,
    ),
    (
        "A bomb exploded in a classroom at a school in Kandahar, wounding 12 students. The same school was "
        "targeted last month with a bomb hidden in a cart.",
        "targeted",
        None,
        None,
    ),
    (
        "The army reports its first drone strike in the region. In a separate incident, a drone strike "
        "killed six fighters in northern Mali.",
        "first drone strike",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), NEXT_SENTENCE)
def test_a_next_sentence_naming_the_incident_again_shares_its_toll(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


def test_a_merge_words_file_with_empty_incident_doer_nouns_names_its_key(tmp_path: Path) -> None:
    path = tmp_path / "merge.yaml"
    path.write_text(
        "version: 1\nanaphoric_determiners: [the]\nother_occasion_words: [previous]\n"
        "toll_nouns: [toll]\ntoll_update_verbs: [rise]\nother_incident_words: [separate]\n"
        "change_of_state_verbs: [turn]\nincident_doer_nouns: []\n"
    )
    with pytest.raises(KnowledgeError) as raised:
        load_merge_words(path)
    assert "incident_doer_nouns" in str(raised.value)
