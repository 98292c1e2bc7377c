"""The merge words (``merge.yaml``): their schema and loader, for the merge stage
(:mod:`dotterel.stages.merge`, :mod:`dotterel.stages.merge_anaphora`)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from dotterel.knowledge.gazetteer import load_yaml_model

__all__ = ["MergeWordsFile", "load_merge_words"]


class MergeWordsFile(BaseModel):
    """Schema of ``merge.yaml`` (each list lower-cased on load)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    anaphoric_determiners: frozenset[str]
    other_occasion_words: frozenset[str]
    toll_nouns: frozenset[str]
    toll_update_verbs: frozenset[str]
    other_incident_words: frozenset[str]
    change_of_state_verbs: frozenset[str]
    incident_doer_nouns: frozenset[str]
    whole_group_determiners: frozenset[str] = frozenset()
    incident_pronouns: frozenset[str] = frozenset()
    arrested_doer_nouns: frozenset[str] = frozenset()
    account_pronouns: frozenset[str] = frozenset()
    masculine_victim_pronouns: frozenset[str] = frozenset()
    feminine_victim_pronouns: frozenset[str] = frozenset()
    plural_victim_pronouns: frozenset[str] = frozenset()

    @property
    def singular_victim_pronouns(self) -> frozenset[str]:
        """The masculine and feminine victim pronouns together ("him", "she")."""
        return self.masculine_victim_pronouns | self.feminine_victim_pronouns

    @property
    def victim_pronoun_genders(self) -> tuple[frozenset[str], ...]:
        """The singular victim pronouns grouped by gender."""
        return (self.masculine_victim_pronouns, self.feminine_victim_pronouns)

    @field_validator(
        "anaphoric_determiners",
        "other_occasion_words",
        "toll_nouns",
        "toll_update_verbs",
        "other_incident_words",
        "change_of_state_verbs",
        "incident_doer_nouns",
    )
    @classmethod
    def _lower(cls, words: frozenset[str]) -> frozenset[str]:
        if not words:
            raise ValueError("must not be empty")
        return frozenset(word.lower() for word in words)

    @field_validator(
        "whole_group_determiners",
        "incident_pronouns",
        "arrested_doer_nouns",
        "account_pronouns",
        "masculine_victim_pronouns",
        "feminine_victim_pronouns",
        "plural_victim_pronouns",
    )
    @classmethod
    def _lower_optional(cls, words: frozenset[str]) -> frozenset[str]:
        return frozenset(word.lower() for word in words)


@lru_cache(maxsize=4)
def load_merge_words(path: Path | None = None) -> MergeWordsFile:
    """Read and validate ``merge.yaml`` (the packaged one by default); cached."""
    path = path or Path(str(files("dotterel.knowledge") / "merge.yaml"))
    words: MergeWordsFile = load_yaml_model(path, MergeWordsFile)
    return words
