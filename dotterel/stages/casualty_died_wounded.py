"""A victim who died of the wounds of an attack is killed, not also injured.

"A man was shot in Chicago on Sunday. He died of his wounds in hospital": shooting and stabbing wound
their victims (``means_injured_verbs`` of ``casualties.yaml``: "a man was shot" is one injured), and a later
statement that those victims died (``died_verbs``: "He died", "One of them died of his wounds", "was shot and
later died") tells that the wounded are dead: the dead leave the injured ("Two soldiers were shot. One of them
died": 1 killed, 1 injured). Only when the dying is told after the wounding, and its subject is the wounded (a
personal pronoun, "one of them", or the wounding verb's own subject that the dying verb shares); "A man was
shot and two bystanders died" keeps both.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.stages.casualty_counts import CasualtyCount
from dotterel.stages.token_words import lemma_of

__all__ = ["to_dead_not_wounded"]

_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def _is_wounded_subject(died: Any, hurt: Any) -> bool:
    """True when the dying verb's subject is the wounded: none of its own beside the wounding verb it is
    joined to ("was shot and later died"), a personal pronoun ("He died"), or "one of them"."""
    subjects = [c for c in died.children if c.dep_ in _SUBJECT_DEPS]
    if not subjects:
        return died.dep_ == "conj" and died.head.i == hurt.i
    subject = subjects[0]
    if subject.tag_ == "PRP":
        return True
    partitive = [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(g.dep_ == "pobj" and g.tag_ == "PRP" for g in partitive)  # "One of them died"


def to_dead_not_wounded(
    doc: Any, chosen: dict[str, CasualtyCount], died_verbs: frozenset[str], means_verbs: frozenset[str]
) -> dict[str, CasualtyCount]:
    """Return the event's counts with the victims who died of their wounds taken out of the injured (see the
    module); any other counts unchanged."""
    killed, injured = chosen.get("killed"), chosen.get("injured")
    if killed is None or injured is None or killed.kinds != ("killed",) or injured.kinds != ("injured",):
        return chosen
    died, hurt = doc[killed.word], doc[injured.word]
    if lemma_of(died) not in died_verbs or lemma_of(hurt) not in means_verbs or died.i < hurt.i:
        return chosen
    if killed.count <= 0 or not _is_wounded_subject(died, hurt):
        return chosen
    left = injured.count - killed.count
    rest = {kind: count for kind, count in chosen.items() if kind != "injured"}
    return {**rest, "injured": replace(injured, count=left)} if left > 0 else rest
