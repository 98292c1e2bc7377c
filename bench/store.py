"""Benchmark of the event store alone: ingest speed, series query time, database size.

Usage::

    .venv/bin/python bench/store.py                       # codes the stream first (a few minutes)
    .venv/bin/python bench/store.py --coded events.duckdb # reuse a store that already holds the stream
    .venv/bin/python bench/store.py --events 200000       # a smaller synthetic store

1. Ingest: the current-events stream (11,275 items) coded once, then written to a new store with
   ``Store.write`` (articles, mentions, merging into events, actors, runs): articles/s of the store part
   alone, then the same write again (an idempotent re-ingest).
2. Series: a synthetic store of N merged events (default 1,000,000; 50 countries, 16 PLOVER types, two
   years, one mention and one article per event) built in SQL; the time of a zero-filled daily dyad series,
   a weekly top-20 dyads ranking, a normalised monthly series, and a full scan of the daily series view.
3. Size: the synthetic database's file size per million events (with a 200-character evidence sentence per
   mention), and the stream store's size scaled to a million events.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

from dotterel.aggregate import SeriesQuery, find_top_dyads, load_series
from dotterel.ingest import read_paths
from dotterel.model import Action, Actor, Article, Event, Evidence, Place, Span
from dotterel.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CURRENT_EVENTS = SHARED / "data" / "current-events-2019-2020" / "cep_items.seed.txt"
COUNTRIES: tuple[str, ...] = (
    "USA", "IRN", "IRQ", "ISR", "PSE", "SYR", "TUR", "RUS", "UKR", "CHN", "TWN", "IND", "PAK", "AFG", "SAU",
    "YEM", "EGY", "LBY", "SDN", "ETH", "SOM", "NGA", "MLI", "COD", "VEN", "COL", "MEX", "BRA", "GBR", "FRA",
    "DEU", "ITA", "ESP", "POL", "BLR", "ARM", "AZE", "GEO", "KOR", "PRK", "JPN", "PHL", "MMR", "THA", "IDN",
    "AUS", "CAN", "LBN", "JOR", "QAT",
)  # fmt: skip
TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    """Return (seconds, result) of one call."""
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def load_coded_stream(coded: Path | None) -> list[Article]:
    """Return the stream's articles with their events: coded now, or rebuilt from a store's mentions."""
    if coded is None:
        from dotterel.api import default_pipeline

        items = read_paths([CURRENT_EVENTS])
        seconds, articles = timed(
            lambda: [a for a in default_pipeline().code_articles(items) if isinstance(a, Article)]
        )
        print(f"coded the stream with the pipeline in {seconds:.0f} s (not part of the store figures)")
        return articles
    with Store(coded, read_only=True) as store:
        articles = {a.id: a for a in store.iter_articles()}
        for record in store.mention_records():
            articles[record["article_id"]].events.append(to_event(record))
    return list(articles.values())


def to_event(record: dict[str, Any]) -> Event:
    """Rebuild an Event from its contract record (spans from the evidence)."""
    import datetime as dt

    evidence = record["evidence"]
    spans = {key: Span(*value) for key, value in evidence["spans"].items()}
    sides = {side: Actor(**record[side]) if record[side] else None for side in ("source", "target")}
    day = dt.date.fromisoformat
    action = Action(
        record["type"], record["mode"], record["cameo"], record["goldstein"], record["quad_class"]
    )
    return Event(
        event_id=record["event_id"], article_id=record["article_id"],
        article_date=day(record["article_date"]), trigger=spans.get("action", Span(0, 0)), action=action,
        source=sides["source"], target=sides["target"],
        evidence=Evidence(evidence["sentence"], evidence["start"], evidence["end"], spans),
        rule=record["rule"], confidence=record["confidence"], modality=record["modality"],
        date=day(record["date"]) if record["date"] else None, date_precision=record["date_precision"],
        place=Place(**record["place"]) if record["place"] else None,
        killed=record["killed"], injured=record["injured"],
    )  # fmt: skip


def bench_ingest(articles: list[Article], folder: Path) -> Path:
    """Write the coded stream into a new store twice; print articles/s and the merge counts."""
    path = folder / "stream.duckdb"
    mentions = sum(len(a.events) for a in articles)
    with Store(path) as store:
        seconds, summary = timed(lambda: store.write(articles))
        again, _ = timed(lambda: store.write(articles))
        counts = store.table_counts()
    print(
        f"ingest: {len(articles):,} articles, {mentions:,} mentions -> {counts['events']:,} events "
        f"({summary.joined:,} mentions joined an earlier event) in {seconds:.2f} s: "
        f"{len(articles) / seconds:,.0f} articles/s, {mentions / seconds:,.0f} mentions/s"
    )
    rate = len(articles) / again
    print(f"re-ingest of the same articles (idempotent): {again:.2f} s, {rate:,.0f} articles/s")
    return path


def build_synthetic(path: Path, events: int) -> None:
    """Fill a new store with ``events`` merged events (one mention, one article each), in SQL."""
    with Store(path) as store:
        con = store.connection
        for name, values in (("c", COUNTRIES), ("t", TYPES)):
            con.execute(
                f"CREATE TEMP TABLE {name} AS SELECT unnest(?) AS value, generate_subscripts(?, 1) - 1 AS i",
                [list(values), list(values)],
            )
        con.execute(
            f"""CREATE TEMP TABLE g AS SELECT range AS n, lpad(to_hex(range), 16, '0') AS id,
                DATE '2019-01-01' + CAST(hash(range, 'd') % 730 AS INTEGER) AS day,
                CAST(hash(range, 's') % {len(COUNTRIES)} AS INTEGER) AS s,
                CAST(hash(range, 'o') % {len(COUNTRIES)} AS INTEGER) AS o,
                CAST(hash(range, 't') % {len(TYPES)} AS INTEGER) AS ty
            FROM range({events})"""
        )
        sentence = "x" * 200
        con.execute(
            f"""INSERT INTO articles (id, date, text, text_sha1, publisher, run_id)
            SELECT id, day, '{sentence}', id, 'P' || (n % 40), 'bench' FROM g"""
        )
        common = """g.id, g.id, g.day, g.day, 'day', sc.value, sc.value, sc.value, 'GOV', tc.value, tc.value,
            tc.value, 'GOV', t.value, t.i::VARCHAR, -10.0 + (t.i * 1.25), 1 + t.i // 4, 'asserted', 0.8"""
        columns = """{id}, article_id, article_date, date, date_precision, source_text, source_name,
            source_country, source_sector, target_text, target_name, target_country, target_sector, type,
            cameo, goldstein, quad_class, modality, confidence"""
        joins = "FROM g JOIN c sc ON sc.i = g.s JOIN c tc ON tc.i = g.o JOIN t ON t.i = g.ty"
        evidence = json.dumps({"sentence": sentence, "start": 0, "end": 200, "spans": {"action": [0, 4]}})
        con.execute(
            f"INSERT INTO mentions ({columns.format(id='mention_id')}, evidence, rule, run_id)"
            f" SELECT {common}, '{evidence}', 'bench.v1', 'bench' {joins}"
        )
        con.execute(
            f"INSERT INTO events ({columns.format(id='event_id')}, mention_id, num_mentions, num_articles,"
            f" num_sources, first_date, last_date, first_article_date, last_article_date)"
            f" SELECT {common}, g.id, 1, 1, 1, g.day, g.day, g.day, g.day {joins}"
        )
        con.execute(
            "INSERT INTO event_sources SELECT id, id, id, 'founded', 'bench', 'bench', 'bench' FROM g"
        )
        con.execute("CHECKPOINT")


