"""Trials, releases of named people, and a charge at a run.

From the "Law and crime" items of the current-events data (not seed 48): "went on trial in Koblenz" (line
5949) gave nothing: bringing to trial is a legal accusation (PLOVER ACCUSE, allege; CAMEO 115), and in "X goes
on trial", "X stands trial", "X faces trial" the subject is the one tried, the target; no source unless the
text names one. "The suspect charged at police with a knife" was coded a legal charge (ACCUSE 1121): a charge
with no object of its own and a preposition of direction is a rush at someone.
"The Sindh High Court orders the release of Ahmed Omar Saeed Sheikh" (line 11061) gave no release: a person
named only by their name (the parser's person entity) is one freed, and the name is the target whether the
actor book knows it or not; an apposition's office noun ("Mukhtar Dzhakishev, the former CEO") says so too.
Negatives: a trial that goes on, a charge with its object or its passive subject kept, a product or a firm
released, a statement released.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_coded, coded_events

DATE = "2020-04-23"


ROWS: list[tuple[str, str, str | None, bool]] = [
    # sentence, "TYPE cameo", a word of the event's target (None: any target or none), whether it is there
    (
        "Former Pakistani President Pervez Musharraf will stand trial for treason.",
        "ACCUSE 115",
        "Musharraf",
        True,
    ),
    ("Syrian war crimes suspect Anwar Raslan went on trial in Koblenz.", "ACCUSE 115", "Raslan", True),
    ("Syrian war crimes suspect Anwar Raslan went on trial in Koblenz.", "ACCUSE 115", "Koblenz", False),
    ("Two suspects face trial in Paris over the attack.", "ACCUSE 115", "suspects", True),
    ("Two former Syrian intelligence officers went on trial in Koblenz.", "ACCUSE 115", "officers", True),
    ("Prosecutors charged the former minister with embezzlement.", "ACCUSE 1121", "minister", True),
    ("The man was charged at a court in London with two counts of murder.", "ACCUSE 1121", None, True),
    ("Iran frees Nazanin Zaghari-Ratcliffe from prison.", "RETREAT 0841", "Zaghari-Ratcliffe", True),
    (
        "In Pakistan, the Sindh High Court orders the release of Ahmed Omar Saeed Sheikh.",
        "RETREAT 0841",
        "Sheikh",
        True,
    ),
    (
        "Iran released Mukhtar Dzhakishev, the former chief executive of a state firm.",
        "RETREAT 0841",
        None,
        True,
    ),
    ("Cyntoia Brown is released from prison after serving fifteen years.", "RETREAT 0841", "Brown", True),
    (
        "The U.S. military takes two militants of the Beatles ISIL cell previously held by Kurdish forces"
        " to face trial in the United States.",
        "ACCUSE 115",
        "militants",
        True,
    ),
    # negatives
    ("Apple released Windows on Friday.", "RETREAT 0841", None, False),
    ("The band released Abbey Road in 1969.", "RETREAT 0841", None, False),
    ("The court ordered the release of the documents.", "RETREAT 0841", None, False),
    ("The ministry released a statement on the border incident.", "RETREAT 0841", None, False),
    ("The trial went on for six weeks.", "ACCUSE 115", None, False),
    ("The team will face Liverpool in the final.", "ACCUSE 115", None, False),
    ("The suspect charged at police with a knife.", "ACCUSE 1121", None, False),
    ("A man charged towards officers with a machete before he was shot.", "ACCUSE 1121", None, False),
]


@pytest.mark.parametrize(
    ("sentence", "code_", "target", "present"), ROWS, ids=[f"{r[1]}:{r[0][:40]}" for r in ROWS]
)
def test_a_trial_or_charge_is_coded_with_its_target(
    pipeline: Pipeline, sentence: str, code_: str, target: str | None, present: bool
) -> None:
    assert_act_coded(coded_events(pipeline, sentence, DATE), code_, target, present)


@pytest.mark.parametrize(
    "sentence",
    [
        "Former Pakistani President Pervez Musharraf will stand trial for treason.",
        "Two suspects face trial in Paris over the attack.",
    ],
)
def test_the_one_tried_is_not_the_source(pipeline: Pipeline, sentence: str) -> None:
    trials = [e for e in coded_events(pipeline, sentence, DATE) if e.action.cameo == "115"]
    assert trials and all(e.source is None for e in trials), [(e.source, e.target) for e in trials]
