"""Movable feasts counted from Easter Sunday: "the bombings in Sri Lanka on Easter Sunday", "on Good Friday".

``easter_days`` in ``dates.yaml`` gives each feast its days from Easter Sunday (Western reckoning),
``orthodox_easter_days`` those counted from the Orthodox Easter; :func:`dateutil.easter.easter`
(python-dateutil, a dependency of ``dateparser``) computes Easter Sunday of a year. A feast reads like a day
without a year: the nearer of its last and next occurrence (the last on a tie), with both as the past and
forward readings, so the stage picks the one the tense of its clause asks for (the mention is made by
:class:`dotterel.stages.date_expressions.DateFinder`). Before this rule "Easter Sunday" was read as its
weekday, the last Sunday, which is wrong once the article is a week or more after Easter.
"""

from __future__ import annotations

import datetime as dt

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter


def to_feast_occurrences(today: dt.date, offset: int, orthodox: bool) -> tuple[dt.date, dt.date]:
    """Return the last (on or before ``today``) and the next (on or after) day ``offset`` days from Easter
    Sunday (the Orthodox one when ``orthodox``)."""
    method = EASTER_ORTHODOX if orthodox else EASTER_WESTERN
    days = [
        easter(year, method) + dt.timedelta(days=offset) for year in range(today.year - 1, today.year + 2)
    ]
    return max(d for d in days if d <= today), min(d for d in days if d >= today)
