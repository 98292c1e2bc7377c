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
    ``actor``/``country`` match either side (an actor id, name or country code; a country code); ``place``
    a place name or its country code; ``bbox`` is ``(west, south, east, north)`` in degrees over the event's
    place; ``modality`` one modality; ``min_mentions`` the least number of mentions (merged events only).
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
    actor: str | None = None
    country: str | None = None
    place: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    modality: str | None = None
    min_mentions: int | None = None


RELATIONS: tuple[str, ...] = ("event_view", "mention_view", "events")
_SIDE_MATCH = "({side}_country = upper(?) OR {side}_actor_id = ? OR lower({side}_name) = lower(?))"


def to_event_query(select: EventFilter, relation: str = "event_view") -> tuple[str, list[object]]:
    """Return ``(sql, parameters)`` selecting the rows of ``relation`` that pass ``select``, oldest first.

    ``relation`` is ``event_view`` (merged events with the evidence of their representative mention),
    ``mention_view`` (one coded event per article, as ``dotterel code`` printed it) or ``events``.
    """
    if relation not in RELATIONS:
        raise ValueError(f"unknown relation {relation!r}")
    clauses, params = _to_side_clauses(select)
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
    _add_place_clauses(select, clauses, params)
    if select.modality is not None:
        clauses.append("modality = lower(?)")
        params.append(select.modality)
    if select.min_mentions is not None and relation != "mention_view":
        clauses.append("num_mentions >= ?")
        params.append(select.min_mentions)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    sql = f"SELECT * FROM {relation}{where} ORDER BY coalesce(date, article_date), article_id, event_id"
    if select.limit is not None:
        sql += " LIMIT ?"
        params.append(select.limit)
    if select.offset:
        sql += " OFFSET ?"
        params.append(select.offset)
    return sql, params


def _to_side_clauses(select: EventFilter) -> tuple[list[str], list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    sides = [("source", select.source), ("target", select.target)]
    if select.dyad is not None:
        source, target = resolve_dyad(select.dyad)
        sides += [("source", source), ("target", target)]
    for side, value in sides:
        if value is not None:
            clauses.append(_SIDE_MATCH.format(side=side))
            params += [value, value, value]
    if select.actor is not None:
        clauses.append(f"({_SIDE_MATCH.format(side='source')} OR {_SIDE_MATCH.format(side='target')})")
        params += [select.actor] * 6
    if select.country is not None:
        clauses.append("(source_country = upper(?) OR target_country = upper(?))")
        params += [select.country, select.country]
    return clauses, params


def _add_place_clauses(select: EventFilter, clauses: list[str], params: list[object]) -> None:
    if select.place is not None:
        clauses.append("(lower(place_name) = lower(?) OR place_country = upper(?))")
        params += [select.place, select.place]
    if select.bbox is not None:
        west, south, east, north = select.bbox
        clauses.append("place_lat BETWEEN ? AND ? AND place_lon BETWEEN ? AND ?")
        params += [south, north, west, east]


def to_bbox(text: str) -> tuple[float, float, float, float]:
    """Return ``(west, south, east, north)`` from ``"W,S,E,N"`` (degrees).

    Raises:
        InputError: not four numbers, or south above north, west east of east, or out of range.
    """
    try:
        west, south, east, north = (float(part) for part in text.split(","))
    except ValueError as error:
        raise InputError("--bbox", f"expected WEST,SOUTH,EAST,NORTH in degrees, got {text!r}") from error
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise InputError(
            "--bbox", f"expected WEST <= EAST within ±180 and SOUTH <= NORTH within ±90: {text!r}"
        )
    return west, south, east, north


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
