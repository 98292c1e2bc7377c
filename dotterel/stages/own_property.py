"""Destroying one's own property is no attack: "Cambodia razes a building on its own naval base", "the
company demolishes its own warehouse".

PLOVER ASSAULT/destroy is "destroy property, demolish as part of a conflict": another's property. A destroy
act (mode ``destroy``) whose object, or a phrase inside it, is the doer's own ("its own", "their own") harms
no one else and is no event. The object is the verb's direct object or the noun's "of" object.
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.roles import find_direct_object, find_prep_objects
from dotterel.stages.triggers import Trigger

__all__ = ["is_own_property_destroyed"]

DESTROY_MODE = "destroy"
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def is_own_property_destroyed(trigger: Trigger) -> bool:
    """True for a destroy act on the doer's own property: "razes a building on [its own] naval base", "the
    demolition of their own homes"; not "razes a Palestinian house"."""
    if trigger.pattern.mode != DESTROY_MODE:
        return False
    token = trigger.token
    objects = find_prep_objects(token, ("of",)) if trigger.is_nominal else [find_direct_object(token)]
    return any(_has_own(obj) for obj in objects if obj is not None)


def _has_own(phrase: Any) -> bool:
    """ "its own" in the phrase: "a building on [its own] naval base"; not in a conjunct, whose possessor may
    be the first conjunct ("the village and its own mosque")."""
    return any(
        t.lower_ == "own"
        and t.head.dep_ != "conj"
        and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in t.head.children)
        for t in phrase.subtree
    )
