"""The place of an event noun's stance phrase gives way to its clause's own place.

"Protests against police brutality in Colombia rage for third day in Bogotá": the protests are the subject of
"rage", whose clause names where they are (Bogotá); Colombia is the place of what they are against, the topic.
So for an event noun that is the subject of a verb whose own clause names a place outside the noun's phrase,
the noun's own tier leaves out its stance phrase ("against …", "over …", "about …"). With no place in the
clause ("Protests against police brutality in Colombia continue") the noun's phrase is all there is, and it is
kept.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords

__all__ = ["drop_stance_topics"]

STANCE_PREPS = frozenset({"against", "over", "about", "regarding", "concerning"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def drop_stance_topics(token: Any, ids: set[int], words: PlaceWords) -> set[int]:
    """Return the noun's own ids without its stance phrases when its verb's clause names a place of its own
    (see the module); ``ids`` unchanged otherwise."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in SUBJECT_DEPS:
        return ids
    topics = {t.i for p in token.children if p.dep_ == "prep" and p.lower_ in STANCE_PREPS for t in p.subtree}
    if not topics or not _names_own_place(token.head, {t.i for t in token.subtree}, words):
        return ids
    return ids - topics


def _names_own_place(verb: Any, noun_ids: set[int], words: PlaceWords) -> bool:
    """True when the verb's own clause (no clause nested in it) has a place phrase outside the noun's."""
    return any(
        t.dep_ == "pobj"
        and t.ent_type_ in PLACE_ENTS
        and t.head.lower_ in words.subject_place_preps
        and t.i not in noun_ids
        and _clause_verb(t).i == verb.i
        for t in verb.subtree
    )


def _clause_verb(token: Any) -> Any:
    """The nearest verb above ``token`` (the verb of its clause), or the root."""
    node = token.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node
