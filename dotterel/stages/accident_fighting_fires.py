"""Fires of the fighting: a hazard noun coordinated with a fighting noun is part of that violence, not an
accident ("Thirty-two people are killed when inmates started a prison riot and a fire", "riots and fires
left 12 dead", "clashes and blazes"). Read for :mod:`~dotterel.stages.accidents`.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.hazards import HazardWords

__all__ = ["is_fighting_conjunct"]


def is_fighting_conjunct(noun: Any, words: HazardWords) -> bool:
    """True when the hazard noun ``noun`` is coordinated with a fighting noun of ``words`` ("a riot and a
    fire", "fires and clashes"): both are the one act of violence."""
    partners = [*noun.conjuncts]
    return any(
        p.pos_ in ("NOUN", "PROPN") and str(p.lemma_).lower() in words.fighting_nouns for p in partners
    )
