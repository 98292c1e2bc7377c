"""Read latency of the REST API while the same server ingests the current-events stream.

    .venv/bin/python bench/api_under_ingest.py                  # 10 minutes of ingest (the issue's figure)
    .venv/bin/python bench/api_under_ingest.py --minutes 1 --reference-seconds 20

The supported design under test: ``dotterel serve --db X`` (with DOTTEREL_API_KEY) is the only process that
holds the DuckDB file; articles reach it as ``POST /api/ingest`` batches (what ``dotterel code --server URL``
sends), and it codes and stores them while it answers reads on connections of their own.

Steps: start the server in a subprocess on a fresh temporary database; send it the first ``--seed`` articles
so reads have something to find; run a bounded load generator (``--clients`` threads, each one request at a
time with ``--think-ms`` between requests) on the read endpoints for ``--reference-seconds`` with no ingest
(the reference); then for ``--minutes`` with an ingest of the stream (cycled, re-coding replaces) running
beside it; then again with no ingest on the now larger store (the queries cost more on it, so the two
references bracket the effect of the ingest itself). Prints the reads served, the errors (any status
other than 200, or no answer), p50/p99/max latency of each phase, the ratios, and the ingest rate.
"""

from __future__ import annotations

import argparse
import itertools
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from dotterel.ingest import read_paths
from dotterel.model import Article, Reject
from dotterel.rest.client import send_articles

STREAM = Path(__file__).resolve().parents[2] / "shared/data/current-events-2019-2020/cep_items.seed.txt"
READ_URLS = [
    "/api/events?limit=50",
    "/api/events?dyad=USA-IRN&limit=50",
    "/api/events?country=IRQ&type=ASSAULT&limit=50",
    "/api/events?actor=AFG&quad_class=4&limit=100",
    "/api/events?cameo=19&limit=100",
    "/api/events?mentions=true&limit=50",
    "/api/actors?q=iran",
    "/api/series?top=5&by=month",
]


@dataclass
class Reads:
    """What the load generator saw in one phase: latencies (ms) of answered reads and the errors."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, latency: float, error: str | None) -> None:
        """Record one read."""
        with self.lock:
            (self.errors.append(error) if error else self.latencies.append(latency))


def start_server(db: Path, key: str, coding_workers: int) -> tuple[subprocess.Popen[bytes], str]:
    """Start ``dotterel serve`` on a free loopback port; return the process and its URL once it answers."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dotterel = Path(sys.executable).with_name("dotterel")
    command = [str(dotterel), "serve", "--db", str(db), "--port", str(port)]
    command += ["--coding-workers", str(coding_workers)]
    process = subprocess.Popen(command, env={**os.environ, "DOTTEREL_API_KEY": key})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/api/events?limit=1", timeout=5).status_code == 200:
                return process, base
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            raise SystemExit(f"the server stopped (exit {process.returncode})")
        time.sleep(0.5)
    process.kill()
    raise SystemExit("the server did not answer within 120 s")


def read_stream(limit: int | None = None) -> list[Article]:
    """Return the stream's articles (the first ``limit`` when given)."""
    articles = [item for item in read_paths([str(STREAM)]) if isinstance(item, Article)]
    return articles[:limit] if limit else articles


