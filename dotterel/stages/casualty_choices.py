"""The counts chosen for an event: the best count of each kind among a clause's counts (a direct count beats
a running toll, then the larger count wins), and the event with its chosen counts, their bounds and spans.

Moved out of :mod:`dotterel.stages.casualties`, whose stage picks the clauses to read.
"""

from __future__ import annotations

from dataclasses import replace

from dotterel.model import COUNT_KINDS, Event
from dotterel.stages.casualty_counts import CasualtyCount
from dotterel.stages.scope import EventIndex

__all__ = ["is_better_count", "to_chosen_counts", "to_event_with_counts"]


def is_better_count(new: CasualtyCount, old: CasualtyCount | None) -> bool:
    """True when ``new`` beats ``old``: a direct count beats a running toll; then the larger count wins."""
    if old is None:
        return True
    if new.cumulative != old.cumulative:
        return old.cumulative
    return new.count > old.count


def to_chosen_counts(counts: list[CasualtyCount], ids: set[int]) -> dict[str, CasualtyCount]:
    """Return, by kind, the best of the ``counts`` whose word is among ``ids``."""
    chosen: dict[str, CasualtyCount] = {}
    for count in counts:
        if count.word not in ids:
            continue
        for kind in count.kinds:
            if is_better_count(count, chosen.get(kind)):
                chosen[kind] = count
    return chosen


def to_event_with_counts(
    event: Event, chosen: dict[str, CasualtyCount], taken: list[CasualtyCount], index: EventIndex
) -> Event:
    """Return the event with its chosen counts; a taking count only for the event its word triggers."""
    token = index.token(event)
    at = token.i if token is not None else -1
    for count in taken:
        if count.word == at and is_better_count(count, chosen.get(count.kinds[0])):
            chosen = {**chosen, count.kinds[0]: count}
    if not chosen:
        return event
    spans = {**event.evidence.spans, **{kind: c.span for kind, c in chosen.items()}}
    values = {k: chosen[k].count if k in chosen else getattr(event, k) for k in COUNT_KINDS}
    bounds: dict[str, str | None] = dict(event.count_bounds) | {k: c.bound for k, c in chosen.items()}
    return replace(
        event,
        killed=values["killed"],
        injured=values["injured"],
        arrested=values["arrested"],
        abducted=values["abducted"],
        count_bounds=tuple((kind, bound) for kind in COUNT_KINDS if (bound := bounds.get(kind))),
        evidence=replace(event.evidence, spans=spans),
    )
