"""A meeting left is where the leaving is: "The opposition pulls out of peace talks in Geneva".

The object of a verb or noun of leaving (``departure_words`` of ``places.yaml``: "pull out of", "withdraw
from") is the place left (as "withdraw from the American embassy in Baghdad"); when that object is a meeting
told as an event of its own ("talks", "a summit": ``meeting_words``), its phrase is not cut out as another
event's (:func:`find_left_meeting_ids`), so the leaving takes the meeting's place. "pulls out of the Paris
climate agreement" names no meeting (an accord named after a city); "withdraws its troops after talks in
Geneva" is not a meeting left.

A meeting a statement is made at is where the statement is: "accuses the United States of smearing China at
the G20 meeting in Osaka", "urges allies to increase spending at a meeting in Brussels". The parser hangs the
"at" phrase inside what is said or asked (the content of ``content_verbs`` and ``accusation_verbs``, read as
another happening's: :mod:`dotterel.stages.place_elsewhere`); a meeting is no place of what is said, so the
phrase stays the verb's (:func:`find_occasion_ids`) and its meeting's phrase is not cut out.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_uses import names_word
from dotterel.stages.scope import find_complement_ids

__all__ = ["find_left_meeting_ids", "find_meeting_ids", "find_occasion_ids", "find_spoken_complement_ids"]

OCCASION_PREP = "at"  # "at the G20 meeting in Osaka"
# Links from a statement verb down to what it says: "of smearing …", "to increase …"
CONTENT_DEPS = frozenset({"prep", "pcomp", "pobj", "xcomp", "dobj", "conj"})


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


def find_meeting_ids(token: Any, stops: frozenset[int], words: PlaceWords) -> frozenset[int]:
    """Return the trigger ids among ``stops`` of the meetings whose place ``token`` takes: one it leaves
    (:func:`find_left_meeting_ids`) or one its statement is made at (:func:`find_occasion_ids`)."""
    occasions = frozenset(i for i in find_occasion_ids(token, words) if i in stops)
    return find_left_meeting_ids(token, stops, words) | occasions


def find_occasion_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the ids of the "at <meeting>" phrases hung inside what a statement verb says or asks ("accuses
    the United States of smearing China at the G20 meeting in Osaka"): the meeting the statement is made
    at; empty for other verbs and for phrases under a clause of their own ("… who spoke at a summit")."""
    statements = words.content_verbs | words.accusation_verbs
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in statements:
        return set()
    ids: set[int] = set()
    harms = words.attack_nouns | words.locative_object_verbs | words.result_verbs
    for prep in token.subtree:
        if prep.dep_ != "prep" or prep.lower_ != OCCASION_PREP or prep.head.i == token.i:
            continue
        if not any(c.dep_ == "pobj" and names_word(c, words.meeting_words) for c in prep.children):
            continue
        link = prep.head
        if names_word(link, harms):
            continue  # "accuse the man of shooting a guard at a meeting": the shooting's place
        while link.i != token.i and link.dep_ in CONTENT_DEPS:
            link = link.head
        if link.i == token.i:
            ids |= {t.i for t in prep.subtree}
    return ids


def find_spoken_complement_ids(token: Any, ids: set[int], words: PlaceWords) -> set[int]:
    """Return the gerund complements inside ``ids`` that are actions of their own
    (:func:`~dotterel.stages.scope.find_complement_ids`), less the meeting a statement is made at
    (:func:`find_occasion_ids`)."""
    return find_complement_ids(token, ids, words.complement_preps) - find_occasion_ids(token, words)
