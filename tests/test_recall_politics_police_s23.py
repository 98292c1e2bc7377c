"""Political and police acts lost in the seed-73 readings (docs/when-where-how-bad.md, "Real events of the
sample we do not output"), with negatives.

Each table holds news-like sentences written for these tests:
- an act noun put on its undergoer by a passive verb's "into"/"under" phrase has the verb's "by" agent as its
  doer and the passive subject as its undergoer ("the rapper is taken into custody by police": COERCE 173, as
  "police take the rapper into custody"); an agent of a verb whose phrase is no state entered ("during
  protests by police"), or of a verb whose subject is the act noun ("the arrest was condemned by"), stays out;
- U.S. Immigration and Customs Enforcement (ICE) is a U.S. police body;
- a politician who leaves or exits a party, a caucus or a parliamentary group quits it (RETREAT 0831, as
  "quits the party"); leaving the country, a meeting or the party's headquarters is no resignation.
"""

from __future__ import annotations

import pytest

from dotterel.pipeline import Pipeline
from tests.stage_helpers import actor_text, coded_trigger_acts

DATE = "2020-06-10"

ACTS = [
    # sentence, trigger words, type, source text and target text (None: any), whether the act is there
    ("The rapper is taken into custody by police.", "custody", "COERCE", "police", "rapper", True),
    (
        "Atlanta-based rapper 21 Savage is taken into custody by the U.S. Immigration and Customs "
        "Enforcement (ICE).",
        "custody",
        "COERCE",
        "U.S. Immigration and Customs Enforcement",
        "rapper",
        True,
    ),
    (
        "The opposition leader was placed under house arrest by the military junta.",
        "placed under house arrest",
        "COERCE",
        "military junta",
        "opposition leader",
        True,
    ),
    ("Two suspects were taken into custody by police in Dallas.", "custody", "COERCE", "police", None, True),
    ("ICE agents arrested 680 workers at food processing plants.", "arrested", "COERCE", "ICE", None, True),
    # negatives: the agent of another verb, or of a verb whose subject is the act noun
    ("The arrest was condemned by the United Nations.", "arrest", "COERCE", "United Nations", None, False),
    ("The suspect was taken into custody after a standoff.", "custody", "COERCE", "standoff", None, False),
    # leaving a party or a caucus
    ("Seven MPs leave the Labour Party to sit as independents.", "leave", "RETREAT", "Seven MPs", None, True),
    (
        "Brazilian President Jair Bolsonaro leaves the Social Liberal Party to form his own party.",
        "leaves",
        "RETREAT",
        "Brazilian President Jair Bolsonaro",
        None,
        True,
    ),
    ("The senator exits the Republican Party.", "exits", "RETREAT", "senator", None, True),
    # negatives: leaving a place, a meeting, the party's buildings
    ("The MP left the party headquarters after the meeting.", "left", "RETREAT", None, None, False),
    ("The senator left the country on Monday.", "left", "RETREAT", None, None, False),
    ("The opposition leader left the party conference early.", "left", "RETREAT", None, None, False),
]


@pytest.mark.parametrize(("sentence", "trigger", "kind", "source", "target", "present"), ACTS)
def test_politics_police_acts(
    pipeline: Pipeline,
    sentence: str,
    trigger: str,
    kind: str,
    source: str | None,
    target: str | None,
    present: bool,
) -> None:
    """The act is coded at its trigger with its doer and undergoer (or, for a negative, is not)."""
    found = [
        act
        for act in coded_trigger_acts(pipeline, sentence, DATE, actor_text)
        if act[0] == kind
        and act[1] == trigger
        and (source is None or act[2] == source)
        and (target is None or act[3] == target)
    ]
    assert bool(found) == present, coded_trigger_acts(pipeline, sentence, DATE, actor_text)


def test_announced_departure_is_a_promise(pipeline: Pipeline) -> None:
    """A departure announced for later is a promise to yield (the modality stage's recoding), not done."""
    sentence = "Congressman Justin Amash announces that he will leave the Freedom Caucus."
    found = coded_trigger_acts(pipeline, sentence, DATE, actor_text)
    assert ("RETREAT", "leave", "Congressman Justin Amash", None) not in found
    assert any(act[1] == "leave" and act[2] == "Congressman Justin Amash" for act in found), found
