"""Where a thing would be sent is no place of the act that speaks of sending it.

A verb whose complement is a motion verb ("threatens to send refugees into Europe", "vows to move the embassy
to Jerusalem", "plans to deploy troops to Libya") is a threat, a promise or a plan made where its maker is;
the "to" or "into" phrase of the motion (``destination_preps`` and :data:`INTO`) tells where the moved
thing would go, not where the threat is made (:func:`find_planned_goal_ids`). The motion verb's own event
keeps its goal ("Turkey sends troops to Libya"): only a complement below another verb is read.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_uses import names_word

__all__ = ["find_planned_goal_ids"]

INTO = "into"  # "send refugees into Europe": a goal, as "to"
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})  # "threatens to send …", "says it will send …"


def _motion_complements(token: Any, words: PlaceWords) -> list[Any]:
    """The motion verbs among the complements of ``token`` (through a chain of complements: "threatens to
    begin to send"), not ``token`` itself."""
    out, todo = [], [c for c in token.children if c.dep_ in COMPLEMENT_DEPS]
    while todo:
        word = todo.pop()
        if names_word(word, words.destination_verbs):
            out.append(word)
        todo += [c for c in word.children if c.dep_ in COMPLEMENT_DEPS]
    return out


def find_planned_goal_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the tokens of the "to"/"into" phrases of the motion verbs that complement the verb ``token``
    ("threatens to send 3.6 million refugees into Europe": "into Europe"); empty for a noun trigger and for a
    motion verb itself."""
    if token.pos_ not in ("VERB", "AUX") or names_word(token, words.destination_verbs):
        return set()
    preps = words.destination_preps | {INTO}
    return {
        t.i
        for motion in _motion_complements(token, words)
        for prep in motion.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for t in prep.subtree
    }
