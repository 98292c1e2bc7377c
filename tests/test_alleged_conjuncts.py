"""The second conjunct of an alleged act is alleged too (stages/nesting.py ``is_alleged``).

Sentences written for these tests, like news: in "accused him of trafficking and raping a girl" the rape is
the accusation's content, as the trafficking is; a verb coordinated with the accusation verb itself ("was
charged and released") is no content of it.
"""

from __future__ import annotations

import pytest

from dotterel.api import code
from dotterel.pipeline import Pipeline

DATE = "2020-08-21"

ACTS = [
    # sentence, trigger word, modality of the event at that trigger
    (
        "Prosecutors in La Paz accuse Evo Morales of trafficking and raping a teenage girl.",
        "raping",
        "hypothetical",
    ),
    (
        "The UN lists countries accused of killing or maiming children in armed conflict.",
        "maiming",
        "hypothetical",
    ),
    ("Police arrested the suspect and charged him with murder in Lagos.", "arrested", "asserted"),
]


@pytest.mark.parametrize(("sentence", "trigger", "modality"), ACTS)
def test_alleged_conjuncts(pipeline: Pipeline, sentence: str, trigger: str, modality: str) -> None:
    """The event at the trigger has the modality."""
    events = code(sentence, DATE, pipeline=pipeline)
    found = [(sentence[e.trigger.start : e.trigger.end], e.modality) for e in events]
    assert (trigger, modality) in found, found
