"""A hazard told as the cause of a harm, for :func:`dotterel.stages.accident_clues.tells_of_hazard`: "At least
20 people die in floods", "Five people are killed in a landslide", "57 people are killed after avalanches".

A sentence tells of a hazard when a hazard noun is the object of a preposition on a harm verb
(``harm_verbs``, ``victim_verbs`` of ``hazards.yaml``) or on a clause conjoined to one: the harm happened in
or by the hazard, so a toll told in a later sentence with no attack word of its own ("In the west of the
country, 12 more are killed") is the hazard's. Not a hazard noun that a side's name, a possessor or a force
modifies ("killed during Armenian fire"): that is a side's fire.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dotterel.knowledge.hazards import HazardWords
from dotterel.stages.token_words import lemma_of

__all__ = ["is_harm_hazard"]

_SIDE_ENTS = frozenset({"NORP", "GPE", "ORG"})  # "Armenian fire", "Turkish shelling": a side's name


def is_harm_hazard(token: Any, words: HazardWords, is_hazard: Callable[[Any], bool]) -> bool:
    """True for a hazard noun (``is_hazard``) that is the object of a preposition on a harm verb."""
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    verb = token.head.head
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "are killed and others are missing after"
    harms = words.harm_verbs | words.victim_verbs
    if not any(v.pos_ in {"VERB", "AUX"} and lemma_of(v) in harms for v in verbs):
        return False
    return not _is_side_fire(token, words) and bool(is_hazard(token))


def _is_side_fire(noun: Any, words: HazardWords) -> bool:
    """True for a hazard noun a side's name or a force modifies: "during Armenian fire", "Israeli fire",
    "under government forces' fire" are the fire of a side in a fight, not a blaze."""
    return any(
        child.ent_type_ in _SIDE_ENTS or child.dep_ == "poss" or lemma_of(child) in words.military_nouns
        for child in noun.children
        if child.i < noun.i
    )
