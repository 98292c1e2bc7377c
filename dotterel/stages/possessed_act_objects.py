"""The "of" object of an act noun whose doer is its possessor: "their endorsement of [Joe Biden]".

An act noun with a possessor names its doer there ("Klobuchar's endorsement", "their endorsement"); its "of"
phrase then says whom or what the act is about, as the verb's object does ("they endorse Joe Biden"). Without
a possessor the "of" phrase may be the doer itself ("wins the endorsement of the union"), so it is not read.
"""

from __future__ import annotations

from typing import Any

POSSESSOR_DEPS = frozenset({"poss"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})  # "Today's normalization of ties" names no doer


def find_possessed_of_objects(noun: Any) -> list[Any]:
    """The "of" objects of ``noun`` when it has a possessor: "her endorsement of [Biden]" gives Biden; "the
    endorsement of the union" and "today's normalization of ties" give none."""
    if not any(c.dep_ in POSSESSOR_DEPS and c.ent_type_ not in TIME_ENTITIES for c in noun.children):
        return []
    return [
        obj
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
