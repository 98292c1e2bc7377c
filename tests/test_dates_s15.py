"""Date rules of session 10: a measure's start told in the present lies ahead; a start told in the past stays
past; a measure spelled out by another's clause shares its start; a verb told again gives its day.

"a curfew that takes effect on Saturday", "The lockdown begins Sunday", "new rules, which come into force on
Monday", "the ban is to take effect on Friday" in an article of an earlier weekday: the next such day, as
"will take effect" already reads. Negatives: past-tense reports ("attacked on Saturday", "The curfew came into
force on Saturday", "which began on Monday", "was to visit on Friday") keep the last such day, and a start of
something that is no measure ("Protests begin on Monday") is left to the tense rules. "effective midday
Monday": "midday" is a clock word. "new restrictions banning indoor dining and imposing a curfew … from
tomorrow": the curfew the restrictions' participle spells out starts with them; "an easing of lockdown
restrictions" leaves the start to the easing. "Keïta is freed by the army. 'He was freed this morning'": the
same verb told again with a pronoun subject gives its day; "Another 15 were arrested on Sunday" (new
participants) and a past perfect do not. "announces a lockdown on 27 March, beginning on 30 March": a start in
the measure's own sentence wins over the announcement's day (not a start told a sentence later).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.model import Article
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import date_of_case

# text, article date, trigger words, the event to check (index), expected (date, precision)
Case = tuple[str, str, list[str], int, tuple[str, str]]

PRESENT_STARTS: list[Case] = [
    (  # Wednesday: the coming Saturday
        "The interior ministry announces a nationwide curfew that takes effect on Saturday.",
        "2020-10-21",
        ["curfew"],
        0,
        ("2020-10-24", "day"),
    ),
    (
        "Authorities in the region impose a lockdown, which begins on Friday and lasts two weeks.",
        "2020-11-03",
        ["lockdown"],
        0,
        ("2020-11-06", "day"),
    ),
    (
        "The army imposes a curfew on the capital. The curfew begins Sunday.",
        "2021-03-10",
        ["curfew"],
        0,
        ("2021-03-14", "day"),
    ),
    (
        "Berlin announces tighter restrictions, which come into force on Monday.",
        "2020-10-28",
        ["restrictions"],
        0,
        ("2020-11-02", "day"),
    ),
    (
        "The state government orders bars to close. The closure order goes into effect on Thursday.",
        "2020-07-13",
        ["close"],
        0,
        ("2020-07-16", "day"),
    ),
    (
        "Greece announces a ban on flights to the islands. The ban is to take effect on Tuesday.",
        "2020-11-05",
        ["ban"],
        0,
        ("2020-11-10", "day"),
    ),
    (  # negative: a past-tense report keeps the last such day
        "Gunmen attacked a police station on Saturday, killing four officers.",
        "2020-10-21",
        ["attacked"],
        0,
        ("2020-10-17", "day"),
    ),
    (  # negative: a present-tense report of a harm is not a start
        "Police arrest three opposition activists on Sunday in the capital.",
        "2020-10-21",
        ["arrest"],
        0,
        ("2020-10-18", "day"),
    ),
    (  # negative: a start of something that is no measure is left to the tense rules
        "Street protests begin on Monday in the capital and spread to three other cities.",
        "2020-10-21",
        ["protests"],
        0,
        ("2020-10-19", "day"),
    ),
    (  # negative: the start told in the past
        "The army imposes a curfew on the capital. The curfew came into force on Saturday.",
        "2020-10-21",
        ["curfew"],
        0,
        ("2020-10-17", "day"),
    ),
    (  # negative: the measure's start told in the past in its relative clause
        "The government extends its lockdown, which began on Monday, by another month.",
        "2020-04-02",
        ["lockdown"],
        0,
        ("2020-03-30", "day"),
    ),
]

PROSPECT_COPULAS: list[Case] = [
    (
        "The French president is to visit Beirut on Friday.",
        "2020-08-04",
        ["visit"],
        0,
        ("2020-08-07", "day"),
    ),
    (
        "The two foreign ministers are to meet in Moscow on Thursday.",
        "2020-09-07",
        ["meet"],
        0,
        ("2020-09-10", "day"),
    ),
    (  # negative: "was to" tells a plan of the past
        "The French president was to visit Beirut on Friday, but the trip was called off.",
        "2020-08-04",
        ["visit"],
        0,
        ("2020-07-31", "day"),
    ),
]

CLOCK_WORDS: list[Case] = [
    (
        "The prime minister announces the country is shutting down pubs and gyms effective midday Monday.",
        "2020-03-22",
        ["shutting"],
        0,
        ("2020-03-23", "day"),
    ),
    (  # negative: a past-tense report of a midday attack keeps the last such day
        "Gunmen attacked a market at midday on Monday, killing three traders.",
        "2020-03-25",
        ["attacked"],
        0,
        ("2020-03-23", "day"),
    ),
]

SPELLED_OUT: list[Case] = [
    (
        "The governor announces new restrictions limiting indoor dining for restaurants without an outdoor "
        "area and imposing a curfew between 10 p.m. and 5 a.m. for three weeks from Monday.",
        "2020-11-12",
        ["restrictions", "curfew"],
        1,
        ("2020-11-16", "day"),
    ),
    (
        "The mayor announces new restrictions banning indoor dining and imposing a curfew between 11 p.m. "
        "and 5 a.m. for two weeks from tomorrow.",
        "2020-10-22",
        ["restrictions", "curfew"],
        1,
        ("2020-10-23", "day"),
    ),
    (
        "The governor issues an order closing gyms and imposing a ban on gatherings from Monday.",
        "2020-11-12",
        ["order", "ban"],
        1,
        ("2020-11-16", "day"),
    ),
    (  # negative: the restrictions eased are in force already, the start is the easing's
        "The government announces an easing of lockdown restrictions from tomorrow.",
        "2020-05-10",
        ["easing", "restrictions"],
        1,
        ("2020-05-10", "unknown"),
    ),
    (  # negative: the restrictions eased keep their own past month
        "The government announces an easing of the lockdown restrictions imposed in March, from tomorrow.",
        "2020-05-10",
        ["easing", "restrictions"],
        1,
        ("2020-03-01", "month"),
    ),
]

OWN_STARTS: list[Case] = [
    (
        "The president announces a two-week lockdown of the capital on 27 March, beginning on 30 March.",
        "2020-03-28",
        ["lockdown"],
        0,
        ("2020-03-30", "day"),
    ),
    (
        "On Friday the governor orders a curfew across the province, starting on Monday.",
        "2020-11-14",
        ["curfew"],
        0,
        ("2020-11-16", "day"),
    ),
    (  # negative: the measure's own day, its start told a sentence later
        "The city council imposed a ban on rallies on Thursday. The ban will begin on Sunday.",
        "2020-11-14",
        ["ban"],
        0,
        ("2020-11-12", "day"),
    ),
]

RETOLD_VERBS: list[Case] = [
    (
        'The ousted president is freed by the military, a spokesman says. "He was freed this morning and has '
        'returned home," the spokesman adds.',
        "2020-08-27",
        ["freed"],
        0,
        ("2020-08-27", "day"),
    ),
    (
        "A prominent opposition blogger is arrested in Minsk. She was arrested on Sunday outside her home, "
        "her lawyer says.",
        "2020-09-09",
        ["arrested"],
        0,
        ("2020-09-06", "day"),
    ),
    (  # negative: new participants, another arrest
        "Police arrest 20 protesters in the capital. Another 15 were arrested on Sunday in the south.",
        "2020-09-09",
        ["arrest"],
        0,
        ("2020-09-09", "unknown"),
    ),
    (  # negative: a past perfect tells an earlier happening
        "The journalist is released from detention. He had been released on Monday once before.",
        "2020-09-09",
        ["released"],
        0,
        ("2020-09-09", "unknown"),
    ),
]


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize("case", PRESENT_STARTS)
def test_a_start_told_in_the_present_lies_ahead(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", PROSPECT_COPULAS)
def test_is_to_reads_the_day_forward(parse: Callable[..., Article], stage: DatesStage, case: Case) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", CLOCK_WORDS)
def test_midday_is_a_clock_word(parse: Callable[..., Article], stage: DatesStage, case: Case) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", SPELLED_OUT)
def test_a_measure_spelled_out_by_another_shares_its_start(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", RETOLD_VERBS)
def test_a_verb_told_again_gives_its_day(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", OWN_STARTS)
def test_a_start_in_its_own_sentence_wins_over_the_announcement_day(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]
