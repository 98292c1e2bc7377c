"""Victims hurt by rioting told in a time clause of their own harm: one act, told once, with its toll.

"Around 43 officers were injured after protesters threw Molotov cocktails at them" and "Ten officers were
hurt when protesters hurled stones at them" each tell one act twice: by its victims ("were injured", a harm
with no doer) and by the rioters' act in the clause introduced by "after", "when" or "as" (a violent protest,
CAMEO 145). Left apart, the victims' row is a duplicate with no doer and the riot's row has no toll. The riot
takes the fields it lacks from the victims' clause (its count, its target, a place, a day) and the victims'
row goes. Only rioting folds so: a peaceful march in such a clause ("were killed when protesters marched on
the palace") is the occasion of a harm by others, and a harm of another type there
(:mod:`~dotterel.stages.merge_when_clauses`) stays an act of its own. A time clause with a measure of its
own ("a week after protesters threw stones") is another occasion, as is a riot holding another count.
"""

from __future__ import annotations

from typing import Any

from dotterel.model import HAPPENED_MODALITIES, TOLL_KINDS, Event
from dotterel.stages.casualty_fronted_clauses import TIME_MARKS
from dotterel.stages.doc_tables import resolve_trigger_root
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.merge_anaphora import fill_gaps
from dotterel.stages.merge_victim_clauses import VictimWords

__all__ = ["fold_riot_victims"]

RIOT_CAMEO = "145"


def _is_victims_harm(head: Any, event: Event, victims: VictimWords) -> bool:
    """True for a harm told by its victims alone: a passive or adjective casualty word with no doer."""
    if event.source is not None or event.action.type not in HARM_TYPES:
        return False
    if event.modality not in HAPPENED_MODALITIES or all(getattr(event, k) is None for k in TOLL_KINDS):
        return False
    if head.lemma_.lower() not in victims.lemmas and head.lower_ not in victims.lemmas:
        return False
    passive = head.tag_ == "VBN" or head.pos_ == "ADJ"
    return passive and not any(c.dep_ in ("agent", "dobj", "nsubj") for c in head.children)


def _time_clauses(head: Any) -> set[int]:
    """The verbs of the time clauses of ``head`` with no measure of their own ("after protesters threw")."""
    found = set()
    for clause in (c for c in head.children if c.dep_ == "advcl" and c.pos_ == "VERB"):
        marks = [c for c in clause.children if c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS]
        measured = any(c.dep_ == "npadvmod" for c in clause.children)
        if marks and not measured and not any(c.dep_ == "npadvmod" for c in marks[0].children):
            found.add(clause.i)
    return found


def _is_riot(event: Event) -> bool:
    return event.action.cameo.startswith(RIOT_CAMEO) and event.modality in HAPPENED_MODALITIES


def _agrees(riot: Event, victims: Event) -> bool:
    """True when the riot holds no count of a kind that differs from the victims' clause."""
    for kind in TOLL_KINDS:
        theirs, ours = getattr(victims, kind), getattr(riot, kind)
        if theirs is not None and ours is not None and ours != theirs:
            return False
    return True


def fold_riot_victims(doc: Any, events: list[Event], victims: VictimWords) -> list[Event]:
    """Return ``events`` with each victims' harm whose time clause tells a riot folded into that riot."""
    heads = [resolve_trigger_root(doc, event.trigger) for event in events]
    out: list[Event | None] = list(events)
    for index, event in enumerate(events):
        head = heads[index]
        if head is None or not _is_victims_harm(head, event, victims):
            continue
        clauses = _time_clauses(head)
        riots = [i for i, h in enumerate(heads) if h is not None and h.i in clauses and _is_riot(events[i])]
        if len(riots) != 1 or out[riots[0]] is None:
            continue
        riot = out[riots[0]]
        assert riot is not None
        if _agrees(riot, event):
            out[riots[0]] = fill_gaps(riot, event)
            out[index] = None
    return [event for event in out if event is not None]
