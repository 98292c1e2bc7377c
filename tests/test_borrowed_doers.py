"""Acts whose doer is borrowed from another clause (dotterel/stages/borrowed_doers.py, ``own_subject`` in
verbs.yaml): an arrival told by a gerund after a preposition ("before arriving in the country", "after
arriving in Tokyo") has no subject of its own and is no visit; a finite arrival and a participle hanging on
its doer's noun still are. An act nested under an arrival dropped for its doer is kept on its own
(dotterel/stages/events.py).

Sentences written for these tests, like news text.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import assert_act_with_parties, coded_acts

DATE = "2020-03-12"

ACTS = [
    # sentence, the event's type and CAMEO code, its source and target (None: any), whether it is there
    # a gerund after a preposition borrows its doer: no visit
    (
        "Taiwan will require visitors from China to be quarantined for 14 days "
        "before arriving in the country.",
        "CONSULT 042",
        None,
        None,
        False,
    ),
    (
        "After arriving in Tokyo, the Chinese foreign minister met Japanese officials.",
        "CONSULT 042",
        None,
        None,
        False,
    ),
    ("Travellers from Italy must fill in a form upon arriving in Greece.", "CONSULT 042", None, None, False),
    # negatives: the meeting of the main clause stays; a finite arrival and a participle on its doer visit
    (
        "After arriving in Tokyo, the Chinese foreign minister met Japanese officials.",
        "CONSULT 040",
        "CHN",
        None,
        True,
    ),
    (
        "The Chinese foreign minister arrives in Tokyo for talks with Japanese officials.",
        "CONSULT 042",
        "CHN",
        "JPN",
        True,
    ),
    (
        "The Chinese foreign minister, arriving in Tokyo on Monday, said the talks would be hard.",
        "CONSULT 042",
        "CHN",
        None,
        True,
    ),
    ("Mike Pompeo is arriving in Baghdad on Tuesday for talks.", "CONSULT 042", "USA", None, True),
    # an act nested under an arrival dropped for its doer would stand on its own, but this avoided arrest has
    # no party of its own: it was output only with Spain, the arrival's Madrid, as its target, and the
    # sentence tier no longer lends the arrival's place into the "after …" part (1c7aacb), so it is not coded
    (
        "The opposition leader arrives in Madrid after a year in the embassy to avoid house arrest.",
        "COERCE 173",
        None,
        None,
        False,
    ),
    (
        "The Chinese foreign minister arrives in Tokyo to avoid a diplomatic row.",
        "CONSULT 042",
        "CHN",
        None,
        True,
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "source", "target", "present"), ACTS)
def test_borrowed_doers(
    pipeline: Pipeline, sentence: str, kind: str, source: str | None, target: str | None, present: bool
) -> None:
    """The act is coded with its parties (or, for a negative case, is not coded)."""
    assert_act_with_parties(coded_acts(pipeline, sentence, DATE), kind, source, target, present)
