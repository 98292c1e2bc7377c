"""Acts of the day we did not output (seed-54/55 recall lists, by kind), in sentences written for these tests.

Each kind has its negatives:
- a court or jury finding someone guilty is CAMEO 116 (ACCUSE), active or passive; "found not guilty" and
  "found the car" are not;
- fines issued or imposed by an authority are CAMEO 116; a fine someone faces is not;
- a state revoking the licence or registration of a group is an administrative sanction (COERCE 172); a firm
  cancelling a customer's licence is not;
- a rescue or search operation launched by a state, an army or the police is humanitarian aid (AID 073);
  volunteers' rescues, a police search
  for gunmen and an operation that ends are not;
- a measure taken "to placate" protesters is a concession to them (CONCEDE 083); placating markets is not.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2020-06-20"


ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    # a verdict of guilt
    (
        "Former Prime Minister of Malaysia Najib Razak is found guilty of abuse of power.",
        "ACCUSE 116",
        None,
        "MYS",
        True,
    ),
    ("A court in Cairo finds the former minister guilty of corruption.", "ACCUSE 116", None, None, True),
    ("The former governor is found not guilty of all charges.", "ACCUSE 116", None, None, False),
    ("Police found the missing journalist's car near the border.", "ACCUSE 116", None, None, False),
    # fines issued by an authority
    (
        "French regulators issue fines to three banks over money laundering failures.",
        "ACCUSE 116",
        None,
        None,
        True,
    ),
    ("The mining company faces a fine of up to five million dollars.", "ACCUSE 116", None, None, False),
    # licences revoked by a state: an administrative sanction
    (
        "South Korea revokes the licences of two defector groups that sent leaflets to North Korea.",
        "COERCE 172",
        "KOR",
        None,
        True,
    ),
    (
        "The software company cancelled the license of a customer after a payment dispute.",
        "COERCE 172",
        None,
        None,
        False,
    ),
    # a state's rescue operation: humanitarian aid
    (
        "The Pakistani army launches a search and rescue operation after the earthquake in Kashmir.",
        "AID 073",
        "PAK",
        None,
        True,
    ),
    ("Volunteers launched a rescue operation for the missing hiker.", "AID 073", None, None, False),
    (
        "Police launched a search operation for the gunmen who attacked the bank.",
        "AID 073",
        None,
        None,
        False,
    ),
    ("The rescue operation ended after three days.", "AID 073", None, None, False),
    # a measure taken to placate protesters: a concession
    (
        "The Iraqi parliament passes a new electoral law to placate the protesters.",
        "CONCEDE 083",
        "IRQ",
        None,
        True,
    ),
    ("The central bank cut interest rates again to placate the markets.", "CONCEDE 083", None, None, False),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_acts_of_the_day(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its type, source and target; the negatives give no such event."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)
