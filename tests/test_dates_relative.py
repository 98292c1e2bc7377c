"""Dates counted from another date: "earlier that day", "the next day", "two days later", "a day after …",
"the day before", and ranges of days ("over the two previous days", "two days of protests" ending on a day).

Each is counted from the date the text just established (a day earlier in its sentence, or in the sentence
before it in the same paragraph), else from the article date; a phrase after "after"/"before" counts from the
happening it introduces, or dates that happening back from its governing clause.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from dotterel.model import Article
from dotterel.stages.dates import DateFinder, DatesStage, load_date_words
from tests.stage_helpers import date_of, with_event

# expression, article date, expected date read from the article date alone (None: not a date)
EXPRESSIONS = [
    ("earlier that day", "2020-03-05", "2020-03-05"),
    ("later that night", "2020-03-05", "2020-03-05"),
    ("the next day", "2020-03-05", "2020-03-06"),
    ("the following morning", "2020-03-05", "2020-03-06"),
    ("two days later", "2020-03-05", "2020-03-07"),
    ("a day earlier", "2020-03-05", "2020-03-04"),
    ("the day before", "2020-03-05", "2020-03-04"),
    ("the previous day", "2020-03-05", "2020-03-04"),
    ("over the two previous days", "2020-03-05", "2020-03-04"),
    ("the day before yesterday", "2020-03-05", "2020-03-03"),
    ("several days later", "2020-03-05", None),
    ("a few days after the vote", "2020-03-05", None),
    ("over the previous days", "2020-03-05", None),
    ("in two days of protests", "2020-03-05", None),
    ("a day of mourning", "2020-03-05", None),
    ("the days after the war", "2020-03-05", None),
]


@pytest.fixture(scope="module")
def finder() -> DateFinder:
    """The date finder over the packaged words."""
    return DateFinder(load_date_words())


@pytest.fixture(scope="module")
def stage() -> DatesStage:
    """The dates stage over the packaged words."""
    return DatesStage()


@pytest.mark.parametrize(("text", "article_date", "expected"), EXPRESSIONS)
def test_a_counted_day_reads_from_the_article_date_alone(
    finder: DateFinder, text: str, article_date: str, expected: str | None
) -> None:
    mentions = finder.find(text, dt.date.fromisoformat(article_date))
    if expected is None:
        assert mentions == []
    else:
        assert [(m.date.isoformat(), m.precision) for m in mentions] == [(expected, "day")]


# text, article date, trigger word, expected (date, precision), text of the date evidence span
RELATIVE_DAYS = [
    (
        "The governor said soldiers killed 20 insurgents near the border earlier that day.",
        "2020-03-05",
        "killed",
        ("2020-03-05", "day"),
        "earlier that day",
    ),
    (
        "Police shot a teenager in the city on Sunday. Hundreds of people marched on the station that night.",
        "2020-08-26",
        "marched",
        ("2020-08-23", "day"),
        "that night",
    ),
    (
        "Gunmen attacked a village on Tuesday. Two days later, the army launched an offensive in the area.",
        "2020-01-10",
        "offensive",
        ("2020-01-09", "day"),
        "Two days later",
    ),
    (
        "Rebels captured the airport on 3 March and the army retook it the next day.",
        "2020-03-10",
        "retook",
        ("2020-03-04", "day"),
        "the next day",
    ),
    (
        "Troops clashed with rebels on Friday. Three civilians were killed in an air strike the same day.",
        "2020-05-10",
        "killed",
        ("2020-05-08", "day"),
        "the same day",
    ),
    (
        "A protester was shot dead by police the day before, the city's mayor said.",
        "2020-06-03",
        "shot",
        ("2020-06-02", "day"),
        "the day before",
    ),
    # negatives: a month is no day to count from; a date of another paragraph, or two sentences back, is
    # not the one the text just established; a day counted forward from the article date is not a past day
    (
        "Protesters rallied outside parliament in October. The next day, police arrested 40 people.",
        "2020-01-10",
        "arrested",
        ("2020-01-10", "unknown"),
        None,
    ),
    (
        "Police shot a man in the city on Sunday.\n\nHundreds of people marched on the station that night.",
        "2020-08-26",
        "marched",
        ("2020-08-26", "day"),
        "that night",
    ),
    (
        "Police shot a man on Sunday. The city was calm. Hundreds marched on the station that night.",
        "2020-08-26",
        "marched",
        ("2020-08-26", "day"),
        "that night",
    ),
    (
        "The interior ministry said the bomber was arrested the following day.",
        "2020-03-10",
        "arrested",
        ("2020-03-10", "unknown"),
        None,
    ),
    (
        "Police arrested three men in Lagos on Monday.",
        "2020-03-10",
        "arrested",
        ("2020-03-09", "day"),
        "Monday",
    ),
]


@pytest.mark.parametrize(("text", "article_date", "trigger", "expected", "evidence"), RELATIVE_DAYS)
def test_a_relative_day_counts_from_the_date_the_text_just_established(
    parse: Callable[..., Article],
    stage: DatesStage,
    text: str,
    article_date: str,
    trigger: str,
    expected: tuple[str, str],
    evidence: str | None,
) -> None:
    article = stage(with_event(parse(text, date=article_date), trigger))
    (event,) = article.events
    assert (event.date.isoformat() if event.date else None, event.date_precision) == expected
    span = event.evidence.spans.get("date")
    assert (article.text[span.start : span.end] if span else None) == evidence


# "<n> days after/before <happening>": the governing clause counts from the happening's date; a happening
# with no date of its own is dated back from its governing clause (the article date when that has none).
LINKED_DAYS = [
    (
        "Troops killed 12 militants on Monday, two days after an ambush on a checkpoint.",
        "2020-01-10",
        "ambush",
        ("2020-01-04", "day"),
    ),
    (
        "The embassy issued a protest a day after the government expelled two diplomats.",
        "2020-07-04",
        "expelled",
        ("2020-07-03", "day"),
    ),
    (
        "Students occupied the campus two days after police shot a protester on Sunday.",
        "2020-01-10",
        "occupied",
        ("2020-01-07", "day"),
    ),
    (
        "The army retook the town on Tuesday, a day after the ambush.",
        "2020-01-10",
        "ambush",
        ("2020-01-06", "day"),
    ),
    # negatives: the happening keeps its own date; the governing clause keeps its own date; a vague count
    # gives nothing; a happening dated forward from the article date would lie ahead of it
    (
        "Students occupied the campus two days after police shot a protester on Sunday.",
        "2020-01-10",
        "shot",
        ("2020-01-05", "day"),
    ),
    (
        "Police raided the office on Tuesday, a day after the bombing.",
        "2020-01-10",
        "raided",
        ("2020-01-07", "day"),
    ),
    (
        "Fighting resumed two days after rebels signed a ceasefire.",
        "2020-01-10",
        "signed",
        ("2020-01-08", "day"),
    ),
    (
        "Fighting resumed several days after rebels signed a ceasefire.",
        "2020-01-10",
        "signed",
        ("2020-01-10", "unknown"),
    ),
    (
        "The strike came the day before his arrest.",
        "2020-01-10",
        "arrest",
        ("2020-01-10", "unknown"),
    ),
]


@pytest.mark.parametrize(("text", "article_date", "trigger", "expected"), LINKED_DAYS)
def test_a_day_after_a_happening_counts_from_its_date(
    parse: Callable[..., Article],
    stage: DatesStage,
    text: str,
    article_date: str,
    trigger: str,
    expected: tuple[str, str],
) -> None:
    assert date_of(stage, with_event(parse(text, date=article_date), trigger)) == expected


# Ranges: one date is stored. A range of days back from the anchor is dated by its last day; "two days of
# protests" ending on a stated day by that day (through the clause that states it); an open range "since at
# least October" by its start. "Over the past two days" does not say whether today is in it: no date.
RANGES = [
    (
        "The ministry says 40 fighters were killed in air raids over the two previous days.",
        "2019-08-30",
        "killed",
        ("2019-08-29", "day"),
    ),
    ("Two days of protests ended on Wednesday.", "2020-01-02", "protests", ("2020-01-01", "day")),
    (
        "Protesters who hurled rocks at the embassy in two days of protests withdrew on Wednesday.",
        "2020-01-02",
        "hurled",
        ("2020-01-01", "day"),
    ),
    (
        "Militants have waged a campaign against the base since at least October.",
        "2020-01-02",
        "campaign",
        ("2019-10-01", "month"),
    ),
    (
        "Fighting continued in the city over the past two days.",
        "2020-01-02",
        "Fighting",
        ("2020-01-02", "unknown"),
    ),
    ("Two days of protests shook the capital.", "2020-01-02", "protests", ("2020-01-02", "unknown")),
]


@pytest.mark.parametrize(("text", "article_date", "trigger", "expected"), RANGES)
def test_a_range_of_days_is_dated_by_the_day_it_is_tied_to(
    parse: Callable[..., Article],
    stage: DatesStage,
    text: str,
    article_date: str,
    trigger: str,
    expected: tuple[str, str],
) -> None:
    assert date_of(stage, with_event(parse(text, date=article_date), trigger)) == expected
