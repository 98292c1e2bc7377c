"""The store's schema as ordered migrations, and the runner that applies them.

A migration is never edited once released: a change to the schema is a new migration with the next version.
The ``schema_version`` table records each version applied.

Version 1 held ``articles``, ``events`` (one coded event in one article) and ``rejects``. Version 2 renames
the per-article codings to ``mentions`` (the evidence), adds ``events`` (one real-world happening, built by
:mod:`dotterel.dedupe`), ``event_sources`` (event ↔ mentions, with why each mention joined), ``actors``,
``runs`` (the coder version and knowledge fingerprint of each write) and the views users query directly. A
version-1 database is migrated in place; the store then clusters its mentions into events. Version 3 adds
the ``arrested`` and ``abducted`` counts and a ``<kind>_bound`` column per count (NULL when exact) to
``mentions`` and ``events``; older rows keep NULLs (re-code them with ``dotterel recode`` to fill them).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from dotterel.errors import StoreError


@dataclass(frozen=True)
class Migration:
    """One step of the schema: its version, what it does, and its SQL statements."""

    version: int
    description: str
    statements: tuple[str, ...]


_CODED_COLUMNS = """
    date DATE, date_precision VARCHAR,
    source_text VARCHAR, source_name VARCHAR, source_country VARCHAR, source_sector VARCHAR,
    source_actor_id VARCHAR,
    target_text VARCHAR, target_name VARCHAR, target_country VARCHAR, target_sector VARCHAR,
    target_actor_id VARCHAR,
    type VARCHAR, mode VARCHAR, cameo VARCHAR, goldstein DOUBLE, quad_class INTEGER, modality VARCHAR,
    place_name VARCHAR, place_country VARCHAR, place_admin1 VARCHAR, place_lat DOUBLE, place_lon DOUBLE,
    killed INTEGER, injured INTEGER"""

# The publisher of an article: its ``source`` field, else the host of its URL, else a trailing
# "(Publisher)" as wire summaries end ("… (Reuters)"). NumSources counts distinct publishers.
PUBLISHER_SQL = (
    "coalesce(nullif(trim(source), ''),"
    " nullif(regexp_extract(url, '^[A-Za-z][A-Za-z0-9+.-]*://(?:www[.])?([^/:?#]+)', 1), ''),"
    r" nullif(trim(regexp_extract(text, '[(]([^()]{2,60})[)]\s*$', 1)), ''))"
)

# The actor-level key of one side: the actor-book id, else the country and sector codes run together as in
# GDELT's Actor1Code ("USAGOV"), else the sector alone. Country-only ids ("country:USA") count as countries.
SIDE_KEY_SQL = (
    "coalesce(CASE WHEN NOT starts_with({side}_actor_id, 'country:') THEN {side}_actor_id END,"
    " nullif(coalesce({side}_country, '') || coalesce({side}_sector, ''), ''))"
)
FACTUAL_MODALITIES: tuple[str, ...] = ("asserted", "reported")
# The day an event counts on in a series: its own date when known to the day or week, else the article's
# date (a month or year, "in March", "in 1984", would pile up on the first day of the period).
SERIES_DAY_SQL = "CASE WHEN date_precision IN ('day', 'week') THEN date ELSE article_date END"
PERIODS: tuple[str, ...] = ("day", "week", "month")


def to_series_view(level: str, period: str) -> str:
    """Return the ``CREATE VIEW series_<level>_<period>`` statement (factual events, one row per type)."""
    if level == "country":
        source, target = "source_country", "target_country"
    else:
        source, target = SIDE_KEY_SQL.format(side="source"), SIDE_KEY_SQL.format(side="target")
    factual = ", ".join(f"'{m}'" for m in FACTUAL_MODALITIES)
    return f"""CREATE OR REPLACE VIEW series_{level}_{period} AS
        SELECT CAST(date_trunc('{period}', {SERIES_DAY_SQL}) AS DATE) AS period,
            {source} AS source, {target} AS target, type,
            count(*) AS events, sum(num_mentions) AS mentions, sum(goldstein) AS goldstein_sum,
            avg(goldstein) AS goldstein_mean,
            count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
            count(*) FILTER (WHERE quad_class = 2) AS material_coop,
            count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
            count(*) FILTER (WHERE quad_class = 4) AS material_conflict
        FROM events
        WHERE modality IN ({factual}) AND {source} IS NOT NULL AND {target} IS NOT NULL
        GROUP BY ALL"""


def _to_views() -> tuple[str, ...]:
    views = [
        """CREATE OR REPLACE VIEW event_view AS
            SELECT e.*, m.evidence FROM events e LEFT JOIN mentions m ON m.mention_id = e.mention_id""",
        """CREATE OR REPLACE VIEW mention_view AS
            SELECT m.mention_id AS event_id, m.* EXCLUDE (mention_id), s.event_id AS merged_event_id
            FROM mentions m LEFT JOIN event_sources s ON s.mention_id = m.mention_id""",
    ]
    views += [to_series_view(level, period) for level in ("country", "actor") for period in PERIODS]
    views += [
        f"""CREATE OR REPLACE VIEW articles_{period} AS
            SELECT CAST(date_trunc('{period}', date) AS DATE) AS period, count(*) AS articles
            FROM articles GROUP BY ALL"""
        for period in PERIODS
    ]
    return tuple(views)


_V1 = Migration(
    version=1,
    description="articles, events and rejects",
    statements=(
        """CREATE TABLE articles (
            id VARCHAR PRIMARY KEY, date DATE NOT NULL, title VARCHAR, url VARCHAR, source VARCHAR,
            origin VARCHAR, text VARCHAR NOT NULL, text_sha1 VARCHAR NOT NULL)""",
        """CREATE TABLE events (
            event_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, article_date DATE NOT NULL,
            date DATE, date_precision VARCHAR,
            source_text VARCHAR, source_name VARCHAR, source_country VARCHAR, source_sector VARCHAR,
            source_actor_id VARCHAR,
            target_text VARCHAR, target_name VARCHAR, target_country VARCHAR, target_sector VARCHAR,
            target_actor_id VARCHAR,
            type VARCHAR, mode VARCHAR, cameo VARCHAR, goldstein DOUBLE, quad_class INTEGER,
            modality VARCHAR,
            place_name VARCHAR, place_country VARCHAR, place_admin1 VARCHAR, place_lat DOUBLE,
            place_lon DOUBLE,
            killed INTEGER, injured INTEGER, evidence JSON, rule VARCHAR, confidence DOUBLE)""",
        """CREATE TABLE rejects (
            id VARCHAR PRIMARY KEY, origin VARCHAR NOT NULL, stage VARCHAR NOT NULL,
            reason VARCHAR NOT NULL, article_id VARCHAR, text_sha1 VARCHAR)""",
    ),
)

_V2 = Migration(
    version=2,
    description="mentions, real events with their sources, actors, runs, series views",
    statements=(
        """CREATE TABLE runs (
            run_id VARCHAR PRIMARY KEY, command VARCHAR NOT NULL, started_at TIMESTAMP, finished_at TIMESTAMP,
            dotterel_version VARCHAR, stages VARCHAR, knowledge_fingerprint VARCHAR, settings JSON,
            articles INTEGER, mentions INTEGER, rejects INTEGER)""",
        """INSERT INTO runs (run_id, command, started_at, finished_at, articles, mentions)
            SELECT 'schema-v1', 'migrate', current_timestamp, current_timestamp,
                (SELECT count(*) FROM articles), (SELECT count(*) FROM events)
            WHERE EXISTS (SELECT 1 FROM articles)""",
        "ALTER TABLE articles ADD COLUMN publisher VARCHAR",
        "ALTER TABLE articles ADD COLUMN run_id VARCHAR",
        f"UPDATE articles SET publisher = {PUBLISHER_SQL}, run_id = 'schema-v1'",
        f"""CREATE TABLE mentions (
            mention_id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, article_date DATE NOT NULL,
            {_CODED_COLUMNS}, evidence JSON, rule VARCHAR, confidence DOUBLE, run_id VARCHAR)""",
        "INSERT INTO mentions SELECT *, 'schema-v1' FROM events",
        "DROP TABLE events",
        f"""CREATE TABLE events (
            event_id VARCHAR PRIMARY KEY, mention_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
            article_date DATE NOT NULL, {_CODED_COLUMNS}, rule VARCHAR, confidence DOUBLE,
            num_mentions INTEGER NOT NULL, num_articles INTEGER NOT NULL, num_sources INTEGER NOT NULL,
            first_date DATE, last_date DATE, first_article_date DATE, last_article_date DATE)""",
        """CREATE TABLE event_sources (
            mention_id VARCHAR PRIMARY KEY, event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
            role VARCHAR NOT NULL, reason VARCHAR, rule VARCHAR, run_id VARCHAR)""",
        """CREATE TABLE actors (
            actor_key VARCHAR PRIMARY KEY, actor_id VARCHAR, name VARCHAR, country VARCHAR, sector VARCHAR,
            first_date DATE, last_date DATE)""",
        *_to_views(),
    ),
)

_COUNT_COLUMNS: tuple[str, ...] = (
    "arrested INTEGER", "abducted INTEGER", "killed_bound VARCHAR", "injured_bound VARCHAR",
    "arrested_bound VARCHAR", "abducted_bound VARCHAR",
)  # fmt: skip

_V3 = Migration(
    version=3,
    description="arrested and abducted counts, and the bound of each count (at_least, at_most, about)",
    statements=(
        *(
            f"ALTER TABLE {table} ADD COLUMN {column}"
            for table in ("mentions", "events")
            for column in _COUNT_COLUMNS
        ),
        *_to_views(),
    ),
)

MIGRATIONS: tuple[Migration, ...] = (_V1, _V2, _V3)
LATEST_VERSION = MIGRATIONS[-1].version


def resolve_schema_version(con: Any) -> int:
    """Return the highest schema version recorded in the database (0 for a new database)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchall()[0][0]
    if not exists:
        return 0
    version = con.execute("SELECT max(version) FROM schema_version").fetchall()[0][0]
    return int(version or 0)


