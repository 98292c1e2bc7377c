"""The target of a handover is the person handed over, not the state receiving them.

"Spain extradites Hugo Carvajal to the United States": the "to" phrase of a verb of handing over
(``handover_verbs``: extradite, deport, repatriate) is where the person is sent; the act is done to the
person, the verb's object (or its passive subject: "Carvajal is extradited to the United States"). An event
whose target the roles took from the "to" phrase gets the person as target: the actor standing for them, else
the words of their name or title ("Joseph Scott Pemberton", "intelligence chief").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.modality import ModalityWords
from dotterel.model import Actor, Event, Span
from dotterel.stages.roles import MentionIndex
from dotterel.stages.token_words import lemma_of

DESTINATION_PREPS = frozenset({"to"})
DESTINATION_DEPS = frozenset({"prep", "dative"})
PERSON_DEPS = frozenset({"dobj", "nsubjpass"})
NAME_DEPS = frozenset({"compound", "amod"})


def _destination_tokens(verb: Any) -> set[int]:
    """The token indices of the verb's "to" phrases."""
    return {
        t.i
        for c in verb.children
        if c.dep_ in DESTINATION_DEPS and c.lower_ in DESTINATION_PREPS
        for t in c.subtree
    }


def to_person_target(event: Event, token: Any, index: MentionIndex, words: ModalityWords) -> Event:
    """The event with the person handed over as target where the destination was taken; else the event."""
    span = event.evidence.spans.get("target")
    if event.target is None or span is None or lemma_of(token) not in words.handover_verbs:
        return event
    destination = _destination_tokens(token)
    if not any(t.idx < span.end and span.start < t.idx + len(t) for t in token.doc if t.i in destination):
        return event
    person = next((c for c in token.children if c.dep_ in PERSON_DEPS), None)
    mention = index.resolve_phrase(person) if person is not None else None
    spans = {key: value for key, value in event.evidence.spans.items() if key != "target"}
    target = mention.actor if mention is not None else None
    if mention is not None:
        spans["target"] = mention.span
    elif person is not None:  # a person no actor stands for: named by the words of their name or title
        first, doc = person, person.doc
        while first.i > 0 and doc[first.i - 1].dep_ in NAME_DEPS and doc[first.i - 1].head.i == person.i:
            first = doc[first.i - 1]
        start, end = first.idx, person.idx + len(person)
        target, spans["target"] = Actor(text=person.doc.text[start:end]), Span(start, end)
    return replace(event, target=target, evidence=replace(event.evidence, spans=spans))
