"""An act told again as what its subject is: "A UK jury convicts a British man of a terror offence. He is the
first UK man [found] guilty of such a crime": one conviction, one event.

A participle on the predicate noun of a copula ("He is [the first UK man found guilty]", "she became the
only minister convicted") names the kind of person the subject is by an act; it tells no act of its own when
the article has already told one with the same CAMEO code and an actor. It is dropped, not merged: what it
adds is a record ("the first … since 1990"), whose time and place are not the act's.
"""

from __future__ import annotations

from typing import Any

from dotterel.model import Event
from dotterel.stages.doc_tables import resolve_trigger_root

PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})  # the tagger reads "found" after a noun as either


def drop_described_repeats(doc: Any, events: list[Event]) -> list[Event]:
    """Return ``events`` without those told as a description of a copula's subject (a participle on its
    predicate noun) when an earlier event with an actor of its own carries the same CAMEO code (one with
    none is left to the merge, which gives it the description's)."""
    kept: list[Event] = []
    for event in events:
        head = resolve_trigger_root(doc, event.trigger)
        told = any(e.action.cameo == event.action.cameo and (e.source or e.target) for e in kept)
        if told and head is not None and is_predicate_description(head):
            continue
        kept.append(event)
    return kept


def is_predicate_description(token: Any) -> bool:
    """True for a participle hung on the predicate noun of a copula: "He is the first man [found] guilty"."""
    return token.dep_ == "acl" and token.tag_ in PARTICIPLE_TAGS and token.head.dep_ == "attr"
