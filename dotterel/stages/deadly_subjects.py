"""Deadly events told by their toll: "A riot over food shortages at a prison leaves 46 people dead",
"Protests over fuel prices leave three people dead". The event noun is the subject of the verb that states
its dead or wounded, so the toll is the event's own, and the event counts in casualty views even when it
names no actor (kept by the informative stage). Not an event noun in a phrase ("the deadliest days of the
protests", "ahead of the strike"), whose toll may be another's, nor one told as unreal.
"""

from __future__ import annotations

from typing import Any

from dotterel.model import HAPPENED_MODALITIES, Event
from dotterel.stages.doc_tables import resolve_trigger_root

__all__ = ["is_deadly_subject"]


def is_deadly_subject(event: Event, doc: Any) -> bool:
    """True for an event told as happened, with someone killed or injured, whose trigger is a noun that is
    the subject of a verb ("A riot … leaves 46 people dead")."""
    if (event.killed or 0) <= 0 and (event.injured or 0) <= 0:
        return False
    if event.modality not in HAPPENED_MODALITIES or doc is None:
        return False
    token = resolve_trigger_root(doc, event.trigger)
    if token is None or token.pos_ not in ("NOUN", "PROPN"):
        return False
    while token.dep_ == "conj" and token.head.i != token.i:  # "riots and clashes leave …"
        token = token.head
    return token.dep_ == "nsubj" and token.head.pos_ in ("VERB", "AUX")
