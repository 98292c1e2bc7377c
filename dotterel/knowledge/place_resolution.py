"""Words that decide between readings of an ambiguous place name, the nouns of bodies of water, the first
words of names of natural features and the word variants of transliterated names (``place_resolution.yaml``).

Validated at load time (:class:`PlaceResolutionFile`) and handed to
:class:`dotterel.stages.place_lists.PlaceReadings` as tuples of lower-case word sequences.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from dotterel.knowledge.gazetteer import load_yaml_model

PACKAGED_PLACE_RESOLUTION = "place_resolution.yaml"


class PlaceResolutionFile(BaseModel):
    """Schema of ``place_resolution.yaml``."""

    model_config = ConfigDict(extra="forbid")
    version: int
    list_conjunctions: list[str]
    city_division_words: list[str]
    country_division_words: list[str]
    not_division_phrases: list[str]
    water_nouns: list[str]
    feature_prefixes: list[str]
    institution_nouns: list[str]
    work_nouns: list[str]
    title_small_words: list[str]
    countryless_suffixes: list[str]
    membership_words: list[str]
    facility_name_heads: list[str]
    vessel_nouns: list[str]
    division_titles: list[str]
    country_feature_nouns: list[str]
    transliteration_variants: dict[str, str]
    jurisdiction_titles: list[str]
    office_titles: list[str]

    @field_validator(
        "list_conjunctions",
        "city_division_words",
        "country_division_words",
        "not_division_phrases",
        "water_nouns",
        "feature_prefixes",
        "institution_nouns",
        "work_nouns",
        "title_small_words",
        "countryless_suffixes",
        "membership_words",
        "facility_name_heads",
        "vessel_nouns",
        "division_titles",
        "country_feature_nouns",
        "jurisdiction_titles",
        "office_titles",
    )
    @classmethod
    def _lower_non_empty(cls, words: list[str]) -> list[str]:
        if not words or any(not w.strip() or w != w.lower() for w in words):
            raise ValueError("needs lower-case, non-empty words")
        return words

    @field_validator("transliteration_variants")
    @classmethod
    def _one_word_each(cls, variants: dict[str, str]) -> dict[str, str]:
        words = [*variants, *variants.values()]
        if not variants or any(not w.isalpha() or w != w.lower() or not w.isascii() for w in words):
            raise ValueError("needs lower-case ASCII words, one word on each side")
        return variants


@dataclass(frozen=True)
class PlaceResolutionWords:
    """The words of ``place_resolution.yaml``: list conjunctions; phrases as tuples of lower-case words."""

    list_conjunctions: frozenset[str]
    city_division_words: tuple[tuple[str, ...], ...]
    country_division_words: tuple[tuple[str, ...], ...]
    not_division_phrases: tuple[tuple[str, ...], ...]
    water_nouns: frozenset[str] = frozenset()
    feature_prefixes: frozenset[str] = frozenset()
    institution_nouns: frozenset[str] = frozenset()
    work_nouns: frozenset[str] = frozenset()
    countryless_suffixes: frozenset[str] = frozenset()
    membership_words: frozenset[str] = frozenset()
    facility_name_heads: frozenset[str] = frozenset()
    vessel_nouns: frozenset[str] = frozenset()
    division_titles: frozenset[str] = frozenset()
    country_feature_nouns: frozenset[str] = frozenset()
    transliteration_variants: Mapping[str, str] = field(default_factory=dict, hash=False)
    title_small_words: frozenset[str] = frozenset()
    jurisdiction_titles: frozenset[str] = frozenset()
    office_titles: frozenset[str] = frozenset()


def to_word_sequences(words: list[str]) -> tuple[tuple[str, ...], ...]:
    """Return each phrase as a tuple of its words, a hyphen as a word ("state-wide" → ("state", "-",
    "wide")), as the tokenizer splits them."""
    return tuple(tuple(word.replace("-", " - ").split()) for word in words)


@lru_cache(maxsize=2)
def load_place_resolution_words(path: Path | None = None) -> PlaceResolutionWords:
    """Read and validate ``place_resolution.yaml`` (the packaged one unless ``path`` is given).

    Raises:
        KnowledgeError: the file is missing, not YAML, or does not match :class:`PlaceResolutionFile`.
    """
    path = path or Path(str(files("dotterel.knowledge") / PACKAGED_PLACE_RESOLUTION))
    data: PlaceResolutionFile = load_yaml_model(path, PlaceResolutionFile)
    return PlaceResolutionWords(
        frozenset(data.list_conjunctions),
        to_word_sequences(data.city_division_words),
        to_word_sequences(data.country_division_words),
        to_word_sequences(data.not_division_phrases),
        frozenset(data.water_nouns),
        frozenset(data.feature_prefixes),
        frozenset(data.institution_nouns),
        frozenset(data.work_nouns),
        frozenset(data.countryless_suffixes),
        frozenset(data.membership_words),
        frozenset(data.facility_name_heads),
        frozenset(data.vessel_nouns),
        frozenset(data.division_titles),
        frozenset(data.country_feature_nouns),
        dict(data.transliteration_variants),
        frozenset(data.title_small_words),
        frozenset(data.jurisdiction_titles),
        frozenset(data.office_titles),
    )
