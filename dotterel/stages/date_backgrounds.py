"""Events told as earlier happenings cited as the cause or time of another event, read for
:class:`~dotterel.stages.dates.DatesStage`: those told by a noun ("the assassination of the general") and
those told by a clause (:mod:`dotterel.stages.background`). Such an event takes a date of its own phrase
only.
"""

from __future__ import annotations

from dotterel.knowledge.readings import ReadingWords
from dotterel.model import Event
from dotterel.stages.background import find_own_phrase_ids, is_background_clause, is_background_noun
from dotterel.stages.date_context import ArticleDates, resolve_closest

__all__ = ["find_background_events", "resolve_own_phrase_date"]


def find_background_events(
    events: list[Event], ctx: ArticleDates, readings: ReadingWords
) -> tuple[set[str], set[str]]:
    """The ids of the events that are earlier happenings cited as the cause or time of another event:
    those told by a noun, and those told by a clause."""
    nouns: set[str] = set()
    clauses: set[str] = set()
    for event in events:
        token = ctx.index.token(event)
        if token is None:
            continue
        if is_background_noun(token, ctx.index.other_trigger_ids(event), readings):
            nouns.add(event.event_id)
        elif is_background_clause(token, event.action.type, ctx.types, readings):
            clauses.add(event.event_id)
    return nouns, clauses


def resolve_own_phrase_date(event: Event, ctx: ArticleDates) -> int | None:
    """The index of the closest date mention in the event's own phrase, or None."""
    token = ctx.index.token(event)
    ids = find_own_phrase_ids(token) if token is not None else frozenset()
    return resolve_closest(set(ids), token, ctx) if token is not None else None
