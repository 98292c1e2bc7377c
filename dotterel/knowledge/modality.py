"""Modality word lists (future, possibility, commitment, plans, conditions, negation, denial) from YAML."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from dotterel.errors import KnowledgeError

PACKAGED_MODALITY = "modality.yaml"


class ModalityFile(BaseModel):
    """Schema of ``modality.yaml``."""

    model_config = ConfigDict(extra="forbid")
    version: int
    future_aux: list[str]
    hypothetical_aux: list[str]
    commitment_heads: list[str]
    plan_heads: list[str]
    conditional_marks: list[str]
    generic_target_words: list[str]
    negators: list[str]
    denial_verbs: list[str]


@dataclass(frozen=True)
class ModalityWords:
    """The modality word lists as frozensets of lower-case lemmas."""

    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    commitment_heads: frozenset[str]
    plan_heads: frozenset[str]
    conditional_marks: frozenset[str]
    generic_target_words: frozenset[str]
    negators: frozenset[str]
    denial_verbs: frozenset[str]


def to_modality_words(data: ModalityFile) -> ModalityWords:
    """Convert the validated file into lookup sets."""
    fields = {
        name: frozenset(w.lower() for w in getattr(data, name)) for name in ModalityWords.__dataclass_fields__
    }
    return ModalityWords(**fields)


def load_modality_file(path: Path) -> ModalityWords:
    """Read and validate one modality file; raise KnowledgeError naming the file and key."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return to_modality_words(ModalityFile.model_validate(raw))
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "(file)"
        raise KnowledgeError(str(path), key, first["msg"]) from error
    except (OSError, yaml.YAMLError) as error:
        raise KnowledgeError(str(path), "(file)", str(error)) from error


@lru_cache(maxsize=1)
def load_modality_words() -> ModalityWords:
    """Load the packaged modality word lists (cached)."""
    return load_modality_file(Path(str(files("dotterel.knowledge") / PACKAGED_MODALITY)))
