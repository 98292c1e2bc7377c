"""Hazard word lists: natural hazards, accidents and disease, which kill without an actor."""

from __future__ import annotations

from dataclasses import dataclass, fields

from dotterel.knowledge.wordlists import load_packaged_word_lists

PACKAGED_HAZARDS = "hazards.yaml"


@dataclass(frozen=True)
class HazardWords:
    """The lists of ``hazards.yaml`` as frozensets of lower-case lemmas."""

    hazard_nouns: frozenset[str]
    hazard_verbs: frozenset[str]
    weapon_nouns: frozenset[str]
    fighting_nouns: frozenset[str]
    victim_verbs: frozenset[str]
    accident_markers: frozenset[str]
    measure_modes: frozenset[str]
    legal_modes: frozenset[str]
    blast_only_weapons: frozenset[str]
    blast_words: frozenset[str]
    blast_sources: frozenset[str]
    blast_cause_verbs: frozenset[str]
    attack_words: frozenset[str]
    attack_verbs: frozenset[str]
    weapon_fire_verbs: frozenset[str]
    verb_only_hazards: frozenset[str]
    named_hazards: frozenset[str]
    harm_verbs: frozenset[str]
    evacuation_words: frozenset[str]
    carry_to_safety_verbs: frozenset[str]
    refuge_nouns: frozenset[str]
    warning_words: frozenset[str]
    military_nouns: frozenset[str]
    land_vehicles: frozenset[str]
    driver_nouns: frozenset[str]
    craft_nouns: frozenset[str]
    aboard_nouns: frozenset[str]
    aboard_preps: frozenset[str]
    vehicle_crash_verbs: frozenset[str]
    craft_crash_verbs: frozenset[str]
    vehicle_hit_preps: frozenset[str]
    animal_nouns: frozenset[str]
    hazard_strike_words: frozenset[str]
    mine_nouns: frozenset[str]
    mine_pit_words: frozenset[str]
    landmine_cues: frozenset[str]
    crash_obstacles: frozenset[str]
    blast_sites: frozenset[str]
    blast_cause_words: frozenset[str]
    weatherlike_hazards: frozenset[str]


HAZARD_LISTS = tuple(field.name for field in fields(HazardWords))


def load_hazard_words() -> HazardWords:
    """Load the packaged hazard word lists (cached)."""
    return HazardWords(**load_packaged_word_lists(PACKAGED_HAZARDS, HAZARD_LISTS))
