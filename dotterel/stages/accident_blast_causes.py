"""A blast its cause names an accident, for :mod:`dotterel.stages.accident_clues`: "an explosion caused by a
(suspected) gas leak", "a blast triggered by a faulty boiler".

A blast noun with a causing participle (``blast_cause_verbs``: "caused", "triggered", "sparked") whose agent
("by …") is a blast source (``blast_sources``: gas, fuel, a boiler) or a hazard (``hazard_nouns``: a leak, a
fire), or is modified by one ("a gas leak"), is an accident, as "a gas explosion" is; a weapon named there
keeps it an attack ("an explosion caused by two bombs", "caused by a gas cylinder bomb").
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.hazards import HazardWords
from dotterel.stages.token_words import lemma_of

__all__ = ["is_caused_blast"]

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def is_caused_blast(noun: Any, words: HazardWords) -> bool:
    """True for a blast noun whose causing participle's agent names an accident (see the module docstring)."""
    causes = [c for c in noun.children if c.dep_ == "acl" and lemma_of(c) in words.blast_cause_verbs]
    agents = [
        obj
        for verb in causes
        for by in verb.children
        if by.dep_ == "agent"
        for obj in by.children
        if obj.dep_ == "pobj"
    ]
    named = [*agents, *(c for obj in agents for c in obj.children if c.dep_ in MODIFIER_DEPS)]
    lemmas = {lemma_of(token) for token in named}
    if lemmas & words.weapon_nouns:
        return False
    return bool(lemmas & (words.blast_sources | words.hazard_nouns))
