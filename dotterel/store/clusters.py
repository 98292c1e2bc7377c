"""The store's side of de-duplication: load candidate events, place new mentions, rebuild event rows.

:mod:`dotterel.dedupe` decides (pure, in memory); this module feeds it the stored events near the new
mentions and writes its answers to ``event_sources``, then recomputes the touched ``events`` rows in SQL.
Every function here runs inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from dotterel.dedupe import Assignment, Clusterer, DedupeRules, MentionKey, to_date_interval, to_mention_key
from dotterel.store.records import to_arrow_table
from dotterel.store.schema import SIDE_KEY_SQL

Previous = dict[str, tuple[str, str, str, MentionKey]]
KEY_COLUMNS: tuple[str, ...] = (
    "mention_id", "article_id", "article_date", "type", "mode", "modality", "date", "date_precision",
    "source_actor_id", "source_country", "source_sector", "source_name",
    "target_actor_id", "target_country", "target_sector", "target_name",
    "place_name", "place_country", "place_admin1", "place_lat", "place_lon",
)  # fmt: skip
SOURCE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("mention_id", "str"), ("event_id", "str"), ("article_id", "str"), ("role", "str"), ("reason", "str"),
    ("rule", "str"), ("run_id", "str"),
)  # fmt: skip


def find_rows(con: Any, sql: str, params: Sequence[object] = ()) -> list[dict[str, Any]]:
    """Return the result rows of ``sql`` as dicts."""
    cursor = con.execute(sql, list(params))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def load_previous(con: Any, article_table: str) -> Previous:
    """Return, for each stored mention of the articles in ``article_table``: event, role, reason, key."""
    rows = find_rows(
        con,
        f"SELECT s.event_id AS merged_into, s.role, s.reason, {_prefixed('m')} FROM mentions m"
        f" JOIN event_sources s ON s.mention_id = m.mention_id"
        f" WHERE m.article_id IN (SELECT id FROM {article_table})",
    )
    return {
        row["mention_id"]: (row["merged_into"], row["role"], row["reason"] or "", to_mention_key(row))
        for row in rows
    }


def _prefixed(alias: str) -> str:
    """The merge-key columns of ``mentions`` (alias ``alias``) and the evidence sentence."""
    columns = ", ".join(f"{alias}.{name}" for name in KEY_COLUMNS)
    return f"{columns}, json_extract_string({alias}.evidence, '$.sentence') AS sentence"


def to_canonical_order(keys: Iterable[MentionKey]) -> list[MentionKey]:
    """Return the mentions in the order the merge visits them: by date, article and mention id."""
    return sorted(keys, key=lambda k: (k.effective_date, k.article_date, k.article_id, k.mention_id))


def place_mentions(
    con: Any, keys: list[MentionKey], previous: Previous, rules: DedupeRules
) -> list[Assignment]:
    """Assign the new mentions (already in ``mentions``, not yet in ``event_sources``) to events."""
    if not keys:
        return []
    clusterer = Clusterer(rules, _load_members(con, keys, previous, rules), _load_reserved(con, keys))
    kept = [k for k in keys if k.mention_id in previous and previous[k.mention_id][3] == k]
    kept_ids = {k.mention_id for k in kept}
    ordered = kept + to_canonical_order(k for k in keys if k.mention_id not in kept_ids)
    return [clusterer.assign(key, previous.get(key.mention_id)) for key in ordered]


def _load_members(
    con: Any, keys: list[MentionKey], previous: Previous, rules: DedupeRules
) -> list[tuple[str, MentionKey]]:
    """Return ``(event_id, key)`` of every stored mention of an event that could take one of ``keys``.

    A stored mention's date range runs from ``window_days`` before its date (undated) to 6 days after (a
    week), 30 (a month) or 365 (a year): only mentions whose date comes that near the new ranges can match.
    """
    before = dt.timedelta(days=rules.slack_days)
    after = dt.timedelta(days=rules.slack_days + rules.window_days)
    ranges = sorted(
        {(k.type, first - before, last + after) for k in keys for first, last in [to_date_interval(k, rules)]}
    )
    table = to_arrow_table(
        [{"type": t, "low": low, "high": high} for t, low, high in ranges],
        (("type", "str"), ("low", "date"), ("high", "date")),
    )
    old_events = sorted({event_id for event_id, *_ in previous.values()})
    con.register("incoming_ranges", table)
    try:
        rows = find_rows(
            con,
            f"""SELECT s.event_id AS merged_into, {_prefixed("m")}
                FROM event_sources s JOIN mentions m ON m.mention_id = s.mention_id
                WHERE s.event_id IN (
                    SELECT s2.event_id FROM event_sources s2
                    JOIN mentions m2 ON m2.mention_id = s2.mention_id
                    JOIN incoming_ranges r ON r.type = m2.type
                        AND coalesce(m2.date, m2.article_date) <= r.high
                        AND coalesce(m2.date, m2.article_date) >= r.low - CASE m2.date_precision
                            WHEN 'year' THEN 365 WHEN 'month' THEN 30 WHEN 'week' THEN 6 ELSE 0 END
                    UNION SELECT unnest(?))
                ORDER BY s.event_id, m.mention_id""",
            [old_events],
        )
    finally:
        con.unregister("incoming_ranges")
    return [(row["merged_into"], to_mention_key(row)) for row in rows]


def _load_reserved(con: Any, keys: list[MentionKey]) -> list[str]:
    """Return event ids that share a new mention's id (or extend it with ``.n``) and still have members."""
    rows = con.execute(
        "SELECT DISTINCT event_id FROM event_sources"
        " WHERE split_part(event_id, '.', 1) IN (SELECT unnest(?))",
        [[k.mention_id for k in keys]],
    ).fetchall()
    return [row[0] for row in rows]


