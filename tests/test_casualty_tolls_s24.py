"""Tolls of session 24 (casualty_bounds.py, casualty_act_nouns.py, casualty_persons.py), on news-like
sentences written for these tests, each table with negatives:

- two numbers joined by "or" are an alternative, not a sum: the low one, at least ("Three or four of the
  attackers are killed" = 3, not 7); numbers joined by "and" still add up;
- a casualty noun in "to" after a verb counts its own "of" phrase ("leading to the injury of more than 300
  people"); "beaten to death" stays the verb's complement;
- a singular killing act with "the" or "his"/"her" is one death, as "a murder" is ("Her assassination
  prompted protests"); not an attempt, a charge, a plot, a double or mass murder, a plural, nor a killing
  named as the time of another act ("prior to his murder");
- a name of two words after "the" and a person noun is one person ("The shooter Connor Betts is killed").
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_toll_bounds_of, coded_toll_of, coded_tolls

DATE = "2019-11-28"

# text, trigger, killed, injured, bounds
ALTERNATIVES = [
    (
        "Three or four of the attackers are later killed during a gunfight with the bodyguards in Absard.",
        "killed",
        3,
        None,
        {"killed": "at_least"},
    ),
    ("Gunmen killed five or six villagers in Zamfara.", "killed", 5, None, {"killed": "at_least"}),
    (
        "Two soldiers were killed and four or five others were wounded in the ambush in Gao.",
        "killed",
        2,
        4,
        {"injured": "at_least"},
    ),
    # negatives: numbers joined by "and" add up, exactly
    ("Five soldiers and three civilians were killed in the attack in Gao.", "killed", 8, None, {}),
    ("Gunmen killed two policemen and one civilian in Peshawar.", "killed", 3, None, {}),
]

# text, trigger, killed, injured
OWN_OF_PHRASES = [
    (
        "Students clash with the riot police in Jakarta, leading to the injury of more than 300 people.",
        "clash",
        None,
        300,
    ),
    ("Protesters clash with police in Baghdad, leading to the deaths of 12 people.", "clash", 12, None),
    # negatives: "to death" is the verb's complement, one victim, not a count of its own
    ("A farmer was beaten to death by a mob in Jharkhand.", "beaten", 1, None),
    ("Two guards were stabbed to death in a prison in Lima.", "stabbed", 2, None),
]

# text, trigger, killed, injured
ONE_VICTIM_ACTS = [
    (
        "Marielle Franco was a councillor in Rio de Janeiro. Her assassination prompted widespread protests.",
        "assassination",
        1,
        None,
    ),
    (
        "A man is sentenced to death in Beijing for murdering a doctor. The murder was the latest in a "
        "string of attacks on medical staff.",
        "murder",
        1,
        None,
    ),
    ("Police say his murder in Karachi was ordered by a gang.", "murder", 1, None),
    # the "of" phrase still names the victims
    ("Police say the murder of two sisters in Karachi was ordered by a gang.", "murder", 2, None),
]

# sentences whose killing nouns tell no death
NO_VICTIM_ACTS = [
    "Police foil an assassination attempt on the governor of Kandahar.",
    "The man faces murder charges in Dallas.",
    "Police arrest two men in Lagos over a plot to assassinate the governor.",
    "A man is charged with attempted murder after a stabbing in Leeds.",
    "Police in Ohio investigate the double murder of a couple.",
    "The murders in Juarez prompted protests.",
    "He rented an apartment in the Hollywood Hills a few days prior to his murder.",
    "Protests erupted in Rio after her assassination.",
]

# text, trigger, killed, injured
DESCRIBED_NAMES = [
    ("The shooter Connor Betts is killed by police in Dayton.", "killed", 1, None),
    ("Police in Orlando kill the gunman Omar Mateen after a standoff.", "kill", 1, None),
    # negatives: "the" before a name without a person noun is an organisation's, its count its own
    ("The Islamic State killed 20 people in Raqqa.", "killed", 20, None),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured", "bounds"), ALTERNATIVES)
def test_an_alternative_of_numbers_gives_the_low_one(
    text: str, trigger: str, killed: int | None, injured: int | None, bounds: dict[str, str]
) -> None:
    assert coded_toll_bounds_of(text, trigger, DATE) == (killed, injured, bounds)


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), OWN_OF_PHRASES + DESCRIBED_NAMES)
def test_a_noun_after_to_counts_its_own_of_phrase_and_a_described_name_is_one(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), ONE_VICTIM_ACTS)
def test_a_definite_killing_act_is_one_death(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


@pytest.mark.parametrize("text", NO_VICTIM_ACTS)
def test_an_attempt_charge_plot_or_plural_killing_tells_no_single_death(text: str) -> None:
    tolls = coded_tolls(text, DATE)
    assert all(killed is None for _, killed, _ in tolls), tolls
