"""Types and modes, session 13 (second round).

- A phrasal verb's object that the small parser hangs on the particle is still its object
  (dotterel/stages/clause_objects.find_verb_object): "a court strikes down a ban" is a ruling (REJECT), as
  "the court struck down the law" was; an attack "struck down" on people stays an attack.
- Heavy weapons fired "into the sea" hit no one: a weapons test (MOBILIZE), not an attack; fired into a place
  or at a target named with "at" they stay an attack (verbs.assault-fire-weapons, -into).
- A stated intention or a warrant tells of an act not yet done (prospective_heads in modality.yaml):
  "announces his intention to investigate", "issues a warrant to arrest"; an arrest made on a warrant stays
  asserted.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2019-06-12"

TYPES: list[tuple[str, str, str]] = [
    # sentence, trigger word, PLOVER type of the event on that trigger
    ("A court strikes down a ban on protests in Berlin.", "strikes", "REJECT"),
    ("The Constitutional Court strikes down a decree issued by the president.", "strikes", "REJECT"),
    ("The Supreme Court strikes down the law banning same-sex marriage.", "strikes", "REJECT"),
    ("North Korea fires two short-range ballistic missiles into the sea off its coast.", "fires", "MOBILIZE"),
    ("North Korea fired two projectiles from Pyongan Province into the Sea of Japan.", "fired", "MOBILIZE"),
    ("Iran fired missiles into the waters of the Gulf during naval drills.", "fired", "MOBILIZE"),
    # negatives: an attack struck down on people, weapons fired into a place or at a target
    ("Gunmen struck down two policemen outside the station.", "struck", "ASSAULT"),
    ("Hezbollah fired rockets into northern Israel.", "fired", "ASSAULT"),
    ("Militants fired mortar shells into the Green Zone in Baghdad.", "fired", "ASSAULT"),
    ("The Houthis fired a ballistic missile at Riyadh.", "fired", "ASSAULT"),
    ("A US destroyer fired missiles from the sea at radar sites in Yemen.", "fired", "ASSAULT"),
]


@pytest.mark.parametrize(("sentence", "word", "plover_type"), TYPES)
def test_type_of_trigger(sentence: str, word: str, plover_type: str) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end].startswith(word)]
    assert events, f"no event on {word!r} in {sentence!r}"
    assert {e.action.type for e in events} == {plover_type}


MODES: list[tuple[str, str, str, str]] = [
    # sentence, trigger word, PLOVER type, modality of every event of that type on that word
    (
        "The prosecutor announced his intention to charge the officers with murder.",
        "charge",
        "ACCUSE",
        "hypothetical",
    ),
    ("The army declared its intent to capture the city.", "capture", "COERCE", "hypothetical"),
    ("A court issues a warrant to arrest the opposition leader.", "arrest", "COERCE", "hypothetical"),
    # negatives: the issuing of the warrant is itself a legal act (CAMEO 173, session 14), an arrest made on a
    # warrant, a plain charge, a bare intention verb (a commitment)
    ("A court issues a warrant to arrest the opposition leader.", "issues", "COERCE", "asserted"),
    ("Police arrest the mayor on a warrant issued by a court in Lima.", "arrest", "COERCE", "asserted"),
    (
        "Police arrested the mayor under a warrant for his involvement in the attack.",
        "arrested",
        "COERCE",
        "asserted",
    ),
    ("The prosecutor charged the officers with murder.", "charged", "ACCUSE", "asserted"),
    (
        "The prosecutor says he intends to investigate the officers for torture.",
        "investigate",
        "ACCUSE",
        "threatened",
    ),
]


@pytest.mark.parametrize(("sentence", "word", "plover_type", "modality"), MODES)
def test_intention_and_warrant_are_prospects(
    sentence: str, word: str, plover_type: str, modality: str
) -> None:
    events = [
        e
        for e in code(sentence, DATE)
        if e.action.type == plover_type and sentence[e.trigger.start : e.trigger.end].startswith(word)
    ]
    assert events, f"no {plover_type} event on {word!r} in {sentence!r}"
    assert {e.modality for e in events} == {modality}, [(e.trigger, e.modality) for e in events]
