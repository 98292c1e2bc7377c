"""The store's schema as ordered migrations, and the runner that applies them.

A migration is never edited once released: a change to the schema is a new migration with the next version.
The ``schema_version`` table records each version applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dotterel.errors import StoreError


@dataclass(frozen=True)
class Migration:
    """One step of the schema: its version, what it does, and its SQL statements."""

    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
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
    ),
)
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


def migrate(con: Any, read_only: bool = False) -> int:
    """Apply every migration newer than the database's version, each in its own transaction.

    Returns:
        The schema version after migrating.

    Raises:
        StoreError: the database is newer than this dotterel, or it needs migrating but is open read-only.
    """
    current = resolve_schema_version(con)
    if current > LATEST_VERSION:
        raise StoreError(
            f"database schema version {current} is newer than this dotterel knows ({LATEST_VERSION})"
        )
    pending = [m for m in MIGRATIONS if m.version > current]
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
    return LATEST_VERSION if pending else current
