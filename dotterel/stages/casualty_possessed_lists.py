"""A list of people in apposition to a possessed person noun, sharing its possessive.

"kills his wife, [brother] and [seven others]": the parser hangs the rest of the list on the first member as
an apposition; the bare nouns after it share its possessive ("his") and are people of their own, and the list
ends in a counted member. A description takes a determiner ("his wife, a teacher, …") and a run of
descriptions ends in no number ("his wife, mother of three"): neither is a list of victims.
"""

from __future__ import annotations

from typing import Any

__all__ = ["find_possessed_list"]

_OWN_WORD_DEPS = frozenset({"det", "poss", "nummod"})


def find_possessed_list(victim: Any) -> list[Any]:
    """Return the members after a possessed singular person noun of its list in apposition, or []."""
    if victim.tag_ != "NN" or not any(c.dep_ == "poss" for c in victim.children):
        return []
    for appos in (c for c in victim.children if c.dep_ == "appos"):
        members = [appos, *(c for c in appos.conjuncts if c.i > appos.i)]
        if len(members) < 2 or not _is_counted(members[-1]) or victim.doc[appos.i - 1].text != ",":
            continue
        if all(_is_bare(m) or _is_counted(m) for m in members[:-1]):
            return members
    return []


def _is_counted(member: Any) -> bool:
    return any(c.dep_ == "nummod" for c in member.children)


def _is_bare(member: Any) -> bool:
    """A singular common noun with no word of its own before it: one that shares the list's possessive."""
    return member.tag_ == "NN" and not any(c.dep_ in _OWN_WORD_DEPS for c in member.children)
