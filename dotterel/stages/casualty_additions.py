"""More victims of one attack told in a following sentence with "also": "A soldier is killed and seven others
injured after clashing with militants. Two militants also die in the fight." -> the clash's dead are 1 + 2.

Read for :class:`~dotterel.stages.casualties.CasualtiesStage`: the count of a killing or injuring word with an
additive adverb (``additive_adverbs`` in ``casualties.yaml``: "also", "too") in a following sentence of the
event's paragraph is added to the event's own count of that kind. Only for an attack or a fight told by a
word that is not itself a casualty word ("clashing", "the attack"): "a soldier is killed" counts the soldier,
not the militants who also died.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.stages.casualty_counts import HARM_KINDS, CasualtyCount
from dotterel.stages.casualty_words import Bound

__all__ = ["find_added_counts", "has_additive_adverb", "is_additive", "to_joint_bound", "to_sum"]


def is_additive(token: Any, adverbs: frozenset[str], other_occasion: frozenset[str]) -> bool:
    """True when the casualty word ``token`` says its victims are more: "also die", "were killed too"; not
    in a clause of another occasion or with a time of its own ("were also killed in the previous attack",
    "Last year, two soldiers were also killed there")."""
    if not has_additive_adverb(token, adverbs):
        return False
    return not any(t.lower_ in other_occasion or t.ent_type_ == "DATE" for t in token.subtree)


def has_additive_adverb(token: Any, adverbs: frozenset[str]) -> bool:
    """True when the casualty word ``token`` has an additive adverb of ``adverbs`` ("also die"), or is the
    gapped second half of a clause that has one ("Four militants are also killed and five others injured")."""
    node = token
    for _ in range(3):
        if any(c.dep_ == "advmod" and c.lower_ in adverbs for c in node.children):
            return True
        if node.dep_ not in ("conj", "acl") or any(c.dep_ in ("aux", "auxpass") for c in node.children):
            return False
        node = node.head
    return False


def to_sum(first: CasualtyCount, more: CasualtyCount) -> CasualtyCount:
    """Return ``first`` with the victims of ``more`` added, under their joint bound."""
    return replace(first, count=first.count + more.count, bound=to_joint_bound(first.bound, more.bound))


def to_joint_bound(a: Bound | None, b: Bound | None) -> Bound | None:
    """The bound of a sum of two counts: the same bound, the one bound, or ``about`` for two others."""
    if a is None or a == b:
        return b
    return a if b is None else "about"


def find_added_counts(
    doc: Any,
    chosen: dict[str, CasualtyCount],
    later: list[CasualtyCount],
    adverbs: frozenset[str],
    other_occasion: frozenset[str],
) -> dict[str, CasualtyCount]:
    """Return ``chosen`` with each additive count of ``later`` (counts of following sentences, each of one
    harm kind) added to the chosen count of its kind; a kind with no chosen count is left as it is. The
    words of another occasion are ``other_occasion``."""
    added = dict(chosen)
    for count in later:
        kind = count.kinds[0]
        if len(count.kinds) != 1 or kind not in HARM_KINDS or count.cumulative or count.count <= 0:
            continue
        first = added.get(kind)
        if first is None or not is_additive(doc[count.word], adverbs, other_occasion):
            continue
        added[kind] = to_sum(first, count)
    return added
