"""A border named by the other country's demonym: "Vietnam tightens security on the Chinese border".

"The Chinese border" of a clause whose subject is another country is that country's border with China: the
act is on the subject's side ("Vietnam tightens security at its rail station on the Chinese border": Vietnam),
as for "its border with China" (:mod:`dotterel.stages.place_border_owners`). The demonym is the other side,
never the owner; a subject that holds the demonym itself ("Chinese troops on the Chinese border") or names no
country leaves the border with no owner here.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.place_words import PlaceWords
from dotterel.stages.place_uses import names_word
from dotterel.stages.scope import SUBJECT_DEPS


def is_other_side_demonym(modifier: Any, clause: Any, words: PlaceWords) -> bool:
    """True for a capitalised adjective before a border noun ("the Chinese border", ``modifier``) when the
    clause's verb has a proper-name subject that does not hold the same word (the subject's border with
    that country, not the demonym's own); not for a verb that acts across it ("Israel strikes positions on
    the Lebanese border": ``locative_object_verbs``)."""
    if modifier.dep_ != "amod" or not modifier.text[:1].isupper() or modifier.i > modifier.head.i:
        return False
    if names_word(clause, words.locative_object_verbs):
        return False
    if any(c.dep_ in ("poss", "amod") and c.i != modifier.i for c in modifier.head.children):
        return False  # "its Chinese border", "the Greek-Turkish border": owned or named by both sides
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or not any(t.pos_ == "PROPN" for t in subjects[0].subtree):
        return False
    return all(t.lower_ != modifier.lower_ for t in subjects[0].subtree)
