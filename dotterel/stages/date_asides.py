"""A date inside an aside set off by commas between a subject and its verb dates nothing of the clause.

"Lukashenko, in power since 1994, declares a landslide victory …, as riot police clash with protesters": the
year tells how long he has ruled, not when the clash took place. The aside is a phrase hung on the subject
noun (a prepositional phrase, an adjective or a noun in apposition; or, with a standing's start, "since", a
phrase the parser hangs on the verb: "Nazarbayev, in power since 1990, resigns") that sits between that noun
and its verb with a comma on each side, and the date is deeper in it than the aside's own head: "The army, on
Monday, launched an offensive", where the date is the aside itself (a misparse of a time phrase of the verb),
keeps dating the clause. For :func:`dotterel.stages.date_scope.resolve_bound_region`.
"""

from __future__ import annotations

from typing import Any

__all__ = ["resolve_aside_region"]

ASIDE_DEPS = frozenset({"prep", "appos", "amod"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
VERB_POS = frozenset({"VERB", "AUX"})
COMMA = ","
# The preposition of a standing's start: an aside hung on the verb tells how long the subject has held it.
STANDING_PREPS = frozenset({"since"})


def resolve_aside_region(chain: list[Any]) -> frozenset[int] | None:
    """The token ids of the aside the date phrase (``chain``: its root, then the root's heads) sits in, or
    None when it sits in none; the date's own preposition is no aside ("The army, on Monday, launched …")."""
    root = chain[0]
    for token in chain[1:]:
        if token.dep_ not in ASIDE_DEPS or (root.dep_ == "pobj" and token.i == root.head.i):
            continue
        noun = _find_aside_subject(token, root)
        if noun is not None and _is_comma_enclosed(token, noun):
            return frozenset(t.i for t in token.subtree)
        return None
    return None


def _find_aside_subject(aside: Any, root: Any) -> Any | None:
    """The subject noun the aside follows: its head, or, for an aside the parser hangs on the verb, the verb's
    subject when the date is a standing's start ("Nazarbayev, in power [since] 1990, resigns")."""
    head = aside.head
    if head.pos_ in NOUN_POS and head.dep_ in SUBJECT_DEPS:
        return head
    prep = root if root.lower_ in STANDING_PREPS else root.head
    if prep.lower_ not in STANDING_PREPS or head.pos_ not in VERB_POS:
        return None
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < aside.i), None)
    return subject if subject is not None and subject.pos_ in NOUN_POS else None


def _is_comma_enclosed(aside: Any, noun: Any) -> bool:
    """True when the aside follows its subject noun after a comma and a comma closes it before the verb."""
    doc = aside.doc
    verb = noun.head
    start, end = aside.left_edge.i, aside.right_edge.i
    if not (noun.i < start and end < verb.i) or start < 1 or end + 1 >= len(doc):
        return False
    return doc[start - 1].text == COMMA and doc[end + 1].text == COMMA
