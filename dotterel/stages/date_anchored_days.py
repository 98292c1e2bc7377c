"""Date mentions counted from another date: the anchored days of an article.

Days counted from another date (``anchored_days``, ``offset_directions`` in ``dates.yaml``) are read here (for
the dates stage, where the sentences are known): "earlier that day", "that night", "the next day", "two days
later", "the day before", and the range "over the two previous days" (its last day) count from the date the
text just established (the last date before the phrase in its sentence, or in the sentence before it in the
same paragraph; a phrase itself counted from the article date is none), else from the article date; after a
week, month or year ("in October … the next day") they give no date, and counted forward from the article date
they date only a future clause. "<n> days after/before <happening>" counts the governing clause from the
happening's date ("two days after police shot a man on Sunday"); a happening with no date of its own is dated
back from the governing clause ("a day after Canada suspended the treaty": the day before the article's), its
head and its subject and object only, and only when the governing clause has a date or hangs on the main
clause through clauses. All keep precision ``day`` and the phrase as the ``date`` evidence span.

Moved out of :mod:`dotterel.stages.dates`, whose stage calls :func:`add_anchored_days` once it has read every
date mention of the article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from dotterel.model import Article
from dotterel.stages.date_anchors import is_main_clause_time, resolve_text_anchor, to_linked_complement
from dotterel.stages.date_context import ArticleDates
from dotterel.stages.date_same_time import anchor_same_time
from dotterel.stages.doc_tables import ARGUMENT_DEPS

__all__ = ["ClauseResolver", "add_anchored_days"]

# the dates stage's reading of a clause: (its head token, the article's dates, stops) -> a mention, or None
ClauseResolver = Callable[[Any, ArticleDates, frozenset[int]], int | None]


def add_anchored_days(ctx: ArticleDates, article: Article, resolve_in_clauses: ClauseResolver) -> None:
    """Count the anchored mentions ("the next day", "a day after …") of ``ctx`` from the date they hang on;
    ``resolve_in_clauses`` finds the date mention of a clause (the dates stage's).

    A phrase counted from the article date is no anchor of a later one ("… in response to his death the
    evening before. Outside the restaurant the previous day, …": both count from the article date)."""
    for k, mention in enumerate(ctx.mentions):
        if mention.offset is None:
            continue
        linked = to_linked_complement(ctx.doc, mention)
        if linked is not None:
            _anchor_on_happening(ctx, k, *linked, article.date, resolve_in_clauses)
            continue
        uncounted = {j for j in range(k) if ctx.mentions[j].offset is not None and j not in ctx.counted}
        anchor = resolve_text_anchor(ctx.mentions, k, article, uncounted, ctx.bound)
        if mention.same_time:  # "in October 2013 … since then": October 2013
            anchor_same_time(ctx, k, anchor)
        elif anchor is not None and ctx.mentions[anchor].precision != "day":
            ctx.only[k] = frozenset()  # "in October … the next day": no day to count from
        elif anchor is not None:
            ctx.readings[k] = ctx.readings[anchor] + dt.timedelta(days=mention.offset)
            ctx.counted.add(k)


def _anchor_on_happening(
    ctx: ArticleDates,
    k: int,
    complement: frozenset[int],
    head: Any,
    governor: Any,
    today: dt.date,
    resolve_in_clauses: ClauseResolver,
) -> None:
    """Count a linked phrase from its happening, or the happening back from the governing clause.

    "two days after police shot a man on Sunday": the governing clause is Sunday + 2; "a day after Canada
    suspended the treaty" (no date of its own): the suspension (the happening's head and its subject and
    object, not what lies deeper in it) is the governing clause's day - 1, the article date's when the
    governing clause has no date and hangs on the main clause through clauses (not "a restaurant being
    burnt down the day after police killed him": the burning has a time of its own)."""
    offset = ctx.mentions[k].offset or 0
    inner = [j for j, root in enumerate(ctx.roots) if j != k and root.i in complement]
    inner = [j for j in inner if ctx.mentions[j].precision == "day"]
    if inner:
        ctx.readings[k] = ctx.readings[inner[0]] + dt.timedelta(days=offset)
        ctx.roots[k], ctx.never[k] = governor, complement
        ctx.counted.add(k)
        return
    ctx.only[k] = frozenset()  # not a date of the governing clause, nor of its own while we look
    found = resolve_in_clauses(governor, ctx, frozenset())
    if found is not None and ctx.mentions[found].precision != "day":
        return
    if found is None and not is_main_clause_time(governor):
        return
    day = (today if found is None else ctx.readings[found]) - dt.timedelta(days=offset)
    if day > today and found is None:
        return  # counted forward from the article date: it would lie ahead of it
    ctx.readings[k], ctx.roots[k] = day, head
    ctx.only[k] = frozenset({head.i} | {c.i for c in head.children if c.dep_ in ARGUMENT_DEPS})
