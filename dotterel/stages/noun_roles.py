"""Roles of nominal events: who takes part in, claims, suffers or is the object of an event noun; and who
issues a government measure told with no source of its own."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from dotterel.knowledge.wordlists import load_role_words
from dotterel.model import Actor, Mention, Span
from dotterel.stages.compound_verbs import find_verbless_object
from dotterel.stages.described_names import is_described_name, to_described_name_mention
from dotterel.stages.given_recipients import find_given_recipients
from dotterel.stages.named_undergoers import to_name_mention
from dotterel.stages.roles import (
    MentionIndex,
    find_direct_object,
    find_governing_verb,
    find_prep_objects,
    find_subject,
)
from dotterel.stages.trigger_candidates import is_onset_subject, is_person_name, to_degree_holder
from dotterel.stages.triggers import Trigger


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


def resolve_between_party(noun: Any, index: MentionIndex) -> Mention | None:
    """The first of two or more actors an event noun is "between": "talks between [Australia] and North
    Korea", "a phone call between [Trump] and Erdogan". Coded as the subject of "Australia and North Korea
    held talks" is, one event each way (:func:`dotterel.stages.reciprocal.find_actor_pairs`). None for fewer
    than two distinct actors ("talks between the two delegations" names none)."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "between":
            continue
        sides = [c for c in prep.children if c.dep_ == "pobj"]
        sides.extend(c for side in list(sides) for c in side.conjuncts)
        found = [m for m in (index.resolve_phrase(side) for side in sides) if m is not None]
        distinct = {m.span for m in found}
        return found[0] if len(distinct) > 1 else None
    return None


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


# How a measure hangs under the verb that issues it: its object ("announces a curfew"), the subject or the
# verb of its clause ("announces that the lockdown will begin", "says schools will be closed"), a verb that
# controls it ("orders the bars to close"), a coordinated measure ("declares a state of emergency and imposes
# a curfew") and an apposition ("announces new rules, a curfew from 9 p.m.").
ISSUED_MEASURE_DEPS = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "ccomp", "xcomp", "conj", "appos"})
MAX_ISSUER_STEPS = 4


def resolve_measure_issuer(token: Any, index: MentionIndex, issuing_verbs: frozenset[str]) -> Mention | None:
    """Who issues a measure its own clause gives no source: the subject of the nearest issuing verb above it.

    "Macron announces a curfew for Paris", "the premier announces that the lockdown will begin at midnight",
    "the minister says all flights are suspended": a government measure is the act of whoever announces,
    declares or orders it. The climb follows objects, clauses and controlled verbs only (``ISSUED_MEASURE_
    DEPS``): a measure in an adverbial or relative clause ("cases fell after the curfew was imposed") is no
    content of the verb above it. None when no issuing verb with an active subject is reached.
    """
    current = token
    for _ in range(MAX_ISSUER_STEPS):
        if current.dep_ not in ISSUED_MEASURE_DEPS or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in {"VERB", "AUX"} and str(current.lemma_).lower() in issuing_verbs:
            subject, passive = find_subject(current)
            return None if subject is None or passive else index.resolve_phrase(subject)
    return None


def resolve_onset_issuer(
    noun: Any, index: MentionIndex, onset_verbs: frozenset[str], degree_nouns: frozenset[str] = frozenset()
) -> Mention | None:
    """The area told as entering a measure stands for the government that imposes it: "Wales entered a
    two-week lockdown", "New Zealand enters alert level 3", "the city moves into Tier 3" -> the subject of the
    onset verb (a pattern's ``onset_verbs``) whose object, or object of a preposition, the measure noun (or
    its degree noun: "moves to the highest level of restrictions", :func:`to_degree_holder`) is; the object of
    into/under/on/to only ("moved its offices despite the travel ban" is none), not in a subordinate clause
    ("cases rose after Portugal moved to Tier 3", :func:`is_onset_subject`). None for a measure that is
    itself the subject ("the lockdown began") or under a passive verb."""
    if not is_onset_subject(noun, onset_verbs, degree_nouns):
        return None
    noun = to_degree_holder(noun, degree_nouns)
    if noun.dep_ not in {"dobj", "obj", "pobj"}:
        return None
    subject, passive = find_subject(noun.head.head if noun.dep_ == "pobj" else noun.head)
    return None if subject is None or passive else index.resolve_phrase(subject)


def resolve_issuer(
    trigger: Trigger,
    index: MentionIndex,
    issuing_verbs: frozenset[str],
    degree_nouns: frozenset[str] = frozenset(),
) -> Mention | None:
    """Who issues a government measure its clause gives no source: the area entering it ("Wales entered a
    lockdown", :func:`resolve_onset_issuer`), else the subject of the verb announcing or ordering it ("Macron
    announces a curfew", :func:`resolve_measure_issuer`)."""
    onset = frozenset(trigger.pattern.onset_verbs)
    entered = resolve_onset_issuer(trigger.token, index, onset, degree_nouns) if trigger.is_nominal else None
    return entered or resolve_measure_issuer(trigger.token, index, issuing_verbs)


