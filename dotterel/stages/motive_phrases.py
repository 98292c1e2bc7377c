"""Phrases that tell the motive of an act, and attacks that are a bout of illness: no act of their own.

Motives: "the minister resigns in protest of the decision", "Ukraine recalls its ambassador in
solidarity with Lithuania", "workers demonstrate in opposition to large cuts". A bare noun of
``motive_nouns`` (``constructions.yaml``; singular, no article, no possessor) in a phrase of
``motive_preps`` says why its head act was done. When that head (or the verb of the noun it hangs on:
"closes [its embassy] in protest") is itself a trigger, or that head is a verb (no copula) whose subject is
a trigger ("Protests break out in rejection of the results"), the motive noun is no second event. "Thousands
gathered in protest" keeps its protest ("gathered" is no trigger), as do "took part in a protest against
X" (an article) and "were arrested in protests" (a plural: the happenings).

Medical attacks: "dies of a heart attack", "suffered a panic attack", "dies of cardiac arrest". An attack
or arrest noun modified by one of ``medical_attack_words`` is a bout of illness, not an assault or an arrest;
"an attack on the heart of the city" is one.
"""

from __future__ import annotations

from collections.abc import Mapping

from dotterel.knowledge.constructions import ConstructionWords
from dotterel.stages.token_words import lemma_of
from dotterel.stages.triggers import Trigger

__all__ = ["is_medical_attack", "is_motive_phrase"]

DETERMINER_DEPS = frozenset({"det", "poss", "nummod"})
OBJECT_DEPS = frozenset({"dobj", "obj", "pobj", "attr", "npadvmod"})
NOUN_TAGS = frozenset({"NOUN", "PROPN"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
MEDICAL_TYPES = frozenset({"ASSAULT", "COERCE"})  # "a heart attack", "a cardiac arrest"
SINGULAR = "NN"  # the motive is a mass noun: "in protest"; "arrested in protests against X" is at them


def is_motive_phrase(trigger: Trigger, by_token: Mapping[int, Trigger], words: ConstructionWords) -> bool:
    """True for a bare motive noun ("in [protest] of", "in [solidarity] with") whose phrase modifies another
    trigger: the motive of that act, not an act."""
    token = trigger.token
    if not trigger.is_nominal or lemma_of(token) not in words.motive_nouns or token.dep_ != "pobj":
        return False
    if token.tag_ != SINGULAR or any(child.dep_ in DETERMINER_DEPS for child in token.children):
        return False  # "in a protest against the law", "in their protest", "arrested in protests"
    prep = token.head
    if prep.dep_ != "prep" or prep.lower_ not in words.motive_preps:
        return False
    host = prep.head
    if host.i not in by_token and host.pos_ in NOUN_TAGS and host.dep_ in OBJECT_DEPS:
        host = host.head  # "closes its embassy in protest": the phrase hangs on the object
    found = by_token.get(host.i)
    if found is None and host.pos_ == "VERB":  # "Protests break out … in rejection of": the subject's
        found = next((by_token[c.i] for c in host.children if c.dep_ == "nsubj" and c.i in by_token), None)
    return found is not None and found is not trigger


def is_medical_attack(trigger: Trigger, words: ConstructionWords) -> bool:
    """True for an attack or arrest noun modified by an illness word: "a heart [attack]", "a panic
    [attack]", "dies of cardiac [arrest]"."""
    if not trigger.is_nominal or trigger.pattern.type not in MEDICAL_TYPES:
        return False
    modifiers = [c for c in trigger.token.children if c.dep_ in MODIFIER_DEPS]
    return any(lemma_of(m) in words.medical_attack_words for m in modifiers)


