"""The same Pipeline over partitions of the input on a Dask cluster, written as partitioned Parquet.

``dotterel code 'archive/*.jsonl' --dask tcp://scheduler:8786 --out parquet_dir/`` reads the input on the
client, cuts it into partitions of ``partition_size`` items (articles and ingest rejects, in input order) and
sends each partition to a worker, which codes it with its own pipeline (built once per worker process, then
batched through ``nlp.pipe`` per partition) and returns three Arrow tables with the store's schemas. The
client writes them, each file atomically, under ``out/articles``, ``out/events`` and ``out/rejects`` as
``part-NNNNNN.parquet``, and keeps ``out/manifest.json``: for each partition its key (a hash of its items),
and how many items, articles, events and rejects it holds.

- A worker that dies (killed, out of memory) loses its partition; the scheduler runs it again elsewhere, and
  a task that raises is retried ``retries`` times.
- A re-run over the same input skips every partition whose key is in the manifest and whose files exist;
  partitions of an earlier, longer input are dropped, so the directory always describes this input.
- Every input item lands in exactly one partition, and a partition's files are written once per run, so every
  article is in ``articles`` (with its events in ``events``) or in ``rejects``, exactly once.

``dotterel load DIR --db F`` brings the directory into a :class:`~dotterel.store.Store` (see
:func:`read_partitions`); loading twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import count, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dotterel.errors import InputError
from dotterel.model import Action, Actor, Article, Event, Evidence, Place, Reject, Span

if TYPE_CHECKING:
    from dotterel.pipeline import Pipeline
    from dotterel.settings import Settings

Item = Article | Reject
MANIFEST = "manifest.json"
FORMAT = "dotterel-partitions"
TABLES: tuple[str, ...] = ("articles", "events", "rejects")
DEFAULT_PARTITION_SIZE = 256
IN_FLIGHT_PER_WORKER = 2
MANIFEST_EVERY_SECONDS = 5.0

_pipelines: dict[Settings, Pipeline] = {}
_pipeline_lock = threading.Lock()


@dataclass(frozen=True)
class Partition:
    """A slice of the input: its position, its name and key, and its items."""

    index: int
    items: list[Item]

    @property
    def name(self) -> str:
        """The file stem of the partition, ``part-NNNNNN``."""
        return f"part-{self.index:06d}"

    @property
    def key(self) -> str:
        """A hash of the partition's items (ids of articles, origin and reason of rejects)."""
        digest = hashlib.sha1()
        for item in self.items:
            if isinstance(item, Article):
                marker = f"A{item.id}"
            else:
                marker = f"R{item.origin}|{item.stage}|{item.reason}"
            digest.update(marker.encode("utf-8", "surrogatepass") + b"\n")
        return digest.hexdigest()[:20]


@dataclass(frozen=True)
class RunSummary:
    """What one cluster run did: partitions coded and skipped, and the counts over all partitions."""

    partitions: int
    coded: int
    skipped: int
    articles: int
    events: int
    rejects: int


def find_partitions(items: Iterable[Item], size: int = DEFAULT_PARTITION_SIZE) -> Iterator[Partition]:
    """Cut a stream of items into partitions of ``size`` items, in order."""
    iterator = iter(items)
    for index in count():
        chunk = list(islice(iterator, size))
        if not chunk:
            return
        yield Partition(index, chunk)


@contextmanager
def connect(address: str, workers: int = 2) -> Iterator[Any]:
    """Yield a Dask client; ``local`` starts (and then stops) a LocalCluster of ``workers`` processes.

    Raises:
        InputError: the scheduler at ``address`` cannot be reached.
    """
    from distributed import Client, LocalCluster

    if address == "local":
        cluster = LocalCluster(
            n_workers=max(workers, 1), threads_per_worker=1, processes=True, dashboard_address=None
        )
        with cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout="20s")
    except OSError as error:
        raise InputError("--dask", f"cannot reach the Dask scheduler at {address}: {error}") from error
    with client:
        yield client


def warm_up(client: Any, settings: Settings) -> None:
    """Build the pipeline on every worker now (else the first partition on each worker does)."""
    client.run(_to_worker_pipeline, settings)


# ---- on the workers -------------------------------------------------------------------------------------
def code_partition(items: list[Item], settings: Settings) -> dict[str, Any]:
    """Code one partition with this worker's pipeline; return its Arrow tables by name (runs on a worker).

    The pipeline is built once per worker process and per settings; a lock keeps one partition at a time in
    it (run workers with one thread: spaCy holds the GIL).
    """
    with _pipeline_lock:
        return to_tables(_to_worker_pipeline(settings).code_articles(items))