def write_assignments(con: Any, assignments: list[Assignment], rules: DedupeRules, run_id: str) -> None:
    """Insert the ``event_sources`` rows of ``assignments``."""
    rows = [
        {"mention_id": a.mention_id, "event_id": a.event_id, "article_id": a.article_id, "role": a.role,
         "reason": a.reason, "rule": rules.version, "run_id": run_id}
        for a in assignments
    ]  # fmt: skip
    con.register("incoming_sources", to_arrow_table(rows, SOURCE_COLUMNS))
    try:
        con.execute("INSERT OR REPLACE INTO event_sources BY NAME SELECT * FROM incoming_sources")
    finally:
        con.unregister("incoming_sources")


_ACTOR_RANK = (
    "CASE WHEN {side}_actor_id IS NOT NULL AND NOT starts_with({side}_actor_id, 'country:') THEN 0"
    " WHEN {side}_country IS NOT NULL THEN 1 WHEN {side}_text IS NOT NULL THEN 2 ELSE 3 END"
)
_ACTOR_STRUCT = (
    "{{'text': {side}_text, 'name': {side}_name, 'country': {side}_country, 'sector': {side}_sector,"
    " 'actor_id': {side}_actor_id}}"
)
_FIRST = "mode, cameo, goldstein, quad_class, modality, rule"


def refresh_events(con: Any, event_ids: Iterable[str] | None) -> None:
    """Recompute the ``events`` rows of ``event_ids`` (all when None) from their mentions.

    The representative mention is the founder (else the earliest); the date is the most precise one;
    each side and the place come from the most specific mention; each count is the largest figure, with
    the bound of the mention that states it; NumSources counts distinct publishers (an article without one
    counts as its own).
    """
    where, delete = "TRUE", "DELETE FROM events"
    if event_ids is not None:
        ids = sorted(set(event_ids))
        if not ids:
            return
        con.register("touched_events", to_arrow_table([{"event_id": i} for i in ids], (("event_id", "str"),)))
        where = "s.event_id IN (SELECT event_id FROM touched_events)"
        delete += " WHERE event_id IN (SELECT event_id FROM touched_events)"
    try:
        con.execute(delete)
        con.execute(_to_refresh_sql(where))
    finally:
        if event_ids is not None:
            con.unregister("touched_events")


