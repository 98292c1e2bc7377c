"""Read queries the REST API and the dashboard share, written over :class:`~dotterel.store.Store`.

Pages of events use keyset ("cursor") pagination over the store's own order, ``(coalesce(date,
article_date), article_id, event_id)``: the cursor is that key of the last row, base64url-encoded, so a page
stays right while events are added before it and costs the same at any depth. Every value travels as a SQL
parameter; the only text put into SQL is fixed here.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from dotterel.aggregate import SeriesQuery, find_top_dyads, load_series
from dotterel.errors import InputError
from dotterel.store import EventFilter, Store
from dotterel.store.clusters import find_rows
from dotterel.store.query import to_event_query
from dotterel.store.records import to_event_record, to_record
from dotterel.store.schema import SIDE_KEY_SQL

_ORDER_KEY = "coalesce(date, article_date), article_id, event_id"
ARTICLE_FIELDS: tuple[str, ...] = ("id", "date", "title", "url", "source", "publisher", "origin", "text")


@dataclass(frozen=True)
class EventPage:
    """One page of events: contract records, the cursor of the next page (None on the last), the total."""

    records: list[dict[str, Any]]
    next_cursor: str | None
    total: int


@dataclass(frozen=True)
class DyadSummary:
    """A busy directed dyad: its total event count and its per-period counts (oldest first)."""

    source: str
    target: str
    total: float
    periods: list[str] = field(default_factory=list)
    counts: list[float] = field(default_factory=list)
    conflict: list[float] = field(default_factory=list)


def to_cursor(row: dict[str, Any]) -> str:
    """Return the opaque cursor pointing just after ``row`` (a flat event or mention row)."""
    day = row.get("date") or row["article_date"]
    key = [day.isoformat() if isinstance(day, dt.date) else str(day), row["article_id"], row["event_id"]]
    return base64.urlsafe_b64encode(json.dumps(key).encode("utf-8")).decode("ascii").rstrip("=")


def resolve_cursor(cursor: str) -> tuple[dt.date, str, str]:
    """Return the ``(day, article_id, event_id)`` key of a cursor.

    Raises:
        InputError: the cursor is not one this server made.
    """
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        day, article_id, event_id = json.loads(raw.decode("utf-8"))
        if not isinstance(article_id, str) or not isinstance(event_id, str):
            raise ValueError("not a cursor")
        return dt.date.fromisoformat(day), article_id, event_id
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError) as error:
        raise InputError("cursor", "not a cursor from a previous page (start again without it)") from error


def find_event_page(
    store: Store,
    selects: EventFilter | list[EventFilter],
    limit: int,
    cursor: str | None = None,
    mentions: bool = False,
) -> EventPage:
    """Return one page of events (or mentions) passing ``selects`` (any of them, when a list: both
    directions of a dyad), after ``cursor``, oldest first."""
    relation = "mention_view" if mentions else "event_view"
    parts = [to_event_query(replace(s, limit=None, offset=0), relation) for s in _to_list(selects)]
    sql = " UNION ".join(f"SELECT * FROM ({part})" for part, _ in parts)
    params = [value for _, values in parts for value in values]
    total = int(store.connection.execute(f"SELECT count(*) FROM ({sql})", params).fetchall()[0][0])
    page_sql = f"SELECT * FROM ({sql}) page"
    if cursor:
        page_sql += f" WHERE ({_ORDER_KEY}) > (?, ?, ?)"
        params += list(resolve_cursor(cursor))
    page_sql += f" ORDER BY {_ORDER_KEY} LIMIT ?"
    rows = find_rows(store.connection, page_sql, [*params, limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    records = [_to_mention_record(row) if mentions else to_event_record(row) for row in rows]
    return EventPage(records, to_cursor(rows[-1]) if more and rows else None, total)


def _to_list(selects: EventFilter | list[EventFilter]) -> list[EventFilter]:
    return selects if isinstance(selects, list) else [selects]


def find_place_points(
    store: Store, selects: EventFilter | list[EventFilter], top: int = 500
) -> list[dict[str, Any]]:
    """Return the places of the events passing ``selects``: name, country, lat, lon, events, killed."""
    parts = [to_event_query(replace(s, limit=None, offset=0), "events") for s in _to_list(selects)]
    sql = " UNION ".join(f"SELECT * FROM ({part})" for part, _ in parts)
    params = [value for _, values in parts for value in values]
    return find_rows(
        store.connection,
        f"""SELECT place_name AS name, place_country AS country, place_lat AS lat, place_lon AS lon,
            count(*) AS events, CAST(coalesce(sum(killed), 0) AS BIGINT) AS killed
        FROM ({sql}) WHERE place_lat IS NOT NULL AND place_lon IS NOT NULL
        GROUP BY ALL ORDER BY events DESC, killed DESC, name LIMIT ?""",
        [*params, top],
    )


def _to_mention_record(row: dict[str, Any]) -> dict[str, Any]:
    return {**to_record(row), "merged_event_id": row.get("merged_event_id")}


def resolve_article(store: Store, article_id: str) -> dict[str, Any] | None:
    """Return an article (text and provenance) with its coded mentions, or None when there is none."""
    rows = find_rows(
        store.connection, f"SELECT {', '.join(ARTICLE_FIELDS)} FROM articles WHERE id = ?", [article_id]
    )
    if not rows:
        return None
    article = _to_article_record(rows[0])
    mentions = find_rows(
        store.connection,
        f"SELECT * FROM mention_view WHERE article_id = ? ORDER BY {_ORDER_KEY}",
        [article_id],
    )
    article["mentions"] = [_to_mention_record(row) for row in mentions]
    return article


def find_articles(store: Store, article_ids: list[str]) -> list[dict[str, Any]]:
    """Return the articles with these ids (text and provenance), by date and id."""
    if not article_ids:
        return []
    rows = find_rows(
        store.connection,
        f"SELECT {', '.join(ARTICLE_FIELDS)} FROM articles WHERE id IN (SELECT unnest(?)) ORDER BY date, id",
        [list(article_ids)],
    )
    return [_to_article_record(row) for row in rows]


def _to_article_record(row: dict[str, Any]) -> dict[str, Any]:
    record = {name: row.get(name) for name in ARTICLE_FIELDS}
    if isinstance(record["date"], dt.date):
        record["date"] = record["date"].isoformat()
    return record


def find_actors(store: Store, text: str | None, limit: int) -> list[dict[str, Any]]:
    """Return the stored actors whose key, id or name contains ``text`` (or whose country it is), busiest
    first, with the number of events they are a side of."""
    source_key, target_key = SIDE_KEY_SQL.format(side="source"), SIDE_KEY_SQL.format(side="target")
    where, params = "", []
    if text:
        where = (
            "WHERE contains(lower(a.actor_key), lower(?))"
            " OR contains(lower(coalesce(a.actor_id, '')), lower(?))"
            " OR contains(lower(coalesce(a.name, '')), lower(?)) OR a.country = upper(?)"
        )
        params = [text] * 4
    rows = find_rows(
        store.connection,
        f"""WITH sides AS (SELECT {source_key} AS actor_key FROM events
                UNION ALL SELECT {target_key} AS actor_key FROM events),
            counts AS (SELECT actor_key, count(*) AS events FROM sides GROUP BY actor_key)
        SELECT a.actor_key, a.actor_id, a.name, a.country, a.sector, a.first_date, a.last_date,
            coalesce(c.events, 0) AS events
        FROM actors a LEFT JOIN counts c USING (actor_key) {where}
        ORDER BY events DESC, a.actor_key LIMIT ?""",
        [*params, limit],
    )
    for row in rows:
        for name in ("first_date", "last_date"):
            if isinstance(row[name], dt.date):
                row[name] = row[name].isoformat()
    return rows


def find_busiest_dyads(store: Store, top: int, by: str = "week", domestic: bool = False) -> list[DyadSummary]:
    """Return the ``top`` country pairs with most events (both directions together; pairs of one country
    only when ``domestic``), each with its zero-filled per-period series of events and conflict events."""
    ranked = find_top_dyads(store.connection, SeriesQuery(top=max(8 * top, 100), measure="events"))
    totals: dict[tuple[str, str], float] = {}
    for source, target, total in ranked:
        if (source == target) != domestic:
            continue
        pair = (source, target) if source <= target else (target, source)
        totals[pair] = totals.get(pair, 0.0) + total
    pairs = sorted(totals, key=lambda pair: (-totals[pair], pair))[:top]
    if not pairs:
        return []
    directed = tuple(dict.fromkeys(d for a, b in pairs for d in ((a, b), (b, a))))
    frame = load_series(store.connection, SeriesQuery(dyads=directed, by=by).check())
    frame["pair"] = [tuple(sorted(pair)) for pair in zip(frame["source"], frame["target"], strict=True)]
    summaries = []
    for pair in pairs:
        part = frame[frame["pair"] == pair].groupby("period", sort=True)[["events", "conflict"]].sum()
        summaries.append(
            DyadSummary(
                pair[0], pair[1], totals[pair], [day.isoformat() for day in part.index],
                [float(v) for v in part["events"]], [float(v) for v in part["conflict"]],
            )
        )  # fmt: skip
    return summaries


def find_dyad_series(
    store: Store,
    source: str,
    target: str,
    by: str = "day",
    both: bool = True,
    since: str | None = None,
    until: str | None = None,
) -> list[dict[str, Any]]:
    """Return the zero-filled series of a dyad (both directions summed when ``both``) as JSON-ready rows:
    period, events, QuadClass counts, conflict, cooperation, Goldstein sum."""
    dyads = ((source, target), (target, source)) if both and source != target else ((source, target),)
    frame = load_series(store.connection, SeriesQuery(dyads=dyads, by=by, since=since, until=until).check())
    if frame.empty:
        return []
    columns = ["events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "conflict",
               "cooperation", "goldstein_sum"]  # fmt: skip
    summed = frame.groupby("period", sort=True)[columns].sum().reset_index()
    return to_series_rows(summed.to_dict("records"))


def to_series_rows(rows: Sequence[Mapping[Any, Any]]) -> list[dict[str, Any]]:
    """Return series rows with ISO dates and plain numbers (NaN as None)."""
    clean: list[dict[str, Any]] = []
    for row in rows:
        item: dict[str, Any] = {}
        for raw_key, value in row.items():
            key = str(raw_key)
            if isinstance(value, dt.date):
                item[key] = value.isoformat()
            elif isinstance(value, float) and value != value:  # NaN
                item[key] = None
            elif hasattr(value, "item"):  # numpy scalars
                item[key] = value.item()
            else:
                item[key] = value
        clean.append(item)
    return clean


def find_store_counts(store: Store) -> dict[str, Any]:
    """Return the numbers the overview shows: articles, events, mentions, and the first and last date."""
    counts: dict[str, Any] = dict(store.counts())
    first, last = store.connection.execute("SELECT min(date), max(date) FROM articles").fetchall()[0]
    counts["first_date"] = first.isoformat() if first else None
    counts["last_date"] = last.isoformat() if last else None
    return counts
