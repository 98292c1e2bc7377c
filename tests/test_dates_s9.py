"""Date rules of session 8: a measure's start told by a clock time alone, and a day that belongs to a cause.

- "a curfew, which comes into effect at 18:00", "The lockdown will come into force at midnight and last
  until March 30": a measure taking effect at a time of day with no day after it starts on the article's
  day (a 24-hour clock too), not on the day it ends; not a clock time of no start ("from 22:00 to 05:00
  every night"), nor a time another happening began at;
- "killed in clashes over the disputed vote on 12 March", "in response to the bombing on Tuesday": a day
  right after a happening named as the cause of an act (the object of "over", "in response to", "in
  retaliation for") dates that happening, not the act; not a date before the cause, nor after a thing that
  is no happening ("over fuel prices in Tehran on Friday", "over the city on Sunday");
- "burnt down in the early hours of 24 July": "hours" is a time noun (lemma "hour"), so the day dates the
  clause, not the noun "hours"; not another noun's "of" phrase ("the last hour of trading on Friday");
- "He is due to resign on May 22": the infinitive of an adjective ("due", "likely") lies ahead like that of
  a verb, so a day after the article date is taken; a past one still is ("was due to resign on May 22");
- "Armed men attacked a village on Sunday. The attackers abducted 30 women": a definite doer noun as the
  subject of an undated act refers back to the doer of the first telling in the sentence before, whatever
  it is called, and takes its day; not an indefinite one, a doer acted on, a first telling with no day or
  two sentences before;
- "… between tomorrow at 12:01 a.m. and October 26. Under these restrictions, …": a measure noun that refers
  back, with no date in its sentence, takes the start of the measure announced in the sentence before; not
  a sentence before with no start, nor one whose day is no start;
- "ordering bars to close at midnight as of November 7", "bans weddings … as of Saturday": "as of" after a
  word of its sentence opens a start (read forward, as "from"); fronted, "As of Thursday, 300 cases are
  confirmed" is the time of a count, read as before.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.model import Article
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import date_of_case

# text, article date, trigger words, the event to check (index), expected (date, precision)
Case = tuple[str, str, list[str], int, tuple[str, str]]

CLOCK_STARTS: list[Case] = [
    (
        "The government imposes a nightly curfew in the capital, which comes into effect at 18:00.",
        "2020-08-02",
        ["curfew"],
        0,
        ("2020-08-02", "day"),
    ),
    (
        "Officials announce a lockdown of the city. The lockdown will come into force at midnight and last "
        "until March 30.",
        "2020-03-20",
        ["lockdown"],
        0,
        ("2020-03-20", "day"),
    ),
    (
        "The province declares a state of emergency that goes into effect at 6 p.m.",
        "2020-03-20",
        ["declares"],
        0,
        ("2020-03-20", "day"),
    ),
    (
        "A ban on public gatherings will take effect at 23:59 local time.",
        "2020-03-20",
        ["ban"],
        0,
        ("2020-03-20", "day"),
    ),
    # negatives: a clock time of no start, a happening's hour, a day after the clock time
    (
        "The curfew, in force from 22:00 to 05:00 every night, is extended.",
        "2020-03-20",
        ["curfew"],
        0,
        ("2020-03-20", "unknown"),
    ),
    (
        "The attack began at 18:00 and lasted two hours.",
        "2020-03-11",
        ["attack"],
        0,
        ("2020-03-11", "unknown"),
    ),
    (
        "A curfew from 20:00 to 06:00 is imposed on the province.",
        "2020-03-11",
        ["curfew"],
        0,
        ("2020-03-11", "unknown"),
    ),
    (
        "The new restrictions will take effect at 18:00 on Saturday.",
        "2020-03-11",
        ["restrictions"],
        0,
        ("2020-03-14", "day"),
    ),
]

CAUSES: list[Case] = [
    (
        "Two people are killed in clashes over the disputed presidential vote on 12 March.",
        "2020-03-15",
        ["killed"],
        0,
        ("2020-03-15", "unknown"),
    ),
    (
        "Police detain an opposition leader over a rally last month.",
        "2020-03-15",
        ["detain"],
        0,
        ("2020-03-15", "unknown"),
    ),
    (
        "The government expels two diplomats in retaliation for the expulsions of its envoys on Monday.",
        "2020-01-10",
        ["expels"],
        0,
        ("2020-01-10", "unknown"),
    ),
    (
        "Supporters of the cleric storm the consulate in response to the airstrike on Sunday.",
        "2019-12-31",
        ["storm"],
        0,
        ("2019-12-31", "unknown"),
    ),
    (
        "Hundreds march through the capital in response to the bombing on Tuesday.",
        "2020-01-10",
        ["march", "bombing"],
        1,
        ("2020-01-07", "day"),
    ),
    # negatives: no happening after "over", the date before the cause, the cause's own clause
    (
        "Thousands protest over fuel prices in Tehran on Friday.",
        "2020-01-10",
        ["protest"],
        0,
        ("2020-01-10", "day"),
    ),
    (
        "Fighter jets fly over the city on Sunday.",
        "2020-01-12",
        ["fly"],
        0,
        ("2020-01-12", "day"),
    ),
    (
        "Protesters clash with police on Sunday over the election.",
        "2020-01-12",
        ["clash"],
        0,
        ("2020-01-12", "day"),
    ),
    (
        "Protesters storm the embassy on Saturday in response to the airstrike.",
        "2020-01-12",
        ["storm"],
        0,
        ("2020-01-11", "day"),
    ),
]


HOURS: list[Case] = [
    (
        "The party's office was burnt down in the early hours of 24 July in an apparent arson attack.",
        "2020-07-25",
        ["burnt", "attack"],
        1,
        ("2020-07-24", "day"),
    ),
    (
        "A fire broke out at the migrant camp in the small hours of Friday, leaving thousands homeless.",
        "2020-09-12",
        ["fire"],
        0,
        ("2020-09-11", "day"),
    ),
    (
        "Police raid the home of an opposition leader in the early hours of this morning.",
        "2020-07-25",
        ["raid"],
        0,
        ("2020-07-25", "day"),
    ),
    # negatives: no hour, an hour of another noun's phrase
    (
        "Gunmen attack a police post in the north of the country.",
        "2020-07-25",
        ["attack"],
        0,
        ("2020-07-25", "unknown"),
    ),
    (
        "Shares in the company fell sharply in the last hour of trading on Friday.",
        "2020-07-25",
        ["fell"],
        0,
        ("2020-07-24", "day"),
    ),
]

DUE: list[Case] = [
    (
        "The prime minister faces accusations over his ex-wife's murder. He is due to resign on May 22.",
        "2020-05-11",
        ["resign"],
        0,
        ("2020-05-22", "day"),
    ),
    (
        "The embattled governor is due to step down on March 30, his office says.",
        "2021-03-02",
        ["step"],
        0,
        ("2021-03-30", "day"),
    ),
    # negatives: told in the past; an adjective's infinitive with a past day
    (
        "The minister was due to resign on May 22.",
        "2020-05-25",
        ["resign"],
        0,
        ("2020-05-22", "day"),
    ),
    (
        "The minister was quick to condemn the attack on Monday.",
        "2020-05-13",
        ["condemn"],
        0,
        ("2020-05-11", "day"),
    ),
    (
        "The prime minister faces accusations over his ex-wife's murder. He resigned on May 2.",
        "2020-05-11",
        ["resigned"],
        0,
        ("2020-05-02", "day"),
    ),
]


DOERS: list[Case] = [
    (
        "Police say masked gunmen stormed a bus on March 7 on the highway to the border. The perpetrators "
        "kidnapped 19 passengers.",
        "2019-03-13",
        ["stormed", "kidnapped"],
        1,
        ("2019-03-07", "day"),
    ),
    (
        "Armed men attacked a village in the north of the country on Sunday. The attackers abducted 30 women "
        "and children.",
        "2019-03-13",
        ["attacked", "abducted"],
        1,
        ("2019-03-10", "day"),
    ),
    (
        "Suspected militants ambushed an army convoy yesterday. The assailants set fire to two trucks.",
        "2020-06-02",
        ["ambushed", "set"],
        1,
        ("2020-06-01", "day"),
    ),
    # negatives: an indefinite doer, a doer acted on, no day first, two sentences on
    (
        "Armed men attacked a village in the north on Sunday. Attackers abducted 30 women in a nearby town.",
        "2019-03-13",
        ["attacked", "abducted"],
        1,
        ("2019-03-13", "unknown"),
    ),
    (
        "Armed men attacked a village in the north on Sunday. Soldiers surrounded the attackers.",
        "2019-03-13",
        ["attacked", "surrounded"],
        1,
        ("2019-03-13", "unknown"),
    ),
    (
        "Armed men attacked a village in the north. The attackers abducted 30 women and children.",
        "2019-03-13",
        ["attacked", "abducted"],
        1,
        ("2019-03-13", "unknown"),
    ),
    (
        "Armed men attacked a village in the north on Sunday. Aid groups sent food. The attackers abducted "
        "30 women.",
        "2019-03-13",
        ["attacked", "abducted"],
        1,
        ("2019-03-13", "unknown"),
    ),
]


REFERRING: list[Case] = [
    (
        "It is announced that the whole state will be put under a movement control order between tomorrow "
        "at 12:01 a.m. and October 26. Under these restrictions, only two people per household may leave "
        "home.",
        "2020-10-12",
        ["restrictions"],
        0,
        ("2020-10-13", "day"),
    ),
    (
        "The governor announces a stay-at-home advisory starting Friday. The order also closes gyms and "
        "cinemas.",
        "2020-11-25",
        ["order"],
        0,
        ("2020-11-27", "day"),
    ),
    # negatives: no start before, a day of no start, a date of its own
    (
        "The governor announces new restrictions. The restrictions limit gatherings to ten people.",
        "2020-11-25",
        ["restrictions"],
        0,
        ("2020-11-25", "unknown"),
    ),
    (
        "Schools reopen on Monday. Under the restrictions, pupils must wear masks.",
        "2020-11-25",
        ["restrictions"],
        0,
        ("2020-11-25", "unknown"),
    ),
    (
        "The governor lifted the curfew on Monday. The restrictions had been in place since March.",
        "2020-11-25",
        ["restrictions"],
        0,
        ("2020-03-01", "month"),
    ),
]


AS_OF: list[Case] = [
    (
        "The government announces new restrictions limiting the number of guests in private homes to ten, "
        "ordering bars to close at midnight as of November 7.",
        "2020-11-05",
        ["ordering"],
        0,
        ("2020-11-07", "day"),
    ),
    (
        "The health ministry bans weddings and sporting events in a dozen counties as of Saturday.",
        "2020-08-06",
        ["bans"],
        0,
        ("2020-08-08", "day"),
    ),
    # negatives: fronted, the time of a count
    (
        "As of Wednesday, 300 cases are confirmed in the state.",
        "2020-03-20",
        ["confirmed"],
        0,
        ("2020-03-18", "day"),
    ),
    (
        "As of Monday, at least 30 people had been killed in the clashes.",
        "2020-03-18",
        ["killed"],
        0,
        ("2020-03-16", "day"),
    ),
]


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize("case", CLOCK_STARTS)
def test_a_measure_taking_effect_at_a_clock_time_starts_today(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", CAUSES)
def test_a_day_right_after_a_cause_dates_the_cause(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", HOURS)
def test_the_early_hours_of_a_day_date_the_clause(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", DUE)
def test_an_adjectives_infinitive_lies_ahead(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", DOERS)
def test_a_doer_noun_refers_back_to_the_first_tellings_doer(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", REFERRING)
def test_a_measure_noun_referring_back_takes_the_announced_start(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", AS_OF)
def test_as_of_after_a_word_opens_a_start(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]
