"""Dask: partitions coded on a real 2-process LocalCluster, one worker killed mid-run; load is idempotent.

Every input item must come out exactly once (in ``articles`` or in ``rejects``), with the events one process
codes; a re-run writes nothing; ``load`` twice gives the store a direct write gives.
"""

from __future__ import annotations

import os
import signal
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from dotterel.distributed import (
    TABLES,
    Partition,
    code_on_dask,
    connect,
    find_partitions,
    load_into_store,
    load_manifest,
    read_partitions,
    to_event,
)
from dotterel.errors import InputError
from dotterel.model import Article, Reject
from dotterel.pipeline import Pipeline
from dotterel.settings import Settings
from dotterel.store import Store
from tests.test_parallel import fresh, to_items
from tests.test_prefilter import to_results

PARTITION_SIZE = 12


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A LocalCluster of 2 single-thread worker processes."""
    with connect("local", workers=2) as dask_client:
        yield dask_client


@pytest.fixture(scope="module")
def items() -> list[Article | Reject]:
    """Current-events items, the seed article, an ingest reject and an article the NLP stage rejects."""
    return to_items()[:120]


@pytest.fixture(scope="module")
def run(
    client: Any, items: list[Article | Reject], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    """Code the items on the cluster, killing a busy worker once the first partition is back."""
    out = tmp_path_factory.mktemp("cluster") / "parquet"
    killed: dict[str, Any] = {}

    def kill_a_busy_worker(partition: Partition, tables: dict[str, Any]) -> None:
        busy = {address: keys for address, keys in client.processing().items() if keys}
        if killed or not busy:
            return
        address, keys = next(iter(busy.items()))
        pid = client.run(os.getpid, workers=[address])[address]
        killed.update(address=address, keys=list(keys), pid=pid)
        os.kill(pid, signal.SIGKILL)

    summary = code_on_dask(
        fresh(items), out, client, Settings(), partition_size=PARTITION_SIZE, on_partition=kill_a_busy_worker
    )
    return {"out": out, "summary": summary, "killed": killed}


def test_every_item_comes_out_exactly_once_although_a_worker_was_killed(
    run: dict[str, Any], items: list[Article | Reject], client: Any
) -> None:
    assert run["killed"], "no worker was busy when the first partition came back"
    client.wait_for_workers(2, timeout=60)  # the nanny restarted the killed worker
    assert run["killed"]["pid"] not in client.run(os.getpid).values()
    out: Path = run["out"]
    names = list(load_manifest(out)["partitions"])
    assert names == [f"part-{i:06d}" for i in range((len(items) + PARTITION_SIZE - 1) // PARTITION_SIZE)]
    article_ids = Counter(row["id"] for n in names for row in _rows(out, "articles", n))
    reject_origins = Counter(row["origin"] for n in names for row in _rows(out, "rejects", n))
    expected_ids = Counter(i.id for i in items if isinstance(i, Article) and i.id != "too-long")
    assert article_ids == expected_ids
    assert reject_origins == Counter(["feed.jsonl:8", "feed.jsonl:41"])
    assert run["summary"].articles + run["summary"].rejects == len(items)


def test_cluster_events_are_the_events_of_one_process(
    run: dict[str, Any], items: list[Article | Reject]
) -> None:
    expected = to_results(Pipeline.from_settings(Settings()).code_articles(fresh(items)))
    coded = to_results(read_partitions(run["out"]))
    assert sorted(r for r in coded if r[0] == "article") == sorted(r for r in expected if r[0] == "article")
    assert sum(len(r[2]) for r in coded if r[0] == "article") > 50


def test_rerun_skips_every_partition_already_written(
    run: dict[str, Any], items: list[Article | Reject], client: Any
) -> None:
    again = code_on_dask(fresh(items), run["out"], client, Settings(), partition_size=PARTITION_SIZE)
    assert (again.coded, again.skipped) == (0, run["summary"].partitions)
    shorter = code_on_dask(fresh(items[:36]), run["out"], client, Settings(), partition_size=PARTITION_SIZE)
    assert (shorter.partitions, shorter.coded) == (3, 0)  # partitions beyond the input are dropped
    assert not (run["out"] / "events" / "part-000003.parquet").exists()
    code_on_dask(fresh(items), run["out"], client, Settings(), partition_size=PARTITION_SIZE)


def test_load_twice_gives_the_store_of_a_direct_write(
    run: dict[str, Any], items: list[Article | Reject], tmp_path: Path
) -> None:
    direct = tmp_path / "direct.duckdb"
    with Store(direct) as store:
        store.write(Pipeline.from_settings(Settings()).code_articles(fresh(items)))
        expected = (store.counts(), store.event_records())
    loaded = tmp_path / "loaded.duckdb"
    assert load_into_store(run["out"], loaded) == load_into_store(run["out"], loaded) == expected[0]
    with Store(loaded, read_only=True) as store:
        assert store.event_records() == expected[1]


def test_event_records_survive_the_round_trip(run: dict[str, Any]) -> None:
    from dotterel.store.records import to_record

    rows = [row for n in load_manifest(run["out"])["partitions"] for row in _rows(run["out"], "events", n)]
    assert rows
    for row in rows:
        assert to_event(to_record(row)).to_dict() == to_record(row)


@pytest.mark.parametrize(("size", "count"), [(12, 10), (50, 3), (120, 1), (500, 1)])
def test_partitions_cut_the_input_in_order(items: list[Article | Reject], size: int, count: int) -> None:
    partitions = list(find_partitions(items, size))
    assert len(partitions) == count
    assert [i for p in partitions for i in p.items] == items
    assert len({p.key for p in partitions}) == count


def test_load_refuses_a_directory_without_manifest(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="manifest"):
        list(read_partitions(tmp_path))


def _rows(out: Path, table: str, name: str) -> list[dict[str, Any]]:
    assert table in TABLES
    return pq.read_table(out / table / f"{name}.parquet").to_pylist()
