"""A verb "strike" with no object, done by workers, teachers or doctors: a labour strike, not an attack.

"Teachers strike in Jordan", "Doctors strike across Kenya over unpaid salaries": the verb with no object has
the labour sense when its subject is one who works for a wage (``striker_nouns``: "truck drivers") or
an actor of a labour, education or health sector (``striker_sectors``). Armed actors, and any strike with an
object ("rebels strike a military base", "workers strike a deal"), keep their reading. The labour reading is
the lexicon's PROTEST pattern of the noun "strike" (143, mode strike); the noun's own readings are decided by
:func:`dotterel.stages.readings.to_strike_reading`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.lexicon import Lexicon
from dotterel.knowledge.readings import ReadingWords
from dotterel.model import Mention
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.token_words import lemma_of
from dotterel.stages.triggers import Trigger

STRIKE_TYPE = "PROTEST"
OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "auxpass", "nsubjpass"})
SUBJECT_DEP = "nsubj"


def is_striking_worker(verb: Any, source: Mention | None, words: ReadingWords) -> bool:
    """True when the verb's active subject is a worker noun or the source an actor of a labour sector."""
    subject = next((c for c in verb.children if c.dep_ == SUBJECT_DEP), None)
    if subject is None:
        return False
    if lemma_of(subject) in words.striker_nouns:
        return True
    sector = source.actor.sector if source is not None else None
    return sector is not None and sector.lower() in words.striker_sectors  # the lists are lower-cased


def to_labour_strike_verb(
    trigger: Trigger, source: Mention | None, lexicon: Lexicon, words: ReadingWords
) -> Trigger:
    """The trigger with the labour-strike reading when a worker "strikes" with no object ("Nurses strike
    across Kenya"); any other trigger unchanged ("Rebels strike a military base in Mali")."""
    verb = trigger.token
    if trigger.is_nominal or trigger.pattern.type not in HARM_TYPES:
        return trigger
    if lemma_of(verb) not in words.dual_strike_nouns or any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return trigger
    if not is_striking_worker(verb, source, words):
        return trigger
    readings = [p for p in lexicon.find_noun_patterns(lemma_of(verb), []) if p.type == STRIKE_TYPE]
    return replace(trigger, pattern=readings[0]) if readings else trigger
