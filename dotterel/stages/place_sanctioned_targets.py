"""What a sanction is put on is its target, not its place (session 15 convention, measures aimed abroad).

A sanction (a word of ``remote_act_verbs`` of ``knowledge/places.yaml``: "sanction", "blacklist") is the
acting state's act on others: only a place its own clause names for it is its place. The people or bodies it
is put on, with what the text tells of them ("imposes sanctions on governors of four states of Venezuela",
"sanctions on seven officials in Venezuela", "sanctions four governors of states of Venezuela"), are its
targets: their places and offices are not where the sanction is imposed (:func:`find_sanctioned_ids`).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords

__all__ = ["find_sanctioned_ids"]

_TARGET_PREPS = frozenset({"on", "against"})


def find_sanctioned_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the tokens of what the sanction ``token`` is put on: a sanctioning verb's object, or the
    object of "on"/"against" after a sanction noun ("sanctions on officials in Venezuela"); else none."""
    if token.lemma_.lower() not in words.remote_act_verbs:
        return set()
    targets = [c for c in token.children if c.dep_ == "dobj" and token.pos_ in ("VERB", "AUX")]
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in _TARGET_PREPS:
            targets += [c for c in prep.children if c.dep_ == "pobj"]
    return {t.i for target in targets for t in target.subtree}
