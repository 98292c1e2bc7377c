"""Riots told as happening: "Rioting and looting continue in several cities", "riots erupt in the country".

A riot is news by itself, with no named doer, target or place: the informative stage keeps it when the riot
noun is the subject of a verb that says it happens (the lexicon's happening verbs: "continue", "erupt",
"break out", "take place"; :func:`~dotterel.stages.trigger_candidates.resolve_happening_verb`), or when people
riot (the verb, with its subject). A riot only named ("the law
bans rioting", "accused of inciting riots") is no riot that happened and still needs an actor or a place.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from dotterel.model import Event
from dotterel.stages.doc_tables import resolve_trigger_root
from dotterel.stages.trigger_candidates import resolve_happening_verb

RIOT_MODE = "riot"


def is_happening_riot(event: Event, doc: Any, happening_verbs: Collection[str]) -> bool:
    """True for a riot told as taking place: the riot noun (or its conjunct's head) is the subject of one of
    the lexicon's ``happening_verbs``, or the trigger is a riot verb with its own subject in a main clause
    ("inmates riot at several prisons")."""
    if event.action.mode != RIOT_MODE or doc is None:
        return False
    token = resolve_trigger_root(doc, event.trigger)
    if token is None:
        return False
    if token.pos_ == "VERB":  # "inmates riot", not "buildings are looted" (a riot's deed, told by itself)
        return token.dep_ in {"ROOT", "conj"} and any(c.dep_ == "nsubj" for c in token.children)
    while token.dep_ == "conj":  # "[rioting] and looting continue"
        token = token.head
    return resolve_happening_verb(token, happening_verbs) is not None  # "break out", "take place"
