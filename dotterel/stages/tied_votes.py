"""A tied vote broken is no broken relation: "Speaker John Bercow breaks the tie by voting No", "the Vice
President broke a tie in the Senate".

Relations are cut in the plural ("broke ties with Venezuela", "severed diplomatic ties"); a single "tie"
broken with no partner in a "with" phrase is a tied count (a vote, a match) decided, an act of no codebook
type. The modality stage drops it with the acts told again (:mod:`dotterel.stages.retold_acts`).
"""

from __future__ import annotations

from typing import Any

TIE_LEMMA = "tie"
SINGULAR_TAGS = frozenset({"NN"})
OBJECT_DEPS = frozenset({"dobj", "obj"})


def _has_with(token: Any) -> bool:
    return any(child.dep_ == "prep" and child.lower_ == "with" for child in token.children)


def is_tied_vote(token: Any) -> bool:
    """True for a verb whose direct object is a singular "tie" with no "with" partner ("breaks the tie")."""
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    if _has_with(token):
        return False  # "broke a tie with Taipei": a partner named
    ties = [o for o in objects if o.lemma_.lower() == TIE_LEMMA and o.tag_ in SINGULAR_TAGS]
    return any(not _has_with(o) for o in ties)
