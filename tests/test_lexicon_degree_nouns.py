"""A measure told by a degree of it: "placed into the highest level of restrictions" (session 9, recall13).

The degree nouns of the lexicon (``degree_nouns`` of verbs.yaml: level, tier, stage, phase) stand for the
measure noun of their "of" phrase: the verb placing an area under the degree, or the area moving into it,
is the measure's verb, and the area moving into it stands for the government imposing it (COERCE 172). A
degree of something that is no measure (a river's level, a level of cooperation or scrutiny, infections), a
measure's level told in a subordinate clause, and a measure merely near a moving verb are none.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.model import Event
from dotterel.pipeline import Pipeline
from dotterel.stages.nlp import load_spacy_pipeline
from dotterel.stages.trigger_candidates import find_degree_content, to_degree_holder

DATE = "2020-11-10"
DEGREES = frozenset({"level", "tier", "stage", "phase"})


def _coded(pipeline: Pipeline, sentence: str) -> list[tuple[str, str | None]]:
    """The (PLOVER type and CAMEO code, source country) of each event of the sentence."""
    events: list[Event] = code(sentence, DATE, pipeline=pipeline)
    return [(f"{e.action.type} {e.action.cameo}", e.source.country if e.source else None) for e in events]


DEGREE_MEASURES = [
    # sentence, the event's type and CAMEO code, its source country (None: any), whether it is there
    ("The Scottish government placed Glasgow into the highest level of restrictions on Tuesday.",
     "COERCE 172", None, True),
    ("The city of Manila was placed under the strictest level of quarantine on Monday.", "COERCE 172", None,
     True),
    ("The Peruvian government placed six provinces under the highest level of the quarantine.", "COERCE 172",
     "PER", True),
    ("The government of Ireland placed the county under the second stage of restrictions.", "COERCE 172",
     "IRL", True),
    ("Portugal moved to the highest level of restrictions on Monday.", "COERCE 172", "PRT", True),
    ("Ireland moved into the strictest level of lockdown at midnight.", "COERCE 172", "IRL", True),
    ("Ireland moved into lockdown at midnight.", "COERCE 172", "IRL", True),
    # negatives: no measure in the "of" phrase, a subordinate clause, a measure only near the moving verb
    ("The river rose to its highest level of the year on Tuesday.", "COERCE 172", None, False),
    ("Relations between the two countries moved to a new level of cooperation.", "COERCE 172", None, False),
    ("The company was placed under a new level of scrutiny by regulators.", "COERCE 172", None, False),
    ("Unemployment was placed at its highest level of the year.", "COERCE 172", None, False),
    ("Portugal reported the highest level of infections since April.", "COERCE 172", None, False),
    ("Cases rose after Portugal moved to the highest level of restrictions.", "COERCE 172", None, False),
    ("The company moved its headquarters to Dublin despite the travel ban.", "COERCE 172", None, False),
    ("Thousands of people moved into the city before the lockdown.", "COERCE 172", None, False),
]


@pytest.mark.parametrize(("sentence", "code_", "source", "expected"), DEGREE_MEASURES)
def test_degree_of_measure(
    pipeline: Pipeline, sentence: str, code_: str, source: str | None, expected: bool
) -> None:
    coded = _coded(pipeline, sentence)
    found = any(c == code_ and (source is None or s == source) for c, s in coded)
    assert found is expected, coded


DEGREE_PHRASES = [
    # sentence, the degree noun, its measure noun (None: no "of" noun), the noun standing for it
    ("Glasgow was placed into the highest level of restrictions.", "level", "restrictions", "level"),
    ("The county moved to the second tier of the lockdown.", "tier", "lockdown", "tier"),
    ("The region entered the third stage of the quarantine.", "stage", "quarantine", "stage"),
    # negatives: no "of" noun, or no degree noun
    ("The county moved to tier three on Monday.", "tier", None, None),
    ("The government lifted the state of emergency.", "state", None, None),
]


@pytest.mark.parametrize(("sentence", "degree", "content", "holder"), DEGREE_PHRASES)
def test_degree_content(sentence: str, degree: str, content: str | None, holder: str | None) -> None:
    doc = load_spacy_pipeline()(sentence)
    noun = next(t for t in doc if t.lower_ == degree)
    found = find_degree_content(noun, DEGREES)
    assert (found.text if found is not None else None) == content
    if found is not None:
        assert to_degree_holder(found, DEGREES).text == holder
    else:
        assert to_degree_holder(noun, DEGREES) is noun
