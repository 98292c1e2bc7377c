"""Session-6 date rules: a measure's end is not its day, a start told by "It" in the next sentence, fixed-day
holidays, days of a prospect ("expected to start Thursday"), and a day inside a coarser date.

- "a curfew … until September 28", "extends the mask mandate to October 2", "until at least June 30": the
  measure (and its extension) takes the start the text states, else the article date at precision
  ``unknown``; the end of something else ("fighting raged until Sunday") still dates it;
- "… issues a stay-at-home advisory that asks … It is scheduled to take effect … on November 16": a pronoun
  subject of a start verb refers to the measure of the sentence before (not "They begin talks on …");
- "on International Women's Day", "on Halloween", "on Ukraine's Independence Day" (day precision); an
  "Independence Day" with no country gives no day;
- "talks …, expected to start Thursday", "are due to begin on Monday": read forward, and a participle set off
  by a comma tells the time of the noun before it; "were expected to start on Monday" is not read forward;
- "attacks from last week to last night": the range's one stated day, its last;
- "Police arrest twelve protesters. Monday's arrests drew criticism": a later definite or possessive mention
  of the same happening, in the next two sentences, gives its day;
- a day an event is moved to is read no earlier than the nearer of its last and next occurrence
  ("postponed the vote to March 3", told in the past on February 20: this March 3);
- "on the same day (12 April) this year": the day, not the year that places it.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

import pytest

from dotterel.errors import KnowledgeError
from dotterel.model import Article
from dotterel.stages.date_expressions import PACKAGED_DATE_WORDS, load_date_words
from dotterel.stages.dates import DatesStage
from tests.stage_helpers import date_of_case

# text, article date, trigger words, the event to check (index), expected (date, precision)
Case = tuple[str, str, list[str], int, tuple[str, str]]

MEASURE_ENDS: list[Case] = [
    (
        "The governor extends the state's curfew until October 15.",
        "2020-09-30",
        ["curfew"],
        0,
        ("2020-09-30", "unknown"),
    ),
    (
        "Health officials extend the lockdown of the capital to May 3.",
        "2020-04-14",
        ["lockdown"],
        0,
        ("2020-04-14", "unknown"),
    ),
    (
        "The prime minister extends the nationwide lockdown to June 8.",
        "2020-05-20",
        ["extends"],
        0,
        ("2020-05-20", "unknown"),
    ),
    (
        "The government bans all public gatherings until at least July 31.",
        "2020-06-10",
        ["bans"],
        0,
        ("2020-06-10", "unknown"),
    ),
    (
        "The city imposes a curfew from Friday until March 28.",
        "2020-03-16",
        ["curfew"],
        0,
        ("2020-03-20", "day"),
    ),
    (
        "The province extends its lockdown for another two weeks. The current lockdown is due to end on "
        "Sunday.",
        "2020-11-26",
        ["lockdown"],
        0,
        ("2020-11-26", "unknown"),
    ),
    (
        "The government agrees to a new lockdown, which means that shops will be closed from the end of "
        "trading on Christmas Eve.",
        "2020-12-17",
        ["closed"],
        0,
        ("2020-12-24", "day"),
    ),
    # negatives: the end of a happening still dates it; "to" after a verb that moves an event gives its day
    (
        "The two militias fought in the streets of the old town until Sunday.",
        "2020-03-17",
        ["fought"],
        0,
        ("2020-03-15", "day"),
    ),
    (
        "The talks between the two delegations ended on Sunday without an agreement.",
        "2020-11-26",
        ["talks"],
        0,
        ("2020-11-22", "day"),
    ),
    (
        "The election commission postponed the vote to March 3.",
        "2020-02-20",
        ["vote"],
        0,
        ("2020-03-03", "day"),
    ),
    (
        "The election commission postpones the vote to March 3.",
        "2020-02-20",
        ["vote"],
        0,
        ("2020-03-03", "day"),
    ),
]

FOLLOW_ON: list[Case] = [
    (
        "The mayor issues a new stay-at-home advisory that asks residents to leave home only for work. It is "
        "scheduled to take effect on November 20.",
        "2020-11-16",
        ["asks"],
        0,
        ("2020-11-20", "day"),
    ),
    (
        "The regional government announces a curfew for the capital. It will take effect on Saturday.",
        "2020-10-21",
        ["curfew"],
        0,
        ("2020-10-24", "day"),
    ),
    # negative: a pronoun subject with an object of its own is not the measure
    (
        "The regional government announces a curfew for the capital. They begin talks with the opposition on "
        "Saturday.",
        "2020-10-21",
        ["curfew"],
        0,
        ("2020-10-21", "unknown"),
    ),
]

HOLIDAYS: list[Case] = [
    (
        "Thousands of women march in Santiago on International Women's Day.",
        "2020-03-09",
        ["march"],
        0,
        ("2020-03-08", "day"),
    ),
    (
        "Gunmen attack a nightclub in the port city on Halloween.",
        "2019-11-01",
        ["attack"],
        0,
        ("2019-10-31", "day"),
    ),
    (
        "Veterans rally in Kyiv on Ukraine's Independence Day.",
        "2019-08-24",
        ["rally"],
        0,
        ("2019-08-24", "day"),
    ),
    (
        "Riot police detain dozens of demonstrators on Valentine's Day.",
        "2020-02-15",
        ["detain"],
        0,
        ("2020-02-14", "day"),
    ),
    # negative: "Independence Day" differs by country; with none named, no day
    (
        "Veterans rally in the capital on Independence Day.",
        "2019-07-05",
        ["rally"],
        0,
        ("2019-07-05", "unknown"),
    ),
]

PROSPECTS: list[Case] = [
    (
        "The president arrives in Hanoi for a summit with the Vietnamese leader, expected to start Thursday.",
        "2019-02-26",
        ["summit"],
        0,
        ("2019-02-28", "day"),
    ),
    (
        "The peace talks between the government and the Taliban are due to begin on Monday in Doha.",
        "2020-03-04",
        ["talks"],
        0,
        ("2020-03-09", "day"),
    ),
    (
        "The opposition boycotts a national dialogue in the capital, scheduled to start this Thursday.",
        "2019-12-18",
        ["dialogue"],
        0,
        ("2019-12-19", "day"),
    ),
    # negatives: told in the past, the day is the last one; a plain past verb keeps its past day
    (
        "The peace talks were due to begin on Monday in Doha.",
        "2020-03-04",
        ["talks"],
        0,
        ("2020-03-02", "day"),
    ),
    (
        "The peace talks between the government and the Taliban began on Monday in Doha.",
        "2020-03-04",
        ["talks"],
        0,
        ("2020-03-02", "day"),
    ),
]

RANGES: list[Case] = [
    (
        "Rebels carried out drone attacks against the airport from last week to last night.",
        "2020-07-01",
        ["attacks"],
        0,
        ("2020-06-30", "day"),
    ),
    # negatives: a range opening on a day keeps it; a measure keeps its start
    (
        "Protesters rallied outside parliament from 3 May to 6 May.",
        "2020-07-01",
        ["rallied"],
        0,
        ("2020-05-03", "day"),
    ),
    (
        "The government imposed a curfew from last week to Sunday.",
        "2020-07-01",
        ["curfew"],
        0,
        ("2020-06-22", "week"),
    ),
]

RETOLD: list[Case] = [
    (
        "Police arrest twelve protesters outside parliament. Monday's arrests drew criticism from rights "
        "groups.",
        "2020-07-01",
        ["arrest"],
        0,
        ("2020-06-29", "day"),
    ),
    (
        "Troops raid a village near the border. Officials say the raid on Sunday left four people dead.",
        "2020-07-01",
        ["raid"],
        0,
        ("2020-06-28", "day"),
    ),
    # negatives: a noun that does not refer back, a coarser date, a day three sentences on
    (
        "Police arrest twelve protesters outside parliament. Rights groups condemned arrests made on Monday "
        "in another city.",
        "2020-07-01",
        ["arrest"],
        0,
        ("2020-07-01", "unknown"),
    ),
    (
        "Police arrest twelve protesters outside parliament. Last week's arrests drew criticism.",
        "2020-07-01",
        ["arrest"],
        0,
        ("2020-07-01", "unknown"),
    ),
    (
        "Troops raid a village near the border. Residents fled. Aid groups warned of hunger. The raid on "
        "Sunday was the third this month.",
        "2020-07-01",
        ["raid"],
        0,
        ("2020-07-01", "unknown"),
    ),
]

NARROWING: list[Case] = [
    (
        "With the two holidays falling on the same day (12 April) this year, hundreds of students began "
        "protesting outside parliament.",
        "2020-04-12",
        ["protesting"],
        0,
        ("2020-04-12", "day"),
    ),
    # negative: a year not right after a day stays the clause's date
    (
        "Militants attacked the village this year, and police say they arrested twelve suspects on 3 May.",
        "2020-06-01",
        ["attacked"],
        0,
        ("2020-01-01", "year"),
    ),
]


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize("case", MEASURE_ENDS)
def test_a_measures_end_is_not_its_day(parse: Callable[..., Article], stage: DatesStage, case: Case) -> None:
    assert date_of_case(parse, stage, case) == case[-1]


@pytest.mark.parametrize("case", FOLLOW_ON)
def test_a_pronoun_subject_tells_the_measures_start(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[-1]


@pytest.mark.parametrize("case", HOLIDAYS)
def test_a_fixed_day_holiday_gives_its_day(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[-1]


@pytest.mark.parametrize("case", PROSPECTS)
def test_a_prospect_reads_its_day_forward(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[-1]


@pytest.mark.parametrize("case", RANGES)
def test_a_range_from_a_week_ends_on_its_day(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[-1]


@pytest.mark.parametrize("case", RETOLD)
def test_a_later_mention_tells_the_day(parse: Callable[..., Article], stage: DatesStage, case: Case) -> None:
    assert date_of_case(parse, stage, case) == case[-1]


@pytest.mark.parametrize("case", NARROWING)
def test_a_day_inside_a_coarser_date_wins(
    parse: Callable[..., Article], stage: DatesStage, case: Case
) -> None:
    assert date_of_case(parse, stage, case) == case[-1]


@pytest.mark.parametrize(("holiday", "day"), [("[2, 30]", "2-30"), ("[13, 1]", "13-1")])
def test_a_holiday_that_is_no_day_is_refused(tmp_path: Path, holiday: str, day: str) -> None:
    packaged = Path(str(files("dotterel.knowledge")))
    text = (packaged / PACKAGED_DATE_WORDS).read_text(encoding="utf-8")
    bad = tmp_path / "dates.yaml"
    bad.write_text(text.replace('"Boxing Day": [12, 26]', f'"Boxing Day": {holiday}'), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=day):
        load_date_words(bad)