def migrate(con: Any, read_only: bool = False, target: int = LATEST_VERSION) -> int:
    """Apply every migration newer than the database's version (up to ``target``), each in a transaction.

    Returns:
        The schema version after migrating.

    Raises:
        StoreError: the database is newer than this dotterel, or it needs migrating but is open read-only.
    """
    current = resolve_schema_version(con)
    if current > LATEST_VERSION:
        raise StoreError(
            f"database schema version {current} is newer than this dotterel knows ({LATEST_VERSION});"
            " upgrade dotterel to open it"
        )
    pending = [m for m in MIGRATIONS if current < m.version <= target]
    if pending and read_only:
        raise StoreError(
            f"database schema version {current} needs migrating to {LATEST_VERSION}; open it writable"
        )
    for migration in pending:
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                "version INTEGER PRIMARY KEY, description VARCHAR,"
                " applied_at TIMESTAMP DEFAULT current_timestamp)"
            )
            for statement in migration.statements:
                con.execute(statement)
            con.execute(
                "INSERT INTO schema_version (version, description) VALUES (?, ?)",
                [migration.version, migration.description],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return pending[-1].version if pending else current


def create_database(path: Path) -> None:
    """Create a new database at ``path`` with the latest schema, atomically: it is built under a temporary
    name beside ``path`` and linked into place only once migrated, so a process killed while creating it
    leaves no half-made database (which a read-only open could not use). A database that another process
    created meanwhile is kept, never replaced."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.creating")
    _remove_database_files(temporary)
    con = duckdb.connect(str(temporary))
    try:
        migrate(con)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    try:
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)
    finally:
        _remove_database_files(temporary)


def _remove_database_files(path: Path) -> None:
    for stray in (path, path.with_name(path.name + ".wal")):
        stray.unlink(missing_ok=True)
