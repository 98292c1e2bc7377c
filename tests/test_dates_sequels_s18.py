"""Dates of session 18's seed-63 causes, learnt from sentences written for them.

- A later step of the day's news told in the present, with a day counted forward and no date named before
  it, counts from the article's day: "Customs officers discover cocaine … The director resigns over the
  scandal on the following day" is the day after the article's (date_told_sequels.py). The first act of a
  text and a verb in the past take no day counted from the article date.
- "earlier this week" counts back like "last week": said after a present verb, it is the time of a noun of
  the clause ("declares a state of emergency due to the dam failure earlier this week": the failure's), not
  of the day's act (``past_count_words``).
- A deed's year said after a present court verb is the deed's ("sentences … for the murder of a journalist
  in 2011"), as date_present_clash.py has it.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_date_at

# text, article date, trigger text, expected (date, precision) of the event at that trigger
Case = tuple[str, str, str, tuple[str, str]]

CASES: list[Case] = [
    (
        "Customs officers discover 500 kilograms of cocaine in a shipping container at Rotterdam. Port "
        "director Allard Castelein resigns over the scandal on the following day.",
        "2020-10-13",
        "resigns",
        ("2020-10-14", "day"),
    ),
    (
        "Police in Rotterdam discover 500 kilograms of cocaine. Mayor Ahmed Aboutaleb resigns the next day.",
        "2020-10-13",
        "resigns",
        ("2020-10-14", "day"),
    ),
    (
        "Mayor Ahmed Aboutaleb is arrested and resigns a day later.",
        "2020-10-13",
        "resigns",
        ("2020-10-14", "day"),
    ),
    (  # negative: the told act itself keeps the article's day
        "Mayor Ahmed Aboutaleb is arrested and resigns a day later.",
        "2020-10-13",
        "arrested",
        ("2020-10-13", "unknown"),
    ),
    (  # negative: a named day before it is the anchor, as before
        "Police in Rotterdam arrest two men on Friday. Mayor Ahmed Aboutaleb resigns the next day.",
        "2020-10-13",
        "resigns",
        ("2020-10-10", "day"),
    ),
    (  # negative: the first act of the text has no told act to count from
        "The interior minister resigns on the following day.",
        "2020-10-13",
        "resigns",
        ("2020-10-13", "unknown"),
    ),
    (  # negative: a verb in the past is background whose day is not named
        "Police in Rotterdam discover 500 kilograms of cocaine. Mayor Ahmed Aboutaleb resigned the next day.",
        "2020-10-13",
        "resigned",
        ("2020-10-13", "unknown"),
    ),
    (
        "Governor Andrew Cuomo declares a state of emergency due to the dam failure earlier this week.",
        "2020-10-13",
        "declares",
        ("2020-10-13", "unknown"),
    ),
    (
        "Police arrest two men after a shooting earlier this month in Lyon.",
        "2020-10-13",
        "arrest",
        ("2020-10-13", "unknown"),
    ),
    (  # negative: the happening named in the clause keeps it
        "Police arrest two men after a shooting earlier this month in Lyon.",
        "2020-10-13",
        "shooting",
        ("2020-10-01", "month"),
    ),
    (  # negative: said before the verb, it sets the time of the clause
        "Earlier this week, Governor Andrew Cuomo declares a state of emergency due to flooding.",
        "2020-10-13",
        "declares",
        ("2020-10-12", "week"),
    ),
    (  # negative: a verb in the past keeps it
        "Governor Andrew Cuomo declared a state of emergency earlier this week due to flooding.",
        "2020-10-13",
        "declared",
        ("2020-10-12", "week"),
    ),
    (
        "A court in Pakistan sentences four men to death for the murder of a journalist in 2011.",
        "2020-10-13",
        "sentences",
        ("2020-10-13", "unknown"),
    ),
    (  # negative: a past sentencing keeps its year
        "Four men were sentenced to death in 2011 for the murder of a journalist.",
        "2020-10-13",
        "sentenced",
        ("2011-01-01", "year"),
    ),
]


@pytest.mark.parametrize(("text", "date", "trigger", "expected"), CASES)
def test_sequels_and_counts_back(text: str, date: str, trigger: str, expected: tuple[str, str]) -> None:
    """A later step told in the present counts from the day's news; a count back is a noun's."""
    assert coded_date_at(text, date, trigger) == expected
