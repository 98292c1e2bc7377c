"""Hazard verbs done on purpose: "Demonstrators burn a police post", "Iran's navy sank the tanker".

A hazard verb (``hazards.yaml`` ``hazard_verbs``) tells an accident when a thing is its subject ("the ship
burned", "a fire burned 500 homes"); with a direct object and a common noun for its subject that names no
hazard, weapon, vehicle or craft ("rioters", "gunmen"), someone did it to something: the verb is that doer's
act, not an accident's. A name is left to the actor book: a known actor's act is no accident anyway, and an
unknown name may be a craft's ("An Ethiopian Airlines Boeing 737 crashes en route to Nairobi").
"""

from __future__ import annotations

import functools
from typing import Any

from dotterel.knowledge.hazards import HazardWords
from dotterel.stages.token_words import lemma_of

OBJECT_DEPS = frozenset({"dobj", "obj"})


@functools.cache
def _things(words: HazardWords) -> frozenset[str]:
    """The nouns of things, not doers, as a hazard verb's subject (made once per word lists)."""
    return (
        words.hazard_nouns
        | words.weapon_nouns
        | words.land_vehicles
        | words.craft_nouns
        | words.blast_sources
        | words.fighting_nouns
    )


def is_done_to_object(verb: Any, subject: Any | None, words: HazardWords) -> bool:
    """True for a hazard verb with a direct object whose subject is a common noun naming no hazard, weapon,
    vehicle, craft or blast source: "Protesters [burned] the party headquarters", not "A wildfire [burned]
    200 homes" nor "the plane [burned]" (no object)."""
    if subject is None or subject.pos_ != "NOUN":
        return False
    if not any(child.dep_ in OBJECT_DEPS for child in verb.children):
        return False
    names = {lemma_of(subject), subject.lower_}
    return not names & _things(words)
