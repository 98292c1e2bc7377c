"""Dates of session 22: an aside's year and a participle on a common-noun subject.

- A date inside an aside set off by commas between a subject and its verb ("Lukashenko, in power since 1994,
  declares …") dates nothing of the clause (stages/date_asides.py).
- A past participle on a common-noun subject ("journalists detained in Iran were released on Monday") takes
  no date from its clause (stages/date_participles.py).
Sentences are written for these tests, like the news items of the data.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-06-15"  # a Monday


def _dates(text: str) -> dict[str, str]:
    """The date and precision of each event, by trigger word."""
    return {text[e.trigger.start : e.trigger.end]: f"{e.date} {e.date_precision}" for e in code(text, DATE)}


# text, trigger word, date and precision
ROWS: list[tuple[str, str, str]] = [
    (
        "Lukashenko, in power since 1994, declares a landslide victory against the opposition, as riot police"
        " clash with protesters in the capital Minsk.",
        "clash",
        "2020-06-15 unknown",
    ),
    (
        "Nursultan Nazarbayev, in power since 1990, resigns as president of Kazakhstan.",
        "resigns",
        "2020-06-15 unknown",
    ),
    ("The rebels, active since 2015, attacked the army base.", "attacked", "2020-06-15 unknown"),
    ("Two journalists detained in Iran were released on Monday.", "detained", "2020-06-15 unknown"),
    # negative rows: a time phrase set off by commas, the clause's own day, a participle with its own date
    ("The army, on Monday, launched an offensive on the town.", "offensive", "2020-06-15 day"),
    ("Two journalists detained in Iran were released on Monday.", "released", "2020-06-15 day"),
    ("Protesters detained on Sunday were freed on Tuesday.", "detained", "2020-06-14 day"),
    ("Three people were killed in the 2019 Easter Sunday bombings.", "killed", "2019-01-01 year"),
    ("Police on Monday arrested three men suspected of the robbery.", "arrested", "2020-06-15 day"),
]


@pytest.mark.parametrize("text, word, date", ROWS)
def test_date(text: str, word: str, date: str) -> None:
    """The event's date and precision."""
    assert _dates(text)[word] == date
