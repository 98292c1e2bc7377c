"""Who an act befalls, named as the subject of its verb ("X goes on trial") or by a person's name alone.

Some acts are told with the one they befall as the grammatical subject of an active verb: the accused "goes
on trial", "stands trial", "faces trial". That subject is the event's target; the source (the court, the
prosecutor) is only where the text names one elsewhere. A pattern says so with ``undergoer_subject``.
A to-infinitive with no subject of its own takes its controller's: the object of the verb it completes where
that verb has one ("takes two militants to face trial", "orders him to stand trial"), else that verb's own
subject ("were returned to France to face trial"); a conjoined verb shares its partner's ("he will be
extradited or stand trial"). A person's name the actor book does not know ("Anwar Raslan went on trial") is
still the one tried: its name is the target, with no country and no sector, rather than none (which would
leave the place named to stand for it). So is a person's name the object of a pattern that asks for one
(``person_object``: "orders the release of Ahmed Omar Saeed Sheikh"), or the subject of a small clause
whose predicate the act's noun ends ("declared Alexander Lukashenko persona non grata").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.lexicon_pattern import Pattern
from dotterel.model import Actor, Mention, Span
from dotterel.stages.roles import MentionIndex, find_direct_object, find_subject
from dotterel.stages.trigger_candidates import is_person_name
from dotterel.stages.triggers import Trigger, find_infinitive_subject, find_of_object

RULE_UNDERGOER_NAME = "events.undergoer-name.v1"
UNDERGOER_NAME_CONFIDENCE = 0.6
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CONTROLLED_DEPS = frozenset({"xcomp", "advcl", "ccomp"})
PREDICATE_PART_DEPS = frozenset({"dobj", "obj", "appos"})  # "persona [non grata]" as the parser hangs it


def is_undergoer_verb(pattern: Pattern, nominal: bool) -> bool:
    """True when the pattern's verb has as subject what the act befalls (``undergoer_subject``)."""
    return pattern.undergoer_subject and not nominal


def find_undergoer(verb: Any) -> Any | None:
    """Return the token naming who undergoes the verb's act: its subject, or its controller's (see above)."""
    while True:
        own = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if own is not None:
            return own
        head = verb.head
        if head is verb or verb.dep_ not in CONTROLLED_DEPS | {"conj"}:
            return None
        obj = next((c for c in head.children if c.dep_ in {"dobj", "obj"}), None)
        if obj is not None and verb.dep_ in CONTROLLED_DEPS:
            return obj
        verb = head


def resolve_subject_undergoer(verb: Any, index: MentionIndex) -> Mention | None:
    """Return who undergoes the act of an ``undergoer_subject`` pattern's verb, or None."""
    return resolve_undergoer(find_undergoer(verb), index)


def resolve_person_object(trigger: Trigger, index: MentionIndex) -> Mention | None:
    """Return the person a ``person_object`` pattern's object names: a noun's ``of`` object, a verb's passive
    subject ("Hozan Canê is released from her Istanbul prison"), direct object or infinitive subject."""
    if not trigger.pattern.person_object:
        return None
    token = trigger.token
    if trigger.is_nominal:
        obj = find_of_object(token) or find_declared_subject(token)
    else:
        subject, passive = find_subject(token)
        obj = subject if passive else find_direct_object(token) or find_infinitive_subject(token)
    return resolve_undergoer(obj, index) if is_person_name(obj) else None


def resolve_undergoer(subject: Any | None, index: MentionIndex) -> Mention | None:
    """Return the actor of the undergoing subject, the bare name of a person the book lacks, or None."""
    if subject is None:
        return None
    found = index.resolve_phrase(subject)
    if found is not None or subject.ent_type_ != "PERSON":
        return found
    return to_name_mention(subject)


def to_name_mention(subject: Any) -> Mention:
    """The bare name of a person the book lacks, as a mention with no country and no sector: the name's own
    words up to its head ("American actress [Lori Loughlin]"), not its titles or descriptions; a first name
    the parser left untyped is its own word ("[Gregory] and Travis McMichael")."""
    names = [t for t in subject.subtree if t.ent_type_ == "PERSON" and t.i <= subject.i] or [subject]
    span = Span(min(t.idx for t in names), subject.idx + len(subject.text))
    head = Span(subject.idx, subject.idx + len(subject.text))
    actor = Actor(text=subject.doc.text[span.start : span.end])
    return Mention(span, head, actor, "name", RULE_UNDERGOER_NAME, UNDERGOER_NAME_CONFIDENCE)


def to_declaring_clause(trigger: Trigger) -> Trigger:
    """A ``person_object`` noun with no clause that ends a small clause ("declare X persona non grata") takes
    the declaring verb as its clause, whose subject is the source; other triggers are returned as they are."""
    if not trigger.pattern.person_object or not trigger.is_nominal or trigger.clause is not None:
        return trigger
    top = _to_predicate_top(trigger.token)
    verb = top.head
    if top is verb or verb.pos_ not in {"VERB", "AUX"} or find_declared_subject(trigger.token) is None:
        return trigger
    return replace(trigger, clause=verb)


def _to_predicate_top(noun: Any) -> Any:
    edge = noun.left_edge
    if noun.dep_ in PREDICATE_PART_DEPS and noun.head.i + 1 == edge.i and edge.dep_ == "compound":
        return noun.head
    return noun


def find_declared_subject(noun: Any) -> Any | None:
    """Return whom a predicate noun is declared of: the subject of the small clause "declare [X] persona non
    grata", which the small parser makes the subject of the predicate's first word ("persona", then tagged a
    verb) or a compound before it ("declared ambassador Daniel Lewis [Foote] persona non grata"). The noun
    climbs to that first word only when it hangs on it with no determiner of its own ("non grata" does;
    "ordered the release" does not)."""
    top = _to_predicate_top(noun)
    subject = next((c for c in top.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None:
        return subject
    names = [c for c in top.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return names[-1] if names and top is not noun else None
