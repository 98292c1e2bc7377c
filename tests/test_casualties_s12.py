"""Casualty counts of session 12 (dotterel/stages/casualties.py), on sentences of the current-events data and
news-like sentences written for these tests, each table with negatives:

- a gapped toll adjective coordinated with the event's clause ("leaving three soldiers dead and five
  wounded", "At least five are killed and nine more injured") is the event's count of that kind;
- an unreal event of a following sentence ("Even if many bombs exploded …") holds no toll of its sentence:
  the "no one died" there is the attack's killed count of 0.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-07-12"

# text, trigger, killed, injured
GAPPED_TOLLS = [
    (
        "Armenian and Azerbaijani forces exchange fire on the border, leaving three Azeri soldiers dead and"
        " five wounded, according to Azerbaijan's Ministry of Defence.",
        "exchange",
        3,
        5,
    ),
    ("Rebels shell a market in Taiz, leaving four civilians dead and nine wounded.", "shell", 4, 9),
    (
        "A gunman opens fire on shoppers at a market in central Shanghai."
        " At least five are killed and nine more injured.",
        "opens",  # the victims' clause is that shooting (merge_victim_clauses.py)
        5,
        9,
    ),
    # negatives: what is left damaged is no victim; an active clause with an object of its own is another
    # event's
    ("Rebels shell a market in Taiz, leaving four civilians dead and nine shops damaged.", "shell", 4, None),
    (
        "Rebels shell a market in Taiz, leaving four civilians dead, and a sniper wounded two soldiers near"
        " the airport.",
        "shell",
        4,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), GAPPED_TOLLS)
def test_gapped_toll_adjective_is_counted(text: str, trigger: str, killed: int, injured: int) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


JALALABAD = (
    "66 people, including children, have been wounded after a series of ten explosions in restaurants and"
    " public squares hit the eastern Afghan city of Jalalabad."
)
UNREAL_HOLDERS = [
    (
        JALALABAD + " No group claimed responsibility for the bombings."
        " Even if many bombs exploded and several people were injured, no one died in the attacks.",
        "wounded",
        0,
        66,
    ),
    (JALALABAD + " Even if many bombs exploded, no one died in the attacks.", "wounded", 0, 66),
    # negatives: an asserted event of the next sentence holds its own toll; an unreal death is no count
    (
        JALALABAD + " Hours later, gunmen attacked a checkpoint in the city, killing two guards.",
        "wounded",
        None,
        66,
    ),
    (
        JALALABAD + " Officials say that if the bombs had been larger, many people would have died.",
        "wounded",
        None,
        66,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), UNREAL_HOLDERS)
def test_unreal_event_holds_no_later_toll(text: str, trigger: str, killed: int, injured: int) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
