"""Modality word lists (future, possibility, commitment, plans, conditions, negation, denial, allegation,
errands, prospects, punishments' reasons, preparations)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from dotterel.knowledge.wordlists import load_packaged_word_lists, load_word_lists_file

PACKAGED_MODALITY = "modality.yaml"


@dataclass(frozen=True)
class ModalityWords:
    """The lists of ``modality.yaml`` as frozensets of lower-case lemmas (see that file for each)."""

    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    commitment_heads: frozenset[str]
    infinitive_only_commitment_heads: frozenset[str]
    schedule_heads: frozenset[str]
    prevention_heads: frozenset[str]
    plan_heads: frozenset[str]
    conditional_marks: frozenset[str]
    future_time_marks: frozenset[str]
    generic_target_words: frozenset[str]
    negators: frozenset[str]
    negative_subjects: frozenset[str]
    denial_verbs: frozenset[str]
    obligation_aux: frozenset[str]
    intent_codes: frozenset[str]
    refusal_heads: frozenset[str]
    stance_verbs: frozenset[str]
    incapacity_heads: frozenset[str]
    ability_heads: frozenset[str]
    refusal_predicates: frozenset[str]
    reported_future_aux: frozenset[str]
    decision_verbs: frozenset[str]
    allegation_words: frozenset[str]
    allegation_nouns: frozenset[str]
    failure_heads: frozenset[str]
    plea_verbs: frozenset[str]
    claim_verbs: frozenset[str]
    errand_verbs: frozenset[str]
    order_heads: frozenset[str]
    attempt_heads: frozenset[str]
    prospective_modifiers: frozenset[str]
    prospective_heads: frozenset[str]
    prospective_preps: frozenset[str]
    consequence_verbs: frozenset[str]
    punishment_heads: frozenset[str]
    reason_preps: frozenset[str]
    public_act_types: frozenset[str]
    preparation_verbs: frozenset[str]
    state_sectors: frozenset[str]
    dissident_sectors: frozenset[str]
    intent_nouns: frozenset[str]
    opposing_verbs: frozenset[str]
    contesting_verbs: frozenset[str]
    contested_objects: frozenset[str]
    avoidance_verbs: frozenset[str]
    escape_verbs: frozenset[str]
    escaped_acts: frozenset[str]
    anticipation_heads: frozenset[str]
    openness_adjectives: frozenset[str]
    ruling_out_verbs: frozenset[str]
    request_nouns: frozenset[str]
    phase_verbs: frozenset[str]
    effort_verbs: frozenset[str]
    speaking_participles: frozenset[str]
    duration_nouns: frozenset[str]
    retelling_ordinals: frozenset[str]
    calling_off_verbs: frozenset[str]
    called_off_nouns: frozenset[str]
    application_heads: frozenset[str]
    arranging_verbs: frozenset[str]
    halting_verbs: frozenset[str]
    leaving_verbs: frozenset[str]
    sufficiency_words: frozenset[str]
    result_participles: frozenset[str]
    insufficiency_words: frozenset[str]
    reward_nouns: frozenset[str]
    offer_verbs: frozenset[str]
    complaint_verbs: frozenset[str]
    handover_verbs: frozenset[str]
    contrast_marks: frozenset[str]
    advice_heads: frozenset[str]
    suggestion_verbs: frozenset[str]
    term_nouns: frozenset[str]


MODALITY_LISTS = tuple(field.name for field in fields(ModalityWords))


def load_modality_file(path: Path) -> ModalityWords:
    """Read and validate a modality file; raise KnowledgeError naming the file and key."""
    return ModalityWords(**load_word_lists_file(path, MODALITY_LISTS))


def load_modality_words() -> ModalityWords:
    """Load the packaged modality word lists (cached)."""
    return ModalityWords(**load_packaged_word_lists(PACKAGED_MODALITY, MODALITY_LISTS))
