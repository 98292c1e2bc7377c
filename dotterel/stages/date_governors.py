"""The date an event takes from a clause that governs it, the happening that clause is set in included.

"Four protesters were killed in Saturday's protests after police opened fire on them": the opening of fire
inherits the time of the killing it is told under (:func:`dotterel.stages.date_anchors.find_date_governors`),
and the killing has no date phrase of its own: it took place in the protests, and their day is its day
(as for the event's own clause in :mod:`dotterel.stages.dates`: "killed … during the mass shooting in 1972").
So a governing verb with no date of its own passes on the date of an event noun of its circumstance (the
object of one of ``shared_time_preps`` hung on it: ``find_shared_stops``), its own phrase or possessive, to
an adverbial clause right under it ("after … opened fire"); not to a complement further down ("identify a
person of interest in yesterday's bombing and join police in raiding his home": the raid is not set in the
bombing, whatever the parser hangs the "in" phrase on).
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.date_context import ArticleDates, resolve_closest
from dotterel.stages.date_scope import find_period_roots
from dotterel.stages.scope import find_shared_stops


def resolve_governor_time(
    token: Any, governor: Any, ids: set[int], stops: frozenset[int], ctx: ArticleDates, preps: frozenset[str]
) -> int | None:
    """Return the position of the date ``token`` inherits from ``governor`` (``ids``, the governor's own
    clause): the nearest of its clause but for the periods it does not pass on, else for a verb that of an
    event noun of its circumstance (``preps``: "killed in Saturday's protests") when ``token`` is an
    adverbial clause right under it, or None."""
    verb = governor.pos_ in ("VERB", "AUX")
    ids = ids - find_period_roots(token, governor, ctx.roots, ctx.periods)
    found = resolve_closest(ids, governor, ctx, direct_only=not verb)
    if found is not None or not verb or token.dep_ != "advcl" or token.head.i != governor.i:
        return found  # only a clause of time or manner right under the verb: not "join police in raiding"
    for noun in sorted(find_shared_stops(governor, stops, preps), key=lambda i: abs(i - governor.i)):
        found = resolve_closest({t.i for t in governor.doc[noun].subtree}, governor.doc[noun], ctx)
        if found is not None:
            return found
    return None
