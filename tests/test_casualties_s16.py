"""Casualty counts of session 10, round 2 (casualty_persons.py, casualty_victims.py, casualty_numbers.py,
merge_incident.py), on news-like sentences written for these tests, each table with negatives:

- one named or described person is one victim without trusting NER: a person noun or title after "the" or a
  possessor ("his cameraman", "the Grand Mufti", "Their guide, …"), a capitalised name run or a name with a
  person in apposition ("Yousuf Karimi, a lawyer,"), "she"/"he", and "the other" of a pair; not "the
  others", not a place; "stabbed him" after a sentence telling one person killed is that death's means;
- a casualty verb the tagger took for a noun before a count ("A car bomb and a gun attack kill[NN] at least
  26") takes that count; not a wound noun ("his wounds", "died of wounds two days later");
- a running total told by a participle on the total noun ("raising the total killed … to 93 soldiers and 14
  fighters") reads its number, the groups joined to it added, not a period's number ("in the past 3 days");
- a protest-typed mention whose clause carries a result participle ("storm a court, … killing four police
  officers") takes its counts; copies of one trigger split by its parties share a later toll;
- a happening whose start dates a running toll ("raising the death toll to 31 since protests began") takes
  it; the day's killing keeps its own count.
"""

from __future__ import annotations

from typing import Any

import pytest

from dotterel.stages.casualties import CasualtiesStage
from tests.stage_helpers import coded_toll_of, coded_tolls

DATE = "2020-10-22"

# text, trigger, killed, injured
ONE_PERSON = [
    ("A prominent journalist and his cameraman were killed by gunmen in Basra.", "killed", 2, None),
    ("The Grand Mufti of Aleppo is assassinated in a car bombing in the city.", "assassinated", 1, None),
    ("A gunman kills one pilgrim and injures the other near a shrine in Karbala.", "kills", 1, 1),
    ("Their interpreter, Ahmad Noori, is injured by shrapnel in Helmand.", "injured", None, 1),
    ("Yousuf Karimi, a lawyer for the opposition, is shot dead in Kabul.", "shot", 1, None),
    ("Senator Ali Wardak is killed by unknown gunmen in Kabul.", "killed", 1, None),
    ("The country's most senior nuclear engineer is assassinated near Tehran.", "assassinated", 1, None),
    ("The congressman is wounded in a shooting at a rally in Manila.", "wounded", None, 1),
    (
        "An actress survives an assassination attempt in Kabul; she suffered three gunshot wounds.",
        "assassination attempt",
        None,
        1,
    ),
    # negatives: the others (no number), a place named as the harmed, a plural with no count
    ("A gunman kills one pilgrim and injures the others near a shrine in Karbala.", "kills", 1, None),
    ("Gunmen kill the villagers of Tadjmi in a night raid.", "kill", None, None),
    ("Unknown gunmen wounded officials of the district council in Kabul.", "wounded", None, None),
]

MISTAGGED_VERB = [
    ("A car bomb and a gun attack kill at least 26 in Mogadishu, Somalia.", "car bomb", 26, None),
    ("A roadside bomb targeting a minibus kills at least nine people in Ghazni.", "roadside bomb", 9, None),
    ("Israeli strikes on Gaza kill at least 12 Palestinians.", "strikes", 12, None),
    # negative: the verb told as a verb keeps its object's count
    ("Israeli strikes on Gaza killed 12 Palestinians.", "strikes", 12, None),
]

# text, (kind, count) of every count the finder reads
MISTAGGED_NEGATIVES = [
    ("A soldier died of his wounds two days later.", [("killed", 1)]),
    ("A soldier died of wounds two days later.", [("killed", 1)]),
    ("She suffered four gunshot wounds.", [("injured", 1)]),
]

