"""The phrases the parser hangs on the same head right after a prepositional phrase: they describe its object.

"resigns following the deaths of 11 babies at a hospital in Tunis": the hospital is where the deaths were, not
the resignation; "appeals for peace in Ukraine": Ukraine is where the peace is asked for. Used by the readers
of another happening's phrases (:mod:`dotterel.stages.place_elsewhere`) and of an act's topic
(:mod:`dotterel.stages.place_topics`).
"""

from __future__ import annotations

from typing import Any

__all__ = ["to_low_attached_ids"]


def to_low_attached_ids(prep: Any, trigger: int = -1) -> set[int]:
    """Return the tokens of ``prep``'s phrase with the prepositional phrases right after it that the parser
    hangs on the same head ("resigns following the deaths of 11 babies at a hospital in Tunis": the hospital
    is where the deaths were; "a probe into the fire at a building in Los Angeles"): a phrase that follows a
    noun with no comma between describes that noun. Not a phrase that holds the ``trigger`` ("hovering over
    Kuwait City on the day of the attacks": the attacks are not described by Kuwait City)."""
    ids = {t.i for t in prep.subtree}
    heads = {prep.head.i, *(a.i for a in prep.head.ancestors)}  # the parser's head, or one above it
    for after in prep.doc[max(ids) + 1 : prep.sent.end]:
        if after.dep_ != "prep" or after.head.i not in heads or after.left_edge.i != max(ids) + 1:
            break
        phrase = {t.i for t in after.subtree}
        if trigger in phrase:
            break
        ids |= phrase
    return ids
