"""Clues of an accident beyond the harm trigger's own word, for :mod:`dotterel.stages.accidents`.

- A blast named by its source is an accident: "a gas explosion", "an explosion at a fireworks factory"
  (``blast_sources``); a bare "explosion" or one a weapon names stays an attack ("twin explosions in Idlib").
- The tagger often takes a hazard verb for a noun ("a bus [crashes] in Iran, killing 20", "a building
  [collapses], killing 29"): such a noun, the sentence's root or with a subject or object of its own, is the
  hazard verb.
- A toll told in a sentence of its own ("A train derails in Egypt. Eleven people are killed.") is the
  accident's when the nearest earlier sentence that tells of a hazard or an attack tells of a hazard, and the
  toll's sentence names no attack (``attack_words``, weapons, fighting).
"""

from __future__ import annotations

import functools
from typing import Any

from dotterel.knowledge.hazards import HazardWords
from dotterel.model import Mention
from dotterel.stages.accident_blast_causes import is_caused_blast
from dotterel.stages.accident_harm_causes import is_harm_hazard
from dotterel.stages.accident_mine_pits import is_mine_pit_blast
from dotterel.stages.trigger_candidates import is_mistagged_verb

SOURCE_DEPS = frozenset({"compound", "amod", "nmod"})
SOURCE_PREPS = frozenset({"at", "in", "of", "on", "from"})
HAPPENING_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "ROOT"})
VERB_DEPS = frozenset({"ROOT", "advcl", "ccomp", "relcl"})  # a noun so labelled is a verb the tagger missed


def to_weapons(lemma: str, words: HazardWords) -> frozenset[str]:
    """The weapon nouns for a hazard word: a car or a mine is a weapon only in a blast ("a car exploded"), a
    vehicle or a pit in a crash or a collapse ("a car crashes", "a gold mine collapses")."""
    if lemma in words.blast_words:
        return words.weapon_nouns
    return words.weapon_nouns - words.blast_only_weapons


@functools.cache
def _non_blast_weapons(words: HazardWords) -> frozenset[str]:
    return to_weapons("", words)


@functools.cache
def _attack_signals(words: HazardWords) -> frozenset[str]:
    return words.attack_words | words.fighting_nouns | to_weapons("", words)


def is_accidental_blast(noun: Any, words: HazardWords) -> bool:
    """True for a blast noun its source names an accident: "a gas cylinder explosion", "a methane explosion at
    a coal mine", "an explosion at a fireworks factory", "an explosion caused by a gas leak"
    (:mod:`.accident_blast_causes`); not "a bomb blast at a gas station"."""
    if noun.pos_ not in {"NOUN", "PROPN"} or str(noun.lemma_).lower() not in words.blast_words:
        return False
    near = [child for child in noun.children if child.dep_ in SOURCE_DEPS]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in SOURCE_PREPS:
            objects = [child for child in prep.children if child.dep_ == "pobj"]
            near += objects
            near += [child for obj in objects for child in obj.children if child.dep_ in SOURCE_DEPS]
    near += [child for token in list(near) for child in token.children if child.dep_ == "compound"]
    lemmas = {str(token.lemma_).lower() for token in near}
    sourced = bool(lemmas & words.blast_sources) and not lemmas & _non_blast_weapons(words)
    return sourced or is_mine_pit_blast(noun, words) or is_caused_blast(noun, words)


def is_hazard_predicate_noun(noun: Any, words: HazardWords) -> bool:
    """True for a hazard verb the tagger took for a noun: "a bus [crashes] in Iran" (the root), "a
    restaurant building [collapses], killing 29" (a root with a subject), "when two planes [collide]" (a
    clause's head, or a verb with no noun sense), "a minibus carrying pilgrims [plunges] off a cliff" (a
    verb's "-s" form taken for a plural). Where the tagger erred the parse is no guide to the subject, so the
    sentence must name no attack (:func:`has_attack_word`): "after a bomb on a motorbike [explodes]". A hazard
    verb with no noun sense taken for an adjective counts too ("two passenger trains [collide]")."""
    lemma = str(noun.lemma_).lower()
    if noun.pos_ == "ADJ" and lemma in words.verb_only_hazards:  # "two passenger trains [collide]"
        return not has_attack_word(noun.sent, words)
    if noun.pos_ != "NOUN" or lemma not in words.hazard_verbs:
        return False
    verb_like = noun.dep_ in VERB_DEPS or lemma in words.verb_only_hazards or is_mistagged_verb(noun)
    plural_form = noun.tag_ == "NNS" and noun.lower_.endswith("s")  # "suffered burns" is vetoed by "attack"
    return (verb_like or plural_form) and not has_attack_word(noun.sent, words)


