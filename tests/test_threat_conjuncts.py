"""A threat verb's reading stops at the verbs coordinated with it (``complement_only`` of
stages/commitment_links.py).

Sentences written for these tests, like news: in "police threaten, shoot and kill a man" the shooting and the
killing are done, not threatened; the protests the killing sparked are protests. What a threat verb takes as
its complement ("threatened to attack the city and seize the airport") stays threatened, the coordinated
complement too.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.pipeline import Pipeline

DATE = "2020-07-05"

ACTS = [
    # sentence, trigger word, "TYPE cameo", modality (None: any), whether such an event is there
    (
        "Phoenix, Arizona police officers threaten, shoot and kill a man, sparking protests in the city.",
        "shoot",
        "ASSAULT 193",
        "asserted",
        True,
    ),
    (
        "Phoenix, Arizona police officers threaten, shoot and kill a man, sparking protests in the city.",
        "shoot",
        "THREATEN 1384",
        None,
        False,
    ),
    (
        "Phoenix, Arizona police officers threaten, shoot and kill a man, sparking protests in the city.",
        "protests",
        "PROTEST 141",
        "asserted",
        True,
    ),
    ("Protesters threatened and beat a journalist in Lagos.", "beat", "ASSAULT 182", "asserted", True),
    # the threat's complement, and what is coordinated inside it, stay threatened
    ("The rebels threatened to attack the city and seize the airport.", "seize", "THREATEN 1382", None, True),
    ("Trump threatened to impose tariffs and cut aid to Honduras.", "cut", "THREATEN 1311", None, True),
    ("Trump threatened to impose tariffs and cut aid to Honduras.", "cut", "SANCTION 162", None, False),
    ("Iran vowed to retaliate and strike American bases.", "strike", "ASSAULT 190", "asserted", False),
]


def _events(pipeline: Pipeline, sentence: str) -> list[tuple[str, str, str]]:
    """(trigger words, "TYPE cameo", modality) of each event coded from the sentence."""
    events = code(sentence, DATE, pipeline=pipeline)
    return [
        (sentence[e.trigger.start : e.trigger.end], f"{e.action.type} {e.action.cameo}", e.modality)
        for e in events
    ]


@pytest.mark.parametrize(("sentence", "trigger", "kind", "modality", "present"), ACTS)
def test_threat_conjuncts(
    pipeline: Pipeline, sentence: str, trigger: str, kind: str, modality: str | None, present: bool
) -> None:
    """The event is coded with its type and modality (or, for a negative case, is not)."""
    found = _events(pipeline, sentence)
    hits = [e for e in found if e[0] == trigger and e[1] == kind and (modality is None or e[2] == modality)]
    assert bool(hits) == present, found
