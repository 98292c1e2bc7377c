"""The events of an article with each undated harm that tells more victims of a dated one given its day
("an airstrike on Monday killed six militants. … Three other militants were wounded": Monday).

Moved out of :mod:`dotterel.stages.date_scope`; the dates stage calls :func:`to_continued_events` once every
event has its own date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from dotterel.model import Article, Event
from dotterel.stages.doc_tables import ARGUMENT_DEPS

__all__ = ["CONTINUED_TYPES", "is_continuation", "to_continued_events"]

CONTINUED_TYPES = frozenset({"ASSAULT", "FIGHT"})


def is_continuation(token: Any, words: frozenset[str]) -> bool:
    """True for a harm told of more victims of the scene just told: its subject or object (or the noun its
    participle modifies) says "other", "another", "more" ("Three other militants were wounded")."""
    nouns = [c for c in token.children if c.dep_ in ARGUMENT_DEPS]
    if token.dep_ in ("acl", "amod"):
        nouns.append(token.head)
    return any(c.lower_ in words and c.dep_ in ("amod", "det") for noun in nouns for c in noun.children)


def to_continued_events(
    article: Article, events: list[Event], token_of: Callable[[Event], Any], words: frozenset[str]
) -> list[Event]:
    """Return the events with each undated harm that continues a dated one of an earlier sentence of its
    paragraph (:func:`is_continuation`) given that one's day: the first harm event of the latest earlier
    sentence that has one, when it is dated to the day ("an airstrike on Monday killed six militants. …
    Three other militants were wounded")."""
    sentences = article.sentences
    where = {
        e.event_id: n
        for e in events
        for n, s in enumerate(sentences)
        if s.span.start <= e.trigger.start < s.span.end
    }
    out = list(events)
    for i, event in enumerate(events):
        here, token = where.get(event.event_id), token_of(event)
        if event.date_precision != "unknown" or event.action.type not in CONTINUED_TYPES or here is None:
            continue
        if token is None or not is_continuation(token, words):
            continue
        earlier = [
            (where[e.event_id], e.trigger.start, e)
            for e in events
            if e.action.type in CONTINUED_TYPES
            and where.get(e.event_id) is not None
            and where[e.event_id] < here
            and sentences[where[e.event_id]].paragraph == sentences[here].paragraph
        ]
        if not earlier:
            continue
        latest = max(n for n, _, _ in earlier)
        first = min(((start, e) for n, start, e in earlier if n == latest), key=lambda pair: pair[0])[1]
        span = first.evidence.spans.get("date") if first is not None else None
        if first is not None and first.date_precision == "day" and span is not None:
            spans = {**event.evidence.spans, "date": span}
            out[i] = replace(
                event, date=first.date, date_precision="day", evidence=replace(event.evidence, spans=spans)
            )
    return out
