"""A place phrase that closes a sentence after a comma sets the scene of the whole sentence.

"A man facing eviction shoots three police officers, killing two, then sets a house on fire, which spreads to
four nearby houses, in Honolulu, Hawaii, United States.": the parser hangs the closing "in Honolulu" on the
last verb, a clause the shooting's own clause and its sentence tier leave out, but a comma-set place phrase
that ends a sentence after the act tells where all of it happened. The phrase must come after the event's
trigger, follow a comma, run to the end of the sentence, open with one of ``unlisted_preps`` ("in", "near",
"outside", "around", "inside": not "from" or "to", a route's end) with a name or a place noun as its
object (not "…, in connection with the shooting at a mall in X") and hang on no other event's trigger.
It is read after the sentence tier: the event's own clause and its sentence come first.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords

__all__ = ["find_closing_setting_ids"]


def _ends_sentence(token: Any) -> bool:
    """True when only punctuation follows the subtree of ``token`` in its sentence."""
    sentence = token.sent
    rest = token.doc[token.right_edge.i + 1 : sentence.end]
    return all(t.is_punct for t in rest)


def _names_place(noun: Any, words: PlaceWords) -> bool:
    """True for a proper name ("in Honolulu") or a place noun ("in the city of Lyon") as the phrase's object;
    not a noun of a happening or a relation ("in connection with …")."""
    return noun.pos_ == "PROPN" or noun.lemma_.lower() in words.geo_nouns


def find_closing_setting_ids(token: Any, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """Return the ids of the comma-set place phrase that ends the sentence of ``token`` after it (see the
    module docstring); an empty set without one, or when it hangs on another event's trigger."""
    sentence = token.sent
    doc = token.doc
    for prep in doc[token.i + 2 : sentence.end]:  # after the trigger and a comma
        if prep.dep_ != "prep" or prep.lower_ not in words.unlisted_preps:
            continue
        if doc[prep.i - 1].text != "," or not _ends_sentence(prep):
            continue
        if not any(_names_place(c, words) for c in prep.children if c.dep_ == "pobj"):
            continue  # "…, in connection with the shooting at a mall in X": another happening's place
        if any(a.i in stops and not a.is_ancestor(token) for a in prep.ancestors):
            return set()  # hangs on another event's clause: that event's place
        return {t.i for t in prep.subtree}
    return set()
