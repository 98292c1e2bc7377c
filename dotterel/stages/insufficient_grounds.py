"""An act ruled out as lacking grounds: "the outbreaks are not sufficient to convict for rebellion".

The to-infinitive of a word of sufficiency (``sufficiency_words``) that is negated ("is not sufficient to
convict", "not enough evidence to charge him"), or of a word of insufficiency (``insufficiency_words``:
"insufficient evidence to prosecute"), is an act ruled out: negated.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.modality import ModalityWords
from dotterel.stages.token_words import lemma_of

INFINITIVE_DEPS = frozenset({"xcomp", "acl", "advcl"})
NEGATION_DEPS = frozenset({"neg"})
MEASURE_DEPS = frozenset({"amod", "advmod", "acomp"})


def _is_negated(word: Any, words: ModalityWords) -> bool:
    """True when the word, or the verb it is the complement of, bears a negation ("is not sufficient")."""
    holders = [word, word.head] if word.dep_ in {"acomp", "attr"} else [word]
    return any(c.dep_ in NEGATION_DEPS or c.lower_ in words.negators for h in holders for c in h.children)


def is_insufficient(clause: Any, words: ModalityWords) -> bool:
    """True when the verb is the to-infinitive of a sufficiency ruled out (module doc)."""
    if clause.dep_ not in INFINITIVE_DEPS or not any(c.lower_ == "to" for c in clause.children):
        return False
    head = clause.head
    measures = [head, *(c for c in head.children if c.dep_ in MEASURE_DEPS)]
    for word in measures:
        if lemma_of(word) in words.insufficiency_words:
            return True
        negated = _is_negated(word, words) or _is_negated(head, words)
        if lemma_of(word) in words.sufficiency_words and negated:
            return True
    return False
