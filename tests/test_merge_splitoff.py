"""Tolls of one incident told in two sentences (session 6 round 2: dotterel/stages/merge_splitoff.py and the
"also" toll after a killing verb with its own agent in dotterel/stages/casualties.py), on news-like
sentences written for these tests, each table with negatives:

- a harm told in one sentence and split off in the next shares its toll: the first telling takes the kinds
  of count it lacks from the next sentence ("Gunmen stormed a prison. At least 29 people are killed and
  50 injured"), the split-off mention the kinds it lacks from the first ("killing two and wounding twelve.
  The assault was repulsed, resulting in 27 … being killed"); nothing stated is overwritten;
- not across another incident ("In a separate attack", "Elsewhere"), another place, another party's
  act ("The gunman was later killed by police"), a harm with no toll of its own, or a paragraph break;
- a harm the happening turned into ("the protests … degenerated into clashes") shares its toll; not when
  negated, nor another happening's ("a land dispute escalated into clashes");
- "kills a fisherman. A militant also died in the fight": the next sentence's "also" victims are added to
  a killing verb's toll; not without "also", nor in a separate attack.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dotterel.errors import KnowledgeError
from dotterel.knowledge.merge_words import load_merge_words
from tests.stage_helpers import coded_toll_of

DATE = "2020-06-11"


# text, trigger, killed, injured
SPLIT_OFF = [
    (
        "The Taliban attacked a checkpoint in Helmand, killing three policemen and wounding nine others. "
        "The assault was repelled, resulting in 15 Taliban fighters being killed.",
        "killed",
        15,
        9,
    ),
    (
        "The Taliban attacked a checkpoint in Helmand, killing three policemen and wounding nine others. "
        "The assault was repelled, resulting in 15 Taliban fighters being killed.",
        "attacked",
        3,
        9,
    ),
    (
        "Gunmen stormed a jail in Ghazni on Sunday. At least 21 people are killed and 43 injured.",
        "stormed",
        21,
        43,
    ),
    # negatives: another incident, another place, a new paragraph
    (
        "Gunmen stormed a jail in Ghazni on Sunday. In a separate attack, 12 people were killed "
        "and 30 injured.",
        "stormed",
        None,
        None,
    ),
    (
        "Gunmen stormed a jail in Ghazni on Sunday. Elsewhere, 12 people were killed and 30 injured.",
        "stormed",
        None,
        None,
    ),
    (
        "Gunmen stormed a jail in Ghazni on Sunday. In Kunduz, 12 people were killed and 30 injured.",
        "stormed",
        None,
        None,
    ),
    (
        "Gunmen stormed a jail in Ghazni on Sunday.\n\nAt least 21 people are killed and 43 injured.",
        "stormed",
        None,
        None,
    ),
    (
        "Four people are dead and nine others are injured after a shooting at a mall in Ohio. "
        "The gunman was later killed by police.",
        "killed",
        1,
        None,
    ),
    (
        "A van ploughs into pedestrians in Marseille, France, injuring six. A seventh man was beaten "
        "by the driver after he left the van.",
        "beaten",
        None,
        None,
    ),
    (
        "Army troops attacked rebel positions on Monday. In Kandahar, a car bomb killed 14 people.",
        "attacked",
        None,
        None,
    ),
    (
        "Rebels launched an offensive in Idlib. A Syrian air strike killed three rebels and wounded seven "
        "others, while the rebels say a retaliatory strike killed 20 soldiers.",
        "offensive",
        None,
        None,
    ),
    (
        "The Taliban attacked a checkpoint in Helmand, killing three policemen. US aircraft bombed "
        "a village, wounding nine civilians.",
        "attacked",
        3,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), SPLIT_OFF)
def test_a_split_off_mention_shares_the_incident_toll(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


# text, trigger, killed
ALSO_AFTER_KILLING = [
    (
        "During a raid in Sulu, Abu Sayyaf gunmen killed a fisherman. One gunman also died in the fight.",
        "killed",
        2,
    ),
    (
        "Bandits killed six villagers in Zamfara State on Tuesday. Two of the bandits also died in the "
        "gunfight.",
        "killed",
        8,
    ),
    (
        "Bandits killed six villagers in Zamfara State on Tuesday. Two of the bandits died in the gunfight.",
        "killed",
        6,
    ),
    (
        "Bandits killed six villagers in Zamfara State on Tuesday. Two soldiers also died in a separate "
        "ambush.",
        "killed",
        6,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed"), ALSO_AFTER_KILLING)
def test_also_victims_of_the_next_sentence_add_to_a_killing(text: str, trigger: str, killed: int) -> None:
    assert coded_toll_of(text, trigger, DATE)[0] == killed


def test_a_merge_words_file_without_other_incident_words_names_its_key(tmp_path: Path) -> None:
    path = tmp_path / "merge.yaml"
    path.write_text(
        "version: 1\nanaphoric_determiners: [the]\nother_occasion_words: [previous]\n"
        "toll_nouns: [toll]\ntoll_update_verbs: [rise]\nother_incident_words: []\n"
        "change_of_state_verbs: [turn]\n"
    )
    with pytest.raises(KnowledgeError) as raised:
        load_merge_words(path)
    assert "other_incident_words" in str(raised.value)


# text, trigger, killed
CHANGE_OF_STATE = [
    (
        "Anti-government protests in Lagos left 14 people dead on Tuesday. The protests then escalated into "
        "clashes with the army.",
        "clashes",
        14,
    ),
    (
        "At least 12 people were killed in protests in Conakry on Monday. The protests started peacefully, "
        "but they later turned into clashes between rival groups.",
        "clashes",
        12,
    ),
    # negatives: negated, another happening's subject, not a change of state
    (
        "Anti-government protests in Lagos left 14 people dead on Tuesday. The protests did not turn into "
        "clashes with the army.",
        "clashes",
        None,
    ),
    (
        "Anti-government protests in Lagos left 14 people dead on Tuesday. A land dispute in Kano escalated "
        "into clashes between farmers and herders.",
        "clashes",
        None,
    ),
    (
        "Anti-government protests in Lagos left 14 people dead on Tuesday. Soldiers fired into the crowd.",
        "fired",
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed"), CHANGE_OF_STATE)
def test_a_harm_the_happening_turned_into_shares_its_toll(
    text: str, trigger: str, killed: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE)[0] == killed
