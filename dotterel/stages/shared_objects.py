"""The object two verbs joined by "and" share, for :mod:`dotterel.stages.triggers`.

In "Police disarm and arrest [the suspect]" the suspect is disarmed too: the disarming is a seizure of his
weapon (COERCE 171), not a disarming of one's own forces (RETREAT 0873). The object is read only to choose
among a verb's readings, for a verb that has one needing no object; it makes no event of a verb that has none
("SpaceX launches and deploys 24 satellites" stays no missile launch).
"""

from __future__ import annotations

from typing import Any

__all__ = ["find_shared_object"]

# What may hang after a verb that shares its conjunct's object: the "and", the conjunct, the full stop.
BARE_VERB_DEPS = frozenset({"cc", "conj", "punct"})


def find_shared_object(verb: Any) -> Any | None:
    """The object of the verb's conjunct right after "and" when the verb has none of its own: in "Police
    disarm and arrest [the suspect]" the suspect is disarmed too. Only for a bare verb (no object, no
    preposition, no particle, no clause of its own) followed at once by "and" and the conjunct verb."""
    doc = verb.doc
    if any(c.dep_ not in BARE_VERB_DEPS for c in verb.children if c.i > verb.i):
        return None
    nxt = verb.i + 1
    if nxt + 1 >= len(doc) or doc[nxt].lower_ != "and" or doc[nxt].head.i != verb.i:
        return None
    other = doc[nxt + 1]
    if other.dep_ != "conj" or other.head.i != verb.i or other.pos_ != "VERB":
        return None
    return next((c for c in other.children if c.dep_ in {"dobj", "obj"}), None)
