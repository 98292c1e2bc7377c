"""A bare month name that pre-modifies an event noun ("a February summit in Vietnam", "the October talks")
dates that noun: the most recent such month, the article's own month included.

A month name alone counts as a date only after a preposition (``month_prefixes`` in ``dates.yaml``), so that
the modal "may" and the verb "march" are never read as months. Before an event noun, right after a
determiner or possessive, it is the event's month ("Kenya's August election"); the year is the one that puts
the month at or before the article's. Only full names count (not "Mar", "Jun"), and not a month followed by
a day or year ("the February 28 summit", "the October 2019 riots": the date finder reads those), nor before
a noun that is not an event of the article ("the May government": a person's name).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dotterel.model import Article, Span
from dotterel.stages.date_expressions import DateMention

MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "npadvmod", "nummod"})
OPENER_TAGS = frozenset({"DT", "PRP$", "POS"})


def find_modifier_months(
    article: Article, months: dict[str, int], found: list[DateMention]
) -> list[DateMention]:
    """The month mentions of the bare month names that pre-modify an event noun of ``article`` and overlap
    no mention already ``found``."""
    starts = frozenset(e.trigger.start for e in article.events)
    return [
        DateMention.fixed(Span(start, end), day, "month")
        for start, end, day in find_month_modifiers(article.doc, months, starts, article.date)
        if not any(m.span.start < end and start < m.span.end for m in found)
    ]


def find_month_modifiers(
    doc: Any, months: dict[str, int], trigger_starts: frozenset[int], today: dt.date
) -> list[tuple[int, int, dt.date]]:
    """Return (start char, end char, 1st of the month) of each bare month name that pre-modifies an event
    noun (one whose trigger starts at a char of ``trigger_starts``) right after a determiner or
    possessive."""
    found = []
    for token in doc:
        month = months.get(token.text)
        if month is None or (len(token.text) <= 3 and token.text != "May") or token.i == 0:
            continue
        head, after = token.head, doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.dep_ not in MODIFIER_DEPS or head.i <= token.i or head.pos_ != "NOUN":
            continue
        if head.idx not in trigger_starts or (after is not None and after.like_num):
            continue
        if doc[token.i - 1].tag_ in OPENER_TAGS:
            year = today.year if month <= today.month else today.year - 1
            found.append((token.idx, token.idx + len(token.text), dt.date(year, month, 1)))
    return found
