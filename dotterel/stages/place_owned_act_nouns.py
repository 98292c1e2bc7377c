"""An act named by a noun with a name or a day as its owner, the object of another act, keeps its own phrase.

"Protests take place in Paris following Paty's beheading", "gangs attack people in Cochabamba who celebrate
Evo Morales's resignation", "police raid a mosque in Lyon after Thursday's attack": a noun of an act with a
possessor ("Paty's", "Evo Morales's", "Thursday's") names a known act, told by whom it befell or when it was,
set as the object of another act ("celebrate", "condemn") or of a preposition of its cause, its time or its
topic ("after", "following", "over", "for"). The place of the clause around it is where that other act is,
not where the named act was: only a place phrase inside the noun's own phrase is its place ("Thursday's
attack on a mosque in Kabul").

Not changed: a subject ("Thursday's attack killed 40 in Kabul": the verb tells the same happening), a noun
after "in", "during", "by", "at" or "amid" (the act the clause tells happened in or by it: "40 were killed in
Thursday's attack"), a pronoun or a common noun as its owner ("his arrest", "the president's
resignation"), an act noun that is its clause's own act, under no other event ("Norway imposes Europe's
strictest entry restrictions": the issuer's measure).
"""

from __future__ import annotations

from typing import Any

from dotterel.model import Event

# The possessive marker of a name ("Paty's", "the Smiths'").
OWNER_MARKS = frozenset({"'s", "'", "’s", "’"})
# Positions of a noun as what another act is about or on.
OBJECT_DEPS = frozenset({"dobj", "pobj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Prepositions whose object is the happening the clause itself tells, or its scene ("killed in Thursday's
# attack", "clashes during Sunday's election", "amid Monday's protests").
SAME_SCENE_PREPS = frozenset({"in", "during", "by", "at", "amid", "amidst", "within", "throughout"})

__all__ = ["is_owned_act_lent_place", "is_possessed_object_act"]


def is_possessed_object_act(token: Any, others: frozenset[int]) -> bool:
    """True for a noun of an act owned by a name or a day ("Paty's beheading", "Thursday's attack") that is
    the object of a verb or of a preposition other than one of its scene (:data:`SAME_SCENE_PREPS`), under
    another event's trigger (``others``: :func:`_is_under_other_act`)."""
    if token.pos_ != "NOUN" or not any(_is_named_owner(c) for c in token.children):
        return False
    if not _is_under_other_act(token, others):
        return False
    base = token
    while base.dep_ == "conj" and base.head.i != base.i:
        base = base.head
    if base.dep_ not in OBJECT_DEPS:
        return False
    return base.dep_ == "dobj" or base.head.lower_ not in SAME_SCENE_PREPS


def _is_under_other_act(token: Any, others: frozenset[int]) -> bool:
    """True when an ancestor of ``token``, or the subject of one, is another event's trigger ("protests take
    place … following Paty's beheading"); not when the noun is the clause's own act ("Norway imposes Europe's
    strictest entry restrictions": the issuer's measure)."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.i in others or any(c.dep_ in SUBJECT_DEPS and c.i in others for c in node.children):
            return True
    return False


def _is_named_owner(child: Any) -> bool:
    """True for a possessor that is a name or a day, marked by "'s" ("Paty's", "Thursday's")."""
    if child.dep_ != "poss" or child.pos_ != "PROPN":
        return False
    return any(c.dep_ == "case" and c.lower_ in OWNER_MARKS for c in child.children)


def is_owned_act_lent_place(event: Event, token: Any | None, others: frozenset[int]) -> bool:
    """True when ``event`` is an owned act noun set as an object (:func:`is_possessed_object_act`) and its
    place is named outside the noun's own phrase (lent by a clause tied to it: "march in Nairobi against
    Monday's killing")."""
    span = event.evidence.spans.get("place")
    if token is None or event.place is None or span is None or not is_possessed_object_act(token, others):
        return False
    first, last = token.left_edge, token.right_edge
    return not first.idx <= span.start < last.idx + len(last.text)
