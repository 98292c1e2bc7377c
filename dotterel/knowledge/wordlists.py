"""Word-list files: YAML mappings of a name to a list of lower-case words, validated at load time.

``modality.yaml`` and ``hazards.yaml`` are such files; each has a fixed set of list names (its schema), so a
misspelt key or a missing list fails at load time naming the file and the key.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from dotterel.errors import KnowledgeError

_PATTERN_ID = re.compile(r"^verbs\.[a-z]+-[a-z0-9]+(?:-[a-z0-9]+)*\.v[1-9][0-9]*$")


def to_word_lists(path: str, raw: Any, names: Collection[str]) -> dict[str, frozenset[str]]:
    """Validate a parsed word-list file against the expected list names and return lookup sets."""
    if not isinstance(raw, dict):
        raise KnowledgeError(path, "(file)", "expected a mapping of list names to word lists")
    if raw.get("version") != 1:
        raise KnowledgeError(path, "version", "must be 1")
    unknown = sorted(set(raw) - set(names) - {"version"})
    if unknown:
        raise KnowledgeError(path, unknown[0], f"unknown list; expected one of {', '.join(sorted(names))}")
    lists: dict[str, frozenset[str]] = {}
    for name in names:
        words = raw.get(name)
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise KnowledgeError(path, name, "must be a list of non-empty strings")
        lists[name] = frozenset(w.strip().lower() for w in words)
    return lists


def load_word_lists_file(path: Path, names: Collection[str]) -> dict[str, frozenset[str]]:
    """Read and validate one word-list file."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise KnowledgeError(str(path), "(file)", str(error)) from error
    return to_word_lists(str(path), raw, names)


@lru_cache(maxsize=8)
def load_packaged_word_lists(filename: str, names: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Read one of the package's word-list files (cached)."""
    return load_word_lists_file(Path(str(files("dotterel.knowledge") / filename)), names)


RECIPROCAL_LISTS: tuple[str, ...] = (
    "reciprocal_types",
    "object_taking_patterns",
    "reciprocal_patterns",
    "side_preps",
    "sides_only_patterns",
    "fighting_sectors",
    "topic_types",
    "topic_preps",
)


def load_reciprocal_types() -> frozenset[str]:
    """The PLOVER types (lower-case) whose coordinated subjects act on each other (``reciprocal.yaml``)."""
    return load_reciprocal_words()["reciprocal_types"]


def load_reciprocal_words() -> dict[str, frozenset[str]]:
    """The ``reciprocal.yaml`` lists (lower-case), by name; a pattern id not shaped like
    ``verbs.<type>-<slug>.vN`` raises :class:`KnowledgeError`."""
    lists = load_packaged_word_lists("reciprocal.yaml", RECIPROCAL_LISTS)
    for name in ("reciprocal_patterns", "sides_only_patterns", "object_taking_patterns"):
        bad = sorted(w for w in lists[name] if not _PATTERN_ID.match(w))
        if bad:
            raise KnowledgeError("reciprocal.yaml", name, f"not a pattern id: {bad[0]!r}")
    if not lists["sides_only_patterns"] <= lists["reciprocal_patterns"]:
        raise KnowledgeError("reciprocal.yaml", "sides_only_patterns", "must be in reciprocal_patterns too")
    return lists


ROLE_LISTS: tuple[str, ...] = (
    "claim_nouns",
    "blame_verbs",
    "cause_blame_verbs",
    "us_departments",
    "us_prefix_departments",
    "statement_nouns",
    "group_anaphors",
    "pair_anaphors",
    "violent_reading_sectors",
    "participation_preps",
    "victim_preps",
    "author_preps",
    "eliciting_verbs",
    "reaction_types",
    "misattached_preps",
    "group_sectors",
    "pair_determiners",
    "anaphoric_determiners",
    "not_local_sectors",
    "partner_preps",
    "entry_preps",
    "origin_preps",
    "own_people_nouns",
    "withdrawal_verbs",
    "quantity_openers",
    "vague_people_pronouns",
    "domestic_sectors",
    "stative_participles",
    "home_untargeted_types",
    "venue_codes",
    "venue_patterns",
    "held_meeting_verbs",
    "held_signing_codes",
    "business_post_words",
    "mission_nouns",
    "own_pronouns",
    "means_preps",
    "toll_participles",
    "attack_participles",
    "visit_patterns",
    "enacted_documents",
    "enacting_verbs",
    "decision_nouns",
    "decision_reaction_types",
    "giving_verbs",
    "name_description_nouns",
    "penalty_nouns",
    "plan_nouns",
    "plan_announcing_verbs",
)


def load_role_words() -> dict[str, frozenset[str]]:
    """The ``roles.yaml`` lists (lower-case), by name: see that file for each."""
    return load_packaged_word_lists("roles.yaml", ROLE_LISTS)
