"""The modality an act takes from the word it is nested under, for the modality stage.

Used by the modality stage (``is_alleged``, ``is_errand_purpose``): an act under a word of suspicion ("two
nationals suspected of blowing up a plane") is alleged, and the purpose infinitive of a movement verb ("sent
experts to Bosnia to investigate", "will visit Mauritania to mediate") tells what was intended, not what
happened.

Moved out of :mod:`dotterel.stages.nesting`.
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.nesting import is_purpose_clause

__all__ = ["is_alleged", "is_errand_purpose"]


# How an alleged act hangs under the word of suspicion: "suspected [of blowing up]", "charged [with
# murdering]", "alleged [that troops shot]", "is alleged [to have ordered]".
ALLEGATION_PATH_DEPS = frozenset({"pcomp", "pobj", "prep", "ccomp", "xcomp"})
MAX_ALLEGATION_CLIMB = 4


def is_alleged(token: Any, clause: Any, words: frozenset[str]) -> bool:
    """True when the act at ``token`` (in the clause of ``clause``) is only alleged or suspected.

    "two nationals suspected of blowing up a plane", "a soldier charged with murdering two people", "an
    alleged chemical attack", "police allegedly shot a protester".
    """
    for node in {token, clause}:
        if any(c.dep_ in {"amod", "advmod"} and _is_one_of(c, words) for c in node.children):
            return True
    node = clause
    if node.dep_ == "conj" and node.head.dep_ in ALLEGATION_PATH_DEPS:
        node = node.head  # "accusing him of trafficking and [raping] a girl": the second charge alike
    for _ in range(MAX_ALLEGATION_CLIMB):
        if node.dep_ not in ALLEGATION_PATH_DEPS or node.head.i == node.i:
            return False
        node = node.head
        if _is_one_of(node, words):
            return True
    return False


def is_errand_purpose(clause: Any, errand_verbs: frozenset[str]) -> bool:
    """True for the purpose infinitive of a movement verb: "sent experts to Bosnia [to investigate]"."""
    return is_purpose_clause(clause) and _is_one_of(clause.head, errand_verbs)


def _is_one_of(token: Any, words: frozenset[str]) -> bool:
    return token.lower_ in words or str(token.lemma_).lower() in words
