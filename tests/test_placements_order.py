"""Placements (dotterel/stages/placements.py): the placed state follows its placing verb. A fronted phrase of
the sentence ("In rare talks, … held a call") is no placement; its trigger span never runs backwards."""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-08-02"

SENTENCES: list[tuple[str, str, str]] = [
    # sentence, PLOVER type expected, the text of the trigger span of that type's first event
    (
        "Police placed the opposition leader under house arrest in Minsk.",
        "COERCE",
        "placed the opposition leader under house arrest",
    ),
    ("The city of Wuhan was put under quarantine by Chinese authorities.", "COERCE", "put under quarantine"),
    # negatives: a fronted "in" phrase on a placing verb
    (
        "In rare talks, the foreign ministers of Iran and the United Arab Emirates held a video call.",
        "CONSULT",
        "talks",
    ),
]


@pytest.mark.parametrize(("sentence", "plover_type", "trigger"), SENTENCES)
def test_placement_follows_its_verb(sentence: str, plover_type: str, trigger: str) -> None:
    events = [e for e in code(sentence, DATE) if e.action.type == plover_type]
    assert events, f"no {plover_type} event in {sentence!r}"
    span = events[0].evidence.spans["action"]
    assert span.start < span.end
    assert sentence[span.start : span.end] == trigger
