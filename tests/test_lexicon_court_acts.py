"""Legal acts told of people named by their part in a crime, by an apposition, or by a passive infinitive.

From the "Law and crime" items of the current-events data (not seed 48): "A suspect ... has been arrested and
charged with two counts of murder" gave the arrest but not the charge (line 108): the one charged, like the
one arrested, is named only by their part in the crime (verbs.accuse-charge, verbs.accuse-convict share the
arrest's ``role_targets``). "The IRGC say they captured Ruhollah Zam, an Iranian journalist-activist" was
ground taken (COERCE 192) though its apposition says a person was seized (line 2913): the head of a named
object's apposition says what it names, as a title before it does, and a listed noun beats the bare name.
"orders the Future Forward Party to be dissolved" gave nothing (line 4516): a party dissolved is banned
(COERCE 1722), and a passive to-infinitive's subject is the object of the verb it completes.
Negatives: a parliament dissolved, a named town captured, "charged into" a crowd, a phone charged.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_coded, coded_events

DATE = "2020-02-21"


ACTS: list[tuple[str, str, str | None, bool]] = [
    # sentence, "TYPE cameo", a word of the event's target (None: any target or none), whether it is there
    (
        "A suspect, Jake Thomas Patterson, age 21, has been arrested and charged with two counts of murder.",
        "ACCUSE 1121",
        "suspect",
        True,
    ),
    (
        "A suspect, Jake Thomas Patterson, age 21, has been arrested and charged with two counts of murder.",
        "COERCE 173",
        "suspect",
        True,
    ),
    ("Two suspects were charged with terrorism on Friday.", "ACCUSE 1121", "suspects", True),
    ("The killer was convicted of murder by a jury in Leeds.", "ACCUSE 116", "killer", True),
    (
        "The IRGC say they captured Ruhollah Zam, an Iranian journalist exiled in Europe.",
        "COERCE 173",
        None,
        True,
    ),
    (
        "The IRGC say they captured Ruhollah Zam, an Iranian journalist-activist exiled in Europe.",
        "COERCE 173",
        None,
        True,
    ),
    ("Iran released Kylie Moore-Gilbert, a British-Australian academic.", "RETREAT 0841", None, True),
    (
        "The Constitutional Court of Thailand orders the Future Forward Party to be dissolved.",
        "COERCE 1722",
        None,
        True,
    ),
    ("The transitional government dissolved the former ruling party on Thursday.", "COERCE 1722", None, True),
    ("The president ordered the prisoners to be freed.", "RETREAT 0841", "prisoners", True),
    # negatives
    (
        "The IRGC say they captured Ruhollah Zam, an Iranian journalist exiled in Europe.",
        "COERCE 192",
        None,
        False,
    ),
    ("Rebels captured Saraqib, a strategic town on the highway.", "COERCE 173", None, False),
    ("Rebels captured Saraqib, a strategic town on the highway.", "COERCE 192", None, True),
    ("Rebels captured Saraqib on Monday after heavy fighting.", "COERCE 192", None, True),
    (
        "President Halimah Yacob dissolves Parliament and polling day is set on 10 July.",
        "COERCE 1722",
        None,
        False,
    ),
    (
        "The Israeli parliament votes to dissolve itself and schedules a third election.",
        "COERCE 1722",
        None,
        False,
    ),
    ("The court ordered the party to pay a fine of one million baht.", "COERCE 1722", None, False),
    ("Riot police charged into the crowd of suspects.", "ACCUSE 1121", None, False),
    ("The suspect's phone was charged overnight.", "ACCUSE 1121", None, False),
]


@pytest.mark.parametrize(
    ("sentence", "code_", "target", "present"), ACTS, ids=[f"{r[1]}:{r[0][:40]}" for r in ACTS]
)
def test_a_legal_act_is_coded_with_its_target(
    pipeline: Pipeline, sentence: str, code_: str, target: str | None, present: bool
) -> None:
    assert_act_coded(coded_events(pipeline, sentence, DATE), code_, target, present)
