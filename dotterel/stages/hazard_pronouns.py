"""A hazard's toll told with "it": "Tropical Storm Linfa hits central Vietnam. [It] killed 9 people", "a storm
hits the coast, where [it] killed 9".

"It" stands for a thing, not for people: when a harm verb's subject is "it", the thing it stands for is the
noun subject of a clause the verb hangs on in its own sentence, else the subject of the sentence before. When
that thing is a hazard (the accidents stage's test), the toll is the hazard's, no attack: read without this,
"it" is taken for the nearest actor ("Vietnam") and the storm's toll becomes an attack by that country.
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.roles import find_subject

__all__ = ["find_outer_noun_subject", "to_it_antecedents"]

THING_PRONOUN = "it"
MAX_CLAUSE_STEPS = 4


def to_it_antecedents(subject: Any | None, verb: Any) -> list[Any]:
    """The noun "it" may stand for when it is the verb's subject, with the nouns before it in its name
    ("Tropical [Storm] Linfa"): the noun subject of a clause the verb hangs on, else that of the previous
    sentence's root (or the nouns the tagger put before a root it took for a noun: "a powerful [earthquake]
    strikes"); none for any other subject."""
    if subject is None or subject.lower_ != THING_PRONOUN:
        return []
    if (outer := find_outer_noun_subject(verb)) is not None:
        return _with_compounds(outer)
    start = verb.sent.start
    if start == 0:
        return []
    root = verb.doc[start - 1].sent.root
    before, _ = find_subject(root)
    if before is None:
        return [c for c in root.children if c.dep_ == "compound"]
    return _with_compounds(before) if before.pos_ != "PRON" else []


def find_outer_noun_subject(verb: Any) -> Any | None:
    """The first noun (not pronoun) subject of the clauses the verb hangs on, nearest first ("A car bomb …
    kills ten after it explodes": "bomb" for "explodes"); None when no such clause has one."""
    node = verb
    for _ in range(MAX_CLAUSE_STEPS):
        if node.head.i == node.i:
            return None
        node = node.head
        outer, _ = find_subject(node)
        if outer is not None and outer.pos_ != "PRON":
            return outer
    return None


def _with_compounds(noun: Any) -> list[Any]:
    return [noun, *(c for c in noun.children if c.dep_ == "compound")]
