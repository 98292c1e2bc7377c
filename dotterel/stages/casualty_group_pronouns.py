"""The count of a victim told as "both" or "all" of a group named before it in its sentence.

Read for :class:`~dotterel.stages.casualty_counts.CasualtyFinder`:

- "both" standing alone for the victims (``pair_pronouns``: "killing both", "killing both of them") is two;
- "all" standing alone (``group_pronouns``: "killing all of them", "killing all on board") is the group the
  sentence named just before it, counted by its members: "a vehicle with the couple and their six children
  drove off a cliff, killing all of them" = 2 + 6; "a plane carrying 12 passengers and three crew crashes,
  killing all on board" = 15. The group is the last run of counted nouns before "all" joined by "and" or a
  comma; a group with no count of its own ("killing all the passengers", "the residents … all of them") or
  of one person counts nothing, nor does "all" with a phrase of its own other than "of them" or "on board"
  ("killing all but his father": not all); the doers of the killing are no group of its victims ("Two
  gunmen attacked a house, killing all of them": none).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from dotterel.stages.casualty_persons import is_person_noun

__all__ = ["count_group_pronoun"]

Count = tuple[int, list[Any]]
_JOINS = frozenset({"and", ","})
_PREMODIFIER_DEPS = frozenset({"det", "poss", "nummod", "amod", "compound", "quantmod", "advmod", "case"})


def count_group_pronoun(
    noun: Any, sets: dict[str, frozenset[str]], count_noun: Callable[[Any], Count | None]
) -> Count | None:
    """Return the count a bare "both" or "all" victim stands for, or None for another word or no group."""
    lower = noun.lower_
    if noun.pos_ not in ("DET", "PRON", "NOUN") or not _stands_alone(noun, sets):
        return None
    if lower in sets["pair_pronouns"]:
        return 2, [noun]
    if lower not in sets["group_pronouns"]:
        return None
    doers = {c.i for a in noun.ancestors for c in a.children if c.dep_ in ("nsubj", "agent")}
    for members in _find_groups_before(noun):
        if any(m.i in doers or m.head.dep_ == "agent" for m in members):
            return None  # "Two gunmen attack a house, killing all of them": not the gunmen
        counts = [_count_people(m, sets, count_noun) for m in members]
        total = sum(c[0] for c in counts if c is not None)
        if None not in counts and total > 1:
            return total, [noun, *(t for c in counts if c is not None for t in c[1])]
    return None


def _count_people(
    noun: Any, sets: dict[str, frozenset[str]], count_noun: Callable[[Any], Count | None]
) -> Count | None:
    """The count of a person noun ("their children", "the pilot") or of a noun counted by a number ("12
    passengers", "the couple"); None for a thing ("a cliff")."""
    count = count_noun(noun)
    if count is None or is_person_noun(noun.lemma_.lower(), sets) or count[0] > 1:
        return count
    return count if any(c.dep_ == "nummod" for c in noun.children) else None


def _stands_alone(noun: Any, sets: dict[str, frozenset[str]]) -> bool:
    """True for a quantifier with no noun of its own: no head noun it determines, and no phrase but "of
    them" or "on board" ("all but his father", "all the passengers" are not it)."""
    if noun.dep_ in ("det", "predet", "nummod", "quantmod", "amod"):
        return False
    for child in noun.children:
        words = {t.lower_ for t in child.subtree}
        if child.dep_ == "punct":
            continue
        if not words <= sets["group_pronoun_complements"]:
            return False
    return True


def _find_groups_before(noun: Any) -> Iterator[list[Any]]:
    """The runs of nouns before ``noun`` in its sentence joined by "and" or commas, the nearest first, each
    noun read with its premodifiers ("the couple and their six adopted children": couple, children)."""
    doc, start = noun.doc, noun.sent.start
    i = noun.i - 1
    while i >= start:
        if doc[i].pos_ not in ("NOUN", "PROPN"):
            i -= 1
            continue
        members: list[Any] = []
        while i >= start and doc[i].pos_ in ("NOUN", "PROPN"):
            members.insert(0, doc[i])
            i = _skip_premodifiers(doc, i, start)
            if i < start or doc[i].lower_ not in _JOINS:
                break
            while i >= start and doc[i].lower_ in _JOINS:
                i -= 1
        yield members


def _skip_premodifiers(doc: Any, i: int, start: int) -> int:
    """The index before the words that modify the noun at ``i`` from the left ("their six adopted")."""
    j = i - 1
    while j >= start and doc[j].head.i == i and doc[j].dep_ in _PREMODIFIER_DEPS | {"nmod"}:
        j -= 1
    while j >= start and doc[j].dep_ in _PREMODIFIER_DEPS and doc[j].head.i < i and doc[j].head.i > j:
        j -= 1
    return j
