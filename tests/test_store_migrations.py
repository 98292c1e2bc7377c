"""Schema migrations: a new database, a version-1 database written by the first store, a newer database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from dotterel.errors import StoreError
from dotterel.model import Article
from dotterel.store import Store
from dotterel.store.records import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    to_arrow_table,
    to_article_row,
    to_event_row,
)
from dotterel.store.schema import LATEST_VERSION, MIGRATIONS, create_database, migrate
from tests.test_dedupe import IRN, USA, Spec, make_article

# The version-1 layout exactly as the first release created it (frozen here: the migration must not change).
V1_DDL = (
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
)
TABLES = ("articles", "mentions", "events", "event_sources", "actors", "rejects", "runs", "schema_version")
VIEWS = (
    "event_view",
    "mention_view",
    "series_country_day",
    "series_country_week",
    "series_country_month",
    "series_actor_day",
    "series_actor_week",
    "series_actor_month",
    "articles_day",
    "articles_week",
    "articles_month",
)

# Two wire reports of the Ain al-Asad strike and one of a protest: v1 stored three events.
WIRE = make_article(
    "Iran fired more than a dozen ballistic missiles at the Ain al-Asad air base on Wednesday. (Reuters)",
    "2020-01-08",
    Spec(source=IRN, target=USA, date="2020-01-08"),
)
AGENCY = make_article(
    "Iranian forces launched missiles at Ain al-Asad, which hosts US troops, early on Wednesday. (AP)",
    "2020-01-08",
    Spec(source=IRN, target=USA, date="2020-01-08"),
)
RALLY = make_article(
    "Thousands of Iranians rallied in Tehran on Tuesday against the United States.",
    "2020-01-07",
    Spec(type="PROTEST", source=None, target=USA, date="2020-01-07"),
)


def write_v1_database(path: Path, articles: list[Article]) -> None:
    """Write ``articles`` the way the version-1 store did: frozen DDL, Arrow inserts into ``events``."""
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR,"
        " applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    for statement in V1_DDL:
        con.execute(statement)
    con.execute(
        "INSERT INTO schema_version (version, description) VALUES (1, 'articles, events and rejects')"
    )
    con.register("a", to_arrow_table([to_article_row(a) for a in articles], ARTICLE_COLUMNS))
    rows = [to_event_row(e) for a in articles for e in a.events]
    con.register("e", to_arrow_table(rows, EVENT_COLUMNS))
    con.execute("INSERT INTO articles BY NAME SELECT * FROM a")
    v1_columns = ", ".join(name for name, _ in _columns(con, "events"))  # the version-1 record had fewer
    con.execute(f"INSERT INTO events BY NAME SELECT {v1_columns} FROM e")
    con.close()


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    return [(name, kind) for name, kind, *_ in con.execute(f"DESCRIBE {table}").fetchall()]


def test_version_1_migration_still_creates_the_frozen_layout() -> None:
    frozen, current = duckdb.connect(), duckdb.connect()
    for statement in V1_DDL:
        frozen.execute(statement)
    migrate(current, target=1)
    for table in ("articles", "events", "rejects"):
        assert _columns(current, table) == _columns(frozen, table)
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))


def test_a_new_database_gets_every_table_and_view(tmp_path: Path) -> None:
    with Store(tmp_path / "new.duckdb") as store:
        assert store.schema_version == LATEST_VERSION
        rows = store.connection.execute("SELECT table_name FROM information_schema.tables").fetchall()
        names = {row[0] for row in rows}
        assert set(TABLES) | set(VIEWS) <= names
        assert store.table_counts() == dict.fromkeys(TABLES[:-1], 0)
        for view in VIEWS:
            assert store.connection.execute(f"SELECT count(*) FROM {view}").fetchall() == [(0,)]


def test_a_version_1_database_is_migrated_and_its_mentions_merged(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    write_v1_database(path, [WIRE, AGENCY, RALLY])
    with pytest.raises(StoreError, match="needs migrating"):
        Store(path, read_only=True)
    with Store(path) as store:
        assert store.schema_version == LATEST_VERSION
        counts = store.table_counts()
        assert (counts["articles"], counts["mentions"], counts["event_sources"], counts["events"]) == (
            3,
            3,
            3,
            2,
        )
        merged = store.event_records(store_filter(min_mentions=2))
        assert [(r["num_mentions"], r["num_articles"], r["num_sources"]) for r in merged] == [(2, 2, 2)]
        assert {r["event_id"] for r in store.mention_records()} == {
            e.event_id for e in WIRE.events + AGENCY.events + RALLY.events
        }
        for record in [*store.mention_records(), *store.event_records()]:  # version 3: new counts are empty
            assert (record["arrested"], record["abducted"], record["count_bounds"]) == (None, None, {})
        assert list(store.runs()["run_id"]) == ["schema-v1"]
        publishers = store.connection.execute("SELECT publisher FROM articles ORDER BY publisher").fetchall()
        assert publishers == [("AP",), ("Reuters",), (None,)]
        assert {row[0] for row in store.connection.execute("SELECT actor_key FROM actors").fetchall()} == {
            "IRNGOV",
            "USAMIL",
        }
    with Store(path, read_only=True) as store:  # migrated once; opens read-only now
        assert store.counts() == {"articles": 3, "events": 2, "rejects": 0}


def store_filter(**fields: object) -> object:
    from dotterel.store import EventFilter

    return EventFilter(**fields)  # type: ignore[arg-type]


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute(
        "INSERT INTO schema_version (version, description) VALUES (?, 'from the future')",
        [LATEST_VERSION + 1],
    )
    con.close()
    with pytest.raises(StoreError, match=f"version {LATEST_VERSION + 1} is newer"):
        Store(path)


def test_a_failed_migration_leaves_the_version_1_database_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    write_v1_database(path, [WIRE])
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE runs (run_id VARCHAR)")  # in the way of migration 2
    con.close()
    with pytest.raises(StoreError, match="cannot migrate"):
        Store(path)
    con = duckdb.connect(str(path))
    assert con.execute("SELECT max(version) FROM schema_version").fetchall() == [(1,)]
    assert con.execute("SELECT count(*) FROM events").fetchall() == [(1,)]
    con.close()


def test_dates_survive_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    write_v1_database(path, [RALLY])
    with Store(path) as store:
        (record,) = store.event_records()
    assert record["date"] == "2020-01-07" and record["article_date"] == "2020-01-07"
    assert dt.date.fromisoformat(record["date"]) == RALLY.events[0].date


def test_a_new_database_is_created_whole_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "events.duckdb"
    with Store(path) as store:
        store.write([make_article("US strikes in Iraq.", "2020-01-02", Spec("ASSAULT", USA, IRN))])
    assert sorted(p.name for p in path.parent.iterdir()) == ["events.duckdb"]
    with Store(path, read_only=True) as store:  # a read-only open needs no migration
        assert store.schema_version == LATEST_VERSION
        assert store.counts()["articles"] == 1


def test_creating_a_database_never_replaces_one_that_exists(tmp_path: Path) -> None:
    path = tmp_path / "events.duckdb"
    with Store(path) as store:
        store.write([make_article("US strikes in Iraq.", "2020-01-02", Spec("ASSAULT", USA, IRN))])
    create_database(path)  # another process found no file and created one meanwhile: ours is kept
    with Store(path, read_only=True) as store:
        assert store.counts()["articles"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.duckdb"]


@pytest.mark.parametrize("stray", [".events.duckdb.1.creating", ".events.duckdb.1.creating.wal"])
def test_a_killed_creation_leaves_no_database_a_reader_would_open(tmp_path: Path, stray: str) -> None:
    (tmp_path / stray).write_bytes(b"half made")  # what a process killed while creating leaves at most
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "events.duckdb", read_only=True)
    with Store(tmp_path / "events.duckdb") as store:
        assert store.schema_version == LATEST_VERSION
