"""Readings that the words around a trigger decide: which kind of strike, whose death, which side moved.

- A bare "strike" is a labour strike only with a labour word near it (workers, a union, pay, "went on
  strike"); with words of armed conflict and no labour word it is an attack ("the strike killed a general").
- The death an attack caused names its target: "confirms the death of Qasem Soleimani in an airstrike",
  "the U.S. killing of Qasem Soleimani" -> Soleimani.
- What a mover sends is its own force, not the target: "The United States sends 3,000 soldiers to the Middle
  East" has no target, nor has "the Navy deploys a hospital ship to New York City"; "deploys troops to Iraq"
  has Iraq.
- A target phrase with no actor of its own stands for the actor it is tied to: "strikes against two targets
  linked to Iran" -> Iran.
- A noun of revenge that is the purpose of an act ("fired rockets in revenge for the killing") is no event.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.lexicon import Lexicon
from dotterel.knowledge.readings import ReadingWords
from dotterel.model import Mention
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.roles import MentionIndex, find_prep_objects
from dotterel.stages.token_words import lemma_of
from dotterel.stages.triggers import Trigger

DESTINATION_PREPS = ("to", "into", "toward", "towards")
MOBILIZE = "MOBILIZE"
STRIKE_TYPE = "PROTEST"


def _has_word(tokens: Any, words: frozenset[str]) -> bool:
    return any(lemma_of(t) in words or t.lower_ in words for t in tokens)


def is_labour_strike(trigger: Trigger, tokens: Any, words: ReadingWords) -> bool:
    """True when a "strike" trigger reads as a labour strike: "on strike", a duration ("a 24-hour strike"),
    or a labour word (workers, a union, pay, a general strike) in the sentence."""
    token = trigger.token
    if token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.pos_ in {"VERB", "AUX"}:
        return True  # "went on strike", "are on strike"
    lefts = [child for child in token.lefts if child.dep_ in {"amod", "compound", "nmod"}]
    modifiers = [t for child in lefts for t in child.subtree]
    if _has_word(modifiers, words.strike_duration_words):
        return True
    return _has_word(tokens, words.labour_words)


def to_strike_reading(trigger: Trigger, tokens: Any, lexicon: Lexicon, words: ReadingWords) -> Trigger:
    """Return the trigger with the reading of a bare "strike" its sentence supports: armed with words of
    armed conflict and none of labour ("the strike killed a senior commander"), a labour strike with labour
    words and none of armed conflict ("workers extended their strike against the reform"); any other
    trigger unchanged."""
    token = trigger.token
    if lemma_of(token) not in words.dual_strike_nouns or not trigger.is_nominal or trigger.modifier_words:
        return trigger
    labour = is_labour_strike(trigger, tokens, words)
    conflict = _has_word(tokens, words.conflict_words)
    if trigger.pattern.type == STRIKE_TYPE and conflict and not labour:
        wanted = HARM_TYPES
    elif trigger.pattern.type in HARM_TYPES and labour and not conflict:
        wanted = frozenset({STRIKE_TYPE})
    else:
        return trigger
    readings = [p for p in lexicon.find_noun_patterns(lemma_of(token), []) if p.type in wanted]
    return replace(trigger, pattern=readings[0]) if readings else trigger


def is_revenge_purpose(trigger: Trigger, words: ReadingWords) -> bool:
    """True for a revenge noun that is the purpose of another act: "in revenge for", "as retribution"."""
    token = trigger.token
    if not trigger.is_nominal or lemma_of(token) not in words.revenge_nouns or token.dep_ != "pobj":
        return False
    return token.head.lower_ in words.revenge_purpose_preps


def resolve_death_victim(trigger: Trigger, index: MentionIndex, words: ReadingWords) -> Mention | None:
    """The person whose death a harm noun tells: the ``of`` object of "the killing of X", or of the death
    noun the attack is in ("the death of X in an airstrike"); None when there is none."""
    token = trigger.token
    if not trigger.is_nominal or trigger.pattern.type not in HARM_TYPES:
        return None
    death = token if lemma_of(token) in words.death_nouns else None
    if death is None and token.dep_ == "pobj" and token.head.lower_ in words.death_event_preps:
        head = token.head.head
        death = head if lemma_of(head) in words.death_nouns else None
    if death is None:
        return None
    for victim in find_prep_objects(death, ("of",)):
        mention = index.resolve_phrase(victim)
        if mention is not None:
            return mention
    return None


def _moved_phrase(verb: Any) -> Any | None:
    """What a mover verb moves: its object, or the subject of its passive ("troops were sent")."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    if obj is not None:
        return obj
    if any(c.dep_ == "auxpass" for c in verb.children):
        return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return None


def resolve_mobilize_target(
    trigger: Trigger,
    source: Mention | None,
    target: Mention | None,
    index: MentionIndex,
    words: ReadingWords,
) -> Mention | None:
    """The target of a mobilization: never the forces moved (the mover's object) nor a place of the mover's
    own country ("deploys a hospital ship to New York City"), but a foreign country they are sent to; any
    other trigger's target unchanged."""
    verb = trigger.token
    if trigger.pattern.type != MOBILIZE or trigger.is_nominal or lemma_of(verb) not in words.mover_verbs:
        return target
    own = source.actor.country if source is not None else None
    moved = _moved_phrase(verb)
    if target is None or (own is not None and target.actor.country == own):
        return None
    if moved is None or not moved.left_edge.idx <= target.span.start < _end(moved.right_edge):
        return target
    for place in find_prep_objects(verb, DESTINATION_PREPS):
        mention = index.resolve_phrase(place)
        if mention is not None and mention.actor.country not in {None, own}:
            return mention
    return None


def _end(token: Any) -> int:
    return int(token.idx + len(token.text))


def resolve_announcer(
    trigger: Trigger, index: MentionIndex, speech_verbs: frozenset[str], verbal: bool
) -> Mention | None:
    """Who announces a verbal event noun: the subject of the speech verb whose object it is ("Rezaee
    tweets 'vigorous revenge against America'"), or whose reported passive it is the subject of ("tweets
    that revenge will be pursued"); None for material events ("reported an attack")."""
    token = trigger.token
    if not verbal or not trigger.is_nominal:
        return None
    verb = token.head
    if token.dep_ == "nsubjpass" and verb.dep_ == "ccomp":
        verb = verb.head  # "tweets that 'vigorous revenge' will be pursued"
    elif token.dep_ not in {"dobj", "obj"}:
        return None
    if lemma_of(verb) not in speech_verbs:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "csubj"}), None)
    return index.resolve_phrase(subject) if subject is not None else None


def resolve_affiliate(phrase: Any, index: MentionIndex, words: ReadingWords) -> Mention | None:
    """The actor a phrase with no actor of its own is tied to: "two targets linked to Iran" -> Iran,
    "positions held by Kurdish fighters" -> the fighters; None when there is none."""
    for child in phrase.children:
        if child.dep_ != "acl" or lemma_of(child) not in words.affiliation_verbs:
            continue
        for prep in child.children:
            objects = [g for g in prep.children if g.dep_ == "pobj"] if prep.dep_ in {"prep", "agent"} else []
            for obj in objects:
                mention = index.resolve_phrase(obj)
                if mention is not None:
                    return mention
    return None
