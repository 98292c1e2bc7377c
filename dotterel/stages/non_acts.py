"""Triggers that tell of no act between actors, checked together by the events stage: harm a person does to
himself (:mod:`.self_harm`), being held (:mod:`.held_states`), destroying one's own property
(:mod:`.own_property`), a rate or level of acts (:mod:`.measured_rates`), a word naming another thing
(:mod:`.named_labels`), a war of words or trade (:mod:`.nonviolent_kinds`), a body found hanged
(:mod:`.found_deaths`)."""

from __future__ import annotations

from dotterel.knowledge.constructions import ConstructionWords
from dotterel.stages.found_deaths import is_found_death
from dotterel.stages.held_states import is_held_state
from dotterel.stages.measured_rates import is_measured_rate
from dotterel.stages.named_labels import is_named_label
from dotterel.stages.nonviolent_kinds import is_nonviolent_kind
from dotterel.stages.own_property import is_own_property_destroyed
from dotterel.stages.self_harm import is_self_harm
from dotterel.stages.triggers import Trigger

__all__ = ["is_non_act"]


def is_non_act(trigger: Trigger, words: ConstructionWords) -> bool:
    """True for self-harm, a state of being held, the destruction of one's own property, a rate of acts or a
    name given to another thing (``placement_verbs``, ``rate_nouns``, ``naming_verbs``: constructions.yaml).
    """
    held = is_held_state(trigger, words.placement_verbs)
    rate = is_measured_rate(trigger, words.rate_nouns)  # "a high level of sexual violence": a condition
    named = is_named_label(trigger, words.naming_verbs)  # "calls the sanctions an attack on sovereignty"
    kind = is_nonviolent_kind(trigger, words.nonviolent_kinds)  # "a trade war", "influence operations"
    found = is_found_death(trigger, words.found_death_manners)  # "is found hanged in an apartment"
    own = is_self_harm(trigger) or is_own_property_destroyed(trigger)
    return held or rate or named or kind or found or own