def generate_load(base: str, reads: Reads, stop: threading.Event, clients: int, think: float) -> None:
    """Run ``clients`` threads that GET the read URLs one at a time until ``stop`` is set."""

    def client_loop(offset: int) -> None:
        urls = itertools.islice(itertools.cycle(READ_URLS), offset, None)
        with httpx.Client(base_url=base, timeout=60) as client:
            for url in urls:
                if stop.is_set():
                    return
                start = time.perf_counter()
                try:
                    status = client.get(url).status_code
                    error = None if status == 200 else f"{status} {url}"
                except httpx.HTTPError as failure:
                    error = f"{type(failure).__name__} {url}"
                reads.add((time.perf_counter() - start) * 1000, error)
                stop.wait(think)

    threads = [threading.Thread(target=client_loop, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def cycle_articles(articles: list[Article], until: float) -> Iterator[Article | Reject]:
    """Yield the articles over and over until the monotonic clock passes ``until``."""
    for article in itertools.cycle(articles):
        if time.monotonic() >= until:
            return
        yield article


def run_phase(
    base: str, seconds: float, args: argparse.Namespace, ingest: list[Article] | None
) -> tuple[Reads, float]:
    """Measure reads for ``seconds`` (with an ingest of ``ingest`` beside them when given); return them and
    the phase's length (the last batch may end after ``seconds``)."""
    reads, stop = Reads(), threading.Event()
    load_args = (base, reads, stop, args.clients, args.think_ms / 1000)
    load = threading.Thread(target=generate_load, args=load_args)
    load.start()
    started = time.monotonic()
    if ingest is None:
        stop.wait(seconds)
    else:
        stored = sent = 0
        for batch in send_articles(cycle_articles(ingest, started + seconds), base, args.key, args.batch):
            stored += batch.summary.get("articles", 0)
            sent += batch.summary.get("articles", 0) + len(batch.rejects)
        took = time.monotonic() - started
        print(f"ingest: {stored} articles stored in {took:.0f} s ({stored / took:.1f} articles/s, "
              f"batches of {args.batch})")  # fmt: skip
    stop.set()
    load.join()
    return reads, time.monotonic() - started


def to_summary(name: str, reads: Reads, seconds: float) -> tuple[float, float]:
    """Print one phase's line; return its p50 and p99 (ms)."""
    timings = sorted(reads.latencies) or [float("nan")]

    def pick(q: float) -> float:
        return timings[min(len(timings) - 1, int(q * len(timings)))]

    p50, p99 = pick(0.50), pick(0.99)
    print(
        f"{name:<12} reads {len(reads.latencies):6d} ({len(reads.latencies) / seconds:5.1f}/s)  errors "
        f"{len(reads.errors):3d}  p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  max {timings[-1]:7.1f} ms"
    )
    for error in sorted(set(reads.errors))[:5]:
        print(f"    error: {error}")
    return p50, p99


def main() -> None:
    """Start the server, seed it, measure reads without and with an ingest, print the figures."""
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--minutes", type=float, default=10.0, help="length of the ingest phase")
    parser.add_argument("--reference-seconds", type=float, default=60.0, help="reads with no ingest")
    parser.add_argument("--clients", type=int, default=4, help="concurrent read clients (bounded load)")
    parser.add_argument("--think-ms", type=float, default=50.0, help="pause of each client between reads")
    parser.add_argument("--batch", type=int, default=50, help="articles per POST /api/ingest")
    parser.add_argument("--seed", type=int, default=500, help="articles stored before measuring")
    parser.add_argument(
        "--coding-workers", type=int, default=1, help="0: the server codes in its own process"
    )
    args = parser.parse_args()
    args.key = secrets.token_urlsafe(16)
    with tempfile.TemporaryDirectory(prefix="dotterel-bench-") as folder:
        process, base = start_server(Path(folder) / "events.duckdb", args.key, args.coding_workers)
        try:
            articles = read_stream()
            for _ in send_articles(articles[: args.seed], base, args.key, args.batch):
                pass
            print(f"server {base} ({args.coding_workers} coding workers): seeded with {args.seed} articles; "
                  f"{args.clients} read clients, "
                  f"{args.think_ms:.0f} ms think time; {len(articles)} articles in the stream")  # fmt: skip
            reference = run_phase(base, args.reference_seconds, args, None)
            during = run_phase(base, args.minutes * 60, args, articles[args.seed :] + articles[: args.seed])
            after = run_phase(base, args.reference_seconds, args, None)
            ref50, ref99 = to_summary("no ingest", *reference)
            p50, p99 = to_summary("with ingest", *during)
            end50, end99 = to_summary("no ingest, after (larger store)", *after)
            print(f"ratio with / without ingest: p50 x{p50 / ref50:.2f}, p99 x{p99 / ref99:.2f} (before); "
                  f"p50 x{p50 / end50:.2f}, p99 x{p99 / end99:.2f} (after)")  # fmt: skip
        finally:
            process.terminate()
            process.wait(timeout=30)


if __name__ == "__main__":
    main()