def _to_refresh_sql(where: str) -> str:
    sides = ", ".join(f"{_ACTOR_RANK.format(side=side)} AS {side}_rank" for side in ("source", "target"))
    picks = ", ".join(
        f"arg_min({_ACTOR_STRUCT.format(side=side)}, [{side}_rank, ord]) AS {side}"
        for side in ("source", "target")
    )
    firsts = ", ".join(f"arg_min_null({name.strip()}, ord) AS {name.strip()}" for name in _FIRST.split(","))
    unpack = ", ".join(
        f"{side}.{name} AS {side}_{name}"
        for side in ("source", "target")
        for name in ("text", "name", "country", "sector", "actor_id")
    )
    bounds = ", ".join(
        f"arg_max_null({kind}_bound, {kind}) AS {kind}_bound"
        for kind in ("killed", "injured", "arrested", "abducted")
    )
    return f"""INSERT INTO events BY NAME
        WITH members AS (
            SELECT s.event_id, m.* EXCLUDE (evidence, run_id),
                coalesce(a.publisher, 'article:' || m.article_id) AS publisher_key,
                row_number() OVER (PARTITION BY s.event_id ORDER BY s.role <> 'founded', m.article_date,
                    m.article_id, m.mention_id) AS ord,
                CASE m.date_precision WHEN 'day' THEN 0 WHEN 'week' THEN 1 WHEN 'month' THEN 2 ELSE 3 END
                    AS date_rank,
                {sides},
                CASE WHEN m.place_admin1 IS NOT NULL THEN 0 WHEN m.place_name IS NOT NULL THEN 1 ELSE 2 END
                    AS place_rank
            FROM event_sources s JOIN mentions m ON m.mention_id = s.mention_id
            LEFT JOIN articles a ON a.id = m.article_id
            WHERE {where}
        ), picked AS (
            SELECT event_id, arg_min(mention_id, ord) AS mention_id, arg_min(article_id, ord) AS article_id,
                arg_min(article_date, ord) AS article_date, arg_min(type, ord) AS type, {firsts},
                arg_min({{'date': date, 'precision': date_precision}}, [date_rank, ord]) AS dated,
                {picks},
                arg_min({{'name': place_name, 'country': place_country, 'admin1': place_admin1,
                    'lat': place_lat, 'lon': place_lon}}, [place_rank, ord]) AS place,
                max(killed) AS killed, max(injured) AS injured, max(arrested) AS arrested,
                max(abducted) AS abducted, {bounds}, max(confidence) AS confidence,
                count(*) AS num_mentions, count(DISTINCT article_id) AS num_articles,
                count(DISTINCT publisher_key) AS num_sources,
                min(coalesce(date, article_date)) AS first_date,
                max(coalesce(date, article_date)) AS last_date,
                min(article_date) AS first_article_date, max(article_date) AS last_article_date
            FROM members GROUP BY event_id
        )
        SELECT * EXCLUDE (dated, source, target, place), dated.date AS date,
            coalesce(dated.precision, 'unknown') AS date_precision, {unpack},
            place.name AS place_name, place.country AS place_country, place.admin1 AS place_admin1,
            place.lat AS place_lat, place.lon AS place_lon
        FROM picked"""


def refresh_actors(con: Any, article_table: str | None) -> None:
    """Upsert the ``actors`` seen in the mentions of ``article_table`` (all mentions when None)."""
    where = f"WHERE article_id IN (SELECT id FROM {article_table})" if article_table else ""
    sides = " UNION ALL ".join(
        f"""SELECT {SIDE_KEY_SQL.format(side=side)} AS actor_key, {side}_actor_id AS actor_id,
            {side}_name AS name, {side}_country AS country, {side}_sector AS sector,
            coalesce(date, article_date) AS day, mention_id FROM mentions {where}"""
        for side in ("source", "target")
    )
    con.execute(
        f"""INSERT INTO actors (actor_key, actor_id, name, country, sector, first_date, last_date)
        SELECT actor_key, arg_min_null(actor_id, mention_id), arg_min_null(name, mention_id),
            arg_min_null(country, mention_id), arg_min_null(sector, mention_id), min(day), max(day)
        FROM ({sides}) WHERE actor_key IS NOT NULL GROUP BY actor_key
        ON CONFLICT (actor_key) DO UPDATE SET
            first_date = least(actors.first_date, excluded.first_date),
            last_date = greatest(actors.last_date, excluded.last_date),
            name = coalesce(actors.name, excluded.name)"""
    )
