"""A state's own embassy is no target of its act: "Canada closes its embassy in Tehran", "Algeria reopens its
embassy in Dhaka".

An embassy or consulate belongs to the state that keeps it abroad; the act of closing or reopening it is aimed
at the host country (named by the place), not at the state itself. A mission noun with a possessive pronoun
("its", "their") whose mention is of the source's own country is taken as the source, so it is not given as
the target; another state's mission stays a target ("China closes the US consulate in Chengdu").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dotterel.model import Mention

__all__ = ["is_own_mission"]

OWN_POSSESSIVES = frozenset({"its", "their", "our"})


def is_own_mission(
    candidate: Any, mention: Mention, source: Mention | None, words: Mapping[str, frozenset[str]]
) -> bool:
    """True when the candidate target is the source's own mission: a ``mission_nouns`` noun with a possessive
    pronoun, of the source's country ("closes [its embassy]"); not "the US consulate" closed by China."""
    if source is None or source.actor.country is None or mention.actor.country != source.actor.country:
        return False
    if str(candidate.lemma_).lower() not in words["mission_nouns"]:
        return False
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in candidate.children)
