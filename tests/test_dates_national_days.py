"""A national day told by a name many countries share ("Independence Day", "National Day", "Republic Day") is
the day of the one listed country its sentence names, else the item (dotterel/stages/date_national_days.py).

- "detain dozens … in Kazakhstan during Independence Day" is 16 December; a country named by its adjective
  ("Mexican troops"), its capital ("in Warsaw"), its possessive ("China's National Day") or in another
  sentence of the item counts; a future clause reads the next occurrence;
- negatives: with no country named ("Independence Day celebrations were cancelled"), two countries with the
  name in the sentence, a country named only inside parentheses (a source), "Latin American" (no country),
  and a name followed by "weekend" (a period), no day; a fixed holiday with its country keeps its day.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dotterel.knowledge.actor_book import load_actor_book
from dotterel.model import Article
from dotterel.stages.date_national_days import CountryNamings, find_named_countries
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import date_of_case

# text, article date, trigger words, the event to check (index), expected (date, precision)
Case = tuple[str, str, list[str], int, tuple[str, str]]

NATIONAL_DAYS: list[Case] = [
    (
        "Police in Kazakhstan detain dozens of opposition activists during Independence Day rallies.",
        "2019-12-17",
        ["detain"],
        0,
        ("2019-12-16", "day"),
    ),
    (
        "Nationalists clash with riot police in Warsaw on Independence Day.",
        "2020-11-12",
        ["clash"],
        0,
        ("2020-11-11", "day"),
    ),
    (
        "Mexican troops parade through the capital on Independence Day.",
        "2019-09-17",
        ["parade"],
        0,
        ("2019-09-16", "day"),
    ),
    (
        "Protesters clash with police across Hong Kong on China's National Day.",
        "2019-10-02",
        ["clash"],
        0,
        ("2019-10-01", "day"),
    ),
    (
        "Thousands protest against the citizenship law in India on Republic Day.",
        "2020-01-27",
        ["protest"],
        0,
        ("2020-01-26", "day"),
    ),
    # the country named in another sentence of the item
    (
        "Thousands march through the capital on Independence Day. The Polish government had banned the "
        "march.",
        "2020-11-12",
        ["march"],
        0,
        ("2020-11-11", "day"),
    ),
    # a future clause reads the next occurrence, not the nearer past one
    (
        "Kazakhstan's interior ministry says police will ban opposition rallies on Independence Day.",
        "2020-03-01",
        ["ban"],
        0,
        ("2020-12-16", "day"),
    ),
    # negative: no country named, no day
    (
        "Independence Day celebrations were cancelled after a bomb threat.",
        "2020-07-05",
        ["cancelled"],
        0,
        ("2020-07-05", "unknown"),
    ),
    # negative: two countries with the name in the sentence
    (
        "Mexican and American veterans rally at the border on Independence Day.",
        "2019-09-17",
        ["rally"],
        0,
        ("2019-09-17", "unknown"),
    ),
    # negative: a country named only in a source in parentheses
    (
        "Veterans rally in the capital on Independence Day. (The Washington Post)",
        "2019-07-05",
        ["rally"],
        0,
        ("2019-07-05", "unknown"),
    ),
    # negative: "Latin American" names no country
    (
        "Latin American activists rally in the capital on Independence Day.",
        "2019-07-05",
        ["rally"],
        0,
        ("2019-07-05", "unknown"),
    ),
    # negative: a weekend named after the day is a period, not the day
    (
        "Shootings killed 14 people across the United States during a violent Independence Day weekend.",
        "2020-07-06",
        ["killed"],
        0,
        ("2020-07-06", "unknown"),
    ),
    # a fixed holiday with its country keeps its own day, whatever other country the sentence names
    (
        "Greek jets escort the prime minister near Turkey's coast on Greek Independence Day.",
        "2019-03-26",
        ["escort"],
        0,
        ("2019-03-25", "day"),
    ),
]


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize("case", NATIONAL_DAYS)
def test_a_national_day_is_the_named_countrys(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[-1]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("clashes in Hong Kong on National Day of the People's Republic of China", {"CHN"}),
        ("fighting along the border of South Sudan and Sudan", {"SSD", "SDN"}),
        ("a rally in Papua New Guinea", {"PNG"}),
        ("police in Warsaw (The Washington Post)", {"POL"}),
        ("Latin American leaders", set()),
    ],
)
def test_the_countries_a_text_names(text: str, named: set[str]) -> None:
    codes = frozenset({"CHN", "TWN", "SSD", "SDN", "PNG", "POL", "USA"})
    blind = ("Latin American",)
    assert find_named_countries(text, codes, CountryNamings(load_actor_book()), blind) == named


# Movable feasts counted from Easter Sunday (dotterel/stages/date_feasts.py): the nearer occurrence, the next
# one in a future clause; "Easter Sunday" a fortnight after Easter is that Easter, not the last Sunday.
FEASTS: list[Case] = [
    (
        "Tornadoes killed 30 people across the South on Easter Sunday, officials say.",
        "2020-04-30",
        ["killed"],
        0,
        ("2020-04-12", "day"),
    ),
    (
        "Police detain worshippers outside a church in the capital on Good Friday.",
        "2019-04-20",
        ["detain"],
        0,
        ("2019-04-19", "day"),
    ),
    (
        "Pilgrims clash with police in Jerusalem on Orthodox Easter.",
        "2019-04-29",
        ["clash"],
        0,
        ("2019-04-28", "day"),
    ),
    (
        "The government says churches will reopen on Easter Sunday.",
        "2020-12-20",
        ["reopen"],
        0,
        ("2021-04-04", "day"),
    ),
    # negative: "Easter" alone is a name ("the Easter holidays"), no day
    (
        "Schools will remain closed until the end of the Easter holidays.",
        "2020-03-12",
        ["closed"],
        0,
        ("2020-03-12", "unknown"),
    ),
]


@pytest.mark.parametrize("case", FEASTS)
def test_a_movable_feast_is_counted_from_easter(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[-1]
