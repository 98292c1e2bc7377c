"""Throughput of the whole dotterel pipeline against spaCy alone, in the same process.

Usage::

    .venv/bin/python bench/throughput.py           # first 2,000 current-events items; seed article x 200
    .venv/bin/python bench/throughput.py --quick   # 200 items; seed article x 20

For each corpus it runs ``nlp.pipe`` (the same model, the same batch size, the same texts) and then
``Pipeline.from_settings().code_articles``, and prints articles/s, words/s, the peak RSS of each run (Linux:
``VmHWM`` after resetting it through ``/proc/self/clear_refs``, so it includes both loaded models; elsewhere
``resource.getrusage``, the peak since the process started) and the peak of Python heap allocations during
each run (``tracemalloc``, in a second, untimed pass), with pipeline/spaCy ratios.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from dotterel.ingest import read_paths
from dotterel.model import Article
from dotterel.pipeline import Pipeline
from dotterel.settings import load_settings
from dotterel.stages.nlp import load_spacy_pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CURRENT_EVENTS = SHARED / "data" / "current-events-2019-2020" / "cep_items.seed.txt"
SEED = SHARED / "examples" / "seed-2020-01-02.txt"


@dataclass(frozen=True)
class Run:
    """One timed run: how many articles and words, how long, the peaks, and what came out."""

    articles: int
    words: int
    seconds: float
    peak_rss_mb: float
    heap_peak_mb: float
    events: int


def load_corpora(quick: bool) -> dict[str, list[Article]]:
    """Return the benchmark corpora by name."""
    items, copies = (200, 20) if quick else (2000, 200)
    current = [a for a in islice(read_paths([CURRENT_EVENTS]), items) if isinstance(a, Article)]
    seed = next(a for a in read_paths([SEED]) if isinstance(a, Article))
    repeated = [dataclasses.replace(seed, id=f"{seed.id}-{n}") for n in range(copies)]  # distinct carriers
    return {f"current-events x{len(current)}": current, f"seed article x{copies}": repeated}


def to_fresh(articles: list[Article]) -> list[Article]:
    """Return new carriers for the same texts (the pipeline fills the ones it is given)."""
    return [Article(id=a.id, date=a.date, text=a.text, origin=a.origin) for a in articles]


def reset_peak_rss() -> bool:
    """Reset the peak-RSS mark (Linux ``/proc/self/clear_refs``); return False where that is impossible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def to_peak_rss_mb() -> float:
    """Return the peak resident set size since the last reset (Linux ``VmHWM``), else since start, in MB."""
    status = Path("/proc/self/status")
    if status.exists():
        found = re.search(r"VmHWM:\s+(\d+) kB", status.read_text())
        if found:
            return int(found.group(1)) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux, bytes on macOS
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def measure(work: Callable[[list[Article]], int], articles: list[Article]) -> Run:
    """Time ``work`` over fresh copies of ``articles``; run it again under tracemalloc for the heap peak."""
    words = sum(len(a.text.split()) for a in articles)
    reset_peak_rss()
    started = time.perf_counter()
    events = work(to_fresh(articles))
    seconds = time.perf_counter() - started
    peak_rss = to_peak_rss_mb()
    tracemalloc.start()
    work(to_fresh(articles))
    heap_peak = tracemalloc.get_traced_memory()[1] / (1024 * 1024)
    tracemalloc.stop()
    return Run(len(articles), words, seconds, peak_rss, heap_peak, events)


def run_spacy(nlp: Any, batch_size: int) -> Callable[[list[Article]], int]:
    """Return a runner that parses the texts with ``nlp.pipe`` and keeps nothing."""

    def work(articles: list[Article]) -> int:
        for _ in nlp.pipe((a.text for a in articles), batch_size=batch_size):
            pass
        return 0

    return work


def run_pipeline(pipeline: Pipeline) -> Callable[[list[Article]], int]:
    """Return a runner that codes the articles with the whole pipeline and counts the events."""

    def work(articles: list[Article]) -> int:
        return sum(len(r.events) for r in pipeline.code_articles(articles) if isinstance(r, Article))

    return work


def to_table(results: dict[str, tuple[Run, Run]]) -> Table:
    """Return the results table: spaCy alone, the pipeline, and pipeline/spaCy ratios per corpus."""
    table = Table(title="dotterel pipeline vs spaCy alone (same model, same texts, same process)")
    for name in ("corpus", "runner", "articles/s", "words/s", "peak RSS MB", "heap peak MB", "events"):
        table.add_column(name, justify="left" if name in ("corpus", "runner") else "right")
    for corpus, (spacy_run, pipeline_run) in results.items():
        for label, run in (("spaCy nlp.pipe", spacy_run), ("dotterel pipeline", pipeline_run)):
            table.add_row(
                corpus,
                label,
                f"{run.articles / run.seconds:,.1f}",
                f"{run.words / run.seconds:,.0f}",
                f"{run.peak_rss_mb:,.0f}",
                f"{run.heap_peak_mb:,.1f}",
                str(run.events) if label.startswith("dotterel") else "",
            )
        table.add_row(
            corpus,
            "ratio pipeline/spaCy",
            f"{spacy_run.seconds / pipeline_run.seconds:.2f}",
            f"{spacy_run.seconds / pipeline_run.seconds:.2f}",
            f"{pipeline_run.peak_rss_mb / spacy_run.peak_rss_mb:.2f}",
            f"{pipeline_run.heap_peak_mb / max(spacy_run.heap_peak_mb, 1e-9):.2f}",
            "",
            end_section=True,
        )
    return table


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--quick", action="store_true", help="200 items and 20 seed copies instead of 2,000/200"
    )
    options = parser.parse_args(argv)
    settings = load_settings()
    corpora = load_corpora(options.quick)
    nlp = load_spacy_pipeline(settings.model)
    pipeline = Pipeline.from_settings(settings)
    warm_up = to_fresh(next(iter(corpora.values()))[:8])
    run_spacy(nlp, settings.batch_size)(warm_up)
    run_pipeline(pipeline)(to_fresh(warm_up))
    results = {}
    for name, articles in corpora.items():
        spacy_run = measure(run_spacy(nlp, settings.batch_size), articles)
        pipeline_run = measure(run_pipeline(pipeline), articles)
        results[name] = (spacy_run, pipeline_run)
    console = Console()
    (console if console.is_terminal else Console(width=140)).print(to_table(results))


if __name__ == "__main__":
    main()
