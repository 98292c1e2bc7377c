"""Tolls, rows and dates of session 17, on news-like sentences written for these tests, each table with
negatives:

- a person noun with an accent or one the tagger calls plural with no plural form is one person ("killed a
  presenter and his fiancée": two; casualty_persons.py); a real plural with no number still adds nothing;
- two harms of an article that kill the same one person, named by one name ("shot Daniel Reyes … Reyes's
  killing") or by one gender's pronouns in one sentence ("who attacked him … when he was fatally shot"), are
  one row (merge_same_killed.py); not two people of one surname, a pronoun of another sentence, tolls that
  disagree;
- a span of years ("between 1998 and 2004") dates its clause by the first year; "last April" is past
  whatever the tense of its clause, while a bare "in April" in a future clause still looks ahead.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dotterel.api import code
from dotterel.knowledge.date_words import load_date_words
from dotterel.stages.date_expressions import DateFinder
from tests.stage_helpers import coded_date_at, coded_toll_of

DATE = "2020-03-10"

# text, trigger, killed
PERSON_CONJUNCTS = [
    ("Gunmen kill a radio presenter and his fiancée outside their home in Veracruz.", "kill", 2),
    ("A blogger and his fiancée are shot dead at their home in Nitra, Slovakia.", "shot", 2),
    ("Gunmen shot dead a reporter and his fiancé in Tegucigalpa, Honduras.", "shot", 2),
    # negatives: a plural with no number adds nothing; a group noun with no number adds nothing
    ("Gunmen kill a radio presenter and his children outside their home in Veracruz.", "kill", 1),
    ("Gunmen kill a radio presenter and his staff outside their office in Veracruz.", "kill", 1),
]


@pytest.mark.parametrize(("text", "trigger", "killed"), PERSON_CONJUNCTS)
def test_a_person_noun_with_an_accent_or_a_plural_tag_is_one_person(
    text: str, trigger: str, killed: int
) -> None:
    assert coded_toll_of(text, trigger, DATE)[0] == killed


# text, the harm triggers coded
SAME_KILLED = [
    (
        "Officer Mark Dunn, who fatally shot Jamal Carter, is fired. Carter's killing was the third police "
        "shooting in Tulsa, Oklahoma this year.",
        ["shot", "shooting"],
    ),
    (
        "The two men who attacked him say he was carrying a knife when he was fatally shot outside a bar in "
        "Memphis.",
        ["attacked"],
    ),
    # negatives: two people of one surname; a pronoun of another sentence; tolls that disagree; a victim
    # told by a common noun and a pronoun that stands for the doer
    (
        "Police fatally shot Jamal Carter in Denver. Officers also shot and killed Maria Carter.",
        ["shot", "shot"],
    ),
    ("A man fatally stabbed him outside a bar in Leeds. Police then shot him dead.", ["stabbed", "shot"]),
    (
        "Gunmen shot dead a police officer in Kano. Two hours later, the gunmen killed him and another man "
        "in a second attack.",
        ["shot", "killed"],
    ),
    (
        "A gunman fatally shot a taxi driver in Houston. Police later shot him dead after a chase.",
        ["shot", "shot"],
    ),
]


@pytest.mark.parametrize(("text", "triggers"), SAME_KILLED)
def test_two_harms_that_kill_one_person_are_one_row(text: str, triggers: list[str]) -> None:
    events = [e for e in code(text, DATE) if e.action.type == "ASSAULT"]
    assert [text[e.trigger.start : e.trigger.end] for e in events] == triggers
    assert events[0].killed == 1


# text, article date, trigger, expected (date, precision)
YEAR_SPANS = [
    (
        "Police say the man killed at least nine women between 1998 and 2004 in Boston.",
        "2019-09-20",
        "killed",
        ("1998-01-01", "year"),
    ),
    (
        "Police say the man killed at least nine women in Boston in 1998.",
        "2019-09-20",
        "killed",
        ("1998-01-01", "year"),
    ),
    # negatives: no year stated; a bare month in a future clause still looks ahead
    (
        "Police say the man killed at least nine women in Boston.",
        "2019-09-20",
        "killed",
        ("2019-09-20", "unknown"),
    ),
    (
        "Ministers will meet in Ottawa in April to review the inquiry.",
        "2020-07-28",
        "meet",
        ("2021-04-01", "month"),
    ),
]


@pytest.mark.parametrize(("text", "date", "trigger", "expected"), YEAR_SPANS)
def test_a_span_of_years_dates_its_clause_by_its_first_year(
    text: str, date: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert coded_date_at(text, date, trigger) == expected


# text, (past reading, forward reading) of its one month mention, article dated 2020-07-28
LAST_MONTHS = [
    ("An inquiry will be held into the riots in Leeds last April.", ("2020-04-01", "2020-04-01")),
    ("The talks broke down last July.", ("2019-07-01", "2019-07-01")),
    # negatives: "next" and a bare "in" still look ahead in a future clause
    ("The talks will resume next April.", ("2021-04-01", "2021-04-01")),
    ("The talks will resume in April.", ("2020-04-01", "2021-04-01")),
]


@pytest.mark.parametrize(("text", "readings"), LAST_MONTHS)
def test_last_month_is_past_whatever_the_tense(text: str, readings: tuple[str, str]) -> None:
    mentions = DateFinder(load_date_words()).find(text, dt.date(2020, 7, 28))
    assert [(m.past_date.isoformat(), m.forward_date.isoformat()) for m in mentions] == [readings]
