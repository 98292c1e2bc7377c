"""The event a trigger is the result of, and the clauses of the events it caused (tiers of the places stage).

Returns the causing event of a result ("Clashes … continue, leaving 13 people dead": the clashes) and the
clauses of the events a cause brought about ("A car bombing leaves five people dead … in the village of …").
Moved out of :mod:`dotterel.stages.place_tiers`, whose :meth:`PlaceClauses.find_tiers` reads them.
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.place_results import to_result_subject
from dotterel.stages.scope import find_scope_ids

__all__ = ["find_caused_event_ids", "resolve_causing_event"]


def resolve_causing_event(token: Any, stops: frozenset[int]) -> Any | None:
    """Return the event whose result the trigger is: the subject event of the verb its result phrase hangs
    on ("Clashes … continue, leaving 13 people dead and 150 injured", "Clashes … leave dozens of people
    injured": the injuries are the clashes'); None when that subject is no event."""
    cause = to_result_subject(to_doc_table(token.doc), token.i)
    return token.doc[cause] if cause is not None and cause in stops else None


def find_caused_event_ids(token: Any, stops: frozenset[int]) -> list[set[int]]:
    """Return the clauses of the events the trigger caused ("A car bombing leaves five people dead and 12
    injured in the village of …": the bombing was where its toll was)."""
    doc, out, table = token.doc, [], to_doc_table(token.doc)
    for i in sorted(stops):  # the trigger is among the other events of each: only the subject counts
        if to_result_subject(table, i) == token.i:
            out.append(find_scope_ids(doc[i], (stops - {i}) | {token.i}))
    return out
