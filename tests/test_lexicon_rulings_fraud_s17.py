"""Diplomacy, election and court acts we did not output (docs/when-where-how-bad.md, Session 15 and 16 known
weaknesses: "X claims the election was rigged", a court's "rules that").

Each table holds news-like sentences written for these tests, with negatives:
- claiming that a vote was rigged, or calling it a sham, accuses (ACCUSE 112); a claimed victory,
  a denial of fraud and a car rigged with explosives do not;
- a court ruling that someone is responsible or liable, or declaring them guilty, finds them so (ACCUSE 116);
  a ruling that someone is not responsible, or about a trial's timing, does not;
- a court ruling that someone broke a law finds them liable (ACCUSE 116); a measure ruled to break a higher
  law is rejected (REJECT 120), as one ruled unconstitutional; a ruling that no law was broken is neither.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_coded, coded_events

DATE = "2020-08-12"

ACTS: list[tuple[str, str, str | None, bool]] = [
    # sentence, "TYPE cameo", a word of the event's target (None: any target or none), whether it is there
    (
        "The defeated opposition candidate claims the presidential election was rigged.",
        "ACCUSE 112",
        None,
        True,
    ),
    (
        "Belarusian opposition leader Sviatlana Tsikhanouskaya claims the vote was fraudulent.",
        "ACCUSE 112",
        None,
        True,
    ),
    ("Opposition parties call the parliamentary election a sham.", "ACCUSE 112", None, True),
    # a claimed victory, a denial of fraud, a bomb rigged: no accusation
    ("The opposition candidate claims victory in the presidential election.", "ACCUSE 112", None, False),
    ("The electoral commission insists the presidential election was not rigged.", "ACCUSE 112", None, False),
    ("Police claim the car was rigged with explosives.", "ACCUSE 112", None, False),
    ("The president called Putin to discuss the election results.", "ACCUSE 112", None, False),
    # a court finding someone responsible, liable or guilty
    (
        "A court in Tokyo rules that the power company is responsible for the damages caused by the flood.",
        "ACCUSE 116",
        None,
        True,
    ),
    (
        "Five former army officers are declared guilty of the murders by a military court.",
        "ACCUSE 116",
        None,
        True,
    ),
    (
        "A court in Tokyo rules that the power company is not responsible for the damages.",
        "ACCUSE 116",
        None,
        False,
    ),
    ("The judge ruled that the trial can go ahead in March.", "ACCUSE 116", None, False),
    # a court finding that someone broke the law
    (
        "The Court of Appeal rules that the home secretary violated the law by deporting the students.",
        "ACCUSE 116",
        None,
        True,
    ),
    (
        "The Supreme Court rules that the government broke the law when it suspended parliament.",
        "ACCUSE 116",
        None,
        True,
    ),
    ("The Court of Appeal rules that the home secretary did not violate the law.", "ACCUSE 116", None, False),
    # a measure ruled to break a higher law is rejected, not its makers found liable
    (
        "The Constitutional Court rules that the new media law violates the constitution.",
        "REJECT 120",
        None,
        True,
    ),
    (
        "The Constitutional Court rules that the new media law violates the constitution.",
        "ACCUSE 116",
        None,
        False,
    ),
    (
        "The Constitutional Court rules that the new media law does not violate the constitution.",
        "REJECT 120",
        None,
        False,
    ),
    # unchanged: a measure ruled unconstitutional is rejected; negated, it is not
    ("The Constitutional Court rules that the abortion ban is unconstitutional.", "REJECT 120", None, True),
    (
        "The Constitutional Court rules that the abortion ban is not unconstitutional.",
        "REJECT 120",
        None,
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "code_", "target", "present"), ACTS)
def test_claims_and_rulings(
    pipeline: Pipeline, sentence: str, code_: str, target: str | None, present: bool
) -> None:
    """The act is coded (or, for a negative case, is not)."""
    assert_act_coded(coded_events(pipeline, sentence, DATE), code_, target, present)
