"""An act on the actor's own possession: "Venezuela suspends [its] membership in the Andean Community".

Suspending another's membership expels it ("the African Union suspended Mali's membership", CAMEO 166); an
actor suspending its own membership or involvement leaves, a reduction of relations by the actor (CAMEO 160,
SANCTION withdraw), with no one expelled. The object's possessor tells the two apart: a possessive pronoun
("its", "their") refers back to the subject. ``own_readings`` (constructions.yaml) maps a pattern to the
pattern of its own reading, and ``own_possessions`` lists the objects it applies to ("expelled its own
member" still expels someone).
"""

from __future__ import annotations

from dataclasses import replace

from dotterel.knowledge.constructions import ConstructionWords
from dotterel.knowledge.lexicon import Lexicon
from dotterel.stages.roles import find_direct_object
from dotterel.stages.triggers import Trigger


def to_own_reading(trigger: Trigger, lexicon: Lexicon, words: ConstructionWords) -> Trigger:
    """The trigger under its own reading when its verb's object is the subject's own possession ("suspends
    its membership"); else the trigger as it is."""
    own = words.own_readings.get(trigger.pattern.id)
    if own is None or trigger.is_nominal:
        return trigger
    obj = find_direct_object(trigger.token)
    if obj is None or str(obj.lemma_).lower() not in words.own_possessions:
        return trigger
    if not any(c.dep_ == "poss" and c.lower_ in words.own_possessives for c in obj.children):
        return trigger
    pattern = lexicon.resolve_pattern(own)
    return replace(trigger, pattern=pattern) if pattern is not None else trigger
