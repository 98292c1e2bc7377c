"""Dates and modes of session 18 (causes of the session-17 readings, learnt from sentences written for them).

- A stated year before the article's, said after a verb in the present (active or passive), is the time of a
  noun of the clause, not of the day's act: "is accused of crimes against humanity between 1976 and 1979"
  (date_present_clash.py). A verb in the past keeps it ("was arrested in 1982").
- A verb whose word names a measure only as a noun is no measure and takes no start: "The court rules that
  the suspension of Parliament from 9 September was unlawful" is a ruling of the article's day
  (``measure_noun_senses``, date_contents.py); the noun keeps its start ("The new rules take effect on
  Monday").
- What a claim says another did is not asserted: "claims that Chad Wolf had instructed officials" is
  hypothetical; one's own act stays asserted ("Iran claims it shot down a drone", "claims that its fighters
  killed"), and so does a noun in the content ("claims that Iran ordered the attack") (claimed_contents.py).
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from tests.stage_helpers import coded_date_at

# text, article date, trigger text, expected (date, precision) of the event at that trigger
Case = tuple[str, str, str, tuple[str, str]]

EARLIER_YEARS: list[Case] = [
    (
        "A former interior minister is accused of crimes against humanity between 1976 and 1979.",
        "2020-09-03",
        "accused",
        ("2020-09-03", "unknown"),
    ),
    (
        "A former general is sentenced to life for crimes during the military dictatorship between 1976 and "
        "1983.",
        "2020-09-03",
        "sentenced",
        ("2020-09-03", "unknown"),
    ),
    (
        "A former army officer is arrested for torture during the civil war in 1982.",
        "2020-09-03",
        "arrested",
        ("2020-09-03", "unknown"),
    ),
    (
        "A court sentences two men to life in prison for their roles in the bombing of a bus in Burgas in "
        "2012.",
        "2020-09-21",
        "sentences",
        ("2020-09-21", "unknown"),
    ),
    (  # negative: a verb in the past keeps the year it states
        "A former army officer was arrested for torture in 1982.",
        "2020-09-03",
        "arrested",
        ("1982-01-01", "year"),
    ),
    (  # negative: a date right after the verb is its own
        "A former army officer is convicted in March 2019 of torture during the civil war.",
        "2020-09-03",
        "convicted",
        ("2019-03-01", "month"),
    ),
    (  # negative: the year of the article itself is the act's
        "Police arrest a man in 2020 for the murder of a journalist.",
        "2020-09-03",
        "arrest",
        ("2020-01-01", "year"),
    ),
    (  # negative: the deed told in the past keeps its year, and the arrest of the day has none
        "Police arrest a man who attacked a mosque in Oslo in 2019.",
        "2020-09-21",
        "attacked",
        ("2019-01-01", "year"),
    ),
    (
        "Police arrest a man who attacked a mosque in Oslo in 2019.",
        "2020-09-21",
        "arrest",
        ("2020-09-21", "unknown"),
    ),
]

RULINGS: list[Case] = [
    (
        "Scotland's highest court rules that the prime minister violated the law by his suspension of "
        "Parliament from 9 September to 14 October.",
        "2019-09-11",
        "rules",
        ("2019-09-11", "unknown"),
    ),
    (
        "The constitutional court rules that the ban on rallies from 1 March is unconstitutional.",
        "2020-03-20",
        "rules",
        ("2020-03-20", "unknown"),
    ),
    (  # negative: a ruling dated by the text keeps its day
        "The Supreme Court rules on Monday that the government violated the law.",
        "2019-09-11",
        "rules",
        ("2019-09-09", "day"),
    ),
    (  # negative: a measure verb keeps its start
        "The government bans all public gatherings starting September 14.",
        "2020-09-10",
        "bans",
        ("2020-09-14", "day"),
    ),
]


@pytest.mark.parametrize(("text", "date", "trigger", "expected"), EARLIER_YEARS)
def test_an_earlier_year_after_a_present_verb_is_a_noun_s(
    text: str, date: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert coded_date_at(text, date, trigger) == expected


@pytest.mark.parametrize(("text", "date", "trigger", "expected"), RULINGS)
def test_a_ruling_takes_no_start_of_what_it_rules_on(
    text: str, date: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert coded_date_at(text, date, trigger) == expected


CLAIMS: list[tuple[str, str, str]] = [
    # sentence, trigger text, modality of the event at that trigger
    (
        "The former intelligence chief claims in a complaint that the acting secretary had instructed "
        "officials to fabricate intelligence assessments.",
        "instructed",
        "hypothetical",
    ),
    ("Russia claims Ukrainian troops attacked its border post.", "attacked", "hypothetical"),
    ("The opposition claims that the army killed 20 protesters in Khartoum.", "killed", "hypothetical"),
    ("The journalist claims he was arrested by police without a warrant.", "arrested", "hypothetical"),
    # negative cases: one's own act, a claim to do, a noun in the content, a plain report
    ("Iran claims one of its oil tankers was hit by missiles in the Red Sea.", "hit", "hypothetical"),
    ("Iran claims it shot down an American drone over the Strait of Hormuz.", "shot down", "asserted"),
    (
        "Suicide bombers kill 23 people in the province of Kandahar. The Taliban claimed 57 were killed.",
        "killed",
        "asserted",
    ),
    ("The Taliban claim they killed 30 soldiers in an attack on a base.", "killed", "asserted"),
    ("The Islamic State claims that its fighters killed 12 soldiers.", "killed", "asserted"),
    ("An official claims that Iran ordered the rocket attack on the town.", "rocket attack", "asserted"),
    ("The army says that it killed 20 militants in the north.", "killed", "asserted"),
]


@pytest.mark.parametrize(("sentence", "trigger", "modality"), CLAIMS)
def test_a_claim_of_another_s_act_is_not_asserted(sentence: str, trigger: str, modality: str) -> None:
    events = code(sentence, "2020-09-09")
    found = [e for e in events if sentence[e.trigger.start : e.trigger.end] == trigger]
    described = [(sentence[e.trigger.start : e.trigger.end], e.modality) for e in events]
    assert found and all(e.modality == modality for e in found), described
