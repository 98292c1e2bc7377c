"""Holidays kept on a counted weekday of a month: "an unannounced Thanksgiving visit to troops" is the fourth
Thursday of November when the text is about the United States, the second Monday of October about Canada.

``weekday_holidays`` in ``dates.yaml`` gives each name its [month, weekday, n] by the ISO3 code of each
country that keeps it (n = -1 for the last such weekday: "Memorial Day" is the last Monday of May). Like the
national days (:mod:`dotterel.stages.date_national_days`), the name is the day of the one listed country its
sentence names, else the one the item names; with none, or two in the same span of text, it gives no day. A
name followed by a word of ``weekday_holiday_periods`` names a period, no day ("the Thanksgiving weekend").
The day reads like a day without a year: the nearer of its last and next occurrence, both kept as the past
and forward readings so that the stage picks the one the tense of the clause asks for.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dotterel.knowledge.date_words import DateWordsFile, WeekdayName
from dotterel.model import Article, Span
from dotterel.stages.date_expressions import DateMention, to_nearer_day
from dotterel.stages.date_national_days import CountryNamings, resolve_national_day

_WEEKDAYS: dict[str, int] = {name: number for number, name in enumerate(calendar.day_name)}


def to_counted_weekday(year: int, month: int, weekday: WeekdayName, n: int) -> dt.date:
    """Return the ``n``-th ``weekday`` of ``month`` in ``year`` (the last one for ``n`` = -1)."""
    days = [
        dt.date(year, month, day)
        for day in range(1, calendar.monthrange(year, month)[1] + 1)
        if dt.date(year, month, day).weekday() == _WEEKDAYS[weekday]
    ]
    return days[n - 1] if n > 0 else days[n]


def to_counted_weekday_occurrences(
    today: dt.date, month: int, weekday: WeekdayName, n: int
) -> tuple[dt.date, dt.date]:
    """Return the last (on or before ``today``) and the next (on or after) occurrence of the holiday."""
    days = [to_counted_weekday(year, month, weekday, n) for year in range(today.year - 1, today.year + 2)]
    return max(d for d in days if d <= today), min(d for d in days if d >= today)


def find_weekday_holidays(
    article: Article, words: DateWordsFile, found: list[DateMention], namings: CountryNamings
) -> list[DateMention]:
    """Return the day mentions of the weekday-counted holidays (``words.weekday_holidays``) of ``article``
    that overlap no mention already ``found``, each resolved by the country its sentence or item names."""
    holidays, blind = words.weekday_holidays, tuple(words.national_day_blind_names)
    if not holidays:
        return []
    names = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(holidays, key=len, reverse=True))
    periods = "|".join(re.escape(w) for w in words.weekday_holiday_periods) or "(?!)"
    pattern = rf"(?<![\w.])(?:{names})(?![\w'\u2019])(?!\s+(?:{periods})\b)"
    out = []
    for match in re.finditer(pattern, article.text):
        span = Span(match.start(), match.end())
        if any(m.span.start < span.end and span.start < m.span.end for m in found):
            continue
        by_country = holidays[" ".join(match.group(0).split())]
        iso3 = resolve_national_day(article, span, by_country, namings, blind)
        if iso3 is not None:
            past, future = to_counted_weekday_occurrences(article.date, *by_country[iso3])
            out.append(to_nearer_day(span, article.date, past, future))
    return out
