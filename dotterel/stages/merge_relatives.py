"""A harm told by a relative clause of a harm noun is that noun's toll: "a mass shooting last month in
Fresno that left four people dead and six injured", "the rocket attack on a village on March 25, which
injured seven", "an explosion at a market that killed 12".

The events stage may give the relative clause's casualty word an event of its own (the split-off "injured"),
and the parser often hangs the clause on a later noun or on the main verb ("that left": an adverbial clause
of "arrest"), so the casualties stage, which stops at other events' triggers, gives the harm noun nothing.
The relative pronoun ("that", "which") still names the noun before it: the nearest harm noun event before
the pronoun, in its sentence and with no count of its own, takes the kinds of count it lacks from the
clause's event. Nothing stated is overwritten and nothing is added up. A clause inside the phrase of a harm
named as another occasion ("the deadliest since the 2017 attack on a mosque that killed 300") is that
occasion's (:func:`~dotterel.stages.casualty_occasions.find_other_occasion_ids`).
"""

from __future__ import annotations

from typing import Any

from dotterel.model import HAPPENED_MODALITIES, TOLL_KINDS, Event
from dotterel.stages.casualty_occasions import OccasionWords, find_other_occasion_ids
from dotterel.stages.doc_tables import resolve_trigger_root
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.merge_incident import to_taken_count
from dotterel.stages.scope import resolve_relative_subject

__all__ = ["find_relative_clause_tolls"]

NOUN_TAGS = frozenset({"NOUN", "PROPN"})
MAX_STEPS = 3


def _is_harm(event: Event) -> bool:
    return event.action.type in HARM_TYPES and event.modality in HAPPENED_MODALITIES


def _has_toll(event: Event) -> bool:
    return any(getattr(event, kind) is not None for kind in TOLL_KINDS)


def _antecedent(doc: Any, events: list[Event], pronoun: Any) -> int | None:
    """The index of the nearest harm noun event before ``pronoun`` in its sentence, or None."""
    best: tuple[int, int] | None = None
    for index, event in enumerate(events):
        root = resolve_trigger_root(doc, event.trigger)
        if root is None or root.pos_ not in NOUN_TAGS or not _is_harm(event):
            continue
        if root.sent.start != pronoun.sent.start or root.i >= pronoun.i:
            continue
        if best is None or root.i > best[1]:
            best = (index, root.i)
    return None if best is None else best[0]


def _is_other_occasion_clause(
    doc: Any, events: list[Event], index: int, root: Any, words: OccasionWords
) -> bool:
    """True when the clause word ``root`` lies in the phrase of a harm named as another occasion than the
    antecedent ``events[index]`` ("since the 2017 attack on a mosque that killed 300")."""
    antecedent = resolve_trigger_root(doc, events[index].trigger)
    triggers = frozenset(r.i for e in events if (r := resolve_trigger_root(doc, e.trigger)) is not None)
    return antecedent is not None and root.i in find_other_occasion_ids(antecedent, triggers, words)


def find_relative_clause_tolls(
    doc: Any, events: list[Event], words: OccasionWords | None = None
) -> list[Event]:
    """Return ``events`` where a harm noun with no count of its own takes the counts of the harm told by its
    relative clause ("a shooting … that left four people dead and six injured"); with ``words``, not a clause
    of a harm named as another occasion."""
    shared = list(events)
    for event in events:
        root = resolve_trigger_root(doc, event.trigger)
        if root is None or not _is_harm(event) or not _has_toll(event):
            continue
        pronoun = resolve_relative_subject(root, MAX_STEPS)  # "that" of "that left four dead"
        index = _antecedent(doc, events, pronoun) if pronoun is not None else None
        if index is None or _has_toll(events[index]) or events[index] is event:
            continue
        if words is not None and _is_other_occasion_clause(doc, events, index, root, words):
            continue
        for kind in TOLL_KINDS:
            if getattr(event, kind) is not None and getattr(shared[index], kind) is None:
                shared[index] = to_taken_count(shared[index], event, kind)
    return shared
