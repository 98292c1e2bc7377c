"""Event filters to parametrised SQL: values always travel as parameters, never inside the SQL text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dotterel.errors import InputError


@dataclass(frozen=True)
class EventFilter:
    """What to select from ``events``; None means "any".

    ``source``/``target`` match a country code, an actor id or an actor name (case-insensitive);
    ``dyad`` is a directed ``SOURCE-TARGET`` pair (``USA-IRN``; use ``->`` when a side holds a hyphen);
    ``cameo`` is a code prefix; ``since``/``until`` bound the event date (the article date when unknown).
    """

    source: str | None = None
    target: str | None = None
    dyad: str | None = None
    type: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    since: str | dt.date | None = None
    until: str | dt.date | None = None
    min_confidence: float | None = None
    limit: int | None = None
    offset: int = 0


def to_event_query(select: EventFilter) -> tuple[str, list[object]]:
    """Return ``(sql, parameters)`` selecting the events that pass ``select``, oldest first."""
    clauses: list[str] = []
    params: list[object] = []
    sides = [("source", select.source), ("target", select.target)]
    if select.dyad is not None:
        source, target = resolve_dyad(select.dyad)
        sides += [("source", source), ("target", target)]
    for side, value in sides:
        if value is not None:
            clauses.append(
                f"({side}_country = upper(?) OR {side}_actor_id = ? OR lower({side}_name) = lower(?))"
            )
            params += [value, value, value]
    if select.type is not None:
        clauses.append("upper(type) = upper(?)")
        params.append(select.type)
    if select.cameo is not None:
        clauses.append("starts_with(cameo, ?)")
        params.append(select.cameo)
    if select.quad_class is not None:
        clauses.append("quad_class = ?")
        params.append(select.quad_class)
    for bound, operator in ((select.since, ">="), (select.until, "<=")):
        if bound is not None:
            clauses.append(f"coalesce(date, article_date) {operator} ?")
            params.append(to_date(bound))
    if select.min_confidence is not None:
        clauses.append("confidence >= ?")
        params.append(select.min_confidence)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    sql = f"SELECT * FROM events{where} ORDER BY coalesce(date, article_date), article_id, event_id"
    if select.limit is not None:
        sql += " LIMIT ?"
        params.append(select.limit)
    if select.offset:
        sql += " OFFSET ?"
        params.append(select.offset)
    return sql, params


def resolve_dyad(dyad: str) -> tuple[str, str]:
    """Return ``(source, target)`` of ``"USA-IRN"`` or ``"a-b->c"``.

    Raises:
        InputError: the dyad is not two non-empty sides.
    """
    parts = dyad.split("->") if "->" in dyad else dyad.split("-")
    if len(parts) != 2 or not all(part.strip() for part in parts):
        raise InputError("--dyad", f"expected SOURCE-TARGET such as USA-IRN, got {dyad!r}")
    return parts[0].strip(), parts[1].strip()


def to_date(value: str | dt.date) -> dt.date:
    """Return ``value`` as a date (``YYYY-MM-DD`` strings accepted).

    Raises:
        InputError: the string is not a date.
    """
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise InputError("--since/--until", f"not a date (YYYY-MM-DD): {value!r}") from error
