"""A happening told as weeks, months or years before the article's main clause: "The man is executed 21
years after the murder of James Byrd", "Police arrest a suspect ten months after a partial collapse that
killed 43 people", "a year after five were killed in a shooting".

"<n> weeks/months/years after <happening>" with the governing clause undated and on the main clause (its time
is the article's) dates the happening that many units before the article date, at the unit's precision (the
week's Monday, the month's 1st, the year's 1 January). Only the happening's head and its subject and object
take it; a happening with a date of its own keeps it ("two years after acquiring the site in 2017"), a
governing clause with a date of its own gives none (counting from it is not done here), and a vague count
("months after", "several years after") gives no date.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from dotterel.knowledge.date_words import DateWordsFile
from dotterel.model import DatePrecision, Span
from dotterel.stages.date_anchors import is_main_clause_time, to_linked_complement
from dotterel.stages.date_context import ArticleDates
from dotterel.stages.date_expressions import DateMention, to_month_start, to_week_start
from dotterel.stages.doc_tables import ARGUMENT_DEPS
from dotterel.stages.scope import load_number_words, parse_number


@lru_cache(maxsize=4)
def _to_gap_pattern(units: tuple[str, ...], links: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of "<n> <unit>(s) <link>" ("21 years after") for the ``long_gap_*`` words (built once)."""
    unit = "|".join(f"{re.escape(u)}s?" for u in units)
    link = "|".join(re.escape(w) for w in links)
    return re.compile(rf"(?<![\d,.])\b(?P<n>\d+|[A-Za-z]+)\s+(?P<unit>{unit})\s+(?P<link>{link})\b")


def add_long_gaps(ctx: ArticleDates, today: dt.date, words: DateWordsFile) -> None:
    """Add to ``ctx`` a mention for each "<n> weeks/months/years after <happening>" (``long_gap_*`` of
    ``words``) that dates the happening back from the article date, rooted on the happening's head and bound
    to it and its arguments."""
    units: dict[str, DatePrecision] = {u: u for u in words.long_gap_units}
    ones = frozenset(w.lower() for w in words.long_gap_ones)
    if not units or not words.long_gap_links:
        return  # a words file with no gap words reads no gap
    for match in _to_gap_pattern(tuple(units), tuple(words.long_gap_links)).finditer(ctx.text):
        count = _to_count(match.group("n"), ones)
        if count is None:
            continue
        unit = units[match.group("unit").lower().rstrip("s")]
        day = _to_day(today, unit, count)
        mention = DateMention(Span(match.start(), match.end()), day, unit, day, day, link=match.group("link"))
        linked = to_linked_complement(ctx.doc, mention)
        if linked is None:
            continue
        complement, head, governor = linked
        if _is_duration(ctx.doc, mention.span, tuple(units)) or not is_main_clause_time(governor):
            continue  # "to close for at least six months after …": how long, not when
        if _is_dated(ctx, governor, complement, mention.span):
            continue
        arguments = {c.i for c in head.children if c.dep_ in ARGUMENT_DEPS}
        ctx.only[len(ctx.mentions)] = frozenset({head.i} | arguments)
        ctx.mentions.append(DateMention.fixed(mention.span, day, unit))
        ctx.roots.append(head)
        ctx.readings.append(day)


def _to_count(amount: str, ones: frozenset[str]) -> int | None:
    """The count of a gap: "a", "one" (``ones``), "21", "ten"; a vague one ("several") or no number gives
    None."""
    if amount.lower() in ones:
        return 1
    numbers = load_number_words()
    if amount.lower() in numbers.vague:
        return None
    return parse_number([amount], numbers)


def _to_day(today: dt.date, unit: str, count: int) -> dt.date:
    """The first day of the week, month or year ``count`` units before ``today``."""
    if unit == "week":
        return to_week_start(today - dt.timedelta(weeks=count))
    if unit == "month":
        return to_month_start(today, -count)
    return dt.date(today.year - count, 1, 1)


def _is_duration(doc: Any, span: Span, units: tuple[str, ...]) -> bool:
    """True when the unit noun of the gap is the object of a preposition ("for two years after …")."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand") or ()
    return any(t.lower_.startswith(units) and t.dep_ == "pobj" for t in tokens)


def _is_dated(ctx: ArticleDates, governor: Any, complement: frozenset[int], span: Span) -> bool:
    """True when a date mention of the text lies in the happening or in the governing clause's words."""
    clause = {t.i for t in governor.subtree}
    for mention, root in zip(ctx.mentions, ctx.roots, strict=True):
        if mention.span.start < span.end and span.start < mention.span.end:
            continue
        if root.i in complement or root.i in clause:
            return True
    return False
