"""A group told by the members it includes: "Observers including Amnesty International criticise a verdict".

A plural noun with no actor of its own ("observers", "rights groups", "several countries") followed by
"including" and a name stands, for coding, for the named member: the group's act is at least that member's.
A group that is an actor itself ("the EU, including France") keeps its own mention: this is read only when
the phrase's head resolves to none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

M = TypeVar("M")
GROUP_POS = frozenset({"NOUN", "NUM"})


def find_included_members(noun: Any) -> list[Any]:
    """The objects of an "including" phrase on ``noun``, with their conjuncts ("including France and
    Germany"), in order; none when the phrase is absent."""
    found: list[Any] = []
    for child in noun.children:
        if child.dep_ not in {"prep", "acl"} or child.lower_ != "including":
            continue
        for obj in child.children:
            if obj.dep_ in {"pobj", "dobj"}:
                found.extend([obj, *(c for c in obj.conjuncts if c.i > obj.i)])
    return found


def resolve_included(noun: Any, resolve: Callable[[Any], M | None]) -> M | None:
    """The first included member of ``noun`` that ``resolve`` maps to an actor, else None. Only a noun or a
    number names a group ("observers", "two including an official"): a pronoun ("everyone arriving,
    including diplomats") names whoever the clause is about, not a group the members stand for."""
    if noun.pos_ not in GROUP_POS:
        return None
    return next((m for m in map(resolve, find_included_members(noun)) if m is not None), None)
