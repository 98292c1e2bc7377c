"""The protesters of a protest told only by where it spread: "Large protests erupt in major Iranian cities".

A protest with no named actor whose place is a common noun carrying a country word ("in major Iranian cities",
"across Iraqi towns") names no place the gazetteer reads, so the government it addresses is not found
(:func:`dotterel.stages.locals.to_protest_target`) and the event was dropped as naming no actor. The country
word says whose streets they are: the protesters are of that country (sector PROT), and the protest then
addresses its government, as "Protests erupt in Tehran" addresses Iran's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from dotterel.model import Actor, Event, Mention

PROTEST = "PROTEST"
PROTESTERS = "PROT"
SPREAD_PREPS = frozenset({"in", "across", "throughout"})
COUNTRY_WORD_DEPS = frozenset({"amod", "compound"})


def to_spread_protest(event: Event, doc: Any, mentions: Sequence[Mention]) -> Event:
    """Give a protest with no actor and no place the country word of its "in"/"across" phrase as its
    protesters' country; any other event is returned unchanged."""
    if event.action.type != PROTEST or event.source or event.target or event.place or doc is None:
        return event
    noun = _root(doc, event.trigger.start, event.trigger.end)
    if noun is None:
        return event
    by_head = {m.head.start: m for m in mentions if m.actor.country and m.kind == "name"}
    for head in (noun, noun.head):
        for place in _spread_objects(head):
            words = [c for c in place.lefts if c.dep_ in COUNTRY_WORD_DEPS and c.idx in by_head]
            if place.pos_ == "NOUN" and words:
                mention = by_head[words[0].idx]
                country = mention.actor.country
                return replace(event, source=Actor(mention.actor.text, None, country, PROTESTERS))
    return event


def _root(doc: Any, start: int, end: int) -> Any | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _spread_objects(head: Any) -> list[Any]:
    return [
        obj
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in SPREAD_PREPS and prep.i > head.i
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
