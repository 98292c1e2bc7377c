"""A finer date inside a coarser one of the same clause wins: "on 11 August this year", "on Monday this week".

When the clause that dates an event holds a date and a coarser one that contains it ("in March last year"),
or the coarser one follows the finer right after it ("on the same day (11 August) this year", however the
parser hangs the two), the nearest of the two is not what the text means: the coarser one only places the
finer in its year, month or week. The finer one dates the event. Likewise a range that opens on a week or
month and closes on a day ("attacks from last week to last night") is dated by its closing day, the one day
it states (:func:`resolve_range_end`).
"""

from __future__ import annotations

import datetime as dt

from dotterel.stages.date_expressions import DateMention, to_week_start

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def is_within(day: dt.date, period: dt.date, precision: str) -> bool:
    """True when ``day`` lies in the week, month or year (``precision``) stored as ``period``."""
    if precision == "year":
        return day.year == period.year
    if precision == "month":
        return (day.year, day.month) == (period.year, period.month)
    if precision == "week":
        return to_week_start(day) == period
    return False


def resolve_finer(
    best: int, candidates: list[int], mentions: list[DateMention], readings: list[dt.date], text: str
) -> int:
    """Return the position of the finest date among ``candidates`` and the mention right before ``best``
    (only spaces, brackets or a comma between: "(11 August) this year", however the parser hangs it) that
    lies within the date at ``best`` (``best`` itself when none is finer and inside it)."""
    rank = PRECISION_RANK.get(mentions[best].precision)
    if rank is None or rank == 0:
        return best
    before = best - 1
    if before >= 0 and not text[mentions[before].span.end : mentions[best].span.start].strip(" ()[],"):
        candidates = [*candidates, before]
    inside = [
        k
        for k in candidates
        if PRECISION_RANK.get(mentions[k].precision, rank) < rank
        and is_within(readings[k], readings[best], mentions[best].precision)
    ]
    return min(inside, key=lambda k: PRECISION_RANK[mentions[k].precision], default=best)


def resolve_range_end(
    found: int, mentions: list[DateMention], periods: dict[int, str], text: str, joints: frozenset[str]
) -> int:
    """Return the closing day of a range whose opening is coarser than a day ("attacks from last week to
    last night": the last night, the span's one stated day), else ``found``."""
    close = found + 1
    if periods.get(found) != "start" or periods.get(close) != "end" or close >= len(mentions):
        return found
    if mentions[found].precision == "day" or mentions[close].precision != "day":
        return found
    joint = text[mentions[found].span.end : mentions[close].span.start].strip().lower()
    return close if joint in joints else found
