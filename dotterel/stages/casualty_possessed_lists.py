"""A list of people in apposition to a possessed person noun, sharing its possessive.

"kills his wife, [brother] and [seven others]": the parser hangs the rest of the list on the first member as
an apposition; the bare nouns after it share its possessive ("his") and are people of their own, and the list
ends in a counted member. A description takes a determiner ("his wife, a teacher, …") and a run of
descriptions ends in no number ("his wife, mother of three"): neither is a list of victims.

A member of two or more in apposition with a pronoun possessive of its own ("A father, [his son], and [a gas
station employee] are all killed", "kills his wife, [his son] and [a neighbour]") is one more person, as a
member with its own article is ("a police officer, [a teacher] and [a nurse]"): each is counted. A lone
possessed noun in apposition ("Maria Lopez, her sister-in-law") may describe the noun before it, so only a
list of two or more is read so, and not one whose first noun is the subject of a singular verb: "Maria Lopez,
her husband's cousin and a former judge, was shot" is one person described.
"""

from __future__ import annotations

from typing import Any

__all__ = ["find_possessed_list", "is_possessed_member"]

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


def is_possessed_member(member: Any, members: list[Any], victim: Any) -> bool:
    """True for a singular common noun with a possessive pronoun of its own ("his son") in a list of two or
    more in apposition to ``victim`` (or one the parser left between ``victim`` and its conjunct: "A father,
    [his son], and a clerk"), when ``victim`` is no subject of a singular verb."""
    size = len(members) + sum(1 for c in victim.conjuncts if c.i > members[0].i)
    if size < 2 or member.tag_ != "NN" or _takes_singular_verb(victim):
        return False
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in member.children)


def _takes_singular_verb(noun: Any) -> bool:
    """True for the subject of a verb in the third person singular ("was shot", "is killed", "dies")."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verbs = [noun.head, *(c for c in noun.head.children if c.dep_ in ("aux", "auxpass", "cop"))]
    return any(v.tag_ == "VBZ" or v.lower_ == "was" for v in verbs)
