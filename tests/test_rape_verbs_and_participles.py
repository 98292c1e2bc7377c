"""The verb "rape" read as a verb (stages/lemma_repairs.py) and a participle in a list given its undergoer
(stages/passive_undergoers.py, stages/passive_infinitives.py).

Sentences written for these tests, like news: spaCy lemmatised "rapes", "raped" and "raping" as "rap", so the
verb was never read; a participle in a list of passive participles ("were stripped, beaten and threatened")
or completing an active verb ("described being stripped naked, beaten") had no object and was lost.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.pipeline import Pipeline

DATE = "2020-08-14"

ACTS = [
    # sentence, trigger word, "TYPE cameo", the target's text (None: any), whether such an event is there
    ("A man rapes two girls in Oulu, Finland.", "rapes", "ASSAULT 1821", None, True),
    ("Two underage girls were raped in Oulu.", "raped", "ASSAULT 1821", None, True),
    ("Soldiers raped women and looted homes in the village.", "raped", "ASSAULT 1821", "women", True),
    ("The rapper rapped about his childhood in Atlanta.", "rapped", "ASSAULT 1821", None, False),
    (
        "Amnesty International says detainees described being stripped naked, beaten and threatened.",
        "beaten",
        "ASSAULT 182",
        "detainees",
        True,
    ),
    ("The detainees were stripped, beaten and threatened.", "beaten", "ASSAULT 182", "detainees", True),
    (
        "Several prisoners were stripped naked, beaten and humiliated.",
        "beaten",
        "ASSAULT 182",
        "prisoners",
        True,
    ),
    # "beat" in its sense of winning, with no one beaten, stays no event
    ("Argentina were beaten and eliminated in the semi-final.", "beaten", "ASSAULT 182", None, False),
]


def _events(pipeline: Pipeline, sentence: str) -> list[tuple[str, str, str | None]]:
    """(trigger words, "TYPE cameo", the target's text) of each event coded from the sentence."""
    events = code(sentence, DATE, pipeline=pipeline)
    return [
        (
            sentence[e.trigger.start : e.trigger.end],
            f"{e.action.type} {e.action.cameo}",
            e.target and e.target.text,
        )
        for e in events
    ]


@pytest.mark.parametrize(("sentence", "trigger", "kind", "target", "present"), ACTS)
def test_rape_verbs_and_participles(
    pipeline: Pipeline, sentence: str, trigger: str, kind: str, target: str | None, present: bool
) -> None:
    """The event is coded with its type and target (or, for a negative case, is not)."""
    found = _events(pipeline, sentence)
    hits = [e for e in found if e[0] == trigger and e[1] == kind and (target is None or e[2] == target)]
    assert bool(hits) == present, found
