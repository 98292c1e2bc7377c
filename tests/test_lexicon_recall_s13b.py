"""States' acts of the day we did not output (seed-52/53 International relations recall lists, by kind).

Each table holds news-like sentences written for these tests, with negatives:
- doctors, nurses or a medical team sent to another country are humanitarian aid (AID 073); a doctor sent home
  is none;
- dismissing another's view, idea or statement rejects it (REJECT 120); dismissing a minister removes him and
  is no rejection;
- speaking out against someone criticises him (ACCUSE 111); speaking out alone does not;
- a representative or liaison office opened in another country is a diplomatic tie (SUPPORT 054), as an
  embassy is; a testing centre opened in the capital is none.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2020-03-20"


ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    # medical staff sent abroad: humanitarian aid
    ("Russia sends a medical team to Serbia to help fight the outbreak.", "AID 073", "RUS", "SRB", True),
    ("China dispatched doctors and nurses to Iran.", "AID 073", "CHN", "IRN", True),
    ("The hospital sent the doctor home after his shift.", "AID 073", None, None, False),
    ("The ministry sent a letter to the embassy.", "AID 073", None, None, False),
    # dismissing a view rejects it; dismissing a minister does not
    ("Greenland's foreign minister dismisses the idea of a sale.", "REJECT 120", "GRL", None, True),
    ("Beijing dismissed the British view of the treaty as interference.", "REJECT 120", "CHN", "GBR", True),
    ("The prime minister dismissed his finance minister on Friday.", "REJECT 120", None, None, False),
    ("The prime minister dismissed his finance minister on Friday.", "REJECT 016", None, None, False),
    # speaking out against: criticism
    ("The US envoy spoke out against China's treatment of the Uighurs.", "ACCUSE 111", "USA", "CHN", True),
    ("The survivor spoke out for the first time since the crash.", "ACCUSE 111", None, None, False),
    # a representative office opened abroad: a diplomatic tie
    ("Taiwan opens a representative office in Somaliland.", "SUPPORT 054", "TWN", "SOM", True),
    ("The health ministry opened a testing centre in the capital.", "SUPPORT 054", None, None, False),
    ("The health ministry opened a testing centre in the capital.", "COOPERATE 062", None, None, False),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_state_acts_of_the_day(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its type, source and target; the negatives give no such event."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)
