"""A date hung on the verb but bound to a noun's phrase dates that noun; the object of an infinitive of
purpose takes no time of the act it serves (dotterel/stages/date_topics.py ``find_bound_date_ids``,
dotterel/stages/date_prospects.py ``is_barred_time``).

"Police arrest a student leader over an anti-government protest in Bangkok last month": "last month" is the
protest's (a cause's date, dotterel/stages/date_causes.py), not the arrest's, told in the present; the parser
hangs it on the verb, and the protest now takes it. "Police fired tear gas in Baghdad on Monday to contain
protests": Monday is the firing's day; the protests it meant to contain went on before, undated. Negatives:
the act itself keeps its own date, and a time inside the infinitive clause stays the object's.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

CASES: list[tuple[str, str, str, str, str]] = [
    # article date, sentence, trigger, expected date, precision
    (
        "2020-08-14",
        "Police arrest a student leader over an anti-government protest in Bangkok last month.",
        "protest",
        "2020-07-01",
        "month",
    ),
    (
        "2020-08-14",
        "Police arrest a student leader over an anti-government protest in Bangkok two weeks ago.",
        "protest",
        "2020-07-27",
        "week",
    ),
    (
        "2019-11-20",
        "Police fired tear gas in Baghdad on Monday to contain protests by students.",
        "protests",
        "2019-11-20",
        "unknown",
    ),
    # negatives: the present act keeps the article date, the act served keeps its day, a time inside the
    # infinitive clause stays the object's
    (
        "2020-08-14",
        "Police arrest a student leader over an anti-government protest in Bangkok last month.",
        "arrest",
        "2020-08-14",
        "unknown",
    ),
    (
        "2019-11-20",
        "Police fired tear gas in Baghdad on Monday to contain protests by students.",
        "fired",
        "2019-11-18",
        "day",
    ),
    (
        "2019-11-20",
        "The army deployed troops in Basra last week to contain protests that began in October.",
        "protests",
        "2019-10-01",
        "month",
    ),
]


@pytest.mark.parametrize(("day", "sentence", "trigger", "date", "precision"), CASES)
def test_bound_and_purpose_dates(day: str, sentence: str, trigger: str, date: str, precision: str) -> None:
    events = [e for e in code(sentence, day) if sentence[e.trigger.start : e.trigger.end] == trigger]
    assert events, f"no event of {trigger!r} in {sentence!r}"
    assert [(str(e.date), e.date_precision) for e in events] == [(date, precision)]
