"""Reading word lists (``readings.yaml``): labour vs armed strikes, deaths, movers, causes and background,
cyber vs blade "hack"."""

from __future__ import annotations

from dataclasses import dataclass, fields

from dotterel.knowledge.wordlists import load_packaged_word_lists

PACKAGED_READINGS = "readings.yaml"


@dataclass(frozen=True)
class ReadingWords:
    """The lists of ``readings.yaml`` as frozensets of lower-case words (see that file for each)."""

    dual_strike_nouns: frozenset[str]
    labour_words: frozenset[str]
    strike_duration_words: frozenset[str]
    conflict_words: frozenset[str]
    affiliation_verbs: frozenset[str]
    death_nouns: frozenset[str]
    death_event_preps: frozenset[str]
    mover_verbs: frozenset[str]
    time_before_preps: frozenset[str]
    cause_preps: frozenset[str]
    cause_phrase_heads: frozenset[str]
    attack_nouns: frozenset[str]
    cause_marks: frozenset[str]
    definite_determiners: frozenset[str]
    revenge_nouns: frozenset[str]
    revenge_purpose_preps: frozenset[str]
    dual_harm_verbs: frozenset[str]
    blade_weapons: frozenset[str]
    cyber_objects: frozenset[str]
    cyber_doers: frozenset[str]
    bodily_harm_words: frozenset[str]
    striker_nouns: frozenset[str]
    striker_sectors: frozenset[str]


READING_LISTS = tuple(field.name for field in fields(ReadingWords))


def load_reading_words() -> ReadingWords:
    """Load the packaged reading word lists (cached by the word-list loader)."""
    return ReadingWords(**load_packaged_word_lists(PACKAGED_READINGS, READING_LISTS))
