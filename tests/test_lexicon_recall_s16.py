"""Acts of the day we did not output (docs/when-where-how-bad.md, Session 15 known weaknesses).

Each table holds news-like sentences written for these tests, with negatives:
- charging people needs no "with": "police charge three men for the murder", "two women are charged for
  attacking a senator" are legal accusations (ACCUSE 1121); a fee or a price charged, and a rush into a crowd,
  are not;
- an official or a delegation of a state arriving in a place visits it (CONSULT 042, the place's country the
  host); migrants, planes and private people arriving are no visit, nor is arriving at a decision.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2019-06-12"


ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    (
        "Indian police charge three men for the murder of a journalist in Bangalore.",
        "ACCUSE 1121",
        "IND",
        None,
        True,
    ),
    (
        "Federal prosecutors charge four former police officers in the death of a man in custody.",
        "ACCUSE 1121",
        None,
        None,
        True,
    ),
    (
        "Two women are charged for attacking a state senator outside the Capitol.",
        "ACCUSE 1121",
        None,
        None,
        True,
    ),
    # a price, a fee or a rush is no charge
    ("The city charges a fee for parking near the stadium.", "ACCUSE 1121", None, None, False),
    ("The bank charges customers a monthly fee for the account.", "ACCUSE 1121", None, None, False),
    ("The riot police charged into the crowd.", "ACCUSE 1121", None, None, False),
    # an official or a state's delegation arriving in a place visits it
    (
        "Japanese Prime Minister Shinzo Abe arrives in Tehran for talks with Iranian leaders.",
        "CONSULT 042",
        "JPN",
        "IRN",
        True,
    ),
    ("A Norwegian delegation arrives in Caracas to restart the talks.", "CONSULT 042", "NOR", "VEN", True),
    # migrants, planes and ordinary people arriving visit no one
    ("Hundreds of migrants arrive in Lampedusa on fishing boats.", "CONSULT 042", None, None, False),
    ("A passenger plane arrives in Tehran after an engine failure.", "CONSULT 042", None, None, False),
    ("The minister arrives at a decision on the budget.", "CONSULT 042", None, None, False),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_acts_of_the_day(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its parties (or, for a negative case, is not coded)."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)
