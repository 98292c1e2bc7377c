"""Weekend words ("last weekend", "over the weekend", "this weekend", "next weekend"): the weekend they name,
resolved against the article date (never the clock), at precision ``week``, stored as the Monday of the ISO
week that holds the weekend (its Saturday and Sunday share that week).

Which weekend a phrase names (``relative_weekends`` in ``dates.yaml``):

- ``last`` ("last weekend", "this past weekend"): the latest weekend over before the article's day; in a
  Saturday or Sunday article, the one a week before (that article's own weekend is "this weekend");
- ``this`` ("over the weekend", "at the weekend", "this weekend"): in a past clause the latest weekend up to
  the article's day (its own, in a Saturday or Sunday article), in a future clause the next one from it (its
  own, in a Saturday or Sunday article); with no tense to go by, the past one;
- ``next`` ("next weekend", "this coming weekend"): the first weekend after the article's day.
"""

from __future__ import annotations

import datetime as dt

SATURDAY = 5


def to_weekend_weeks(today: dt.date, direction: str) -> tuple[dt.date, dt.date]:
    """Return the (past, forward) readings of a weekend phrase in the direction ``last``, ``this`` or
    ``next`` from ``today``: the Mondays of the weeks of the weekends it names.

    ``this`` gives two readings for the stage to pick by the tense of the clause; ``last`` and ``next``
    give the same weekend twice, whatever the tense."""
    own_week = today - dt.timedelta(days=today.weekday())
    in_weekend = today.weekday() >= SATURDAY
    latest = own_week if in_weekend else own_week - dt.timedelta(weeks=1)  # the weekend on or before today
    if direction == "last":
        day = latest - dt.timedelta(weeks=1) if in_weekend else latest
        return day, day
    if direction == "next":
        day = own_week + dt.timedelta(weeks=1) if in_weekend else own_week
        return day, day
    return latest, own_week  # the weekend on or after today is this week's