def _to_worker_pipeline(settings: Settings) -> Pipeline:
    """Return this process's pipeline for ``settings``, building it the first time."""
    from dotterel.pipeline import Pipeline

    pipeline = _pipelines.get(settings)
    if pipeline is None:
        pipeline = _pipelines[settings] = Pipeline.from_settings(settings)
    return pipeline


def to_tables(results: Iterable[Item]) -> dict[str, Any]:
    """Return the ``articles``, ``events`` and ``rejects`` Arrow tables of coded results (store schemas)."""
    from dotterel.store import records

    articles: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    rejects: list[dict[str, Any]] = []
    for item in results:
        if isinstance(item, Article):
            articles.append(records.to_article_row(item))
            events.extend(records.to_event_row(event) for event in item.events)
        else:
            rejects.append(records.to_reject_row(item))
    return {
        "articles": records.to_arrow_table(articles, records.ARTICLE_COLUMNS),
        "events": records.to_arrow_table(events, records.EVENT_COLUMNS),
        "rejects": records.to_arrow_table(rejects, records.REJECT_COLUMNS),
    }


# ---- on the client --------------------------------------------------------------------------------------
def code_on_dask(
    items: Iterable[Item],
    out: Path,
    client: Any,
    settings: Settings,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    retries: int = 2,
    on_partition: Callable[[Partition, dict[str, Any]], None] | None = None,
) -> RunSummary:
    """Code ``items`` on the cluster behind ``client`` into partitioned Parquet under ``out``.

    Args:
        items: articles and ingest rejects (read on the client, sent to the workers by partition).
        out: the output directory (created; a manifest already there makes this run a resumption).
        client: a ``distributed.Client``.
        settings: the settings every worker builds its pipeline from.
        partition_size: items per partition (one task, one ``nlp.pipe`` run, one file per table).
        retries: how many times a task that raised is run again.
        on_partition: called on the client with each partition coded in this run and its tables.
    """
    from distributed import as_completed

    writer = PartitionWriter(out, partition_size)
    window = max(1, sum(client.nthreads().values())) * IN_FLIGHT_PER_WORKER
    running: dict[Any, Partition] = {}
    done = as_completed()
    try:
        for partition in find_partitions(items, partition_size):
            if writer.is_written(partition):
                continue
            key = f"dotterel-{partition.name}-{partition.key}"
            future = client.submit(code_partition, partition.items, settings, key=key, retries=retries)
            running[future] = partition
            done.add(future)
            while len(running) >= window:
                _collect(next(done), running, writer, on_partition)
        for future in done:
            _collect(future, running, writer, on_partition)
    finally:
        client.cancel(list(running))
        writer.flush()
    return writer.finish()


def _collect(
    future: Any,
    running: dict[Any, Partition],
    writer: PartitionWriter,
    on_partition: Callable[[Partition, dict[str, Any]], None] | None,
) -> None:
    partition = running.pop(future)
    tables = future.result()
    future.release()
    writer.write(partition, tables)
    if on_partition is not None:
        on_partition(partition, tables)


class PartitionWriter:
    """Write partitions' tables atomically and keep the manifest (the client is the only writer)."""

    def __init__(self, out: Path, partition_size: int) -> None:
        self.out = Path(out)
        for table in TABLES:
            (self.out / table).mkdir(parents=True, exist_ok=True)
        self.manifest = load_manifest(self.out) if (self.out / MANIFEST).is_file() else {}
        self.entries: dict[str, dict[str, Any]] = dict(self.manifest.get("partitions", {}))
        self.partition_size = partition_size
        self.seen: set[str] = set()
        self.coded = 0
        self._flushed = time.monotonic()

    def is_written(self, partition: Partition) -> bool:
        """Record the partition as part of this input; True when an earlier run already wrote it."""
        self.seen.add(partition.name)
        entry = self.entries.get(partition.name)
        return bool(entry and entry["key"] == partition.key and self._files_exist(partition.name))

    def write(self, partition: Partition, tables: dict[str, Any]) -> None:
        """Write the partition's three Parquet files, then enter it in the manifest."""
        import pyarrow.parquet as pq

        for table in TABLES:
            path = self.out / table / f"{partition.name}.parquet"
            temporary = path.with_suffix(f".tmp{os.getpid()}")
            pq.write_table(tables[table], temporary)
            os.replace(temporary, path)
        counts = {table: tables[table].num_rows for table in TABLES}
        self.entries[partition.name] = {"key": partition.key, "items": len(partition.items), **counts}
        self.coded += 1
        if time.monotonic() - self._flushed > MANIFEST_EVERY_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write the manifest (atomically)."""
        manifest = {
            "format": FORMAT,
            "version": 1,
            "partition_size": self.partition_size,
            "tables": list(TABLES),
            "partitions": dict(sorted(self.entries.items())),
        }
        temporary = self.out / f"{MANIFEST}.tmp"
        temporary.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
        os.replace(temporary, self.out / MANIFEST)
        self._flushed = time.monotonic()

    def finish(self) -> RunSummary:
        """Drop partitions this input no longer has, write the manifest, return the run's summary."""
        for name in [name for name in self.entries if name not in self.seen]:
            del self.entries[name]
            for table in TABLES:
                (self.out / table / f"{name}.parquet").unlink(missing_ok=True)
        self.flush()
        totals = {table: sum(e[table] for e in self.entries.values()) for table in TABLES}
        return RunSummary(len(self.entries), self.coded, len(self.seen) - self.coded, **totals)

    def _files_exist(self, name: str) -> bool:
        return all((self.out / table / f"{name}.parquet").is_file() for table in TABLES)


