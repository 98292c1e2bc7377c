"""The happening an anniversary is of lies that many years before the article: "on the 30th anniversary of
the Tiananmen Square crackdown" (an article of 2019: 1989), "the first anniversary of the protests nears",
"On the one year anniversary of the Gaza border protests".

The count is an ordinal ("30th", "first": ``anniversary_ordinals`` in ``dates.yaml``) or a number of years
("one year", "one-year", "10-year") before the anniversary noun, the happening the noun of its "of" phrase.
The year dates that noun only (a mention bound to it), at precision ``year``: the vigil held on the
anniversary keeps its own time, and a noun that is no event ("the 40th anniversary of the Iran hostage
crisis") dates nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from dotterel.knowledge.date_words import DateWordsFile
from dotterel.model import Span
from dotterel.stages.date_context import ArticleDates
from dotterel.stages.date_expressions import DateMention
from dotterel.stages.scope import load_number_words, parse_number

NUMERIC_ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.IGNORECASE)


def find_anniversaries(doc: Any, words: DateWordsFile, today: dt.date) -> list[tuple[Any, Span, dt.date]]:
    """Return (the noun the anniversary is of, the span from the count to "anniversary", 1 January of the
    happening's year) for each counted anniversary of ``doc`` (``anniversary_*`` of ``words``)."""
    nouns = frozenset(w.lower() for w in words.anniversary_nouns)
    years = frozenset(w.lower() for w in words.anniversary_year_words)
    found = []
    for token in doc:
        if token.lower_ not in nouns:
            continue
        counted = _to_count(token, words.anniversary_ordinals, years)
        of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        happening = next((g for g in of if g.dep_ == "pobj"), None)
        if counted is None or happening is None or not 0 < counted[0] < today.year:
            continue
        span = Span(counted[1].idx, token.idx + len(token.text))
        found.append((happening, span, dt.date(today.year - counted[0], 1, 1)))
    return found


def _to_count(token: Any, ordinals: Mapping[str, int], years: frozenset[str]) -> tuple[int, Any] | None:
    """The number of years of the anniversary noun ``token`` and its first word: its ordinal ("30th",
    "first") or the number of its year modifier ("one year", "10-year"), or None."""
    for child in (c for c in token.children if c.i < token.i):
        word = child.lower_
        if word in ordinals:
            return ordinals[word], child
        if (match := NUMERIC_ORDINAL.match(word)) is not None:
            return int(match.group(1)), child
        numbers = [g for g in child.children if g.i < child.i and g.dep_ == "nummod"]
        count = parse_number([g.text for g in numbers], load_number_words()) if numbers else None
        if word in years and count is not None:
            return count, numbers[0]
    return None


def add_anniversaries(ctx: ArticleDates, words: DateWordsFile, today: dt.date) -> None:
    """Add to ``ctx`` a year mention for each counted anniversary, rooted on and bound to the noun it is of
    (after the text's own mentions are read and anchored: it is no anchor of "the next day")."""
    for happening, span, day in find_anniversaries(ctx.doc, words, today):
        ctx.bound[len(ctx.mentions)] = frozenset({happening.i})
        ctx.mentions.append(DateMention.fixed(span, day, "year"))
        ctx.roots.append(happening)
        ctx.readings.append(day)
