"""Where a cancelled or postponed trip was to go is no place of the act that calls it off.

"Several Australian MPs cancel a planned trip to the United Kingdom", "the prime minister postpones his visit
to India", "the cancellation of his tour of Japan": the word of calling off (``calling_off_words`` of
``knowledge/places.yaml``; "call" only with "off") has a trip noun (``trip_nouns``) as its object, a passive
subject or the object of its "of" phrase, and the trip's "to" phrase (``destination_preps``; also "of" for a
tour) names where the trip would have gone. The calling off happens where its doers are, which that phrase
does not say; a place phrase of the calling off itself ("cancels in Canberra its trip to …") is kept.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_uses import names_word

__all__ = ["find_cancelled_trip_ids"]

# Dependencies of what a word of calling off calls off: its object or passive subject.
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


def _is_calling_off(token: Any, words: PlaceWords) -> bool:
    """True for a word of ``calling_off_words``, "call" only with its particle "off" ("call off a visit")."""
    if not names_word(token, words.calling_off_words):
        return False
    if token.lemma_.lower() != "call":
        return True
    return any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children)


def _trips(token: Any, words: PlaceWords) -> list[Any]:
    """The trip nouns called off at ``token``: its object or passive subject, the object of its "of" phrase
    ("the cancellation of his visit"), with their conjuncts."""
    nouns = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    nouns += [o for p in token.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    nouns += [c for n in tuple(nouns) for c in n.conjuncts]
    return [n for n in nouns if names_word(n, words.trip_nouns)]


def find_cancelled_trip_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the tokens of the "to" phrases of the trips called off at ``token`` (see the module), also one
    the parser hangs on ``token`` after the trip noun ("cancels his visit next week to Paris")."""
    if not _is_calling_off(token, words):
        return set()
    preps = words.destination_preps
    out: set[int] = set()
    for trip in _trips(token, words):
        phrases = [c for c in trip.children if c.dep_ == "prep" and c.lower_ in preps | {"of"}]
        phrases += [c for c in token.children if c.dep_ == "prep" and c.lower_ in preps and c.i > trip.i]
        out |= {t.i for p in phrases for t in p.subtree}
    return out