# ---- reading a partitioned run back ---------------------------------------------------------------------
def load_manifest(out: Path) -> dict[str, Any]:
    """Read ``out/manifest.json``.

    Raises:
        InputError: there is no manifest, or it is not one of ours.
    """
    path = Path(out) / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(str(path), f"not a dotterel partition manifest: {error}") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InputError(str(path), f"not a dotterel partition manifest (format is not {FORMAT!r})")
    return manifest


def read_partitions(out: Path) -> Iterator[Item]:
    """Yield the coded articles (with their events) and the rejects of every partition in the manifest.

    Raises:
        InputError: the manifest is missing or names a file that is not there.
    """
    import pyarrow.parquet as pq

    from dotterel.store.records import to_record

    for name in load_manifest(out)["partitions"]:
        paths = {table: Path(out) / table / f"{name}.parquet" for table in TABLES}
        missing = [str(path) for path in paths.values() if not path.is_file()]
        if missing:
            raise InputError(missing[0], "listed in the manifest but missing (re-run the cluster job)")
        by_article: dict[str, list[Event]] = {}
        for row in pq.read_table(paths["events"]).to_pylist():
            by_article.setdefault(row["article_id"], []).append(to_event(to_record(row)))
        for row in pq.read_table(paths["articles"]).to_pylist():
            yield _to_article(row, by_article.get(row["id"], []))
        for row in pq.read_table(paths["rejects"]).to_pylist():
            yield Reject(row["origin"], row["stage"], row["reason"], row["article_id"])


def load_into_store(out: Path, db: Path) -> dict[str, int]:
    """Write every partition under ``out`` into the store ``db`` (idempotent); return the store's counts."""
    from dotterel.store import Store

    with Store(db) as store:
        store.write(read_partitions(out))
        return store.counts()


def _to_article(row: dict[str, Any], events: list[Event]) -> Article:
    return Article(
        id=row["id"],
        date=row["date"],
        text=row["text"],
        title=row["title"],
        url=row["url"],
        source=row["source"],
        origin=row["origin"],
        events=events,
    )


def to_event(record: dict[str, Any]) -> Event:
    """Rebuild an :class:`~dotterel.model.Event` from its contract record (``to_dict`` gives it back).

    The trigger span, which the record does not carry, is the evidence's ``action`` span.
    """
    evidence = record["evidence"]
    spans = {key: Span(*value) for key, value in evidence.get("spans", {}).items()}
    return Event(
        event_id=record["event_id"],
        article_id=record["article_id"],
        article_date=dt.date.fromisoformat(record["article_date"]),
        trigger=spans.get("action", Span(evidence["start"], evidence["end"])),
        action=Action(
            record["type"], record["mode"], record["cameo"], record["goldstein"], record["quad_class"]
        ),
        source=Actor(**record["source"]) if record["source"] else None,
        target=Actor(**record["target"]) if record["target"] else None,
        evidence=Evidence(evidence["sentence"], evidence["start"], evidence["end"], spans),
        rule=record["rule"],
        confidence=record["confidence"],
        modality=record["modality"],
        date=dt.date.fromisoformat(record["date"]) if record["date"] else None,
        date_precision=record["date_precision"],
        place=Place(**record["place"]) if record["place"] else None,
        killed=record["killed"],
        injured=record["injured"],
        arrested=record.get("arrested"),
        abducted=record.get("abducted"),
        count_bounds=tuple((kind, bound) for kind, bound in (record.get("count_bounds") or {}).items()),
    )
