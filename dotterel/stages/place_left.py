"""A meeting left is where the leaving is: "The opposition pulls out of peace talks in Geneva".

The object of a verb or noun of leaving (``departure_words`` of ``places.yaml``: "pull out of", "withdraw
from") is the place left (as "withdraw from the American embassy in Baghdad"); when that object is a meeting
told as an event of its own ("talks", "a summit": ``meeting_words``), its phrase is not cut out as another
event's (:func:`find_left_meeting_ids`), so the leaving takes the meeting's place. "pulls out of the Paris
climate agreement" names no meeting (an accord named after a city); "withdraws its troops after talks in
Geneva" is not a meeting left.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_uses import names_word

__all__ = ["find_left_meeting_ids"]


def find_left_meeting_ids(token: Any, stops: frozenset[int], words: PlaceWords) -> frozenset[int]:
    """Return the trigger ids among ``stops`` of the meetings ``token`` leaves ("pull out of UN-sponsored
    peace talks in Geneva": "talks"): the object of its "from" / "(out) of" phrase (``leaving_preps``); empty
    otherwise."""
    if not names_word(token, words.departure_words):
        return frozenset()
    heads = {token.i} | {c.i for c in token.children if c.dep_ in ("prt", "prep") and c.lower_ == "out"}
    return frozenset(
        noun.i
        for prep in token.subtree
        if prep.dep_ == "prep" and prep.lower_ in words.leaving_preps and prep.head.i in heads
        for noun in prep.children
        if noun.dep_ == "pobj" and noun.i in stops and names_word(noun, words.meeting_words)
    )
