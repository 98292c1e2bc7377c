"""Latency of the REST API and the dashboard pages on a store holding the whole current-events stream.

    .venv/bin/python bench/api_latency.py                      # codes the stream into /tmp/cep.duckdb first
    .venv/bin/python bench/api_latency.py --db events.duckdb   # reuse a store

Starts the app with uvicorn on a free 127.0.0.1 port, warms it up, then sends a bounded number of requests per
URL over HTTP (keep-alive, one client) and prints p50/p95/max in milliseconds: filtered pages of
``GET /api/events`` (the issue's target: under 100 ms), a deep cursor page, CSV, the other read routes and
every dashboard page (target: under a second).
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from dotterel.rest import ServerConfig, create_app

STREAM = Path(__file__).resolve().parents[2] / "shared/data/current-events-2019-2020/cep_items.seed.txt"
API_URLS = [
    "/api/events?dyad=USA-IRN&since=2019-12-25",
    "/api/events?dyad=USA-IRN&since=2019-12-20&until=2020-01-15&limit=50",
    "/api/events?country=IRQ&type=ASSAULT&limit=50",
    "/api/events?actor=IRN&quad_class=4&limit=100",
    "/api/events?cameo=19&since=2020-01-01&limit=100",
    "/api/events?bbox=38,29,49,38&limit=100",
    "/api/events?place=Baghdad",
    "/api/events?limit=500",
    "/api/events?limit=100&format=csv",
    "/api/events?mentions=true&dyad=USA-IRN",
    "/api/actors?q=iran",
    "/api/series?dyad=USA-IRN&dyad=IRN-USA&by=week",
    "/api/series?top=20&by=month",
]
PAGE_URLS = ["/", "/events?actor=IRN", "/dyads/USA-IRN", "/dyads/USA-IRN?by=day", "/alerts", "/docs"]


def build_store(db: Path) -> None:
    """Code the current-events stream into ``db`` with the installed dotterel (a few minutes)."""
    print(f"coding {STREAM} into {db} …", file=sys.stderr)
    dotterel = Path(sys.executable).with_name("dotterel")
    subprocess.run([str(dotterel), "code", str(STREAM), "--db", str(db), "--format", "jsonl"], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip


def start_server(db: Path) -> tuple[uvicorn.Server, threading.Thread, str]:
    """Start the app on a free loopback port in a thread; return the server, its thread and its base URL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(ServerConfig(db=db)), host="127.0.0.1", port=port,
                                           log_level="warning"))  # fmt: skip
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{port}"


def measure(client: httpx.Client, url: str, repeats: int) -> list[float]:
    """Return the latencies (ms) of ``repeats`` GETs of ``url`` after two warm-up requests."""
    for _ in range(2):
        client.get(url).raise_for_status()
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        response.raise_for_status()
    return timings


def main() -> None:
    """Build or open the store, measure every URL, print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, default=Path("/tmp/cep.duckdb"))
    parser.add_argument("--repeats", type=int, default=30, help="requests per URL (bounded)")
    args = parser.parse_args()
    if not args.db.exists():
        build_store(args.db)
    server, thread, base = start_server(args.db)
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            first = client.get("/api/events?dyad=USA-IRN&limit=1").json()["events"]
            ids = [first[0]["event_id"]] if first else []
            urls = API_URLS + PAGE_URLS + [f"/api/events/{i}" for i in ids] + [f"/events/{i}" for i in ids]
            page = client.get("/api/events?limit=100").json()
            for _ in range(20):  # walk 20 pages deep for a late cursor
                if not page["next_cursor"]:
                    break
                cursor = page["next_cursor"]
                page = client.get(f"/api/events?limit=100&cursor={cursor}").json()
            urls.insert(8, f"/api/events?limit=100&cursor={cursor}")
            print(f"{'url':<78} {'p50':>7} {'p95':>7} {'max':>7}  (ms, {args.repeats} requests each)")
            for url in urls:
                timings = sorted(measure(client, url, args.repeats))
                p95 = timings[min(len(timings) - 1, int(0.95 * len(timings)))]
                label = url if len(url) <= 78 else url[:75] + "…"
                print(f"{label:<78} {statistics.median(timings):7.1f} {p95:7.1f} {timings[-1]:7.1f}")
    finally:
        server.should_exit = True
        thread.join(timeout=10)


if __name__ == "__main__":
    main()
