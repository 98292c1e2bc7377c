"""Names after an opening place phrase that the parser joined to it, though they are the sentence's subject.

"In Osaka, Argentina, Brazil, Chile and Canada jointly issue a statement": the parser reads the states as more
places of "In Osaka" (conjuncts of "Osaka"), and leaves the verb without a subject. They are the actors: a
list after the opening "In <place>," that runs on into the verb (at most adverbs between: "jointly") while
the verb has no subject of its own is the verb's subject, and names no location. "In Paris, London and
Berlin, protesters rally": the list ends with a comma and the verb has its own subject; the list is places.
Nor is a subject the container of the name before its comma: "In Brussels, France and Germany agree" names no
Brussels of France (:func:`is_subject_name`).
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.scope import SUBJECT_DEPS, is_verb

__all__ = ["is_misread_subject_conjunct", "is_subject_name"]


def is_misread_subject_conjunct(token: Any) -> bool:
    """True for a later conjunct of the object of a sentence-opening preposition, set off from it by a comma,
    whose list runs on into the subjectless verb the preposition hangs on (see the module)."""
    if token.dep_ != "conj":
        return False
    first = token.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    prep = first.head
    if first.dep_ != "pobj" or prep.dep_ != "prep" or prep.i != prep.sent.start:
        return False
    verb = prep.head
    doc = token.doc
    if not is_verb(verb) or verb.i <= token.i or first.i + 1 >= len(doc) or doc[first.i + 1].text != ",":
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    last = max(t.i for t in first.subtree)
    between = doc[last + 1 : verb.i]
    return all(t.dep_ == "advmod" and t.head.i == verb.i for t in between)


def is_subject_name(token: Any) -> bool:
    """True for a name that is a verb's subject, or is read as one (:func:`is_misread_subject_conjunct`): no
    container of the name before it ("In Brussels, France and Germany agree")."""
    return token.dep_ in SUBJECT_DEPS or is_misread_subject_conjunct(token)