RULE_ROLE_TARGET = "events.role-target.v1"
ROLE_TARGET_CONFIDENCE = 0.6


def resolve_role_target(trigger: Trigger) -> Mention | None:
    """The person an act befalls when the text names them only by their part in a crime (the pattern's
    ``role_targets``): "The perpetrator is arrested", "police detained two suspects", "the arrest of a
    suspect", "the suspect's arrest". No actor book entry names them, yet the act is told; their phrase is
    the target, with no country and no sector. A verb's passive subject or direct object, a noun's owner or
    "of"-object. A person's bare name in that place is the target too (a mention with no country and no
    sector, :func:`~dotterel.stages.named_undergoers.to_name_mention`)."""
    nouns = trigger.pattern.role_targets
    if not nouns:
        return None
    if trigger.is_nominal:
        of = next((c for c in trigger.token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        candidates = [c for c in trigger.token.children if c.dep_ == "poss"]
        candidates += [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
        candidates += find_carried_undergoers(trigger.token)
        candidates += find_given_recipients(trigger.token, load_role_words()["giving_verbs"])
    else:
        verb = trigger.clause if trigger.clause is not None else trigger.token
        subject, passive = find_subject(verb)
        undergoer = passive or trigger.pattern.undergoer_subject  # "two suspects go on trial"
        obj = find_direct_object(verb) or find_verbless_object(verb)  # "police arrest [X]" run into one noun
        candidates = [subject] if subject is not None and undergoer else [obj]
    return to_role_mention(candidates, nouns)


def to_role_mention(candidates: list[Any], nouns: Collection[str]) -> Mention | None:
    """The first of ``candidates`` named by one of the role ``nouns`` ("two [suspects]"), as a mention with no
    country and no sector; else the first that is a person's name the book lacks; else None."""
    for noun in candidates:
        # the word as written too: "The [accused] is sentenced" (a participle, lemma "accuse")
        if noun is not None and not {str(noun.lemma_).lower(), noun.lower_}.isdisjoint(nouns):
            left = min(t.idx for t in noun.subtree if t.i <= noun.i)
            span = Span(left, noun.idx + len(noun.text))
            actor = Actor(text=noun.doc.text[span.start : span.end])
            head = Span(noun.idx, noun.idx + len(noun.text))
            return Mention(span, head, actor, "sector", RULE_ROLE_TARGET, ROLE_TARGET_CONFIDENCE)
    # so is a person's name the book lacks: "Lori Loughlin is sentenced", "police arrest Yaser Said"
    named = next((noun for noun in candidates if is_person_name(noun)), None)
    if named is not None:
        return to_name_mention(named)
    # a name the tagger took for a firm's or a place's, told with a person's description: "rapper YNW Melly"
    described = next((noun for noun in candidates if is_described_name(noun)), None)
    return to_described_name_mention(described) if described is not None else None


CARRYING_PREPS = frozenset({"into", "under"})


def find_carried_undergoers(noun: Any) -> list[Any]:
    """Who is put into the state a noun names, as the object of the verb's into/under: "police took [the
    gunman] into custody", "[the suspect] was taken into custody", "placed [two men] under arrest" (the
    verb's direct object, or its passive subject). Empty for a noun in no such phrase."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in CARRYING_PREPS:
        return []
    verb = prep.head
    if verb.pos_ != "VERB":
        return []
    subject, passive = find_subject(verb)
    held = subject if passive else find_direct_object(verb)
    return [held] if held is not None else []


def has_of_doer(trigger: Trigger) -> bool:
    """True for the noun of an act with no object (the pattern's ``of_doer``) that has an "of"-object: "the
    resignation of Tom Thabane" names who resigned, and only that phrase (or the noun's own modifiers) may
    give the source, never the clause around the noun ("Parliament accepts the resignation of …")."""
    return trigger.is_nominal and trigger.pattern.of_doer and bool(find_prep_objects(trigger.token, ("of",)))


def resolve_of_doer(index: MentionIndex, trigger: Trigger) -> Mention | None:
    """Who did the act of an :func:`has_of_doer` noun, named by its "of"-object: "accepts the resignation of
    Tom Thabane" (Thabane resigned; the acceptor did not), "the abdication of the king"; None for "the
    resignations of his aides" (the aides' owner did not resign).

    Args:
        index: the article's mentions.
        trigger: the event's trigger.
    """
    for obj in find_prep_objects(trigger.token, ("of",)):
        found = index.resolve_phrase(obj)
        owners = [token for token in obj.subtree if token.dep_ == "poss" and token.i < obj.i]
        if found is not None and not any(_holds(owner, found) for owner in owners):
            return found
    return None


def _holds(token: Any, mention: Mention) -> bool:
    """True when the mention's head lies in the token's phrase."""
    left, right = token.left_edge, token.right_edge
    return left.idx <= mention.head.start < right.idx + len(right.text)
