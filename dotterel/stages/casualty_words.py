"""The casualty words (``casualties.yaml``): their schema and loader, shared by the casualties stage
(:mod:`dotterel.stages.casualty_counts`, :mod:`dotterel.stages.casualties`) and the retellings
(:mod:`dotterel.stages.retellings`)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from dotterel.knowledge.gazetteer import load_yaml_model

__all__ = ["Bound", "CasualtyWordsFile", "Kind", "load_casualty_words"]

Kind = Literal["killed", "injured", "arrested", "abducted"]
Bound = Literal["at_least", "at_most", "about"]


class CasualtyWordsFile(BaseModel):
    """Schema of ``casualties.yaml``."""

    model_config = ConfigDict(extra="forbid")
    version: int
    killed_verbs: list[str]
    died_verbs: list[str]
    complement_died_verbs: list[str]
    killed_adjectives: list[str]
    killed_nouns: list[str]
    toll_nouns: list[str]
    killing_complements: list[str]
    cumulative_verbs: list[str]
    injured_verbs: list[str]
    injured_adjectives: list[str]
    injured_nouns: list[str]
    arrested_verbs: list[str]
    arrested_nouns: list[str]
    abducted_verbs: list[str]
    abducted_nouns: list[str]
    count_bounds: dict[Bound, list[str]]
    vague_lower_bounds: list[str]
    zero_both_words: list[str]
    zero_words: list[str]
    not_victims: list[str]
    indefinite_determiners: list[str]
    pair_determiners: list[str]
    definite_determiners: list[str]
    person_nouns: list[str]
    unreal_aux: list[str]
    carryover_types: list[str]
    joining_marks: list[str]
    complement_preps: list[str]
    result_verbs: list[str] = []
    generic_victims: list[str] = []
    no_harm_types: list[str] = []
    other_occasion_words: list[str] = []
    means_injured_verbs: list[str] = []
    fatal_manner_words: list[str] = []
    living_death_modifiers: list[str] = []
    no_hit_particles: list[str] = []
    hedge_participles: list[str] = []
    cause_marks: list[str] = []
    motive_nouns: list[str] = []
    motive_preps: list[str] = []
    additive_adverbs: list[str] = []
    other_incident_words: list[str] = []
    toll_reporting_verbs: list[str] = []
    fighting_sides: list[str] = []
    consequence_modifiers: list[str] = []
    prior_death_preps: list[str] = []
    cause_object_verbs: list[str] = []
    answer_preps: list[str] = []
    period_nouns: list[str] = []
    occasion_harm_nouns: list[str] = []
    total_nouns: list[str] = []
    body_nouns: list[str] = []
    occasion_preps: list[str] = []
    controlling_gerund_preps: list[str] = []
    animal_nouns: list[str] = []
    unknown_quantity_words: list[str] = []
    one_more_words: list[str] = []
    other_victim_words: list[str] = []
    one_more_ordinals: list[str] = []
    suffering_verbs: list[str] = []
    attempt_words: list[str] = []
    companion_words: list[str] = []
    reflexive_victims: list[str] = []
    person_suffixes: list[str] = []
    singular_pronoun_victims: list[str] = []
    one_victim_act_nouns: list[str] = []
    singular_possessive_pronouns: list[str] = []
    many_victim_act_modifiers: list[str] = []
    time_point_preps: list[str] = []
    other_one_words: list[str] = []
    toll_start_marks: list[str] = []
    incident_nouns: list[str] = []
    incident_preps: list[str] = []
    pair_pronouns: list[str] = []
    group_pronouns: list[str] = []
    group_pronoun_complements: list[str] = []


@lru_cache(maxsize=4)
def load_casualty_words(path: Path | None = None) -> CasualtyWordsFile:
    """Read and validate ``casualties.yaml`` (the packaged one by default); cached."""
    path = path or Path(str(files("dotterel.knowledge") / "casualties.yaml"))
    words: CasualtyWordsFile = load_yaml_model(path, CasualtyWordsFile)
    return words
