"""Find event triggers in a sentence: verbs, phrasal verbs, nominal events and light-verb constructions.

A trigger is the token that fired a lexicon pattern plus the clause verb whose subject is the event's
source: the verb itself, or the light verb of "carried out strikes", or None for a bare noun ("US air raids").
The lexicon patterns a verb or a noun matches, best first, moved to :mod:`dotterel.stages.trigger_patterns`
(:func:`find_noun_matches` and :func:`find_infinitive_subject` stay importable from here).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from dotterel.knowledge.lexicon import Lexicon, Pattern
from dotterel.model import Span
from dotterel.stages.headline_verbs import is_compound_verb_object, is_mistagged_trigger_verb
from dotterel.stages.passive_undergoers import find_passive_subject
from dotterel.stages.roles import find_prep_object
from dotterel.stages.token_words import lemma_of
from dotterel.stages.trigger_candidates import (
    NOUN_POS,
    VERB_POS,
    find_object_nouns,
    find_trigger_candidates,
    is_adjectival,
    is_participle_noun,
    is_person_name,
)
from dotterel.stages.trigger_patterns import (
    find_first_object,
    find_particles,
    find_ranked_noun_patterns,
    find_verb_matches,
    has_excluded_object,
    to_object_specificity,
)
from dotterel.stages.trigger_patterns import find_infinitive_subject as find_infinitive_subject  # re-exported
from dotterel.stages.trigger_patterns import find_noun_matches as find_noun_matches  # re-exported

# Dependencies inside a verb's object phrase: "urged [an end [to [the fighting]]]".
OBJECT_PATH_DEPS = frozenset({"dobj", "obj", "pobj", "prep", "compound", "conj", "appos"})
MAX_OBJECT_DEPTH = 5


@dataclass(frozen=True)
class Trigger:
    """A lexicon pattern matched at a token; ``clause`` is the verb that carries the source."""

    token: Any
    clause: Any | None
    pattern: Pattern
    span: Span
    modifier_words: int = 0

    @property
    def is_nominal(self) -> bool:
        """True when the event is expressed by a noun ("air raids", "talks"), not by a verb the tagger
        took for a noun ("supremacist shoots a protester")."""
        return self.token.pos_ in NOUN_POS and self.clause is not self.token


def _noun_span(noun: Any, modifier_words: int) -> Span:
    start = noun
    if modifier_words:
        lefts = [c for c in noun.lefts if c.dep_ in {"compound", "amod", "nmod"}]
        if lefts:
            start = min((t for c in lefts for t in c.subtree), key=lambda t: t.i)
    return Span(start.idx, noun.idx + len(noun.text))


def _verb_span(verb: Any, particle: str | None) -> Span:
    end = verb.idx + len(verb.text)
    for child in verb.rights:
        if particle and child.dep_ == "prt" and child.lower_ == particle:
            end = child.idx + len(child.text)
    return Span(verb.idx, end)


def find_triggers(
    tokens: Any, lexicon: Lexicon, nominalizations: Mapping[str, str] | None = None
) -> list[Trigger]:
    """Return the triggers in a sentence, one per token.

    A light verb's event-noun object is taken by the light verb ("carried out strikes"); a noun inside the
    object of another trigger verb ("denied allegations", "cut aid", "urged an end to the fighting") or a
    modifier of another noun ("riot police") is not an event of its own. A noun that ``nominalizations``
    maps to a verb reads as that verb with its ``of`` phrase as object, "a suspension of air links with
    Serbia" as "suspend air links" (only patterns that require an object), unless a noun pattern with
    modifier words matches it: the object says more than the bare noun ("the deployment of peacekeepers").
    """
    nominals = nominalizations or {}
    taken: set[int] = set()
    triggers: list[Trigger] = []
    light_verbs, words = find_trigger_candidates(tokens, lexicon, nominals)
    for token in light_verbs:
        triggers.extend(_light_verb_triggers(token, lexicon, taken, nominals))
    verb_triggers = {t.token.i for t in triggers}
    for token in words:
        if token.i in taken or token.i in verb_triggers:
            continue
        trigger = _token_trigger(token, lexicon)
        if trigger is None or (trigger.is_nominal and not trigger.modifier_words):
            trigger = _nominal_trigger(token, None, lexicon, nominals) or trigger
        if trigger is not None:
            triggers.append(trigger)
    by_index = {t.token.i: t for t in triggers}
    kept = [t for t in triggers if not _is_dependent_noun(t, by_index)]
    kept.sort(key=lambda t: t.span.start)
    return kept


def _is_dependent_noun(trigger: Trigger, by_index: dict[int, Trigger]) -> bool:
    token = trigger.token
    if not trigger.is_nominal or trigger.clause is not None:
        return False
    if token.dep_ == "compound" or is_compound_verb_object(token, by_index):  # "in Texas drop [charges]"
        return True
    node = token
    for _ in range(MAX_OBJECT_DEPTH):
        if node.dep_ not in OBJECT_PATH_DEPS or node.head.i == node.i:
            return False
        head = by_index.get(node.head.i)
        if node.dep_ in {"dobj", "obj"} and head is not None and not head.is_nominal:
            return True
        node = node.head
    return False


def _light_verb_triggers(
    verb: Any, lexicon: Lexicon, taken: set[int], nominals: Mapping[str, str]
) -> Iterator[Trigger]:
    lemma = lemma_of(verb)
    if lemma not in lexicon.light_verb_lemmas and " " not in lemma:
        return  # no light verb starts with this verb
    particles = [None, *find_particles(verb)]
    if not any(lexicon.is_light_verb(lemma, particle) for particle in particles):
        return
    if is_phrasal_verb(verb, lexicon):
        return  # "[hands down] the last sentences": the verb with its particle reads the noun itself
    obj = find_first_object(verb) or find_passive_subject(verb)
    if obj is None or obj.pos_ not in NOUN_POS:
        return
    matches = find_ranked_noun_patterns(lexicon, obj, verb)
    nominal = None if matches and matches[0][1] else _nominal_trigger(obj, verb, lexicon, nominals)
    if nominal is not None:  # "announced a suspension of air links"; "the deployment of peacekeepers"
        taken.add(obj.i)
        yield nominal
        return
    quantified = find_of_object(obj)
    if not matches and quantified is not None and quantified.pos_ in NOUN_POS:  # "25,000 tons of food aid"
        obj, matches = quantified, find_ranked_noun_patterns(lexicon, quantified, verb)
    if matches:
        pattern, needed = matches[0]
        taken.add(obj.i)
        yield Trigger(obj, verb, pattern, _noun_span(obj, needed), needed)


def is_phrasal_verb(verb: Any, lexicon: Lexicon) -> bool:
    """True for a verb whose particle makes a verb of the lexicon that is no light verb ("hand down", "hand
    over"): its object is that verb's, not a light verb's event noun ("hands down the sentences")."""
    lemma = lemma_of(verb)
    phrasal = [p for p in find_particles(verb) if lexicon.find_verb_patterns(lemma, p)]
    return bool(phrasal) and not any(lexicon.is_light_verb(lemma, p) for p in phrasal)


def _nominal_trigger(
    noun: Any, clause: Any | None, lexicon: Lexicon, nominals: Mapping[str, str]
) -> Trigger | None:
    """The verb pattern a nominalisation stands for, its ``of`` object meeting the pattern's object."""
    verb = nominals.get(lemma_of(noun)) if noun.pos_ == "NOUN" else None
    obj = find_of_object(noun) if verb is not None else None
    if verb is None or obj is None:
        return None
    scored = []
    for position, pattern in enumerate(lexicon.find_verb_patterns(verb)):
        specificity = to_object_specificity(pattern, [obj, *find_object_nouns(noun, obj)])
        named = pattern.person_object and is_person_name(obj)  # "the release of [Ahmed Omar Saeed Sheikh]"
        wanted = (pattern.requires_object or named) and not pattern.requires_subject  # a noun has none
        if wanted and specificity is not None and not has_excluded_object(pattern, [obj]):
            scored.append((-specificity, position, pattern))
    if not scored:
        return None
    pattern = min(scored, key=lambda item: item[:2])[2]
    return Trigger(noun, clause, pattern, Span(noun.idx, noun.idx + len(noun.text)))


def find_of_object(noun: Any) -> Any | None:
    """The object of a noun's "of": "the release [of] X" gives X."""
    return find_prep_object(noun, "of")


def _token_trigger(token: Any, lexicon: Lexicon) -> Trigger | None:
    if token.pos_ in VERB_POS and (is_adjectival(token) or is_participle_noun(token)):
        return None  # a participle used as an adjective or noun: "besieged towns", "evacuate the wounded"
    mistagged = token.pos_ not in VERB_POS and is_mistagged_trigger_verb(token, lexicon)
    if token.pos_ in VERB_POS or mistagged:
        verb_matches = find_verb_matches(lexicon, token)
        if verb_matches:
            pattern, particle = verb_matches[0]
            return Trigger(token, token, pattern, _verb_span(token, particle))
        if not mistagged:  # a mistagged "verb" no verb pattern knows stays a noun: "Gowin tenders
            return None  # [resignation]" (the verb tagged as the compound of a root noun with a subject)
    if token.pos_ in NOUN_POS:
        noun_matches = find_ranked_noun_patterns(lexicon, token)
        if noun_matches:
            pattern, needed = noun_matches[0]
            return Trigger(token, None, pattern, _noun_span(token, needed), needed)
    return None
