"""Roles of nominal events: who takes part in, claims, suffers or is the object of an event noun."""

from __future__ import annotations

from typing import Any

from dotterel.model import Mention
from dotterel.stages.roles import MentionIndex, find_direct_object, find_governing_verb, find_subject


def resolve_participant(
    noun: Any, index: MentionIndex, preps: frozenset[str], victim_verbs: frozenset[str]
) -> Mention | None:
    """The subject of a verb whose phrase holds the event noun: "nurses went on strike", "negotiators
    return to Geneva for talks", "troops were put on alert" is not one (passive)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in preps:
        return None
    verb = prep.head
    undergone = str(verb.lemma_).lower() in victim_verbs and find_direct_object(verb) is None
    if verb.pos_ not in {"VERB", "AUX"} or undergone:
        return None  # "five people died in an attack" are its victims; "militants injured two" are not
    subject, passive = find_subject(verb)
    return None if subject is None or passive else index.resolve_phrase(subject)


def resolve_claimant(noun: Any, index: MentionIndex, claim_nouns: frozenset[str]) -> Mention | None:
    """Who claims responsibility for the event: "Al-Shabaab claims responsibility for the attack"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or str(prep.head.lemma_).lower() not in claim_nouns:
        return None
    verb = find_governing_verb(prep.head)
    subject, passive = find_subject(verb) if verb is not None else (None, False)
    return None if subject is None or passive else index.resolve_phrase(subject)


def resolve_victim(
    noun: Any, index: MentionIndex, preps: frozenset[str], victim_verbs: frozenset[str]
) -> Mention | None:
    """Who suffered an event noun: "Soleimani was killed in an attack by US helicopters", "two soldiers died
    in the bombing" -> the subject of the passive or harm-undergoing verb holding the noun."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in preps:
        return None
    verb = prep.head
    subject, passive = find_subject(verb) if verb.pos_ in {"VERB", "AUX"} else (None, False)
    undergone = str(verb.lemma_).lower() in victim_verbs and find_direct_object(verb) is None
    if subject is None or not (passive or undergone):
        return None
    return index.resolve_phrase(subject)


def resolve_first(index: MentionIndex, tokens: list[Any]) -> Mention | None:
    for token in tokens:
        mention = index.resolve_phrase(token)
        if mention is not None:
            return mention
    return None


def find_relative_clause_objects(noun: Any) -> list[Any]:
    """Objects of a relative clause on an event noun: "attacks that killed a US contractor" -> contractor."""
    objects = []
    for child in noun.children:
        if child.dep_ in {"relcl", "acl"}:
            obj = find_direct_object(child)
            if obj is not None:
                objects.append(obj)
    return objects
