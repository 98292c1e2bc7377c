"""A decade the text gives ("in the 1980s") dates its act at year precision from the decade's first year (the
date model has no coarser precision), as a bare year does (date_expressions.py of dotterel/stages).

The decade dates only the act whose phrase or clause holds it: the arrest for rapes "in the 1980s" keeps the
item date. Negative cases: a decade with no year preposition ("1980s music") and a span of years that is no
decade ("the 1985 attack") are not read as decades.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dotterel.api import code

DATE = "2020-01-20"

CASES: list[tuple[str, str, str | None, str]] = [
    # sentence, trigger word, date (None: the item date), precision
    (
        "A man is arrested for a series of 40 rapes in the Miami, Florida, United States area in the 1980s.",
        "rapes",
        "1980-01-01",
        "year",
    ),
    ("Police arrest a man who killed three people in the 1990s.", "killed", "1990-01-01", "year"),
    (
        "Thousands of villagers were massacred by the army in the 1970s, the report says.",
        "massacred",
        "1970-01-01",
        "year",
    ),
    # negative cases: the arrest is not the crime's decade; no year preposition; a year, not a decade
    (
        "A man is arrested for a series of 40 rapes in the Miami, Florida, United States area in the 1980s.",
        "arrested",
        None,
        "unknown",
    ),
    ("Police arrest a man who killed three people in 1995.", "killed", "1995-01-01", "year"),
    ("Gunmen attack a 1980s nightclub in Lagos.", "attack", None, "unknown"),
]


@pytest.mark.parametrize(("sentence", "word", "date", "precision"), CASES)
def test_decades_date_their_act(sentence: str, word: str, date: str | None, precision: str) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end] == word]
    assert events, [sentence[e.trigger.start : e.trigger.end] for e in code(sentence, DATE)]
    expected = dt.date.fromisoformat(date or DATE)
    assert {(e.date, e.date_precision) for e in events} == {(expected, precision)}
