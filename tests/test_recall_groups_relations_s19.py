"""Acts of the day that gave no event (seed-65 causes; sentences written for these tests, each with
negatives):

- people who "take to the streets" protest (verbs.protest-take-streets, PROTEST 141); "took to the stage"
  is none;
- what protesters block is obstructed even when it is a named street (verbs.protest-obstruct-
  protesters, PROTEST 144); lawmakers who block a bill veto it;
- a state that ends or terminates its relationship with another state or a body cuts relations
  (verbs.sanction-relations, SANCTION 161);
- exercises that troops or a state hold, conduct or begin are military ones without the word "military"
  (verbs.mobilize-exercise-held, MOBILIZE 150); the bare noun is none;
- a counted group of MPs or ministers the tagger ran into the root noun ("Seven MPs [resign]") carries the
  verb (stages/counted_subject_verbs.py); a noun root with a determiner is no verb.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2019-10-25"

ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    ("Thousands of Lebanese take to the streets of Beirut against the new taxes.", "PROTEST 141", None, None,
     True),
    ("Tens of thousands of Chileans took to the streets in Santiago on Friday.", "PROTEST 141", None, None,
     True),
    ("The new mayor took to the stage to thank her supporters.", "PROTEST 141", None, None, False),
    ("The president took to Twitter to attack the judge.", "PROTEST 141", None, None, False),
    ("Hundreds of protesters block Nevsky Prospekt in Saint Petersburg.", "PROTEST 144", None, None, True),
    ("Extinction Rebellion protesters blockade Whitehall in London.", "PROTEST 144", None, None, True),
    ("Republican lawmakers block the bill in the Senate.", "PROTEST 144", None, None, False),
    ("The regulator blocks the merger of the two banks.", "PROTEST 144", None, None, False),
    ("The United States ends its relationship with the World Health Organization.", "SANCTION 161", "USA",
     None, True),
    ("Bolivia terminates its diplomatic relations with Venezuela.", "SANCTION 161", "BOL", "VEN", True),
    ("Bolivia ends its dispute with Chile over the port.", "SANCTION 161", None, None, False),
    ("The Venezuelan army begins exercises along the border with Colombia.", "MOBILIZE 150", "VEN", None,
     True),
    ("China holds exercises near the Taiwan Strait.", "MOBILIZE 150", "CHN", None, True),
    ("The court's exercise of its powers was challenged by the government.", "MOBILIZE 150", None, None,
     False),
    ("Seven MPs resign from the Labour Party in protest at its leadership.", "RETREAT 0831", None, None,
     True),
    ("Three Conservative MPs resign.", "RETREAT 0831", None, None, True),
    ("The resign button was removed from the menu.", "RETREAT 0831", None, None, False),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_acts_of_the_day(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its parties (or, for a negative case, is not coded)."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)
