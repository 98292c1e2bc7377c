"""Date rules of session 14: one happening's date words are not given to another of its sentence.

- A day's act told in the simple present takes no date of the past counted back from today said after it
  ("blames the U.S. withdrawal from the nuclear deal last year": the withdrawal's year, the blaming is the
  day's act, the article date at precision ``unknown``); nor does its subject ("The arrests follow the
  deportation of two reporters yesterday"), nor one in the present progressive ("is investigating a possible
  link … to a shootout yesterday");
- "X follows Y": an event in Y takes no date from the clause, which is X's ("The mass pardons this week
  follow … the release of detainees");
- negatives: a past verb, the past progressive, a present passive ("are arrested yesterday"), a date said
  before the verb ("Yesterday, police arrest …"), a weekday or a stated day keep the date; the noun the date
  follows keeps it ("condemns the arrest of journalists two days ago": the arrest's day); the subject of
  "follow" keeps its week, and an object with a date of its own keeps that.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.model import Article
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import date_of_case

# text, article date, trigger words, the event to check (index), expected (date, precision)
Case = tuple[str, str, list[str | tuple[str, int]], int, tuple[str, str]]

OTHER_EVENTS_DATES: list[Case] = [
    (
        "Iran's president blames the U.S. withdrawal from the nuclear deal last year for the crisis.",
        "2019-11-21",
        ["blames"],
        0,
        ("2019-11-21", "unknown"),
    ),
    (
        "The rebels deny the charge and blame the army for the shelling of villages during the past week.",
        "2020-06-21",
        ["blame"],
        0,
        ("2020-06-21", "unknown"),
    ),
    (
        "The opposition leader condemns the arrest of three journalists two days ago.",
        "2020-03-12",
        ["condemns", "arrest"],
        0,
        ("2020-03-12", "unknown"),
    ),
    (
        "Four reporters are detained in the capital. The arrests follow the deportation of two foreign "
        "reporters yesterday.",
        "2019-01-31",
        ["arrests"],
        0,
        ("2019-01-31", "unknown"),
    ),
    (
        "The mass pardons this week follow an offer of talks with the protesters and the release of "
        "detainees arrested at demonstrations.",
        "2020-02-06",
        ["pardons", "release"],
        1,
        ("2020-02-06", "unknown"),
    ),
    (
        "The FBI is investigating a possible link between the killing of an officer and a shootout in the "
        "mountains yesterday.",
        "2020-06-07",
        ["investigating"],
        0,
        ("2020-06-07", "unknown"),
    ),
    # negatives: the date stays
    (
        "Police were searching the mountains for the gunman yesterday.",
        "2020-06-07",
        ["searching"],
        0,
        ("2020-06-06", "day"),
    ),
    (
        "The opposition leader condemns the arrest of three journalists two days ago.",
        "2020-03-12",
        ["condemns", "arrest"],
        1,
        ("2020-03-10", "day"),
    ),
    (
        "Police arrested 20 protesters in the capital yesterday.",
        "2020-03-12",
        ["arrested"],
        0,
        ("2020-03-11", "day"),
    ),
    (
        "Yesterday, police arrest 20 protesters in the capital.",
        "2020-03-12",
        ["arrest"],
        0,
        ("2020-03-11", "day"),
    ),
    (
        "Twenty protesters are arrested in the capital yesterday.",
        "2020-03-12",
        ["arrested"],
        0,
        ("2020-03-11", "day"),
    ),
    (
        "The prime minister meets the French president in Paris on Monday.",
        "2020-03-10",
        ["meets"],
        0,
        ("2020-03-09", "day"),
    ),
    (
        "The mass pardons this week follow an offer of talks with the protesters and the release of "
        "detainees arrested at demonstrations.",
        "2020-02-06",
        ["pardons", "release"],
        0,
        ("2020-02-03", "week"),
    ),
    (
        "The general strike follows the collapse of the wage talks on Monday.",
        "2020-03-12",
        ["strike", "collapse"],
        1,
        ("2020-03-09", "day"),
    ),
]


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize("case", OTHER_EVENTS_DATES)
def test_one_happenings_date_is_not_anothers(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]
