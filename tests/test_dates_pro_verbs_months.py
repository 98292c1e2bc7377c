"""Date rules of session 14 (second wave): a pro-verb's clause and a month before an event noun.

- A relative clause whose verb stands for an act told before it ("following Djibouti in expelling Somali
  envoys, which the latter did three days prior") dates that act, the clause's time counted back from the
  article date; the main clause's act keeps the article date;
- a bare month name right after a determiner or possessive, before an event noun ("a February summit in
  Vietnam", "the November talks", "the December bombing") dates the noun at month precision: the most
  recent such month, the article's own month included (a December in a March article is last year's);
- negatives: the other acts of the sentence keep their dates; "do" with an object of its own ("which did
  little to stop the looting") stands for no act; a month with a year is the finder's, with its own year; a
  month name after a first name ("Theresa May talks …") is a person; an abbreviation ("the Dec talks") is
  not read.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.model import Article
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import date_of_case

# text, article date, trigger words, the event to check (index), expected (date, precision)
Case = tuple[str, str, list[str | tuple[str, int]], int, tuple[str, str]]

EXPELLING = (
    "Kenya expels two Somali diplomats, following Djibouti in expelling Somali envoys, which the latter did "
    "three days prior."
)
AIRSPACE = (
    "Oman opens its airspace to Israeli airlines, following Egypt in opening its airspace to such flights, "
    "which Cairo did two days earlier."
)
SUMMIT = (
    "North Korean and U.S. negotiators meet in Stockholm for the first time since a February summit in "
    "Vietnam ended without a deal."
)

PRO_VERB_AND_MONTH_DATES: list[Case] = [
    (EXPELLING, "2020-09-03", ["expels", "expelling"], 1, ("2020-08-31", "day")),
    (EXPELLING, "2020-09-03", ["expels", "expelling"], 0, ("2020-09-03", "unknown")),
    (AIRSPACE, "2020-09-03", ["opens", "opening"], 1, ("2020-09-01", "day")),
    (AIRSPACE, "2020-09-03", ["opens", "opening"], 0, ("2020-09-03", "unknown")),
    (
        "The interior minister resigns over the riots, which the police did little to stop two days earlier.",
        "2020-06-12",
        ["resigns"],
        0,
        ("2020-06-12", "unknown"),
    ),
    (SUMMIT, "2019-10-05", ["meet", "summit"], 1, ("2019-02-01", "month")),
    (SUMMIT, "2019-10-05", ["meet", "summit"], 0, ("2019-10-05", "unknown")),
    (
        "Officials say the November talks in Geneva failed to produce an agreement.",
        "2019-12-10",
        ["talks"],
        0,
        ("2019-11-01", "month"),
    ),
    (
        "Prosecutors charge two men over the December bombing of a cathedral in Jolo.",
        "2020-03-05",
        ["charge", "bombing"],
        1,
        ("2019-12-01", "month"),
    ),
    (
        "Prosecutors charge two men over the December bombing of a cathedral in Jolo.",
        "2020-03-05",
        ["charge", "bombing"],
        0,
        ("2020-03-05", "unknown"),
    ),
    (
        "Prosecutors charge two men over the December 2018 bombing of a cathedral in Jolo.",
        "2020-03-05",
        ["charge", "bombing"],
        1,
        ("2018-12-01", "month"),
    ),
    (
        "Theresa May talks with European leaders in Brussels.",
        "2019-03-20",
        ["talks"],
        0,
        ("2019-03-20", "unknown"),
    ),
    (
        "Officials say the Dec talks in Geneva failed to produce an agreement.",
        "2019-12-10",
        ["talks"],
        0,
        ("2019-12-10", "unknown"),
    ),
]


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize("case", PRO_VERB_AND_MONTH_DATES)
def test_pro_verb_clause_and_month_modifier_date_their_act(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]