RUNNING_TOTAL = [
    (
        "Turkish drone strikes kill 19 soldiers, raising the total killed by Turkey in the past 3 days to 93 "
        "Syrian troops and 14 Hezbollah fighters.",
        "killed",
        107,
        None,
    ),
    (
        "Airstrikes kill 12 rebels, raising the total killed by the army this week to 60 rebels and 9 "
        "soldiers.",
        "killed",
        69,
        None,
    ),
    # negatives: a breakdown in brackets is not added; the strikes keep the day's own count
    (
        "Airstrikes kill 12 rebels, raising the total killed by the army this week to 60 rebels (40 fighters "
        "and 20 commanders).",
        "killed",
        60,
        None,
    ),
    (
        "Turkish drone strikes kill 19 soldiers, raising the total killed by Turkey in the past 3 days to 93 "
        "Syrian troops and 14 Hezbollah fighters.",
        "Turkish drone strikes",
        19,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), ONE_PERSON)
def test_one_named_or_described_person_is_one_victim(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), MISTAGGED_VERB)
def test_a_verb_tagged_as_a_noun_takes_the_count_after_it(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


@pytest.mark.parametrize(("text", "expected"), MISTAGGED_NEGATIVES)
def test_a_wound_noun_is_no_verb_before_a_number(
    nlp: Any, text: str, expected: list[tuple[str, int]]
) -> None:
    counts = CasualtiesStage().finder.find(nlp(text))
    assert [(c.kinds[0], c.count) for c in counts] == expected


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), RUNNING_TOTAL)
def test_a_running_total_on_the_total_noun_adds_its_joined_groups(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


# text, trigger, killed, injured
SHARED = [
    (
        "Armed men storm a courthouse in San Pedro Sula, freeing Juan Perez, a senior leader of the Barrio "
        "18 gang and killing three police officers.",
        "storm",
        3,
        None,
    ),
    (
        "Gunmen in uniforms storm a jail in Tegucigalpa, freeing Carlos Reyes, a leader of a drug cartel and "
        "killing two guards.",
        "storm",
        2,
        None,
    ),
    # negative: a protest with no participle of its own takes no toll from another clause
    (
        "Protesters march in Beirut. Separately, gunmen kill two soldiers in Tripoli.",
        "march",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), SHARED)
def test_a_protest_carrying_a_result_participle_takes_its_toll(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


COPIES = [
    'Hezbollah says Iraqi and Iranian commanders were "martyred" in an attack by Israeli drones. Sources say '
    "the attack killed at least five people.",
    'The Syrian Observatory says Hezbollah and IRGC fighters were "martyred" in an attack by Israeli jets '
    "near Damascus. Sources say the attack killed at least 11 people.",
]


@pytest.mark.parametrize("text", COPIES)
def test_copies_of_one_trigger_split_by_parties_share_a_later_toll(text: str) -> None:
    tolls = coded_tolls(text, DATE)
    attacks = [killed for word, killed, _ in tolls if word == "attack"]
    assert len(attacks) == 2 and attacks[0] == attacks[1] and attacks[0] is not None, tolls


# text, trigger, killed, injured
STARTED = [
    (
        "Security forces kill two demonstrators in Baghdad, raising the death toll to 31 since protests "
        "began this month.",
        "protests",
        31,
        None,
    ),
    (
        "Security forces kill two demonstrators in Baghdad, raising the death toll to 31 since protests "
        "began this month.",
        "kill",
        2,
        None,
    ),
    # negatives: protests told in another sentence or in a clause of another kind take no running toll
    (
        "Security forces kill two demonstrators in Baghdad, raising the death toll to 31 while protests "
        "continue.",
        "protests",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "killed", "injured"), STARTED)
def test_a_happening_whose_start_dates_a_running_toll_takes_it(
    text: str, trigger: str, killed: int | None, injured: int | None
) -> None:
    assert coded_toll_of(text, trigger, DATE) == (killed, injured)


# text, (trigger, killed, injured) of every event
PRONOUN_MEANS = [
    (
        "An attacker stabbed him outside a mosque in Lyon, police say.",
        [("stabbed", None, 1)],
    ),
    # negative: "him" of a one-person death told in the sentence before is that death's means, no wounded
    # (the same incident, "the attacker" its doer again: it shares the death's one killed)
    (
        "A young imam is stabbed to death outside a mosque in Lyon. Witnesses say the attacker followed him "
        "into the courtyard and stabbed him.",
        [("stabbed", 1, None), ("stabbed", 1, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_MEANS)
def test_a_pronoun_stabbed_after_a_told_death_is_no_more_wounded(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert coded_tolls(text, DATE) == expected
