"""A harm noun said of a pronoun that stands for the incident told in the sentence before ("The minister
described it as a terror attack", "Police are treating it as a terror attack") names that incident again:
it shares the incident's toll (dotterel/stages/merge_splitoff.py, ``incident_pronouns`` of merge.yaml).
News-like sentences written for these tests, with negatives: a harm said to be a separate one, and a harm
noun that is said of no pronoun.
"""

from __future__ import annotations

from typing import Any

import pytest

from dotterel.knowledge.merge_words import load_merge_words
from dotterel.stages.merge_splitoff import is_said_of_incident
from tests.stage_helpers import coded_tolls

DATE = "2020-11-02"
FIRST = "Two people are killed and 14 injured after a gunman opens fire in a square in Bratislava, Slovakia."

# second sentence, trigger of the mention, its (killed, injured)
SAID_OF = [
    ('The prime minister described it as a "terror attack".', "terror attack", (2, 14)),
    ('Police are treating it as a "terror attack".', "terror attack", (2, 14)),
    # negatives: another attack, told as separate, takes nothing; a harm noun said of no pronoun
    (
        'The prime minister described a separate "terror attack" in Kosice.',
        'separate "terror attack',
        (None, None),
    ),
]


@pytest.mark.parametrize(("second", "trigger", "toll"), SAID_OF)
def test_harm_said_of_the_incident_shares_its_toll(
    second: str, trigger: str, toll: tuple[int | None, int | None]
) -> None:
    found = [(k, i) for word, k, i in coded_tolls(f"{FIRST} {second}", DATE) if word == trigger]
    assert found == [toll]


# sentence, whether its "attack" is said of a pronoun standing for the incident told before
SAID_OF_PRONOUN = [
    ("The minister described it as a terror attack.", True),
    ("Police are treating it as a terrorist attack.", True),
    ("The president condemned this as a cowardly attack.", True),
    ("It was the deadliest attack on the city since 2017.", True),
    # negatives: the "as" object of a verb with another object; no pronoun; an attack as the subject
    ("The minister described the plan as an attack on democracy.", False),
    ("Police are treating the fire as an attack.", False),
    ("The attack was the deadliest in the city since 2017.", False),
    ("They warned of an attack on the city.", False),
]


@pytest.mark.parametrize(("sentence", "said"), SAID_OF_PRONOUN)
def test_is_said_of_incident(nlp: Any, sentence: str, said: bool) -> None:
    doc = nlp(sentence)
    noun = next(t for t in doc if t.lower_ == "attack")
    assert is_said_of_incident(noun, load_merge_words().incident_pronouns) is said
