"""Triggers that tell of no act between actors, checked together by the events stage: harm a person does to
himself (:mod:`.self_harm`), being held (:mod:`.held_states`), destroying one's own property
(:mod:`.own_property`), a rate or level of acts (:mod:`.measured_rates`)."""

from __future__ import annotations

from dotterel.stages.held_states import is_held_state
from dotterel.stages.measured_rates import is_measured_rate
from dotterel.stages.own_property import is_own_property_destroyed
from dotterel.stages.self_harm import is_self_harm
from dotterel.stages.triggers import Trigger

__all__ = ["is_non_act"]


def is_non_act(trigger: Trigger, placement_verbs: frozenset[str], rate_nouns: frozenset[str]) -> bool:
    """True for self-harm, a state of being held, the destruction of one's own property or a rate of acts
    (``placement_verbs``, ``rate_nouns``: lists of constructions.yaml)."""
    held = is_held_state(trigger, placement_verbs)
    rate = is_measured_rate(trigger, rate_nouns)  # "a high level of sexual violence": a condition
    return held or rate or is_self_harm(trigger) or is_own_property_destroyed(trigger)
