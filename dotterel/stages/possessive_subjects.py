"""A possessive pronoun in its clause's object is bound by the clause's subject: "X tenders his resignation".

In "Envoy Jason Smith, in charge of the Trump peace plan, announces his resignation", "his" is Smith's: a
possessive pronoun inside the object of a verb (or of a preposition hung on it) refers first to that verb's
subject, not to the last name before it, which may sit in a phrase about the subject ("the Trump peace plan").
The subject is found as :func:`dotterel.stages.roles.find_subject` finds it, so "agrees to submit his
resignation" reaches the subject of "agrees". Left undecided: a passive verb ("was fired by his party"), a
verb with another object beside the one holding the pronoun ("fires Bolton over his remarks"), and a subject
after the pronoun. When the binding subject is a person's name that no known actor's mention holds, "his" or
"her" is left unresolved rather than given to a name in a phrase about the subject.
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.roles import find_subject

POSSESSIVE_DEP = "poss"
OBJECT_DEPS = frozenset({"dobj", "pobj", "prep", "conj"})
OBJECT_OF_VERB_DEPS = frozenset({"dobj", "obj", "dative"})
VERB_POS = frozenset({"VERB", "AUX"})
MAX_HOPS = 4
PERSON_KIND = "person"
PERSON_ENT = "PERSON"


def find_binding_subject(pronoun: Any) -> Any | None:
    """Return the subject token that binds a possessive pronoun in its verb's object, or None (see above)."""
    if pronoun.dep_ != POSSESSIVE_DEP:
        return None
    node = pronoun.head
    for _ in range(MAX_HOPS):
        if node.dep_ not in OBJECT_DEPS or node.head.i == node.i:
            return None
        held, node = node, node.head
        if node.pos_ in VERB_POS:
            break
    else:
        return None
    if node.pos_ not in VERB_POS or _has_other_object(node, held):
        return None
    subject, passive = find_subject(node)
    return subject if subject is not None and not passive and subject.i < pronoun.i else None


def _has_other_object(verb: Any, held: Any) -> bool:
    """True when the verb has an object beside the phrase holding the pronoun ("fires Bolton over his …")."""
    return any(c.dep_ in OBJECT_OF_VERB_DEPS and c.i != held.i for c in verb.children)


def is_bound_by_other_person(pronoun: Any, kind: str, span_start: int, span_end: int) -> bool:
    """True when "his"/"her" is bound by a person's name as its verb's subject (the tagger's PERSON) and the
    antecedent found, whose span is ``[span_start, span_end)`` in characters, does not hold that name: the
    pronoun is the subject's, even when the subject names no known actor ("Chief of Staff Mick Mulvaney,
    head of the Trump budget office, tenders his resignation": not Trump's)."""
    if kind != PERSON_KIND:
        return False
    subject = find_binding_subject(pronoun)
    if subject is None or subject.ent_type_ != PERSON_ENT:
        return False
    return not span_start <= subject.idx < span_end
