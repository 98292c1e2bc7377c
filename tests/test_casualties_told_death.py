"""A shooting told after the death it caused is that death's means, not one more wounded (session 9:
casualty_uncounted.is_told_death, used by casualty_counts.CasualtyFinder), on news-like sentences written
for these tests:

- "A young man is killed in clashes in Hebron. Witnesses say the man was shot by soldiers.": the definite
  "the man" is the man told killed; the shooting wounds no one more;
- a name whose death an earlier sentence told ("over Darnell Hayes' death. … officers shot Hayes", "after the
  death of Luis Ortega"): the shooting is that death's means (session 13);
- not an indefinite or other victim ("a woman was shot", "the driver was shot" after a man's death; another
  name), nor a shooting with no earlier death, nor a victim told killed only later.
"""

from __future__ import annotations

import pytest

from tests.stage_helpers import coded_tolls

DATE = "2020-08-07"


def _injured_of(text: str, trigger: str) -> int | None:
    """Return the injured count of the first event coded from ``text`` with ``trigger``, or of the event the
    trigger's mention was folded into (the only event left)."""
    tolls = coded_tolls(text, DATE)
    found = [injured for word, _, injured in tolls if word == trigger]
    if not found and len(tolls) == 1:
        found = [tolls[0][2]]  # folded into the one event of the text
    assert found, (trigger, tolls)
    return found[0]


# text, trigger, injured
CASES = [
    (
        "A young man is killed in clashes between soldiers and residents in Hebron. Witnesses say the man "
        "was shot by soldiers.",
        "shot",
        None,
    ),
    (
        "A 30-year-old woman is killed during a protest in Lagos. Relatives say the woman was shot by "
        "police.",
        "shot",
        None,
    ),
    (
        "A teenager is killed in a raid on a village near Jenin. Medics say troops shot the teenager in the "
        "chest.",
        "shot",
        None,
    ),
    (
        "Crowds gather in Memphis over Darnell Hayes' death on Friday. Two officers shot Hayes after a "
        "traffic stop, police say.",
        "shot",
        None,
    ),
    (
        "Hundreds march in Portland after the death of Luis Ortega. Deputies shot Ortega outside a store.",
        "shot",
        None,
    ),
    # negatives: another or an indefinite victim, no earlier death, a death told only later
    (
        "A young man is killed in clashes in Hebron. Witnesses say a woman was shot by soldiers.",
        "shot",
        1,
    ),
    (
        "A young man is killed in clashes in Hebron. Witnesses say the driver was shot by soldiers.",
        "shot",
        1,
    ),
    ("Protests continue in Minsk. Witnesses say the man was shot by riot police.", "shot", 1),
    (
        "Crowds gather in Memphis over Darnell Hayes' death on Friday. Two officers shot Carter after a "
        "traffic stop, police say.",
        "shot",
        1,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "injured"), CASES)
def test_shooting_of_the_victim_told_killed_adds_none(text: str, trigger: str, injured: int | None) -> None:
    assert _injured_of(text, trigger) == injured
