"""Political acts of the day we did not output (docs/when-where-how-bad.md, seed-48 recall lists).

Each table holds news-like sentences written for these tests, with negatives:
- an agreement terminated (SANCTION 160, "announced the termination of all agreements with X", read as
  "terminate"); suspending a termination is its reversal (CONCEDE 0832), no withdrawal;
- a person declared persona non grata is expelled (SANCTION 166) by the declaring subject, the one declared
  being the target; "they are persona non grata" with no name gives none;
- an actor suspending its own membership or involvement withdraws (SANCTION 160, no one expelled), while
  suspending another's membership expels it (166), and expelling one's own members stays an expulsion;
- announcing a deal or an agreement with another is agreeing (AGREE 030), as reaching one is; announcing a
  measure or a plan is not;
- leaders speaking or talking by phone hold a phone call (CONSULT 041).
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2020-08-31"


ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    (
        "Palestinian President Mahmoud Abbas announces the termination of all agreements with Israel.",
        "SANCTION 160",
        "PSE",
        "ISR",
        True,
    ),
    (
        "The Philippine president terminates the Visiting Forces Agreement with the United States.",
        "SANCTION 160",
        "PHL",
        None,
        True,
    ),
    # suspending the termination reverses it: no withdrawal
    (
        "The Philippine president suspends the termination of the military agreement with Washington.",
        "CONCEDE 0832",
        "PHL",
        None,
        True,
    ),
    (
        "The Philippine president suspends the termination of the military agreement with Washington.",
        "SANCTION 160",
        None,
        None,
        False,
    ),
    # a termination of no agreement is none
    (
        "The mayor announces the termination of the police officer over the shooting.",
        "SANCTION 160",
        None,
        None,
        False,
    ),
    # persona non grata: the declared person is the target, whatever head the parser gives the phrase
    (
        "The Baltic states declare Belarusian President Alexander Lukashenko persona non grata.",
        "SANCTION 166",
        None,
        "BLR",
        True,
    ),
    (
        "President of Zambia Edgar Lungu declared ambassador Daniel Lewis Foote persona non grata.",
        "SANCTION 166",
        "ZMB",
        None,
        True,
    ),
    (
        "The government says they are persona non grata and must leave the country.",
        "SANCTION 166",
        None,
        None,
        False,
    ),
    # one's own membership suspended is a withdrawal; another's is an expulsion
    ("Venezuela suspends its membership in the Andean Community.", "SANCTION 160", "VEN", None, True),
    ("Venezuela suspends its membership in the Andean Community.", "SANCTION 166", None, None, False),
    (
        "The African Union suspends Mali's membership in response to the coup.",
        "SANCTION 166",
        None,
        "MLI",
        True,
    ),
    ("Britain expels its diplomats from Tehran.", "SANCTION 166", "GBR", None, True),
    # a deal announced with another is agreed; a measure announced is no agreement
    (
        "Greek Prime Minister Kyriakos Mitsotakis announces an arms deal with France.",
        "AGREE 030",
        "GRC",
        "FRA",
        True,
    ),
    ("Argentina announces a deal with its creditors.", "AGREE 030", "ARG", None, True),
    ("Argentina announces new taxes on exports.", "AGREE 030", None, None, False),
    # leaders speaking by phone hold a call
    (
        "Putin spoke by telephone with Erdogan about the situation in Idlib.",
        "CONSULT 041",
        "RUS",
        "TUR",
        True,
    ),
    ("The minister talked about inflation on state radio.", "CONSULT 041", None, None, False),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_political_acts_of_the_day(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its type, source and target; the negatives give no such event."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)
