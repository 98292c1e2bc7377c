"""Small readings of one spaCy token shared by the stages."""

from __future__ import annotations

from typing import Any

__all__ = ["lemma_of"]


def lemma_of(token: Any) -> str:
    """The token's lower-case lemma."""
    return str(token.lemma_).lower()
