"""Embassy staff withdrawn is diplomatic presence cut (verbs.sanction-recall: SANCTION 161), not a retreat.

Sentences written for these tests, like news: the staff of an embassy withdrawn, as an ambassador recalled,
reduces relations; announced for the future it is the decision itself (as an announced sanction). Staff
withdrawn from anywhere else, and troops withdrawn, keep their readings.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2019-01-30"

ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    (
        "Canada announces that it will withdraw half of its embassy staff in Cuba after more illnesses.",
        "SANCTION 161",
        "CAN",
        "CUB",
        True,
    ),
    (
        "Canada announces that it will withdraw half of its embassy staff in Cuba after more illnesses.",
        "AGREE 035",
        None,
        None,
        False,
    ),
    ("The United States withdrew most of its embassy staff from Havana.", "SANCTION 161", "USA", None, True),
    ("Britain withdraws diplomatic staff from its embassy in Tehran.", "SANCTION 161", "GBR", None, True),
    # other staff, and troops, are no diplomatic presence
    ("The charity withdrew its staff from the clinic after the attack.", "SANCTION 161", None, None, False),
    ("Russia withdrew its troops from the border with Ukraine.", "SANCTION 161", None, None, False),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_diplomatic_withdrawals(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its parties (or, for a negative case, is not coded)."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)
