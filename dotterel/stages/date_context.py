"""Per-article lookups of the dates stage, and the choice of the date mention nearest an event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from dotterel.model import Event
from dotterel.stages.date_expressions import DateMention
from dotterel.stages.date_narrowing import resolve_finer
from dotterel.stages.scope import EventIndex, QuoteSegment


@dataclass
class ArticleDates:
    """Per-article lookups: the mentions by root token, and the quotation segments."""

    doc: Any
    mentions: list[DateMention]
    roots: list[Any]
    readings: list[dt.date]
    quotes: list[QuoteSegment]
    index: EventIndex
    types: dict[int, str]
    only: dict[int, frozenset[int]] = field(default_factory=dict)
    never: dict[int, frozenset[int]] = field(default_factory=dict)
    counted: set[int] = field(default_factory=set)  # anchored on a date the text states
    bound: dict[int, frozenset[int]] = field(default_factory=dict)  # a noun's own date: what it may date
    periods: dict[int, str] = field(default_factory=dict)  # "from December 16": "start"; its clause only
    starts: dict[int, int] = field(default_factory=dict)  # a measure's trigger id: the mention of its start
    planned: dict[int, int] = field(default_factory=dict)  # a planned thing's id: its "for <day>" mention
    told: dict[int, frozenset[int]] = field(default_factory=dict)  # a noun's ", expected to start …"
    text: str = ""  # the document's text, read once (``Doc.text`` joins every token anew)


def resolve_closest(ids: set[int], head: Any, ctx: ArticleDates, direct_only: bool = False) -> int | None:
    """Return the position of the date mention nearest ``head`` among those whose root is in ``ids`` (with
    ``direct_only``, those hanging right on ``head``) and that may date it, or None; a finer date inside a
    coarser one wins."""
    ranked = []
    for position, root in enumerate(ctx.roots):
        if head.i in ctx.never.get(position, ()) or head.i not in ctx.only.get(position, (head.i,)):
            continue
        if head.i not in ctx.bound.get(position, (head.i,)):
            continue  # a noun's own date ("the 2018 election", "a deal set to expire on April 13")
        inside = root.head.i == head.i if direct_only else root.i in ids
        if inside:
            ranked.append(((0 if root.head.i == head.i else 1, abs(root.i - head.i)), position))
    if not ranked:
        return None  # "on 11 August this year": the day, not the year that places it
    return resolve_finer(min(ranked)[1], [p for _, p in ranked], ctx.mentions, ctx.readings, ctx.text)


def to_dated_event(event: Event, ctx: ArticleDates, found: int) -> Event:
    """Return ``event`` dated by the mention at position ``found``, with it as the ``date`` evidence span."""
    mention = ctx.mentions[found]
    day = ctx.readings[found]
    spans = {**event.evidence.spans, "date": mention.span}
    return replace(
        event, date=day, date_precision=mention.precision, evidence=replace(event.evidence, spans=spans)
    )
