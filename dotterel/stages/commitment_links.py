"""Whether an act hangs on a commitment head (``commitment_heads`` of ``modality.yaml``: "vowed to retaliate",
"ready to strike"), for :mod:`dotterel.stages.modality`.

Some heads commit only through their to-infinitive (``infinitive_only_commitment_heads``): "resolved to fight"
is a vow, but in "The crisis is resolved after ten hours, with the suspect being arrested" the crisis is
settled and the arrest took place; "investigators determined that police fired first" is a finding, not a
plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dotterel.knowledge.modality import ModalityWords
from dotterel.stages.token_words import lemma_of

__all__ = ["has_commitment_head"]

INFINITIVE_DEPS = frozenset({"xcomp"})
CONJ_DEP = "conj"


def has_commitment_head(
    chain: Sequence[Any],
    words: ModalityWords,
    first: int = 1,
    last: int = 4,
    *,
    complement_only: bool = False,
) -> bool:
    """True when a head in ``chain[first:last]`` (``chain``: the clause, then its heads) is a commitment head
    the act hangs on; a head of another sense too is one only when the word below it is its to-infinitive.
    With ``complement_only`` a verb coordinated with the head is not its act ("police threaten, shoot and
    kill a man": the shooting and the killing are done, no threat)."""
    for i in range(max(first, 1), min(last, len(chain))):
        lemma = lemma_of(chain[i])
        if lemma not in words.commitment_heads or (complement_only and chain[i - 1].dep_ == CONJ_DEP):
            continue
        if lemma not in words.infinitive_only_commitment_heads or chain[i - 1].dep_ in INFINITIVE_DEPS:
            return True
    return False
