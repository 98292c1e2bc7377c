"""An event told as the cause of a grievance ("amid anger over the arrest of pro-democracy politicians") is
not placed by the rest of its sentence.

"Clashes break out across the New Territories amid anger over a demonstrator's death and the arrest of
pro-democracy politicians": the arrest is the object of "anger over", a happening told as the cause of the
anger, before it and not where the clashes are. The places of the sentence outside that object are not the
arrest's (:func:`find_grievance_outside_ids`); a place inside it ("outrage at the killing of a student in
Lagos") still is. Only grievance nouns (``grievance_nouns`` of ``places.yaml``) with a preposition of
``grievance_preps`` count: "protests over the shooting of a man in Kenosha" are a happening of their own.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.scope import SUBJECT_DEPS, is_verb

__all__ = ["find_grievance_outside_ids"]


def _is_grievance_prep(prep: Any, words: PlaceWords) -> bool:
    """True for "over" of "anger over …" (or "anger mounts over …": the grievance is the verb's subject)."""
    if prep.dep_ != "prep" or prep.lower_ not in words.grievance_preps:
        return False
    head = prep.head
    heads = [c for c in head.children if c.dep_ in SUBJECT_DEPS] if is_verb(head) else [head]
    return any(h.lemma_.lower() in words.grievance_nouns for h in heads)


def _grievance_object_ids(node: Any, words: PlaceWords) -> set[int]:
    """The tokens of the grievance object ``node`` heads or ends: a grievance preposition's phrase, or a
    noun the parser coordinates with the grievance noun after its phrase ("anger over a death and the
    arrest of …": "arrest" as a conj of "anger") with that phrase; empty for any other node."""
    if _is_grievance_prep(node, words):
        return {t.i for t in node.subtree}
    if node.dep_ != "conj":
        return set()
    before = [c for c in node.head.children if c.i < node.i and _is_grievance_prep(c, words)]
    return {t.i for c in before for t in c.subtree} | {t.i for t in node.subtree} if before else set()


def find_grievance_outside_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the tokens of ``token``'s sentence outside the grievance object that holds the trigger ("amid
    anger over the arrest of …": all but "over the arrest of …"); empty when the trigger is in none."""
    for node in (token, *token.ancestors):
        inside = _grievance_object_ids(node, words)
        if inside:
            return {i for i in range(token.sent.start, token.sent.end) if i not in inside}
    return set()
