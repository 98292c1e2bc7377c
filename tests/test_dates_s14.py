"""Date rules of session 9, round 3: a measure's start told next to a clock time, or in the clauses that
spell the measure out.

"take effect at 12:01 a.m. local time tomorrow": a clock time with its zone ("local time", "EST") and a day
after it starts on that day, not on the article's. "a curfew between 10 p.m. and 6 a.m. local time that will
take effect tomorrow": a relative clause the parser hangs on the clock time tells the curfew's start.
"announces a ban on gatherings, shutting down bars and banning church services nationwide tomorrow": the
participles that list what a measure does give it their day. Negatives: a clock time with no day after it
(the article's day), "at a time when …" (no clock), a participle list that is no measure ("imposes a curfew,
arresting 20 people on Sunday"). "… announce new restrictions. The new measures include closing gyms … The
minister says the measures will take effect on Saturday": the start told after a sentence of the measure's
parts reaches the measure announced before them too.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.model import Article
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import date_of_case

# text, article date, trigger words, the event to check (index), expected (date, precision)
Case = tuple[str, str, list[str], int, tuple[str, str]]

CLOCK_DAYS: list[Case] = [
    (
        "The province announces new restrictions on bars. The orders take effect at 12:01 a.m. local time "
        "tomorrow.",
        "2020-09-25",
        ["restrictions"],
        0,
        ("2020-09-26", "day"),
    ),
    (
        "The state orders gyms to close, effective at 5 p.m. local time on Friday.",
        "2020-11-18",
        ["close"],
        0,
        ("2020-11-20", "day"),
    ),
    (
        "The governor imposes a curfew on the city effective at 10 p.m. EST tomorrow.",
        "2020-06-01",
        ["curfew"],
        0,
        ("2020-06-02", "day"),
    ),
    (  # negative: no day after the clock time, the article's day
        "The government imposes a lockdown on the capital, effective at 11:59 p.m. local time.",
        "2020-04-03",
        ["lockdown"],
        0,
        ("2020-04-03", "day"),
    ),
]

CLOCK_CLAUSES: list[Case] = [
    (
        "The regional government orders a curfew between 10 p.m. and 6 a.m. local time that will take effect "
        "tomorrow.",
        "2020-10-23",
        ["curfew"],
        0,
        ("2020-10-24", "day"),
    ),
    (
        "Authorities announce a ban on alcohol sales after 9 p.m. local time which will come into force on "
        "Monday.",
        "2020-11-04",
        ["ban"],
        0,
        ("2020-11-09", "day"),
    ),
    (
        "Officials in the province declare a curfew between 11 p.m. and 5 a.m. local time that will begin on "
        "Saturday.",
        "2020-07-10",
        ["curfew"],
        0,
        ("2020-07-11", "day"),
    ),
    (  # negative: "a time when …" is no clock time
        "The minister defends the lockdown at a time when hospitals expect more patients tomorrow.",
        "2020-10-23",
        ["lockdown"],
        0,
        ("2020-10-23", "unknown"),
    ),
]

PACKAGES: list[Case] = [
    (
        "The government announces a ban on large gatherings, shutting down nightclubs, banning church "
        "services and removing fans from stadiums nationwide tomorrow.",
        "2020-08-22",
        ["ban", "banning"],
        0,
        ("2020-08-23", "day"),
    ),
    (
        "The city council orders a lockdown, closing schools and suspending bus services from Monday.",
        "2020-11-04",
        ["lockdown", "closing"],
        0,
        ("2020-11-09", "day"),
    ),
    (  # negative: the participle is no measure, another act with a day of its own
        "Police impose a curfew, arresting 20 people on Sunday.",
        "2020-06-03",
        ["curfew", "arresting"],
        0,
        ("2020-06-03", "unknown"),
    ),
    (  # negative: no comma, the participle is the noun's content
        "The minister announces a ban on flights from Spain tomorrow.",
        "2020-07-25",
        ["ban"],
        0,
        ("2020-07-26", "day"),
    ),
]

PARTS_BETWEEN: list[Case] = [
    (
        "The government announces new restrictions on public life. The new measures include closing gyms and "
        "banning gatherings of more than ten people. The health minister says the measures will take effect "
        "on Saturday.",
        "2020-10-13",
        ["restrictions", "closing", "banning"],
        0,
        ("2020-10-17", "day"),
    ),
    (
        "The state announces a lockdown of the capital. These measures include suspending trains and closing "
        "schools. Officials say the rules will come into force tomorrow.",
        "2020-10-13",
        ["lockdown", "suspending", "closing"],
        0,
        ("2020-10-14", "day"),
    ),
    (  # negative: the sentence between tells a measure of its own, not parts of the first
        "The government imposes a curfew on the capital. Police also close the border with Chad. The "
        "measures will take effect tomorrow.",
        "2020-10-13",
        ["curfew", "close"],
        0,
        ("2020-10-13", "unknown"),
    ),
]


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize("case", CLOCK_DAYS)
def test_a_clock_time_with_its_zone_keeps_its_day(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", CLOCK_CLAUSES)
def test_a_relative_clause_hung_on_a_clock_time_dates_the_measure(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", PACKAGES)
def test_the_participles_that_spell_a_measure_out_give_it_their_day(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", PARTS_BETWEEN)
def test_a_later_start_reaches_the_measure_whose_parts_are_told_between(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]
