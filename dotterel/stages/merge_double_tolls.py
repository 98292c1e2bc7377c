"""A death told in another happening is not the earlier act's toll too: a count carried from a next sentence
is dropped when that sentence's own casualty event stays a row of its own and names its own happening.

An attack takes the toll of the next sentences of its paragraph ("A suicide bomber attacks a police station.
At least six police officers are killed"), and each telling of one incident may hold that toll. When the next
sentence's killing stays a row of its own and says it happened in an incident it introduces with "a"/"an"
("Police use tear gas against protesters. A man was killed during an altercation during the protests"), the
death is that incident's (a new one, not the act told before: "in the attack" would retell it), and the act
of the sentence before does not count it again. The count stays with the killing, whose trigger lies in the
words that state it; the earlier act loses that kind of count and its bound.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.model import TOLL_KINDS, Event, Span
from dotterel.stages.doc_tables import resolve_trigger_root

__all__ = ["drop_double_tolls"]

_NEW_DETERMINERS = frozenset({"a", "an"})


def _holds(event: Event, span: Span) -> bool:
    """True when the event's trigger lies in the count's words ("a man was [killed]")."""
    return span.start <= event.trigger.start and event.trigger.end <= span.end


def _names_new_incident(doc: Any, event: Event, incidents: frozenset[str], preps: frozenset[str]) -> bool:
    """True when the harm's word has an "in"/"during" phrase of an incident noun with "a"/"an" ("killed
    during an altercation", "killed in a shootout")."""
    head = resolve_trigger_root(doc, event.trigger)
    if head is None:
        return False
    return any(
        obj.lemma_.lower() in incidents
        and any(d.dep_ == "det" and d.lower_ in _NEW_DETERMINERS for d in obj.children)
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in preps
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _carried_kinds(event: Event, holders: list[Event]) -> list[str]:
    """The toll kinds of ``event`` stated by a later sentence's words that one of ``holders`` holds."""
    kinds = []
    for kind in TOLL_KINDS:
        span = event.evidence.spans.get(kind)
        if span is None or getattr(event, kind) is None or span.start < event.evidence.end:
            continue  # the count is stated in the event's own sentence (or before it)
        if any(
            o is not event
            and o.evidence.spans.get(kind) == span
            and getattr(o, kind) is not None
            and _holds(o, span)
            for o in holders
        ):
            kinds.append(kind)
    return kinds


def drop_double_tolls(
    doc: Any, events: list[Event], incidents: frozenset[str], preps: frozenset[str]
) -> list[Event]:
    """Return ``events`` with each toll carried from a later sentence dropped where that sentence's casualty
    event holds it as a row of its own and names a new incident (``incidents`` after ``preps``; see the
    module)."""
    holders = [e for e in events if _names_new_incident(doc, e, incidents, preps)]
    out = []
    for event in events:
        kinds = _carried_kinds(event, holders) if holders else []
        if kinds:
            spans = {k: s for k, s in event.evidence.spans.items() if k not in kinds}
            event = replace(
                event,
                evidence=replace(event.evidence, spans=spans),
                count_bounds=tuple(b for b in event.count_bounds if b[0] not in kinds),
                killed=None if "killed" in kinds else event.killed,
                injured=None if "injured" in kinds else event.injured,
            )
        out.append(event)
    return out
