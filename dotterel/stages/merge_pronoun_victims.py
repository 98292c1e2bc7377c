"""A harm of the next sentence whose victim is a pronoun standing for the victim of a harm told before.

"A video shows the beating of a teenager in Lyon. The three men who killed him were arrested": the killing has
doers of its own ("the three men"), yet its victim "him" can only be the teenager, since the beating states
no doer the pronoun could stand for. The two sentences tell one incident, and the beating takes the toll the
killing states. The pronoun is the object or the passive subject of the later harm
(the masculine or feminine, or the ``plural_victim_pronouns`` of ``merge.yaml``) and agrees in number with the
first harm's victim noun: its object, its passive subject or the "of" object of a harm noun ("the shooting of
a man"; "a man and his son" are two). The caller checks that the first harm states no doer ("A gendarme is
stabbed by a soldier … He was shot": "he" may be the soldier).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.merge_words import MergeWordsFile
from dotterel.model import Event
from dotterel.stages.doc_tables import resolve_trigger_root

__all__ = ["is_pronoun_victim"]

_VICTIM_DEPS = ("dobj", "nsubjpass")


def _victim_noun(head: Any) -> Any | None:
    """The victim noun of the harm ``head``: its object or passive subject, or a harm noun's "of" object."""
    for child in head.children:
        if child.dep_ in _VICTIM_DEPS and child.pos_ in ("NOUN", "PROPN"):
            return child
    if head.pos_ != "NOUN":
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for child in prep.children:
            if child.dep_ == "pobj" and child.pos_ in ("NOUN", "PROPN"):
                return child
    return None


def _is_plural(noun: Any) -> bool:
    """True for a plural noun or one joined to another ("a man and his son")."""
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)


def is_pronoun_victim(doc: Any, first: Event, later: Event, words: MergeWordsFile) -> bool:
    """True when ``later``'s object or passive subject is a personal pronoun that agrees in number with
    ``first``'s victim noun (see the module)."""
    head, before = resolve_trigger_root(doc, later.trigger), resolve_trigger_root(doc, first.trigger)
    if head is None or before is None:
        return False
    pronouns = [c for c in head.children if c.dep_ in _VICTIM_DEPS and c.tag_ == "PRP"]
    victim = _victim_noun(before)
    if not pronouns or victim is None:
        return False
    word = pronouns[0].lower_
    if word in words.plural_victim_pronouns:
        return _is_plural(victim)
    return word in words.singular_victim_pronouns and not _is_plural(victim)
