"""A holiday kept on a counted weekday of a month ("Thanksgiving", "Memorial Day", "Labor Day") is that day of
the one listed country its sentence names, else the item (dotterel/stages/date_weekday_holidays.py).

- "an unannounced Thanksgiving visit to troops" by the U.S. president is the fourth Thursday of November;
  Canada's Thanksgiving is the second Monday of October; "Memorial Day" the last Monday of May; with no year
  named the nearer occurrence, the next one in a future clause;
- negatives: no listed country named ("Thanksgiving prayers" in Afghanistan), a country that keeps no such
  day ("Labor Day" rallies in Manila), "Labor Party" (no holiday), a name followed by "weekend" or "holiday"
  (a period), no day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from dotterel.model import Article
from dotterel.stages.date_weekday_holidays import to_counted_weekday
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import date_of_case

# text, article date, trigger words, the event to check (index), expected (date, precision)
Case = tuple[str, str, list[str], int, tuple[str, str]]

WEEKDAY_HOLIDAYS: list[Case] = [
    (
        "U.S. President Donald Trump makes an unannounced Thanksgiving visit to troops at Bagram Airfield.",
        "2019-11-28",
        ["visit"],
        0,
        ("2019-11-28", "day"),
    ),
    (
        "Protesters block a freeway in Minneapolis on Thanksgiving Day, U.S. media report.",
        "2020-11-30",
        ["block"],
        0,
        ("2020-11-26", "day"),
    ),
    (
        "Two Canadian soldiers are wounded in a shooting at a base in Ontario on Thanksgiving.",
        "2019-10-16",
        ["wounded"],
        0,
        ("2019-10-14", "day"),
    ),
    (
        "Gunmen kill four people at a cookout in Chicago on Memorial Day, American police say.",
        "2020-05-27",
        ["kill"],
        0,
        ("2020-05-25", "day"),
    ),
    (
        "Thousands of union members march in Detroit on Labor Day as U.S. auto workers stay on strike.",
        "2019-09-03",
        ["march"],
        0,
        ("2019-09-02", "day"),
    ),
    # a future clause reads the next occurrence
    (
        "The United States says the new tariffs will take effect on Labor Day.",
        "2019-08-20",
        ["take effect"],
        0,
        ("2019-09-02", "day"),
    ),
    # negative: no country that keeps the day is named
    (
        "Afghan soldiers guard a church in Kabul during Thanksgiving prayers.",
        "2019-11-29",
        ["guard"],
        0,
        ("2019-11-29", "unknown"),
    ),
    # negative: a country that keeps no such "Labor Day" (the Philippines keeps May 1)
    (
        "Police in the Philippines detain 20 workers at a Labor Day rally in Manila.",
        "2019-05-02",
        ["detain"],
        0,
        ("2019-05-02", "unknown"),
    ),
    # negative: "Labor Party" names no holiday
    (
        "The Labor Party accuses the United States of meddling in Monday's vote.",
        "2019-09-05",
        ["accuses"],
        0,
        ("2019-09-05", "unknown"),
    ),
    # negative: a name followed by "weekend" or "holiday" is a period, not the day
    (
        "Shootings killed 12 people across the United States over the Memorial Day weekend.",
        "2020-05-27",
        ["killed"],
        0,
        ("2020-05-27", "unknown"),
    ),
    (
        "American officials expect millions to travel over the Thanksgiving holiday despite the pandemic.",
        "2020-11-24",
        ["travel"],
        0,
        ("2020-11-24", "unknown"),
    ),
]


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize("case", WEEKDAY_HOLIDAYS)
def test_a_weekday_holiday_is_the_named_countrys(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[-1]


@pytest.mark.parametrize(
    ("year", "month", "weekday", "n", "day"),
    [
        (2019, 11, "Thursday", 4, dt.date(2019, 11, 28)),
        (2020, 11, "Thursday", 4, dt.date(2020, 11, 26)),
        (2020, 5, "Monday", -1, dt.date(2020, 5, 25)),
        (2021, 5, "Monday", -1, dt.date(2021, 5, 31)),
        (2020, 10, "Monday", 2, dt.date(2020, 10, 12)),
        (2020, 9, "Monday", 1, dt.date(2020, 9, 7)),
    ],
)
def test_the_counted_weekday_of_a_month(year: int, month: int, weekday: str, n: int, day: dt.date) -> None:
    assert to_counted_weekday(year, month, weekday, n) == day  # type: ignore[arg-type]
