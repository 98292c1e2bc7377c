"""The objects of a verb: its direct object (also behind a quantity phrase, never the people a withdrawal
moves) and the objects of its prepositions.

Moved out of :mod:`dotterel.stages.roles`, which still exports :func:`find_direct_object`,
:func:`find_prep_objects`, :func:`is_own_people`, ``OBJECT_DEPS`` and ``PREP_DEPS``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from dotterel.knowledge.wordlists import load_role_words

__all__ = ["OBJECT_DEPS", "PREP_DEPS", "find_direct_object", "find_prep_objects", "is_own_people"]

OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "attr"})
PREP_DEPS = frozenset({"prep", "dative"})


def find_prep_objects(head: Any, preps: Iterable[str]) -> list[Any]:
    """Return the objects of the head's prepositions named in ``preps``, in text order; a preposition of
    entering ("hack into", "an incursion into") counts wherever "against" does, and a two-word one of
    leaving ("pulled out of Syria") wherever "from" does."""
    words = load_role_words()
    wanted = {p.lower() for p in preps}
    if "against" in wanted:
        wanted |= words["entry_preps"]
    leaving = words["origin_preps"] if "from" in wanted else frozenset()
    objects: list[Any] = []
    for child in head.children:  # "providing intelligence to Macedonia": the parser's "dative" preposition
        if child.dep_ not in PREP_DEPS:
            continue
        if child.lower_ in wanted:
            objects.extend(g for g in child.children if g.dep_ == "pobj")
        for second in child.children:
            if second.dep_ == "prep" and f"{child.lower_} {second.lower_}" in leaving:
                objects.extend(g for g in second.children if g.dep_ == "pobj")
    return objects


def find_direct_object(verb: Any) -> Any | None:
    """Return the verb's direct object token, if any: the object of a quantity phrase the parser took for a
    preposition ("kidnapped up to 16 advisers"), but never the people a withdrawal moves ("withdraw its
    troops from Lebanon": the target is where they leave)."""
    words = load_role_words()
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            return None if is_own_people(verb, child, words) else child
    return _quantity_object(verb, words["quantity_openers"])


def is_own_people(verb: Any, obj: Any, words: Mapping[str, frozenset[str]]) -> bool:
    """True for the people a withdrawal moves: "withdraw its troops", "recalled their ambassadors",
    "evacuates a contingent of U.S. troops" (but "evacuated the town" names the place left)."""
    if str(verb.lemma_).lower() not in words["withdrawal_verbs"]:
        return False
    nouns = [obj, *(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)]
    return any({n.lower_, str(n.lemma_).lower()} & words["own_people_nouns"] for n in nouns)


def _quantity_object(verb: Any, openers: frozenset[str]) -> Any | None:
    """The object behind "up to", "upwards of" hung on the verb as particle and preposition: the
    preposition under the particle, or right after it under the verb."""
    for child in verb.children:
        if child.dep_ not in {"prt", "advmod", "quantmod"} or child.i + 1 >= len(child.doc):
            continue
        prep = child.doc[child.i + 1]
        if prep.dep_ != "prep" or prep.head.i not in {child.i, verb.i}:
            continue
        if f"{child.lower_} {prep.lower_}" in openers:
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            counted = obj is not None and any(g.dep_ == "nummod" for g in obj.children)
            return obj if counted else None  # "moved up to the border" is no quantity
    return None
