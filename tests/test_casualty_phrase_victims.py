"""Counts in a casualty word's own phrase that the parser hung on a neighbour
(dotterel/stages/casualty_phrase_victims.py), on news-like sentences written for these tests, with negatives:

- a casualty participle after "leave" is its result, whatever the parser made of it ("leaves seven soldiers
  wounded", "leaves fourteen farmers wounded": the object of "leaves", not the subject "A clash" = 1; "her
  husband critically injured[VBD]": its own subject; "are struck and left badly injured": the subject of
  the passive "left" is joined to);
- an "of" phrase after a coordination of crime nouns is every noun's object when it names people ("for
  robbery and murder of a local shopkeeper": one killed), not one before the casualty noun, nor a thing
  ("burglary, murder and theft of a car").
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_of

DATE = "2020-05-10"

# text, trigger, killed, injured
LEFT_WOUNDED = [
    (
        "A scuffle between Thai and Cambodian troops near the temple in Preah Vihear, Cambodia, leaves seven "
        "soldiers wounded.",
        "wounded",
        None,
        7,
    ),
    (
        "A clash between police and farmers near the highway leaves fourteen farmers wounded.",
        "clash",
        None,
        14,
    ),
    ("A brawl in the bar leaves six men seriously wounded.", "wounded", None, 6),
    (
        "A bombing outside the court left the judge's son dead and her husband critically injured.",
        "bombing",
        1,
        1,
    ),
    ("Two cyclists are struck and left badly injured on a road in Leeds.", "struck", None, 2),
    ("Four hikers are mauled and left seriously wounded near a trail in Montana.", "mauled", None, 4),
    # negatives: counts read before stay as they were; an active participle keeps its own object; "left for
    # dead" states no harm count
    ("Gunmen storm a village in Zamfara and leave three people dead.", "storm", 3, None),
    ("A family of four is attacked and left for dead by robbers in Durban.", "attacked", None, None),
    ("An explosion near a market in Kabul leaves eleven civilians wounded.", "explosion", None, 11),
    (
        "A gunfight in the hills near Kandahar left a policeman dead and three other officers injured.",
        "gunfight",
        1,
        3,
    ),
    ("The blast left two people dead and wounded twelve others.", "blast", 2, 12),
    ("The fighting leaves three soldiers dead and wounded.", "fighting", 3, None),
]

SHARED_OF = [
    (
        "Two Spanish tourists are arrested in Madrid for robbery and murder of a local shopkeeper.",
        "murder",
        1,
        None,
    ),
    # negatives: the arrest takes no toll of the crime; an "of" before the casualty noun is another noun's
    (
        "Two Spanish tourists are arrested in Madrid for robbery and murder of a local shopkeeper.",
        "arrested",
        None,
        None,
    ),
    # "the murder" is one death by itself (session 24, casualty_act_nouns.py, as "a murder" is): 1, not the
    # two women of the arrest's "of" phrase
    ("Police arrest a man for the arrest of two women and the murder in Lyon.", "murder", 1, None),
    ("Two men are arrested in Leeds for burglary, murder and theft of a car.", "murder", None, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), LEFT_WOUNDED)
def test_a_participle_after_leave_counts_its_object(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), SHARED_OF)
def test_an_of_phrase_after_coordinated_nouns_is_shared(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)
