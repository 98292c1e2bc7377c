"""Court acts of session 15, on sentences written like the news text for these tests, with negatives.

- A date phrase the parser hangs on a noun right after the relative clause describing it (or its apposition)
  ends that clause: "Ahmed Ali, a militant who bombed two churches in Kano, Kano State, in April 2017, is
  convicted" dates the bombing, and the conviction keeps the article's date; a date said in the main clause
  ("is convicted in April 2017 of ...") and one inside the clause stay as they were.
- A participle on the predicate noun of a copula ("He is the first UK man found guilty of such a crime") is
  a description of the subject, not a second conviction when one is already coded; alone, it is kept.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.pipeline import Pipeline

DATE = "2020-03-05"

# text, trigger word, expected date and precision
LATE_RELATIVES: list[tuple[str, str, str]] = [
    (
        "Ahmed Ali, a militant who bombed two churches in Kano, Kano State, in April 2017, is convicted of "
        "terrorism.",
        "convicted",
        "2020-03-05 unknown",
    ),
    (
        "Ahmed Ali, a militant who bombed two churches in Kano, Kano State, in April 2017, is convicted of "
        "terrorism.",
        "bombed",
        "2017-04-01 month",
    ),
    (
        "Omar Said, a gunman who shot five worshippers in Lahore, Punjab, in June 2016, is sentenced to "
        "death.",
        "sentenced",
        "2020-03-05 unknown",
    ),
    # negatives: the date of the main clause, or one inside the relative clause already
    (
        "A militant who bombed two churches is convicted in April 2019 of terrorism.",
        "convicted",
        "2019-04-01 month",
    ),
    (
        "John Smith, the gunman who shot ten people in Dallas in 2018, is sentenced to life in prison.",
        "shot",
        "2018-01-01 year",
    ),
    (
        "John Smith, the gunman who shot ten people in Dallas in 2018, is sentenced to life in prison.",
        "sentenced",
        "2020-03-05 unknown",
    ),
]

# text, trigger word, CAMEO code, how many events of that code at that word
DESCRIPTIONS: list[tuple[str, str, str, int]] = [
    (
        "A jury convicts a British man of a terror offence for visiting a training camp. He is the first UK "
        "man found guilty of such a crime, and is remanded in custody.",
        "found",
        "116",
        0,
    ),
    (
        "A jury convicts a British man of a terror offence for visiting a training camp. He is the first UK "
        "man found guilty of such a crime, and is remanded in custody.",
        "convicts",
        "116",
        1,
    ),
    (
        "The court convicts the former mayor of bribery. He is the first mayor convicted of corruption in "
        "the country since 1990.",
        "convicted",
        "116",
        0,
    ),
    # negatives: no earlier conviction, or the participle is the act itself
    ("He is the first man found guilty of such a crime in the country.", "found", "116", 1),
    ("The former mayor is found guilty of corruption by a court in Lyon.", "found", "116", 1),
]


def _at(text: str, pipeline: Pipeline, word: str) -> list[tuple[str, str]]:
    events = code(text, DATE, pipeline=pipeline)
    return [
        (e.action.cameo, f"{e.date} {e.date_precision}")
        for e in events
        if text[e.trigger.start : e.trigger.end] == word
    ]


@pytest.mark.parametrize(("text", "word", "expected"), LATE_RELATIVES)
def test_date_after_relative_clause_is_the_clauses(
    pipeline: Pipeline, text: str, word: str, expected: str
) -> None:
    """The date ending a relative clause dates the clause's verb, not the verb of the clause's noun."""
    found = _at(text, pipeline, word)
    assert [d for _, d in found] == [expected], found


@pytest.mark.parametrize(("text", "word", "cameo", "count"), DESCRIPTIONS)
def test_predicate_description_is_no_second_act(
    pipeline: Pipeline, text: str, word: str, cameo: str, count: int
) -> None:
    """A conviction told again as what its subject is gives no second event; alone, it is the act."""
    found = _at(text, pipeline, word)
    assert sum(c == cameo for c, _ in found) == count, found
