"""Victims spread over a parse: the shared object of coordinated verbs, and a counted list in apposition,
and the raised subject of a reported death ("is believed to have died"), read for
:class:`~dotterel.stages.casualty_counts.CasualtyFinder`."""

from __future__ import annotations

from typing import Any

from dotterel.stages.scope import is_verb

__all__ = ["find_listed_in_apposition", "find_shared_objects", "is_raised_perfect"]


def find_shared_objects(verb: Any) -> list[Any]:
    """The object of a coordinated verb ("killing and dismembering 16 women")."""
    for partner in verb.children:
        if partner.dep_ == "conj" and is_verb(partner):
            objects = [c for c in partner.children if c.dep_ == "dobj"]
            if objects:
                return objects
    return []


def find_listed_in_apposition(victim: Any) -> list[Any]:
    """The counted members of a list in apposition ("Three soldiers, [two police officers] and [one
    civilian]"); none for a name ("The Governor, Ahmed Muse Nur") or a part ("12 civilians, 11 of them
    children")."""
    listed = []
    for appos in (c for c in victim.children if c.dep_ == "appos"):
        members = [appos, *(c for c in appos.conjuncts if c.i > appos.i)]
        numbered = all(m.like_num or any(c.dep_ == "nummod" for c in m.children) for m in members)
        tokens = [t for m in members for t in m.subtree]
        partitive = any(t.dep_ == "pobj" and t.pos_ == "PRON" and t.head.lower_ == "of" for t in tokens)
        if numbered and not partitive:
            listed += members
    return listed


def is_raised_perfect(token: Any) -> bool:
    """True for a perfect infinitive under a passive verb of saying or belief, whose subject is the verb's:
    "is believed to have died", "are reported to have been killed"."""
    aux = {c.lower_ for c in token.children if c.dep_ == "aux"}
    passive_head = any(c.dep_ == "auxpass" for c in token.head.children)
    return token.dep_ == "xcomp" and {"to", "have"} <= aux and passive_head
