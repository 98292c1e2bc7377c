"""Date rules of session 21: weekend words, and past participles set on a noun.

- "last weekend", "over the weekend", "this weekend", "next weekend": the weekend named from the article date
  (never the clock), at precision ``week``, stored as the Monday of the weekend's week; "last weekend" in a
  Saturday or Sunday article is the weekend before; "this weekend" in a future clause is the coming one; not
  "the weekend of 24-25 August" (a day given), "an opening weekend", "on weekends";
- "Fancy Bear, the hacker group accused of interfering …, had attempted, earlier this year, to hack …",
  "X, detained in Iran, is released on Monday": a past participle set on a named doer says who is meant; it
  takes no date from the clause around it, only one of its own ("journalists detained on Sunday"); not a
  participle on a thing ("if Friday brings a new offer accepted by the board").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from dotterel.model import Article
from dotterel.stages.dates import DateFinder, DatesStage, load_date_words
from tests.stage_helpers import date_of_case

# expression (in a sentence), article date (its weekday), expected (date, precision) or None
WEEKEND_EXPRESSIONS = [
    ("They met last weekend.", "2019-08-30", ("2019-08-19", "week")),  # a Friday: the 24-25 August weekend
    ("They met last weekend.", "2019-09-02", ("2019-08-26", "week")),  # a Monday: the weekend just over
    ("They met last weekend.", "2019-08-31", ("2019-08-19", "week")),  # a Saturday: the weekend before
    ("They met this past weekend.", "2019-09-03", ("2019-08-26", "week")),
    ("They met over the weekend.", "2019-09-02", ("2019-08-26", "week")),
    ("They met over the weekend.", "2019-09-01", ("2019-08-26", "week")),  # a Sunday: its own weekend
    ("They met at the weekend.", "2019-09-04", ("2019-08-26", "week")),
    ("They meet next weekend.", "2019-08-28", ("2019-08-26", "week")),  # a Wednesday: the coming weekend
    ("They meet next weekend.", "2019-08-31", ("2019-09-02", "week")),  # a Saturday: the one after
    ("They met over the weekend of 24-25 August.", "2019-09-02", ("2019-08-24", "day")),
    ("The film had the biggest opening weekend in history.", "2019-09-02", None),
    ("Shops will close on weekends.", "2019-09-02", None),
    ("The Weekend Australian reported it.", "2019-09-02", None),
]


@pytest.fixture(scope="module")
def finder() -> DateFinder:
    """The date finder over the packaged words."""
    return DateFinder(load_date_words())


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize(("text", "article_date", "expected"), WEEKEND_EXPRESSIONS)
def test_a_weekend_word_names_the_weekend_from_the_article_date(
    finder: DateFinder, text: str, article_date: str, expected: tuple[str, str] | None
) -> None:
    mentions = finder.find(text, dt.date.fromisoformat(article_date))
    assert [(m.date.isoformat(), m.precision) for m in mentions] == ([expected] if expected else [])


# text, article date, trigger words, the event to check (index), expected (date, precision)
Case = tuple[str, str, list[str | tuple[str, int]], int, tuple[str, str]]

WEEKEND_EVENTS: list[Case] = [
    (
        "Aides admit that the president made up a phone call from China last weekend.",
        "2019-08-30",
        ["call"],
        0,
        ("2019-08-19", "week"),
    ),
    (
        "Twelve soldiers were killed in an attack by militants in Ituri Province over the weekend.",
        "2020-05-04",
        ["killed"],
        0,
        ("2020-04-27", "week"),
    ),
    (
        "Opposition supporters will march in Moscow this weekend.",
        "2019-08-28",
        ["march"],
        0,
        ("2019-08-26", "week"),
    ),
    ("Police usually patrol the city at weekends.", "2019-08-28", ["patrol"], 0, ("2019-08-28", "unknown")),
]

NOUN_PARTICIPLES: list[Case] = [
    (
        "Microsoft says that Fancy Bear, the Russian hacker group accused of interfering in the 2016 "
        "election, had attempted, earlier this year, to hack the email accounts of campaign staff.",
        "2020-09-10",
        ["accused"],
        0,
        ("2020-09-10", "unknown"),
    ),
    (
        "Abdullah, accused of helping to plan the 1998 embassy bombings, was killed in Iran in August.",
        "2020-11-13",
        ["accused", "killed"],
        0,
        ("2020-11-13", "unknown"),
    ),
    (
        "Abdullah, accused of helping to plan the 1998 embassy bombings, was killed in Iran in August.",
        "2020-11-13",
        ["accused", "killed"],
        1,
        ("2020-08-01", "month"),
    ),
    (
        "Nazanin Zaghari-Ratcliffe, detained in Iran, was released on Monday.",
        "2020-11-13",
        ["detained"],
        0,
        ("2020-11-13", "unknown"),
    ),
    (
        "Unions will call off the strike if Friday brings a new offer accepted by the board.",
        "2020-03-10",
        ["accepted"],
        0,
        ("2020-03-13", "day"),
    ),
    (
        "Two journalists detained on Sunday were released on Monday.",
        "2020-11-13",
        ["detained"],
        0,
        ("2020-11-08", "day"),
    ),
    (
        "Two journalists were detained in Iran on Monday.",
        "2020-11-13",
        ["detained"],
        0,
        ("2020-11-09", "day"),
    ),
]


@pytest.mark.parametrize("case", WEEKEND_EVENTS)
def test_an_event_takes_the_weekend_its_clause_names(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]


@pytest.mark.parametrize("case", NOUN_PARTICIPLES)
def test_a_participle_on_a_noun_takes_no_date_from_the_clause_around_it(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[4]
