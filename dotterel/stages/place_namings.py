"""A name given to a happening ("which Iran describes as an illegal seizure") is not placed by its sentence.

"Britain's ambassador was summoned in Tehran over the incident, which Iran describes as an illegal seizure":
the seizure is the incident told before (the seizure of a tanker off Gibraltar), named again by a verb of
naming (``naming_verbs`` of ``places.yaml``: "describe … as", "call … an act of terrorism"); Tehran is where
the summoning was. The places of the sentence outside the name and the thing named are not the named
event's (:func:`find_naming_outside_ids`); a place inside the thing named ("calls the attack in Baghdad an
assassination attempt") still is.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_uses import names_word

__all__ = ["find_naming_outside_ids"]


def _naming_verb(token: Any, words: PlaceWords) -> Any | None:
    """The verb of naming whose name ``token`` is: the "as" object ("describes it as a seizure", also with
    "as" hung on the object) or the object predicate ("calls it an act of terrorism"), or a noun coordinated
    with one; None otherwise."""
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.dep_ == "prep":
        verb = token.head.head  # "describes it as …", or "condemned the raid as …" ("as" on the object)
        verb = verb.head if verb.dep_ == "dobj" else verb
    elif token.dep_ == "oprd":
        verb = token.head
    else:
        return None
    return verb if names_word(verb, words.naming_verbs) else None


def find_naming_outside_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the tokens of ``token``'s sentence outside the name ``token`` heads and the thing it names
    ("which Iran describes as an illegal seizure": all but "which" and "as an illegal seizure"); empty when
    ``token`` is no name given by a verb of naming."""
    verb = _naming_verb(token, words)
    if verb is None:
        return set()
    name = token.head if token.head.lower_ == "as" else token
    while name.dep_ == "conj":
        name = name.head
    inside = {t.i for t in name.subtree}
    inside |= {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree}
    return {i for i in range(token.sent.start, token.sent.end) if i not in inside}