def bench_series(path: Path, events: int) -> None:
    """Print the query times over the synthetic store."""
    with Store(path, read_only=True) as store:
        con = store.connection
        queries: list[tuple[str, Callable[[], Any]]] = [
            ("daily USA->IRN series, zero-filled, 2 years",
             lambda: load_series(con, SeriesQuery(dyads=(("USA", "IRN"),), by="day", measure="goldstein"))),
            ("weekly top-20 dyads by conflict",
             lambda: find_top_dyads(con, SeriesQuery(top=20, by="week", measure="conflict"))),
            ("weekly series of the top-20 dyads",
             lambda: load_series(con, SeriesQuery(top=20, by="week", measure="conflict"))),
            ("monthly USA->IRN, normalised by articles",
             lambda: load_series(con, SeriesQuery(dyads=(("USA", "IRN"),), by="month", normalise=True))),
            ("full scan of the series_country_day view",
             lambda: con.execute("SELECT count(*), sum(events) FROM series_country_day").fetchall()),
        ]  # fmt: skip
        for label, query in queries:
            query()  # warm
            seconds = min(timed(query)[0] for _ in range(3))
            print(f"series over {events:,} events: {label}: {seconds * 1000:,.0f} ms")


def main() -> None:
    """Run the three parts and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--coded", type=Path, help="a store that already holds the coded stream")
    parser.add_argument("--events", type=int, default=1_000_000, help="synthetic events for the series")
    parser.add_argument("--limit", type=int, help="only the first N stream items")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dotterel-bench-") as tmp:
        folder = Path(tmp)
        articles = load_coded_stream(args.coded)
        if args.limit:
            articles = list(islice(articles, args.limit))
        stream = bench_ingest(articles, folder)
        with Store(stream, read_only=True) as store:
            stream_events = store.counts()["events"]
        per_million = stream.stat().st_size / max(1, stream_events) * 1_000_000 / 2**20
        print(f"size: stream store {stream.stat().st_size / 2**20:.1f} MiB for {stream_events:,} events "
              f"(with article texts): {per_million:,.0f} MiB per million events")  # fmt: skip
        synthetic = folder / "synthetic.duckdb"
        seconds, _ = timed(lambda: build_synthetic(synthetic, args.events))
        size = synthetic.stat().st_size / 2**20
        print(f"synthetic store of {args.events:,} events built in {seconds:.1f} s: {size:,.0f} MiB, "
              f"{size / args.events * 1_000_000:,.0f} MiB per million events")  # fmt: skip
        bench_series(synthetic, args.events)


if __name__ == "__main__":
    main()
