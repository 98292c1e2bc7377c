"""A day word used as an adjective that tells the kind of thing, not a time: such a mention dates nothing.

- in a future clause ("an overnight curfew will be in effect":
  :func:`~dotterel.stages.date_scope.is_adjective_to_come`);
- before a measure whose hours it tells (``timed_measure_nouns`` of ``dates.yaml``: "Forty cities impose
  overnight curfews", "the overnight closure of shops"): the curfew runs at night, and the imposing has no
  day stated. A harm or happening keeps its day ("seven killed in an overnight shooting", "an overnight
  raid").
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.date_words import DateWordsFile
from dotterel.stages.date_scope import is_adjective_to_come

__all__ = ["is_kind_adjective"]


def is_kind_adjective(root: Any, words: DateWordsFile) -> bool:
    """True when the date mention rooted at ``root`` is an adjective of kind (see the module)."""
    if is_adjective_to_come(root, frozenset(w.lower() for w in words.future_aux)):
        return True
    if root.dep_ != "amod" or root.i > root.head.i:
        return False
    return root.head.lemma_.lower() in frozenset(w.lower() for w in words.timed_measure_nouns)
