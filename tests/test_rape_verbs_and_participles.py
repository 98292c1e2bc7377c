"""The verb "rape" read as a verb (stages/lemma_repairs.py) and a participle in a list given its undergoer
(stages/passive_undergoers.py, stages/passive_infinitives.py); kicks and punches, and acquittals told as
"cleared of" (verbs.assault-kick, verbs.concede-clear-*).

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
    # a conjoined past form with an agent, tagged as a past tense, is a passive participle sharing the subject
    (
        "A man is in a coma after he was hit by a police car and kicked in the head by an officer in Perth.",
        "kicked",
        "ASSAULT 182",
        None,
        True,
    ),
    ("Police officers kicked a protester in the head in Minsk.", "kicked", "ASSAULT 182", None, True),
    ("The party kicked off its election campaign in Lagos.", "kicked", "ASSAULT 182", None, False),
    ("The new curfew rules kick in on Monday in Lagos.", "kick", "ASSAULT 182", None, False),
    # being cleared of a charge is an acquittal; being cleared of an illness or of mines is not
    (
        "Former senator John Smith was cleared of fraud by a jury in Boston.",
        "cleared",
        "CONCEDE 080",
        None,
        True,
    ),
    ("Two players are cleared of coronavirus after testing positive.", "cleared", "CONCEDE 080", None, False),
    ("The village was cleared of landmines by army engineers.", "cleared", "CONCEDE 080", None, False),
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
