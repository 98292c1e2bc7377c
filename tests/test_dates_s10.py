"""Date rules of session 8, round 2: a point of comparison dates nothing; a standing's start dates its holder.

"the highest number of new cases since March 8", "their first attack since 2013", "the deadliest bombing in
the city since January", "for the first time since 2015": a date after "since" that follows a superlative or
a word of rank of the same phrase is what the thing is compared with, not the time of an event; the event
gets the article date at precision ``unknown``. Not a "since" phrase with a verb between it and the
superlative ("Most shops have been closed since Monday", "The largest party has governed … since 2015"), nor
one after a clause's comma, nor a plain "since" start ("killed in clashes since Thursday").

"The president, in power since 1994, resigns", "Ahmed Saeed, a political prisoner since 2014, is released":
a "since" phrase hanging on a subject, object or apposition noun tells how long that person has been what
they are; it dates that noun's phrase, not the clause's event. Not a "since" phrase of the verb ("has
boycotted parliament since 2015", "have detained 300 people since Thursday"), nor an event noun's own
("Protests since July have drawn thousands").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.model import Article
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import date_of, with_events

# text, article date, trigger words, the event to check (index), expected (date, precision)
Case = tuple[str, str, list[str], int, tuple[str, str]]

COMPARISONS: list[Case] = [
    (
        "Health officials report the highest number of new infections since April 2, as the mayor warns of a "
        "second wave in the capital.",
        "2020-06-12",
        ["warns"],
        0,
        ("2020-06-12", "unknown"),
    ),
    (
        "Rebels launch their first attack since 2016 on an army post near the border.",
        "2020-06-12",
        ["attack"],
        0,
        ("2020-06-12", "unknown"),
    ),
    (
        "Tens of thousands of people join the largest rally in the city since 1998.",
        "2020-06-12",
        ["rally"],
        0,
        ("2020-06-12", "unknown"),
    ),
    (
        "At least 25 people are killed in the deadliest bombing in the province since January.",
        "2020-06-12",
        ["killed"],
        0,
        ("2020-06-12", "unknown"),
    ),
    (
        "Riot police and protesters fight the worst clashes in the capital since Sunday.",
        "2020-06-12",
        ["clashes"],
        0,
        ("2020-06-12", "unknown"),
    ),
    (
        "Opposition supporters march through the capital for the first time since last October.",
        "2020-06-12",
        ["march"],
        0,
        ("2020-06-12", "unknown"),
    ),
    (
        "The central bank cuts interest rates to their lowest level since 2009.",
        "2020-06-12",
        ["cuts"],
        0,
        ("2020-06-12", "unknown"),
    ),
    # negatives: a verb or a clause's comma between the rank and "since", or no rank: a start as before
    (
        "Most shops in the city have been closed since Monday.",
        "2020-06-12",
        ["closed"],
        0,
        ("2020-06-08", "day"),
    ),
    (
        "The largest opposition party has boycotted parliament since 2015.",
        "2020-06-12",
        ["boycotted"],
        0,
        ("2015-01-01", "year"),
    ),
    (
        "At least 40 people have been killed in clashes between herders and farmers since Thursday.",
        "2020-06-12",
        ["killed"],
        0,
        ("2020-06-11", "day"),
    ),
    (
        "The first suspect, detained since Tuesday, is charged with murder.",
        "2020-06-12",
        ["detained"],
        0,
        ("2020-06-09", "day"),
    ),
    (
        "Workers at the biggest car plant in the country have been on strike since May 4.",
        "2020-06-12",
        ["strike"],
        0,
        ("2020-05-04", "day"),
    ),
]

STANDINGS: list[Case] = [
    (
        "The president, in power since 1999, resigns after weeks of mass protests.",
        "2020-06-12",
        ["resigns"],
        0,
        ("2020-06-12", "unknown"),
    ),
    (
        "Omar Hassan, a political prisoner since 2013, is released from jail in the capital.",
        "2020-06-12",
        ["released"],
        0,
        ("2020-06-12", "unknown"),
    ),
    (
        "Police arrest the gang's leader, a fugitive since 2016, in the port city.",
        "2020-06-12",
        ["arrest"],
        0,
        ("2020-06-12", "unknown"),
    ),
    (
        "The interior minister, the party's chairman since 2018, steps down.",
        "2020-06-12",
        ["steps"],
        0,
        ("2020-06-12", "unknown"),
    ),
    # negatives: the "since" phrase is the verb's, or the noun it hangs on is the event
    (
        "The largest opposition party has boycotted parliament since 2015.",
        "2020-06-12",
        ["boycotted"],
        0,
        ("2015-01-01", "year"),
    ),
    (
        "Police have detained 300 people since Thursday.",
        "2020-06-12",
        ["detained"],
        0,
        ("2020-06-11", "day"),
    ),
    (
        "Protests since July have drawn thousands of students.",
        "2020-07-12",
        ["Protests"],
        0,
        ("2020-07-01", "month"),
    ),
    (
        "Rebels have besieged the city since March.",
        "2020-06-12",
        ["besieged"],
        0,
        ("2020-03-01", "month"),
    ),
]


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize("case", COMPARISONS)
def test_a_point_of_comparison_dates_no_event(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    text, article_date, triggers, index, expected = case
    assert date_of(stage, with_events(parse(text, date=article_date), triggers), index) == expected


@pytest.mark.parametrize("case", STANDINGS)
def test_a_standings_start_dates_its_holder_only(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    text, article_date, triggers, index, expected = case
    assert date_of(stage, with_events(parse(text, date=article_date), triggers), index) == expected
