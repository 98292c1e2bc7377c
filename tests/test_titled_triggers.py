"""Events: a trigger word inside the title of a work is no event (session 13).

"The investigations inspired the movie Memories of Murder" tells of no murder: the capitalised word after a
work noun ("movie", "film", "novel"), with only title words between, is a word of the title. A lower-case
trigger, a trigger at the start of its sentence, and a title-case heading with no work noun stay events.
Sentences written for these tests, with negatives.
"""

from __future__ import annotations

from typing import Any

import pytest

from dotterel.api import code
from dotterel.knowledge.place_resolution import load_place_resolution_words
from dotterel.pipeline import Pipeline
from dotterel.stages.titled_triggers import is_titled_trigger

DATE = "2019-09-19"


# (sentence, the trigger word, whether an event is coded on it)
TITLES = [
    (
        "The investigations inspired the movie Memories of Murder. Lee is serving life for the rape and"
        " murder of his sister in law.",
        "Murder",
        False,
    ),
    (
        "The 2003 film Silence of the Massacre was screened in Kabul, where the Taliban killed two guards.",
        "Massacre",
        False,
    ),
    (
        "The 2003 film Silence of the Massacre was screened in Kabul, where the Taliban killed two guards.",
        "killed",
        True,
    ),
    ("Police attacked protesters who were watching the film Parasite in Seoul.", "attacked", True),
    ("The film crew was attacked by gunmen in Kabul on Monday.", "attacked", True),
    ("Gunmen killed the director of the film in Lagos.", "killed", True),
    ("Attack helicopters struck rebel positions near Idlib.", "struck", True),
]


@pytest.mark.parametrize(("sentence", "trigger", "coded"), TITLES)
def test_titled_triggers(pipeline: Pipeline, sentence: str, trigger: str, coded: bool) -> None:
    """A title's trigger word gives no event; a real act beside a work noun stays."""
    events = code(sentence, DATE, pipeline=pipeline)
    words = [sentence[e.evidence.spans["action"].start : e.evidence.spans["action"].end] for e in events]
    assert (trigger in words) == coded, [(e.action.type, w) for e, w in zip(events, words, strict=True)]


@pytest.mark.parametrize(
    ("sentence", "index", "titled"),
    [
        ("They saw the movie Memories of Murder.", 6, True),
        ("He starred in the film Attack on the Iron Coast.", 5, True),
        ("They saw the film about the Attack on Pearl Harbor.", 6, False),  # no title after the noun
        ("Militants Attack Army Post In Kunar.", 1, False),  # a heading: no work noun
        ("Attack on the base kills five.", 0, False),  # the start of the sentence
    ],
)
def test_is_titled_trigger(nlp: Any, sentence: str, index: int, titled: bool) -> None:
    """The title test on the token itself."""
    doc = nlp(sentence)
    assert is_titled_trigger(doc[index], load_place_resolution_words()) == titled
