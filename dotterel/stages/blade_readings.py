"""The blade reading of a verb that also has a cyber sense: "hack" (``dual_harm_verbs`` in ``readings.yaml``).

"North Korean hackers hacked the central bank" is a cyber operation (COERCE 170), but "two brothers were
hacked to death", "they were all hacked with machetes" and "gunmen hacked him in his home, killing him" cut
people: a physical assault (the verb's own harm pattern, ASSAULT 182 "beat", as for "beaten to death"; a count
of dead, if told, goes with it).
The blade reading wins over a chosen cyber pattern when the verb has a "to death" complement, a "with" of a
blade weapon (``blade_weapons``), or a person as object or passive subject (a personal pronoun, a person noun
of ``casualties.yaml``, "people") in a sentence with a word of bodily harm (``bodily_harm_words``) and no
doer of the cyber sense (``cyber_doers``: "hackers hacked the minister"). An object the cyber sense works on
(``cyber_objects``: "hacked the email accounts of the party") keeps it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.lexicon import Lexicon
from dotterel.knowledge.readings import ReadingWords
from dotterel.stages.casualty_persons import is_person_noun
from dotterel.stages.casualty_words import load_casualty_words
from dotterel.stages.token_words import lemma_of
from dotterel.stages.triggers import Trigger

__all__ = ["to_blade_reading"]

_OBJECT_DEPS = ("dobj", "nsubjpass")
ASSAULT = "ASSAULT"
_GROUP_NOUNS = frozenset({"people", "family", "civilian", "villager", "resident"})


def _prep_objects(verb: Any, prep: str) -> list[Any]:
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == prep for g in c.children]


def _is_person(noun: Any) -> bool:
    """True for a personal pronoun, a person noun ("the pastor", "two brothers") or a group of people."""
    if noun.tag_ == "PRP":
        return noun.lower_ not in ("it", "its")
    words = load_casualty_words()
    nouns, suffixes = frozenset(words.person_nouns), frozenset(words.person_suffixes)
    sets = {"person_nouns": nouns, "person_suffixes": suffixes}
    lemma = lemma_of(noun)
    return lemma in _GROUP_NOUNS or is_person_noun(lemma, sets) or noun.ent_type_ == "PERSON"


def is_blade_use(verb: Any, words: ReadingWords) -> bool:
    """True when the dual verb cuts people (see the module): "to death", "with machetes", or a person as its
    object in a sentence of bodily harm; not when its object is one the cyber sense works on."""
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    if any(lemma_of(o) in words.cyber_objects for o in objects):
        return False  # "hacked the email accounts"
    if any(lemma_of(o) == "death" for o in _prep_objects(verb, "to")):
        return True
    if any(lemma_of(o) in words.blade_weapons for o in _prep_objects(verb, "with")):
        return True
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + _prep_objects(verb, "by")
    if any(lemma_of(d) in words.cyber_doers for d in doers):
        return False  # "hackers hacked the minister"
    harmed = any(lemma_of(t) in words.bodily_harm_words for t in verb.sent if t.i != verb.i)
    return harmed and any(_is_person(o) for o in objects)


def to_blade_reading(trigger: Trigger, lexicon: Lexicon, words: ReadingWords) -> Trigger:
    """Return the trigger with the dual verb's harm pattern when it cuts people (:func:`is_blade_use`); any
    other trigger unchanged."""
    verb = trigger.token
    lemma = lemma_of(verb)
    if lemma not in words.dual_harm_verbs or trigger.is_nominal or trigger.pattern.type == ASSAULT:
        return trigger
    if not is_blade_use(verb, words):
        return trigger
    harms = [p for p in lexicon.find_verb_patterns(lemma) if p.type == ASSAULT]
    return replace(trigger, pattern=harms[0]) if harms else trigger