def has_attack_word(tokens: Any, words: HazardWords) -> bool:
    """True for a span that names an attack or a fight: an attack word, a weapon, a fighting noun, a verb of
    attacking someone ("shoots and kills two people"), or "fire" from a weapon ("troops opened fire")."""
    signals = _attack_signals(words)
    for token in tokens:
        lemma = str(token.lemma_).lower()
        if lemma in signals and token.pos_ in {"NOUN", "PROPN"}:
            return True
        if lemma in words.attack_verbs and token.pos_ == "VERB":
            return True
        if is_gunfire(token, words):
            return True
    return False


def is_gunfire(token: Any, words: HazardWords) -> bool:
    """True for "fire" as the object of a weapon-fire verb or with one as its modifier: "troops opened fire",
    "did not return fire", "killed by return fire"."""
    if token.lower_ != "fire":
        return False
    fired = token.dep_ == "dobj" and str(token.head.lemma_).lower() in words.weapon_fire_verbs
    modifiers = (child.lower_ for child in token.children if child.dep_ == "compound")
    return fired or any(modifier in words.weapon_fire_verbs for modifier in modifiers)


def tells_of_hazard(tokens: Any, words: HazardWords, is_hazard: Any) -> bool:
    """True for a span that tells a hazard happening: a hazard verb or a mistagged one, an accidental blast,
    or a hazard noun that is a subject or the root, or a storm's word before such a subject's name ("A fire
    broke out", "an earthquake strikes", "Cyclone Fani makes landfall"; not "amid the outbreak"), or a hazard
    noun a harm happened in (:mod:`.accident_harm_causes`: "are killed after avalanches").
    ``is_hazard(token)`` is the accidents stage's test of a hazard verb or noun."""
    for token in tokens:
        if is_hazard_predicate_noun(token, words) or is_accidental_blast(token, words):
            return True
        named = token.dep_ == "compound" and token.head.dep_ in HAPPENING_DEPS  # "[Cyclone] Fani makes …"
        if (token.pos_ == "VERB" or token.dep_ in HAPPENING_DEPS or named) and is_hazard(token):
            return True
        if is_harm_hazard(token, words, is_hazard):  # "57 people are killed after avalanches"
            return True
    return False


def is_toll_after_accident(tokens: Any, words: HazardWords, is_hazard: Any) -> bool:
    """True for a sentence with no attack word whose nearest earlier sentence that tells of an attack or a
    hazard (:func:`has_attack_word`, :func:`tells_of_hazard`) tells of a hazard: "A passenger train derails in
    Egypt. Eleven people are killed." (not "Gunmen open fire at a church. Six people are killed.")."""
    if has_attack_word(tokens, words):
        return False
    earlier = [sent for sent in tokens.doc.sents if sent.end <= tokens.start]
    for sent in reversed(earlier):
        if has_attack_word(sent, words):
            return False
        if tells_of_hazard(sent, words, is_hazard):
            return True
    return False


def is_victim_source(source: Mention | None, doc: Any, words: HazardWords) -> bool:
    """True for a source that the parse makes a victim, not a doer: a passive subject ("At least four
    passengers are killed and another five wounded"), the subject of "be" ("five people are dead and 30
    injured") or a harm verb's object ("killing at least eight people and leaving several injured")."""
    head = find_source_root(source, doc)
    if head is None:
        return False
    verb = str(head.head.lemma_).lower()
    if head.dep_ == "nsubj" and verb == "be":  # "At least five people are dead and 30 injured"
        return True
    return head.dep_ == "nsubjpass" or (head.dep_ == "dobj" and verb in words.harm_verbs)


def find_source_root(source: Mention | None, doc: Any) -> Any | None:
    """The parse token at the root of a source mention's head span, or None (no source, or no span)."""
    if source is None:
        return None
    span = doc.char_span(source.head.start, source.head.end, alignment_mode="expand")
    return None if span is None else span.root
