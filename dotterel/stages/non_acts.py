"""Triggers that tell of no act between actors, checked together by the events stage: harm a person does to
himself (:mod:`.self_harm`), being held (:mod:`.held_states`), destroying one's own property
(:mod:`.own_property`)."""

from __future__ import annotations

from dotterel.stages.held_states import is_held_state
from dotterel.stages.own_property import is_own_property_destroyed
from dotterel.stages.self_harm import is_self_harm
from dotterel.stages.triggers import Trigger

__all__ = ["is_non_act"]


def is_non_act(trigger: Trigger, placement_verbs: frozenset[str]) -> bool:
    """True for self-harm, a state of being held or the destruction of one's own property."""
    held = is_held_state(trigger, placement_verbs)
    return held or is_self_harm(trigger) or is_own_property_destroyed(trigger)
