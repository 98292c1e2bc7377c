"""The event store on DuckDB: articles, their mentions, real events, rejects, runs; ordered migrations.

>>> with Store("events.duckdb") as store:            # doctest: +SKIP
...     store.write(pipeline.code_articles(items))
...     frame = store.events(dyad="USA-IRN", since="2020-01-01")

A *mention* is one coded event in one article (what ``dotterel code`` prints); an *event* is one real-world
happening, the mentions that report it merged by :mod:`dotterel.dedupe` (``event_sources`` says which and
why). Writes go through Arrow tables inserted with ``INSERT … SELECT`` (row-by-row ``executemany`` took about
70 times longer). Re-coding an article replaces its mentions (and any earlier reject of it) and re-places them
in events, in one transaction per chunk; a mention that did not change goes back to its event, so writing the
same results twice changes nothing and event ids stay stable.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import duckdb

from dotterel.dedupe import DedupeRules, to_mention_key
from dotterel.errors import StoreError
from dotterel.model import Article, Reject
from dotterel.store.clusters import (
    find_rows,
    load_previous,
    place_mentions,
    refresh_actors,
    refresh_events,
    write_assignments,
)
from dotterel.store.explain import read_explanation
from dotterel.store.query import EventFilter, to_date, to_event_query
from dotterel.store.records import (
    ARTICLE_COLUMNS,
    MENTION_COLUMNS,
    REJECT_COLUMNS,
    to_arrow_table,
    to_article,
    to_article_row,
    to_event_record,
    to_mention_row,
    to_record,
    to_reject_row,
)
from dotterel.store.runs import RunInfo, to_run_id
from dotterel.store.schema import PUBLISHER_SQL, create_database, migrate

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DedupeRules", "EventFilter", "RunInfo", "Store", "WriteSummary"]

CHUNK_ARTICLES = 500


@dataclass(frozen=True)
class WriteSummary:
    """What one :meth:`Store.write` call wrote: articles, coded events (mentions), rejects, and how the
    mentions were placed: ``founded`` new events, ``joined`` existing ones (``kept`` unchanged ones are
    neither)."""

    articles: int = 0
    events: int = 0
    rejects: int = 0
    founded: int = 0
    joined: int = 0

    def __add__(self, other: WriteSummary) -> WriteSummary:
        return WriteSummary(
            self.articles + other.articles, self.events + other.events, self.rejects + other.rejects,
            self.founded + other.founded, self.joined + other.joined,
        )  # fmt: skip


def to_open_error(target: str, error: Exception) -> str:
    """Return the one-line message for a database that cannot be opened (a clear one when it is locked)."""
    text = str(error)
    if "Could not set lock" not in text:
        return f"{target}: cannot open the database: {text}"
    holder = re.search(r"\(PID (\d+)\)", text)
    who = f"process {holder.group(1)}" if holder else "another process"
    return (
        f"{target}: the database is held by {who} (one process at a time may write a DuckDB file); while"
        " `dotterel serve` holds it, send articles through it (`dotterel code … --server URL`) or stop it"
    )


class Store:
    """A DuckDB file holding articles, their mentions, the merged events, rejects and runs.

    Args:
        path: the database file (created with its parent folder if missing), or ``":memory:"``.
        read_only: open an existing database without taking the writer's lock.
        dedupe: the merge rules for new mentions (:class:`~dotterel.dedupe.DedupeRules` defaults when None).

    Raises:
        StoreError: the file cannot be opened (for instance another process holds the writer's lock), its
            schema is newer than this dotterel, or it cannot be migrated.
    """

    def __init__(self, path: str | Path, read_only: bool = False, dedupe: DedupeRules | None = None) -> None:
        self.path = Path(path)
        self.rules = dedupe or DedupeRules()
        target = str(path)
        if read_only and target != ":memory:" and not self.path.is_file():
            raise StoreError(f"{target}: no such database (create it with `dotterel code … --db {target}`)")
        try:
            if target != ":memory:" and not read_only and not self.path.exists():
                self.path.parent.mkdir(parents=True, exist_ok=True)
                create_database(self.path)
            self._con = duckdb.connect(target, read_only=read_only)
        except (duckdb.Error, OSError) as error:
            raise StoreError(to_open_error(target, error)) from error
        try:
            self.schema_version = migrate(self._con, read_only=read_only)
            if not read_only:
                self._place_unplaced_mentions()
        except duckdb.Error as error:
            self._con.close()
            raise StoreError(f"{target}: cannot migrate the database: {error}") from error
        except StoreError as error:
            self._con.close()
            raise StoreError(f"{target}: {error}") from error

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    @property
    def connection(self) -> Any:
        """The DuckDB connection (for :mod:`dotterel.aggregate` and :mod:`dotterel.export`)."""
        return self._con

    def close(self) -> None:
        """Close the database (safe to call twice)."""
        self._con.close()

    def to_reader(self) -> Store:
        """Return a store over a second connection to the same open database (a DuckDB ``cursor()``).

        Its queries see the last committed state and never wait for a transaction this store holds open,
        so one process can write and answer reads at once. A connection is not safe for concurrent use:
        give each thread its own reader, and close readers before this store.
        """
        reader = Store.__new__(Store)
        reader.path, reader.rules, reader.schema_version = self.path, self.rules, self.schema_version
        reader._con = self._con.cursor()
        return reader

    def write(self, results: Iterable[Article | Reject], run: RunInfo | None = None) -> WriteSummary:
        """Store coded articles with their mentions, merge the mentions into events, store rejects.

        Works in chunks of ``CHUNK_ARTICLES`` items, one transaction each, and records one ``runs`` row
        (``run`` describes the coder; the defaults of the installed dotterel when None).

        Raises:
            StoreError: DuckDB refused a write; the chunk being written is rolled back.
        """
        run_id = self._start_run(run or RunInfo.from_settings())
        summary = WriteSummary()
        articles: dict[str, Article] = {}
        rejects: dict[str, dict[str, Any]] = {}
        for item in results:
            if isinstance(item, Article):
                articles[item.id] = item
            else:
                row = to_reject_row(item)
                rejects[row["id"]] = row
            if len(articles) + len(rejects) >= CHUNK_ARTICLES:
                summary += self._write_chunk(list(articles.values()), list(rejects.values()), run_id)
                articles, rejects = {}, {}
        if articles or rejects:
            summary += self._write_chunk(list(articles.values()), list(rejects.values()), run_id)
        self._finish_run(run_id, summary)
        return summary

    def _write_chunk(
        self, articles: list[Article], rejects: list[dict[str, Any]], run_id: str
    ) -> WriteSummary:
        mentions = {
            row["mention_id"]: row for a in articles for row in (to_mention_row(e, run_id) for e in a.events)
        }
        tables = {
            "incoming_articles": to_arrow_table([to_article_row(a) for a in articles], ARTICLE_COLUMNS),
            "incoming_mentions": to_arrow_table(list(mentions.values()), MENTION_COLUMNS),
            "incoming_rejects": to_arrow_table(rejects, REJECT_COLUMNS),
        }
        keys = [to_mention_key(row) for row in mentions.values()]
        try:
            for name, table in tables.items():
                self._con.register(name, table)
            self._con.execute("BEGIN TRANSACTION")
            previous = load_previous(self._con, "incoming_articles")
            self._replace_incoming(run_id)
            assignments = place_mentions(self._con, keys, previous, self.rules)
            write_assignments(self._con, assignments, self.rules, run_id)
            refresh_events(self._con, {p[0] for p in previous.values()} | {a.event_id for a in assignments})
            refresh_actors(self._con, "incoming_articles")
            self._con.execute("COMMIT")
        except duckdb.Error as error:
            self._rollback()
            raise StoreError(f"{self.path}: cannot write: {error}") from error
        finally:
            for name in tables:
                self._con.unregister(name)
        kept = {k.mention_id for k in keys if k.mention_id in previous and previous[k.mention_id][3] == k}
        roles = [a.role for a in assignments if a.mention_id not in kept]
        return WriteSummary(
            len(articles), len(mentions), len(rejects), roles.count("founded"), roles.count("joined")
        )

    def _replace_incoming(self, run_id: str) -> None:
        """Upsert the incoming articles and rejects; replace the articles' mentions (unplaced for now)."""
        mine = "SELECT mention_id FROM mentions WHERE article_id IN (SELECT id FROM incoming_articles)"
        self._con.execute(
            "INSERT OR REPLACE INTO articles BY NAME"
            f" SELECT *, {PUBLISHER_SQL} AS publisher, ? AS run_id FROM incoming_articles",
            [run_id],
        )
        self._con.execute(f"DELETE FROM event_sources WHERE mention_id IN ({mine})")
        self._con.execute(f"DELETE FROM mentions WHERE mention_id IN ({mine})")
        self._con.execute("DELETE FROM rejects WHERE article_id IN (SELECT id FROM incoming_articles)")
        self._con.execute("INSERT OR REPLACE INTO mentions BY NAME SELECT * FROM incoming_mentions")
        self._con.execute("INSERT OR REPLACE INTO rejects BY NAME SELECT * FROM incoming_rejects")

    def _place_unplaced_mentions(self) -> None:
        """Merge mentions that no event holds yet (a migrated version-1 database) into events."""
        rows = find_rows(
            self._con,
            "SELECT * FROM mentions m WHERE NOT EXISTS"
            " (SELECT 1 FROM event_sources s WHERE s.mention_id = m.mention_id)",
        )
        if not rows:
            return
        self._con.execute("BEGIN TRANSACTION")
        try:
            assignments = place_mentions(self._con, [to_mention_key(r) for r in rows], {}, self.rules)
            write_assignments(self._con, assignments, self.rules, "schema-v1")
            refresh_events(self._con, {a.event_id for a in assignments})
            refresh_actors(self._con, None)
            self._con.execute("COMMIT")
        except duckdb.Error:
            self._rollback()
            raise

    def rebuild_events(self) -> int:
        """Forget every merge and place all mentions again, in canonical order; return the event count.

        Use it after changing :class:`~dotterel.dedupe.DedupeRules` (event ids may change).
        """
        self._con.execute("BEGIN TRANSACTION")
        try:
            self._con.execute("DELETE FROM event_sources")
            self._con.execute("DELETE FROM events")
            self._con.execute("COMMIT")
        except duckdb.Error as error:
            self._rollback()
            raise StoreError(f"{self.path}: cannot rebuild events: {error}") from error
        self._place_unplaced_mentions()
        return self.counts()["events"]

    def _start_run(self, run: RunInfo) -> str:
        run_id = to_run_id()
        row = run.to_row(run_id)
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self._con.execute(
            f"INSERT INTO runs ({names}, started_at) VALUES ({marks}, current_timestamp)", list(row.values())
        )
        return run_id

    def _finish_run(self, run_id: str, summary: WriteSummary) -> None:
        self._con.execute(
            "UPDATE runs SET finished_at = current_timestamp, articles = ?, mentions = ?, rejects = ?"
            " WHERE run_id = ?",
            [summary.articles, summary.events, summary.rejects, run_id],
        )

    def _rollback(self) -> None:
        with contextlib.suppress(duckdb.Error):  # no transaction was open
            self._con.execute("ROLLBACK")

    def events(
        self,
        source: str | None = None,
        target: str | None = None,
        dyad: str | None = None,
        type: str | None = None,
        cameo: str | None = None,
        quad_class: int | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        min_confidence: float | None = None,
        limit: int | None = None,
        offset: int = 0,
        **more: Any,
    ) -> pd.DataFrame:
        """Return the merged events passing the filters as a DataFrame, one flat row per event, oldest first.

        ``source``/``target`` match a country code, actor id or actor name; ``dyad`` is a directed
        ``"USA-IRN"``; ``cameo`` a code prefix; ``since``/``until`` are inclusive ``YYYY-MM-DD`` bounds;
        ``more`` takes the other :class:`EventFilter` fields (``actor``, ``country``, ``place``, ``bbox``,
        ``modality``, ``min_mentions``). ``evidence`` (of the representative mention) is JSON text.
        """
        select = EventFilter(
            source, target, dyad, type, cameo, quad_class, since, until, min_confidence, limit, offset, **more
        )
        sql, params = to_event_query(select)
        return self._con.execute(sql, params).df()

    def mentions(self, select: EventFilter | None = None) -> pd.DataFrame:
        """Return the mentions (one coded event per article) passing ``select``, with ``merged_event_id``."""
        sql, params = to_event_query(select or EventFilter(), "mention_view")
        return self._con.execute(sql, params).df()

    def event_records(self, select: EventFilter | None = None) -> list[dict[str, Any]]:
        """Return the merged events passing ``select`` as contract records (the JSONL form), oldest first.

        Each record is the event record of the contract (``event_id`` the event's id; ``article_id``,
        ``evidence`` and ``rule`` those of its representative mention) followed by ``num_mentions``,
        ``num_articles`` and ``num_sources``.
        """
        sql, params = to_event_query(select or EventFilter())
        return [to_event_record(row) for row in find_rows(self._con, sql, params)]

    def mention_records(self, select: EventFilter | None = None) -> list[dict[str, Any]]:
        """Return the mentions passing ``select`` as contract records, as ``dotterel code`` gave them."""
        sql, params = to_event_query(select or EventFilter(), "mention_view")
        return [to_record(row) for row in find_rows(self._con, sql, params)]

    def explain(self, identifier: str) -> dict[str, Any]:
        """Return an event (by event id, or by the id of one of its mentions) with its mentions and why.

        Returns:
            ``{"event": record, "rule": merge rule id, "mentions": [...]}``; each mention has its id,
            article, publisher, role (``founded``/``joined``/``kept``), the reason and its contract record.

        Raises:
            InputError: no event or mention has that id.
        """
        return read_explanation(self._con, identifier, str(self.path), self.rules.version)

    def iter_articles(
        self, since: str | dt.date | None = None, until: str | dt.date | None = None
    ) -> Iterator[Article]:
        """Yield the stored articles (text and provenance, no coding) dated within the bounds, by date, id."""
        clauses, params = ["(date, id) > (?, ?)"], [dt.date.min, ""]
        for bound, operator in ((since, ">="), (until, "<=")):
            if bound is not None:
                clauses.append(f"date {operator} ?")
                params.append(to_date(bound))
        sql = f"SELECT * FROM articles WHERE {' AND '.join(clauses)} ORDER BY date, id LIMIT {CHUNK_ARTICLES}"
        while rows := find_rows(self._con, sql, params):  # one page per query: safe between writes
            yield from (to_article(row) for row in rows)
            params[:2] = [rows[-1]["date"], rows[-1]["id"]]

    def rejects(self) -> pd.DataFrame:
        """Return the stored rejects as a DataFrame (origin, stage, reason, article id, text sha1)."""
        return self._con.execute("SELECT * FROM rejects ORDER BY origin, stage").df()

    def runs(self) -> pd.DataFrame:
        """Return the runs (command, version, stages, knowledge fingerprint, counts), oldest first."""
        return self._con.execute("SELECT * FROM runs ORDER BY started_at, run_id").df()

    def counts(self) -> dict[str, int]:
        """Return the number of ``articles``, merged ``events`` and ``rejects``."""
        return {table: self._count(table) for table in ("articles", "events", "rejects")}

    def table_counts(self) -> dict[str, int]:
        """Return the number of rows of every table."""
        tables = ("articles", "mentions", "events", "event_sources", "actors", "rejects", "runs")
        return {table: self._count(table) for table in tables}

    def _count(self, table: str) -> int:
        return int(self._con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])
