"""Acts of the day we did not output (session 17, causes found in the seed-61 readings).

Each table holds news-like sentences written for these tests, with negatives:
- a warning noun with a "that" content clause tells a threat as "warns that" does: "issues a warning that it
  would respond" (THREATEN 130); a relative clause opened by "that" ("the warning that the police gave") and a
  weather warning are no threat;
- protesters "descending on" or "converging on" a place protest there (PROTEST 141); tourists and police doing
  so do not;
- recognizing a person "as" an office written with a capital ("as interim President") is a recognition
  (SUPPORT 054), as with a lower-case office; recognizing a person as something else is none.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2019-08-02"


ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    (
        "Russia issues a warning that it would respond to any deployment of U.S. missiles in Europe.",
        "THREATEN 130",
        "RUS",
        None,
        True,
    ),
    (
        "Iran issued a stern warning that it would retaliate against any attack.",
        "THREATEN 130",
        "IRN",
        None,
        True,
    ),
    # a relative "that", a weather warning and a statement are no threat
    ("The driver ignored the warning that the police gave him.", "THREATEN 130", None, None, False),
    ("Forecasters issued a flood warning for the coastal districts.", "THREATEN 130", None, None, False),
    ("North Korea issues a statement that it would not return to talks.", "THREATEN 130", None, None, False),
    # protesters descending on a place protest there
    (
        "Thousands of protesters descend on Hong Kong's airport to demand the withdrawal of the bill.",
        "PROTEST 141",
        None,
        None,
        True,
    ),
    ("Hundreds of demonstrators converged on the parliament in Tbilisi.", "PROTEST 141", None, None, True),
    # tourists and police descending or converging on a place are no protest
    ("Thousands of tourists descended on the island for the festival.", "PROTEST 141", None, None, False),
    ("Police converged on the house after a neighbour reported shots.", "PROTEST 141", None, None, False),
    # a recognition as a capitalized office
    (
        "Canada recognizes opposition leader Pedro Lopez as interim President of Bolivia.",
        "SUPPORT 054",
        "CAN",
        None,
        True,
    ),
    ("Canada recognizes Pedro Lopez as President.", "SUPPORT 054", "CAN", None, True),
    # recognized as something else than an office: no recognition
    ("The court recognized Smith as the rightful owner of the painting.", "SUPPORT 054", None, None, False),
    ("The academy recognized Pedro Lopez as Artist of the Year.", "SUPPORT 054", None, None, False),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_acts_of_the_day(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its parties (or, for a negative case, is not coded)."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)
