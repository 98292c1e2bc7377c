"""Whom a warning, demand or lawsuit is addressed to, and what it warns of or asks for, is no place of it.

A word of ``addressed_object_words`` (``knowledge/places.yaml``: warn, demand, urge, ask, request, sue,
lawsuit …) is a speech act or a legal act aimed at others: its object is the one addressed, sued or asked for,
with what the text tells of them ("warns the Czech government of consequences for companies with operations in
mainland China", "demand the release of activists detained in Cairo", "sues the state of New Jersey",
"lawsuits against … the state of New Jersey"). Their places are not where the act is done: only a place phrase
of the act itself is ("Speaking in Paris, Macron warns Turkey …", "sues the city in federal court in St.
Paul", "warned reporters in Paris" with the phrase on the verb). So :func:`find_addressed_object_ids` returns
a verb's object subtree and an "of"/"against" phrase on the verb after it (what is warned of or against:
"warns of a cluster of infections in Seoul"), or a noun's "against" phrase; not an "at" phrase on the object
(the occasion: "urges Iran at a news conference in Paris"), nor an audience's place phrase ("warned reporters
in Paris", ``audience_nouns``: the act is done before them), nor one the parser took from a reported clause's
subject ("warns major cities in Azerbaijan are now legitimate targets", where the threatened place is read as
the threat's), nor a state of affairs asked for (``topic_for_nouns``: "demanded a truce with Moslem forces in
east Bosnia", left as it was). An act done at its object (an attack, a raid, an arrest, a visit) is no such
word.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_uses import names_word
from dotterel.stages.scope import is_verb

__all__ = ["find_addressed_object_ids"]

_TOPIC_PREPS = frozenset({"of", "against"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_WITHHELD_DEPS = frozenset({"dative", "nsubjpass", "auxpass"})


def find_addressed_object_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the tokens of whom or what the warning, demand or suit ``token`` is aimed at (see the module):
    a verb's object with what it is warned of, a noun's "against" phrase; none for other words."""
    if token.lemma_.lower() not in words.addressed_object_words:
        return set()
    if not is_verb(token):
        phrases = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "against"]
        return {t.i for prep in phrases for t in prep.subtree}
    if any(c.dep_ in _WITHHELD_DEPS for c in token.children):
        return set()  # "is urged to …", "asks him a question": no object addressed in the object slot
    objects = [c for c in token.children if c.dep_ == "dobj" and not _is_left_to_others(c, words)]
    ids: set[int] = set()
    for obj in objects:
        ids |= {t.i for t in obj.subtree} - _kept_ids(obj, words)
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in _TOPIC_PREPS and prep.i > token.i:
            ids |= {t.i for t in prep.subtree}
    return ids


def _is_left_to_others(obj: Any, words: PlaceWords) -> bool:
    """True for an object this reader leaves alone: a state asked for on the ground (``topic_for_nouns``:
    "demanded a truce with Moslem forces in east Bosnia", read as there by the PLOVER gold), or one the
    parser took from the subject of a reported clause after it ("warns major cities in Azerbaijan are now
    legitimate targets": a clause with no subject of its own; what is said, not whom it is said to)."""
    if names_word(obj, words.topic_for_nouns):
        return True
    return any(
        c.dep_ == "ccomp" and c.i > obj.i and not any(s.dep_ in _SUBJECT_DEPS for s in c.children)
        for c in obj.head.children
    )


def _kept_ids(obj: Any, words: PlaceWords) -> set[int]:
    """The phrases on the object that tell the act's own place: an "at" phrase (the occasion), and any
    phrase on an audience the act is done before ("warned reporters in Paris")."""
    audience = names_word(obj, words.audience_nouns)
    return {
        t.i for c in obj.children if c.dep_ == "prep" and (c.lower_ == "at" or audience) for t in c.subtree
    }
