"""Diplomatic acts lost in the seed-66 to 70 International relations and Politics and elections readings
(docs/when-where-how-bad.md, "Real events of the sample we do not output"), with negatives.

Each table holds news-like sentences written for these tests:
- a leader who "has spoken to" another leader or his counterpart consults him (CONSULT 040, as "spoke
  with"); speaking to reporters, a broadcaster or the nation is no consultation;
- a result refused recognition told with its owner ("will not recognize the election's result") is read as
  "the result of the election" (REJECT 120, a refusal); a test result or a name that owns the object stays
  out;
- two sides that swap or exchange prisoners release them (RETREAT 0841); views or fire exchanged do not;
- a state or bloc that achieves a breakthrough in talks agrees (AGREE 030); scientists' breakthrough is none;
- a state that joins a body of states or a treaty, or formalises its membership, accedes (SUPPORT 057); people
  joining a protest or a party do not;
- a case filed or lodged against a state at a court is legal action (ACCUSE 115); a case of a disease is not.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2020-06-10"

ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    (
        "The White House says President Donald Trump has spoken to Libyan Field Marshal Khalifa Haftar about "
        "recent developments in Libya.",
        "CONSULT 040",
        "USA",
        "LBY",
        True,
    ),
    ("Trump spoke to President Xi Jinping about the trade talks.", "CONSULT 040", "USA", "CHN", True),
    (
        "The Indian prime minister spoke to his Chinese counterpart about the clash.",
        "CONSULT 040",
        "IND",
        None,
        True,
    ),
    ("The president spoke to reporters at the White House.", "CONSULT 040", None, None, False),
    ("The minister spoke to the BBC about the crisis.", "CONSULT 040", None, None, False),
    ("The president spoke to the nation in a televised address.", "CONSULT 040", None, None, False),
    # a result owned by the election
    (
        "Opposition parties say that they will not recognize the election's result.",
        "REJECT 120",
        None,
        None,
        True,
    ),
    ("The European Union does not recognise the election's outcome.", "REJECT 120", "IGO", None, True),
    ("The opposition will not recognise the outcome of the referendum.", "REJECT 120", None, None, True),
    ("The doctors did not recognize the patient's test result.", "REJECT 120", None, None, False),
    ("The minister recognized the scale of the challenge.", "SUPPORT 054", None, None, False),
    # prisoners swapped
    (
        "The Ukrainian government and separatist rebels exchange prisoners under the peace plan.",
        "RETREAT 0841",
        "UKR",
        None,
        True,
    ),
    ("Armenia and Azerbaijan swapped detainees on Monday.", "RETREAT 0841", None, None, True),
    ("The two foreign ministers exchanged views on the crisis.", "RETREAT 0841", None, None, False),
    ("The two sides exchanged fire across the border.", "RETREAT 0841", None, None, False),
    # a breakthrough in talks
    (
        "The European Union and Mercosur achieved a breakthrough in free-trade talks after 20 years.",
        "AGREE 030",
        "IGO",
        "IGO",
        True,
    ),
    ("Scientists achieved a breakthrough in battery research.", "AGREE 030", None, None, False),
    # a body of states joined
    (
        "Colombia joins the OECD, becoming the 37th member of the organization.",
        "SUPPORT 057",
        "COL",
        "IGO",
        True,
    ),
    (
        "Colombia formalizes its membership with the Organisation for Economic Co-operation and Development.",
        "SUPPORT 057",
        "COL",
        "IGO",
        True,
    ),
    ("Montenegro formally joined NATO on Monday.", "SUPPORT 057", "MNE", "IGO", True),
    ("Thousands of teachers join the protest against the pension reform.", "SUPPORT 057", None, None, False),
    ("The former minister joins the opposition party.", "SUPPORT 057", None, None, False),
    ("The company completes its acquisition of the rival.", "SUPPORT 057", None, None, False),
    # a case filed against a state
    (
        "The Gambia files a case against Myanmar at the International Court of Justice.",
        "ACCUSE 115",
        "GMB",
        "MMR",
        True,
    ),
    ("The ministry reports a new case of cholera in the capital.", "ACCUSE 115", None, None, False),
    ("The court hears the case of the former president.", "ACCUSE 115", None, None, False),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_diplomacy_acts(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its parties (or, for a negative case, is not coded)."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)
