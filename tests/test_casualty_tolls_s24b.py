"""Tolls of session 24, second round (casualty_phrases.py, casualty_dead_words.py), on news-like sentences
written for these tests, each table with negatives:

- the death a protest is "over" or "against" is its cause, not its toll, also when the phrase hangs on the
  noun that counts the protests ("The fourth night of protests in Rochester, New York, over the death of a
  man") or on the verb the protests are the subject of ("Protests erupt in Lagos over the death of a man");
- "brain dead", "half dead", "nearly dead" name a person alive and gravely hurt: no dead ("A bus driver is
  left brain dead after being assaulted"); one wounded where the adjective is read as the victim's ("A
  teenager is left brain-dead after an attack").
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-09-05"

# text, trigger, killed, injured
ANSWERED_DEATHS = [
    (
        "The fourth night of protests in Rochester, New York, over the death of Daniel Prude, becomes the "
        "largest so far.",
        "protests",
        None,
        None,
    ),
    ("Protests erupt in Lagos over the death of a man in police custody.", "Protests", None, None),
    ("Riots break out in Paris over the death of a teenager.", "Riots", None, None),
    (
        "A wave of protests against the killing of two activists spreads across Honduras.",
        "protests",
        None,
        None,
    ),
    # negatives: the protests' own dead still count
    (
        "Protests over the death of a man in custody turn violent in Lagos, leaving two people dead.",
        "Protests",
        2,
        None,
    ),
    (
        "A week of protests over the killing of a student leaves 12 people dead in Nairobi.",
        "protests",
        12,
        None,
    ),
    (
        "Clashes erupt in Lagos over the death of a man in custody, leaving three people dead.",
        "Clashes",
        3,
        None,
    ),
    ("Riots break out in Paris, killing two people.", "killing", 2, None),
]

# text, trigger, killed, injured
LIVING_DEAD = [
    (
        "A bus driver in the French city of Bayonne is left brain dead after reportedly being assaulted by "
        "passengers.",
        "assaulted",
        None,
        None,
    ),
    ("A teenager is left brain-dead after an attack by a gang in Marseille.", "attack", None, 1),
    ("A man was left half dead after an attack by a gang in Leeds.", "attack", None, 1),
    # negatives: "dead" alone, and "shot dead", still count the dead
    ("A bus driver is left dead after being assaulted by passengers in Bayonne.", "assaulted", 1, None),
    ("A bomb attack in Kabul leaves three people dead.", "bomb attack", 3, None),
    ("Gunmen shot dead two policemen in Peshawar.", "shot", 2, None),
    ("The attack left 12 dead and 30 injured in Maiduguri.", "attack", 12, 30),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), ANSWERED_DEATHS)
def test_the_death_a_protest_is_over_is_no_toll_of_it(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), LIVING_DEAD)
def test_brain_dead_is_no_death(text: str, trigger: str, killed: int | None, injured: int | None) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
