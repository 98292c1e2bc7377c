"""Cost of the small-town table against the gazetteer, in one process.

Usage::

    .venv/bin/python bench/small_towns.py            # 19 distinct questions after the first
    .venv/bin/python bench/small_towns.py --parse    # also what parsing the whole 500+ file would cost

Measured in this order, in one fresh process: the gazetteer build (``load_gazetteer``: the 15,000+ file,
countries, divisions), then the small-town table's construction (no I/O), its first question (the file is
memory-mapped and scanned once), and the further questions (each a scan of the mapped file for one name;
names of towns of several countries). Printed: CPU and wall seconds of each step, the process's resident
memory after each step (Linux ``VmRSS``: the mapped file's pages count while they stay in memory, they are
shared with every process that maps it and the kernel may drop them), and the ratios to the gazetteer build.
With ``--parse``: the same for ``json.load`` of the whole 500+ file (what a table built up front would cost
at the least, before any index).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dotterel.knowledge.gazetteer import load_gazetteer
from dotterel.knowledge.geonames import find_geonames_dir
from dotterel.knowledge.small_towns import SMALL_TOWN_FILE, load_small_town_table

QUESTIONS = [
    ("Kankara", "NG"), ("Darak", "CM"), ("Pansi", "BF"), ("Commerce", "US"), ("Lampedusa", "IT"),
    ("Bonifacio", "FR"), ("Kake", "US"), ("Inates", "NE"), ("Sangha", "ML"), ("Dangdala", "TD"),
]  # fmt: skip


Row = tuple[str, float, float, float, float]


def read_rss_mb(key: str = "VmRSS") -> float:
    """Return a memory figure of this process in MB (``VmRSS``, ``RssAnon`` of ``/proc/self/status``)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{key}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def timed(step: str, action: Callable[[], Any], rows: list[Row]) -> Any:
    """Run ``action``, append (step, CPU s, wall s, RSS MB, anonymous RSS MB after) to ``rows``; return its
    result."""
    cpu, wall = time.process_time(), time.perf_counter()
    result = action()
    spent = (time.process_time() - cpu, time.perf_counter() - wall)
    rows.append((step, *spent, read_rss_mb(), read_rss_mb("RssAnon")))
    return result


def main(argv: list[str] | None = None) -> int:
    """Measure and print the table; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parse", action="store_true", help="also json.load the whole 500+ file")
    args = parser.parse_args(argv)
    rows: list[Row] = [("start", 0.0, 0.0, read_rss_mb(), read_rss_mb("RssAnon"))]
    timed("gazetteer build (load_gazetteer)", load_gazetteer, rows)
    table = timed("small-town table construction", load_small_town_table, rows)
    timed("first question (map + one scan)", lambda: table.resolve_town("Kankara", "NG"), rows)
    asked = [(name, code, admin) for admin in (None, "XX") for name, code in QUESTIONS][1:]  # none cached
    timed(
        f"{len(asked)} further questions",
        lambda: [table.resolve_town(n, c, a) for n, c, a in asked],
        rows,
    )
    if args.parse:
        path = find_geonames_dir() / SMALL_TOWN_FILE
        timed(f"json.load of {SMALL_TOWN_FILE} (comparison)", lambda: json.loads(path.read_bytes()), rows)
    gazetteer_cpu, gazetteer_wall = rows[1][1], rows[1][2]
    print(f"{'step':44} {'CPU s':>7} {'wall s':>7} {'RSS MB':>7} {'anon MB':>7} {'CPU/gaz':>7}")
    for step, cpu, wall, rss, anon in rows:
        print(f"{step:44} {cpu:7.3f} {wall:7.3f} {rss:7.1f} {anon:7.1f} {cpu / gazetteer_cpu:7.3f}")
    per_question = rows[4][1] / max(1, len(asked))
    print(f"CPU per further question: {per_question * 1000:.1f} ms (a repeated question is cached)")
    print(f"gazetteer build: {gazetteer_cpu:.2f} s CPU, {gazetteer_wall:.2f} s wall")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
