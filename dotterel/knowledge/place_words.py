"""The places stage's word lists (``places.yaml``): which uses of a place name are locations.

Validated at load time and handed to the stage as one model (:class:`PlaceWords`: lower-case frozensets and
one noun → adjective table, ``direction_nouns``) through the gazetteer
(:func:`dotterel.knowledge.gazetteer.load_gazetteer`). The model is both the file's schema and the stage's
lookup object, so a list is declared once. A field with a default may be left out of a custom file; a missing
required list is named by the load error.
"""

from __future__ import annotations

from functools import cached_property
from importlib.resources import files
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

PACKAGED_PLACE_WORDS = "places.yaml"


class PlaceWords(BaseModel):
    """The places stage's word lists (the schema of ``places.yaml``), as lower-case frozensets."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    directions: frozenset[str]
    locative_preps: frozenset[str]
    place_noun_preps: frozenset[str]
    boundary_preps: frozenset[str]
    circumstance_preps: frozenset[str]
    sequel_preps: frozenset[str]
    shared_place_preps: frozenset[str]
    destination_verbs: frozenset[str]
    destination_preps: frozenset[str]
    destination_nouns: frozenset[str]
    geo_nouns: frozenset[str]
    admin_suffixes: frozenset[str]
    indefinite_determiners: frozenset[str]
    anaphoric_modifiers: frozenset[str]
    owned_facilities: frozenset[str]
    located_facilities: frozenset[str]
    located_events: frozenset[str]
    attack_nouns: frozenset[str]
    locative_object_verbs: frozenset[str]
    name_prefixes: frozenset[str]
    name_particles: frozenset[str]
    town_name_particles: frozenset[str] = frozenset()
    unlisted_preps: frozenset[str]
    subject_place_preps: frozenset[str]
    cotemporal_markers: frozenset[str]
    progressive_markers: frozenset[str]
    result_verbs: frozenset[str]
    result_markers: frozenset[str]
    of_place_nouns: frozenset[str]
    example_preps: frozenset[str]
    complement_preps: frozenset[str]
    local_admin_suffixes: frozenset[str]
    coordinated_place_preps: frozenset[str]
    other_happening_preps: frozenset[str]
    target_state_preps: frozenset[str]
    name_head_nouns: frozenset[str]
    facility_name_words: frozenset[str] = frozenset()
    military_name_words: frozenset[str] = frozenset()
    content_verbs: frozenset[str]
    content_preps: frozenset[str]
    threat_verbs: frozenset[str]
    proximity_preps: frozenset[str]
    landmark_nouns: frozenset[str]
    placeless_circumstances: frozenset[str]
    situation_nouns: frozenset[str]
    situation_clause_markers: frozenset[str]
    origin_preps: frozenset[str]
    direction_nouns: dict[str, str]
    country_nouns: frozenset[str]
    border_nouns: frozenset[str]
    border_preps: frozenset[str]
    gerund_adjunct_preps: frozenset[str]
    capital_nouns: frozenset[str]
    country_reference_nouns: frozenset[str] = frozenset()
    territory_nouns: frozenset[str]
    own_territory_verbs: frozenset[str] = frozenset()
    sea_zone_phrases: frozenset[str] = frozenset()
    taking_verbs: frozenset[str] = frozenset()
    described_country_nouns: frozenset[str] = frozenset()
    country_description_core_words: frozenset[str] = frozenset()
    country_description_other_words: frozenset[str] = frozenset()
    state_county_nouns: frozenset[str] = frozenset()
    operation_name_words: frozenset[str] = frozenset()
    case_verbs: frozenset[str] = frozenset()
    service_verbs: frozenset[str] = frozenset()
    case_clause_markers: frozenset[str] = frozenset()
    cause_part_preps: frozenset[str] = frozenset()
    cause_part_markers: frozenset[str] = frozenset()
    reason_part_markers: frozenset[str] = frozenset()
    purpose_part_nouns: frozenset[str] = frozenset()
    control_participles: frozenset[str]
    overhead_heads: frozenset[str]
    target_place_preps: frozenset[str]
    meeting_words: frozenset[str]
    meeting_markers: frozenset[str]
    meeting_outcomes: frozenset[str]
    measure_words: frozenset[str]
    measure_kind_nouns: frozenset[str]
    measure_kind_words: frozenset[str]
    measure_scope_preps: frozenset[str]
    measure_action_verbs: frozenset[str]
    measure_exception_words: frozenset[str]
    measure_cause_markers: frozenset[str]
    government_bodies: frozenset[str]
    government_of_nouns: frozenset[str]
    goods_nouns: frozenset[str]
    accusation_verbs: frozenset[str]
    accusation_preps: frozenset[str]
    topic_verbs: frozenset[str]
    attack_target_preps: frozenset[str]
    anaphoric_place_nouns: frozenset[str]
    town_nouns: frozenset[str]
    any_place_nouns: frozenset[str]
    sequel_modifiers: frozenset[str]
    route_nouns: frozenset[str]
    route_measure_words: frozenset[str]
    origin_verbs: frozenset[str]
    source_heads: frozenset[str]
    detached_preps: frozenset[str]
    contrast_markers: frozenset[str]
    object_clause_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    local_reporters: frozenset[str]
    departure_words: frozenset[str]
    extent_nouns: frozenset[str]
    launch_verbs: frozenset[str]
    reaction_words: frozenset[str]
    inquiry_preps: frozenset[str]
    measure_place_preps: frozenset[str]
    linked_clause_markers: frozenset[str]
    participant_clause_markers: frozenset[str]
    linked_gerund_preps: frozenset[str]
    shared_place_types: frozenset[str]
    lending_modalities: frozenset[str]
    other_time_adverbs: frozenset[str]
    relative_subject_pronouns: frozenset[str]
    content_complement_preps: frozenset[str]
    content_nouns: frozenset[str]
    casualty_nouns: frozenset[str]
    toll_lending_types: frozenset[str]
    separate_incident_words: frozenset[str]
    toll_span_markers: frozenset[str]
    pronoun_clause_markers: frozenset[str]
    described_place_nouns: frozenset[str]
    sponsor_participles: frozenset[str]
    support_participles: frozenset[str]
    equipment_nouns: frozenset[str]
    grievance_nouns: frozenset[str] = frozenset()
    grievance_preps: frozenset[str] = frozenset()
    audience_nouns: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    leaving_preps: frozenset[str] = frozenset()
    measure_entry_verbs: frozenset[str] = frozenset()
    border_owner_pronouns: frozenset[str] = frozenset()
    dwelling_verbs: frozenset[str] = frozenset()
    launch_target_preps: frozenset[str] = frozenset()
    curbing_words: frozenset[str] = frozenset()
    public_life_nouns: frozenset[str] = frozenset()
    obligation_words: frozenset[str] = frozenset()
    easing_words: frozenset[str] = frozenset()
    tier_nouns: frozenset[str] = frozenset()
    placing_verbs: frozenset[str] = frozenset()
    calling_off_words: frozenset[str] = frozenset()
    trip_nouns: frozenset[str] = frozenset()
    charging_words: frozenset[str] = frozenset()
    trial_nouns: frozenset[str] = frozenset()
    confession_verbs: frozenset[str] = frozenset()
    charge_nouns: frozenset[str] = frozenset()
    charge_preps: frozenset[str] = frozenset()
    court_act_words: frozenset[str] = frozenset()
    penalty_receipt_verbs: frozenset[str] = frozenset()
    penalty_nouns: frozenset[str] = frozenset()
    crime_nouns: frozenset[str] = frozenset()
    crime_phrase_preps: frozenset[str] = frozenset()
    participant_preps: frozenset[str] = frozenset()
    attempt_verbs: frozenset[str] = frozenset()
    frame_verbs: frozenset[str] = frozenset()
    participant_pronouns: frozenset[str] = frozenset()
    acting_bodies: frozenset[str] = frozenset()
    handover_nouns: frozenset[str] = frozenset()
    handover_verbs: frozenset[str] = frozenset()
    inquiry_nouns: frozenset[str] = frozenset()
    inquiry_topic_preps: frozenset[str] = frozenset()
    label_participles: frozenset[str] = frozenset()
    abroad_aim_nouns: frozenset[str] = frozenset()
    foreign_actor_nouns: frozenset[str] = frozenset()
    topic_object_verbs: frozenset[str] = frozenset()
    purpose_topic_verbs: frozenset[str] = frozenset()
    meeting_topic_verbs: frozenset[str] = frozenset()
    exit_verbs: frozenset[str] = frozenset()
    protest_purpose_verbs: frozenset[str] = frozenset()
    demand_verbs: frozenset[str] = frozenset()
    summary_nouns: frozenset[str] = frozenset()
    topic_on_nouns: frozenset[str] = frozenset()
    topic_for_nouns: frozenset[str] = frozenset()
    reason_phrase_nouns: frozenset[str] = frozenset()
    person_object_nouns: frozenset[str] = frozenset()
    remote_act_verbs: frozenset[str] = frozenset()
    grounds_penalty_words: frozenset[str] = frozenset()
    grounds_time_nouns: frozenset[str] = frozenset()
    addressed_object_words: frozenset[str] = frozenset()
    relation_nouns: frozenset[str] = frozenset()
    descriptive_quarter_words: frozenset[str] = frozenset()
    cause_clause_verbs: frozenset[str] = frozenset()
    cause_clause_markers: frozenset[str] = frozenset()
    condition_place_nouns: frozenset[str] = frozenset()
    seat_officers: frozenset[str] = frozenset()
    result_participle_verbs: frozenset[str] = frozenset()
    spread_words: frozenset[str] = frozenset()
    aimed_object_preps: frozenset[str] = frozenset()

    @field_validator("*", mode="before")
    @classmethod
    def _lower_case(cls, value: Any) -> Any:
        """Lower-case every word of a list and every noun and adjective of a table."""
        if isinstance(value, list):
            return [w.lower() if isinstance(w, str) else w for w in value]
        if isinstance(value, dict):
            return {str(k).lower(): str(v).lower() for k, v in value.items()}
        return value

    @cached_property
    def moved_preps(self) -> frozenset[str]:
        """Return the prepositions of a place left or gone to ("from", "to"): no place of being there."""
        return self.origin_preps | self.destination_preps

    @cached_property
    def naming_nouns(self) -> frozenset[str]:
        """Return the place nouns whose "of" object is a place the gazetteer need not know ("the town of
        Kansafra"); not a noun that also names a condition ("the State of Alarm")."""
        return self.geo_nouns - self.condition_place_nouns

    @cached_property
    def facilities(self) -> frozenset[str]:
        """Return every facility noun, owned or located (built once: read for every token of every tier)."""
        return self.owned_facilities | self.located_facilities


def load_place_words(path: Path | None = None) -> PlaceWords:
    """Read and validate ``places.yaml`` (the packaged one by default)."""
    path = path or Path(str(files("dotterel.knowledge") / PACKAGED_PLACE_WORDS))
    from dotterel.knowledge.gazetteer import load_yaml_model  # one YAML reader for every knowledge file

    words: PlaceWords = load_yaml_model(path, PlaceWords)
    return words
