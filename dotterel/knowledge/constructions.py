"""Word lists of the constructions the events stage codes beyond single trigger words
(``constructions.yaml``): reported demands and nominalisations of trigger verbs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from dotterel.errors import KnowledgeError
from dotterel.knowledge.wordlists import load_packaged_word_lists, load_word_lists_file

PACKAGED_CONSTRUCTIONS = "constructions.yaml"
CONSTRUCTION_LISTS = (
    "report_verbs",
    "obligation_aux",
    "obligation_verbs",
    "demand_content_marks",
    "order_verbs",
    "permission_verbs",
    "nominalizations",
    "joint_readings",
    "ban_objects",
    "placement_verbs",
    "placement_preps",
    "contest_nouns",
    "product_test_words",
    "trial_nouns",
    "non_enemies",
    "content_promise_verbs",
    "answer_verbs",
    "own_readings",
    "own_possessions",
    "own_possessives",
    "warning_heads",
    "advisory_objects",
    "predicament_words",
    "term_nouns",
    "enacting_verbs",
    "motive_nouns",
    "motive_preps",
    "medical_attack_words",
    "rate_nouns",
    "naming_verbs",
    "nonviolent_kinds",
    "instrument_verbs",
    "found_death_manners",
)


@dataclass(frozen=True)
class ConstructionWords:
    """The lists of ``constructions.yaml``; ``nominalizations`` maps a noun lemma to its verb lemma,
    ``joint_readings`` a pattern id to the pattern id of its joint reading, ``own_readings`` one to the
    pattern id of its reading on the actor's own possession ("suspends its membership")."""

    report_verbs: frozenset[str]
    obligation_aux: frozenset[str]
    obligation_verbs: frozenset[str]
    demand_content_marks: frozenset[str]
    order_verbs: frozenset[str]
    permission_verbs: frozenset[str]
    nominalizations: Mapping[str, str]
    joint_readings: Mapping[str, str]
    ban_objects: frozenset[str] = frozenset()
    placement_verbs: frozenset[str] = frozenset()
    placement_preps: frozenset[str] = frozenset()
    contest_nouns: frozenset[str] = frozenset()
    product_test_words: frozenset[str] = frozenset()
    trial_nouns: frozenset[str] = frozenset()
    non_enemies: frozenset[str] = frozenset()
    content_promise_verbs: frozenset[str] = frozenset()
    answer_verbs: frozenset[str] = frozenset()
    own_readings: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    own_possessions: frozenset[str] = frozenset()
    own_possessives: frozenset[str] = frozenset()
    warning_heads: frozenset[str] = frozenset()
    advisory_objects: frozenset[str] = frozenset()
    predicament_words: frozenset[str] = frozenset()
    term_nouns: frozenset[str] = frozenset()
    enacting_verbs: frozenset[str] = frozenset()
    motive_nouns: frozenset[str] = frozenset()
    motive_preps: frozenset[str] = frozenset()
    medical_attack_words: frozenset[str] = frozenset()
    rate_nouns: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    nonviolent_kinds: frozenset[str] = frozenset()
    instrument_verbs: frozenset[str] = frozenset()
    found_death_manners: frozenset[str] = frozenset()


def to_construction_words(path: str, lists: dict[str, frozenset[str]]) -> ConstructionWords:
    """Build the word lists from validated lists; a pair not written "noun:verb" ("id:id") raises."""
    return ConstructionWords(
        report_verbs=lists["report_verbs"],
        obligation_aux=lists["obligation_aux"],
        obligation_verbs=lists["obligation_verbs"],
        demand_content_marks=lists["demand_content_marks"],
        order_verbs=lists["order_verbs"],
        permission_verbs=lists["permission_verbs"],
        nominalizations=_to_pairs(path, "nominalizations", lists["nominalizations"], "noun:verb"),
        joint_readings=_to_pairs(path, "joint_readings", lists["joint_readings"], "id:id"),
        ban_objects=lists["ban_objects"],
        placement_verbs=lists["placement_verbs"],
        placement_preps=lists["placement_preps"],
        contest_nouns=lists["contest_nouns"],
        product_test_words=lists["product_test_words"],
        trial_nouns=lists["trial_nouns"],
        non_enemies=lists["non_enemies"],
        content_promise_verbs=lists["content_promise_verbs"],
        answer_verbs=lists["answer_verbs"],
        own_readings=_to_pairs(path, "own_readings", lists["own_readings"], "id:id"),
        own_possessions=lists["own_possessions"],
        own_possessives=lists["own_possessives"],
        warning_heads=lists["warning_heads"],
        advisory_objects=lists["advisory_objects"],
        predicament_words=lists["predicament_words"],
        term_nouns=lists["term_nouns"],
        enacting_verbs=lists["enacting_verbs"],
        motive_nouns=lists["motive_nouns"],
        motive_preps=lists["motive_preps"],
        medical_attack_words=lists["medical_attack_words"],
        rate_nouns=lists["rate_nouns"],
        naming_verbs=lists["naming_verbs"],
        nonviolent_kinds=lists["nonviolent_kinds"],
        instrument_verbs=lists["instrument_verbs"],
        found_death_manners=lists["found_death_manners"],
    )


def _to_pairs(path: str, key: str, entries: frozenset[str], form: str) -> Mapping[str, str]:
    pairs: dict[str, str] = {}
    for entry in sorted(entries):
        left, sep, right = entry.partition(":")
        if not sep or not left.strip() or not right.strip() or " " in left.strip():
            raise KnowledgeError(path, key, f"{entry!r} is not written '{form}'")
        pairs[left.strip()] = right.strip()
    return MappingProxyType(pairs)


def load_constructions_file(path: Path) -> ConstructionWords:
    """Read and validate a constructions file; raise KnowledgeError naming the file and key."""
    return to_construction_words(str(path), load_word_lists_file(path, CONSTRUCTION_LISTS))


def load_construction_words() -> ConstructionWords:
    """Load the packaged construction word lists (cached by the word-list loader)."""
    raw: Any = load_packaged_word_lists(PACKAGED_CONSTRUCTIONS, CONSTRUCTION_LISTS)
    return to_construction_words(PACKAGED_CONSTRUCTIONS, raw)


def find_construction_entries(words: ConstructionWords) -> list[tuple[str, tuple[str, ...]]]:
    """What can start a construction's event, in the trigger prefilter's terms (head lemma, other words it
    needs): a report verb with an obligation word ("said" ... "must"), and a nominalisation's noun."""
    obligations = sorted(words.obligation_aux | words.obligation_verbs)
    entries: set[tuple[str, tuple[str, ...]]] = {(v, (w,)) for v in words.report_verbs for w in obligations}
    entries |= {(noun, ()) for noun in words.nominalizations}
    return sorted(entries)
