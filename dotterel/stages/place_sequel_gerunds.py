"""Whether a "before" gerund tells the doer's own next act at the scene, whose place is the event's too.

"A man killed his wife and injured a child before killing himself in San Diego": the gerund has no subject of
its own, so its doer is the subject of the verb it hangs on, and its act followed at the same scene; "in San
Diego" is where the killing was. The passive form ("stabbed three people before being arrested in Lyon") is
read by :meth:`dotterel.stages.place_elsewhere.ElsewhereReader.find_elsewhere_ids` itself. Not a gerund of
motion or one with a "from"/"to" phrase ("killed five people before fleeing to Pakistan",
``destination_verbs``, ``moved_preps``: where the doer went, not where the act was), nor one hung on another
verb than the event's or a verb coordinated with it ("said the gunman fired at police before killing himself
in Ohio" is the gunman's, not the saying's), nor a gerund with a subject of its own.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.place_words import PlaceWords
from dotterel.stages.scope import SUBJECT_DEPS, is_verb

__all__ = ["is_own_sequel_gerund"]


def is_own_sequel_gerund(prep: Any, token: Any, words: PlaceWords) -> bool:
    """True for a preposition of ``sequel_preps`` ("before") whose object is an active gerund with no
    subject of its own and no motion, hung on the event's verb ``token`` or a verb coordinated with it."""
    if prep.lower_ not in words.sequel_preps or not _is_event_verb(prep.head, token):
        return False
    return any(c.dep_ == "pcomp" and _is_still_act(c, words) for c in prep.children)


def _is_still_act(gerund: Any, words: PlaceWords) -> bool:
    """True for an active gerund with no subject, not of a motion verb, with no "from"/"to" phrase."""
    if gerund.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "auxpass" for c in gerund.children):
        return False
    moved = any(t.dep_ == "prep" and t.lower_ in words.moved_preps for t in gerund.subtree)
    return not moved and gerund.lemma_.lower() not in words.destination_verbs


def _is_event_verb(head: Any, token: Any) -> bool:
    """True when ``head`` is the trigger ``token``, or a verb coordinated with it (either way)."""
    if head.i == token.i:
        return True
    if not is_verb(head) or not is_verb(token):
        return False
    below = head.dep_ == "conj" and head.head.i == token.i
    return below or (token.dep_ == "conj" and token.head.i == head.i)
