"""``dotterel code``: dated news articles from files, folders or stdin in; events out (and into a store)."""

from __future__ import annotations

import glob
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from itertools import chain, islice
from pathlib import Path
from typing import Annotated, Any

import typer

from dotterel.cli.common import (
    EXIT_OK,
    EXIT_REJECTS,
    ActorFilesOption,
    AgentFilesOption,
    InputFormat,
    LexiconFilesOption,
    LexiconOnlyOption,
    OutputFormat,
    Renderer,
    print_reject,
    reporting_errors,
    to_stderr_console,
)
from dotterel.errors import InputError
from dotterel.ingest import read_paths
from dotterel.model import Article, Reject
from dotterel.settings import Settings, load_settings

Item = Article | Reject


def code_command(
    paths: Annotated[list[str], typer.Argument(help="Article files, folders (recursive) or - for stdin.")],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table, jsonl (the event record) or csv.")
    ] = OutputFormat.table,
    db: Annotated[
        Path | None, typer.Option("--db", help="Also store articles, events and rejects in this DuckDB file.")
    ] = None,
    strict: Annotated[
        bool | None, typer.Option("--strict/--no-strict", help="Stop with exit code 1 at the first reject.")
    ] = None,
    input_format: Annotated[
        InputFormat,
        typer.Option("--input-format", help="auto (by extension, else sniffed), seed, jsonl, csv."),
    ] = InputFormat.auto,
    actors: ActorFilesOption = None,
    agents: AgentFilesOption = None,
    lexicon: LexiconFilesOption = None,
    lexicon_only: LexiconOnlyOption = False,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=1, help="Worker processes (each loads the model once).")
    ] = 1,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            help="Run on a Dask cluster: scheduler address (tcp://host:8786), or local for a LocalCluster "
            "of --workers processes. Events go to --out as Parquet, not to stdout.",
        ),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="With --dask: directory of partitioned Parquet + manifest.")
    ] = None,
    server: Annotated[
        str | None,
        typer.Option(
            "--server",
            help="Send the articles to a running `dotterel serve` (its URL), which codes and stores them in "
            "the database it holds; the write key comes from DOTTEREL_API_KEY. Prints the counts.",
        ),
    ] = None,
) -> None:
    """Code dated news articles into political events (PLOVER/CAMEO) with evidence.

    Inputs: seed-format text (lines starting "date YYYY-MM-DD"), JSONL or CSV with date and text columns.
    Rejected inputs are listed on stderr. Exit codes: 0 all coded, 3 some inputs rejected, 1 error, 2 usage.

    Example: dotterel code articles/ --format jsonl --db events.duckdb > events.jsonl
    Example: dotterel code 'archive/*.jsonl' --dask tcp://scheduler:8786 --out parquet_dir/
    """
    if (dask is None) != (out is None):
        raise typer.BadParameter("--dask and --out go together (--dask ADDRESS --out DIR)")
    if server is not None and (db is not None or dask is not None or workers > 1):
        raise typer.BadParameter("--server sends the articles to the server, which codes and stores them: "
                                 "leave out --db, --dask and --workers")  # fmt: skip
    with reporting_errors():
        settings = load_settings(
            {
                "db": db,
                "strict": strict,
                "actor_files": [*(actors or []), *(agents or [])] or None,
                "lexicon_files": lexicon or None,
                "lexicon_replace": lexicon_only or None,
            }
        )
        items = read_paths(to_expanded_paths(paths), input_format.value, settings.max_article_bytes)
        target = settings.db if db is not None else None
        if server is not None:
            exit_code = send_to_server(items, server, settings.strict)
        elif dask is not None and out is not None:
            exit_code = code_on_cluster(items, settings, dask, out, workers, target)
        else:
            exit_code = code_items(items, settings, output_format, target, workers=workers)
    raise typer.Exit(exit_code)


def to_expanded_paths(paths: Iterable[str]) -> list[str]:
    """Return the paths, each shell-style pattern that names no file (``'archive/*.jsonl'``) expanded."""
    expanded: list[str] = []
    for path in paths:
        matches = sorted(glob.glob(path, recursive=True)) if glob.has_magic(path) else []
        expanded.extend(matches if matches and not Path(path).exists() else [path])
    return expanded


def code_items(
    items: Iterable[Item],
    settings: Settings,
    output_format: OutputFormat,
    db: Path | None,
    workers: int = 1,
) -> int:
    """Code ``items``, print the events and rejects, store them when ``db`` is given; return the exit code.

    With ``workers`` > 1 the articles are coded in that many processes (order and rejects kept).
    """
    from dotterel.pipeline import Pipeline
    from dotterel.store import Store

    iterator = iter(items)
    head = list(islice(iterator, 2))
    renderer = Renderer(output_format)
    tally: Counter[str] = Counter()
    with ExitStack() as stack:
        store = stack.enter_context(Store(db)) if db is not None else None
        if workers > 1:
            from dotterel.parallel import code_in_processes

            coded = code_in_processes(chain(head, iterator), settings, workers)
        else:
            coded = Pipeline.from_settings(settings).code_articles(chain(head, iterator))
        advance = stack.enter_context(_progress(len(head) > 1))
        results = _observe(coded, renderer, tally, advance, settings.strict)
        if store is not None:
            store.write(results)
            tally.update({f"stored_{key}": value for key, value in store.counts().items()})
        else:
            for _ in results:
                pass
    renderer.close(title=f"{renderer.count} events from {tally['articles']} articles")
    _print_summary(tally, renderer.count, db)
    return EXIT_REJECTS if tally["rejects"] else EXIT_OK


def _observe(
    results: Iterable[Item],
    renderer: Renderer,
    tally: Counter[str],
    advance: Callable[[], None],
    strict: bool,
) -> Iterator[Item]:
    for item in results:
        if isinstance(item, Reject):
            if strict:
                raise InputError(item.origin, f"{item.reason} (stage {item.stage}; --strict stops here)")
            print_reject(item)
            tally["rejects"] += 1
        else:
            tally["articles"] += 1
            renderer.add(event.to_dict() for event in item.events)
        advance()
        yield item


def code_on_cluster(
    items: Iterable[Item], settings: Settings, address: str, out: Path, workers: int, db: Path | None
) -> int:
    """Code ``items`` on a Dask cluster into Parquet under ``out`` (and into ``db``); return the exit code.

    Rejects are printed on stderr as their partitions come back; ``--strict`` stops at the first.
    """
    from dotterel.distributed import code_on_dask, connect, load_into_store

    def report(partition: object, tables: dict[str, Any]) -> None:
        for row in tables["rejects"].to_pylist():
            reject = Reject(row["origin"], row["stage"], row["reason"], row["article_id"])
            if settings.strict:
                stop = f"{reject.reason} (stage {reject.stage}; --strict stops here)"
                raise InputError(reject.origin, stop)
            print_reject(reject)

    with connect(address, workers) as client:
        summary = code_on_dask(items, out, client, settings, on_partition=report)
    line = (
        f"coded {summary.articles} articles into {summary.events} events; {summary.rejects} inputs rejected; "
        f"{summary.partitions} partitions under {out} ({summary.skipped} already there)"
    )
    if db is not None:
        counts = load_into_store(out, db)
        line += f"; loaded into {db} (now {counts.get('articles')} articles, {counts.get('events')} events)"
    to_stderr_console().print(line, style="dim", markup=False, highlight=False)
    return EXIT_REJECTS if summary.rejects else EXIT_OK


def send_to_server(items: Iterable[Item], server: str, strict: bool) -> int:
    """Send ``items`` to a running server in batches, print the rejects and the counts; return the exit code.

    Raises:
        StoreError: no write key in DOTTEREL_API_KEY, or the server cannot be reached or refused a batch.
        InputError: ``strict`` and an input was rejected.
    """
    from dotterel.errors import StoreError
    from dotterel.rest.client import SUMMARY_KEYS, send_articles
    from dotterel.rest.config import API_KEY_ENV, resolve_write_key

    key = resolve_write_key()
    if key is None:
        raise StoreError(f"--server needs the server's write key in the {API_KEY_ENV} environment variable")
    tally: Counter[str] = Counter()
    for batch in send_articles(items, server, key):
        tally.update(batch.summary)
        for reject in batch.rejects:
            if strict:
                stop = f"{reject.reason} (stage {reject.stage}; --strict stops here)"
                raise InputError(reject.origin, stop)
            print_reject(reject)
            tally["rejected"] += 1
    counts = ", ".join(f"{tally[name]} {name}" for name in SUMMARY_KEYS)
    line = f"sent to {server}: stored {counts}; {tally['rejected']} inputs rejected"
    to_stderr_console().print(line, style="dim", markup=False, highlight=False)
    return EXIT_REJECTS if tally["rejected"] else EXIT_OK


@contextmanager
def _progress(wanted: bool) -> Iterator[Callable[[], None]]:
    """Yield a function that advances a progress display on stderr (a no-op unless stderr is a terminal)."""
    if not wanted or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("coded {task.completed} inputs"), TimeElapsedColumn())
    with Progress(*columns, console=to_stderr_console(), transient=True) as progress:
        task = progress.add_task("coding", total=None)
        yield lambda: progress.advance(task)


def _print_summary(tally: Counter[str], events: int, db: Path | None) -> None:
    line = f"coded {tally['articles']} articles into {events} events; {tally['rejects']} inputs rejected"
    if db is not None:
        line += (
            f"; stored in {db} (now {tally['stored_articles']} articles, {tally['stored_events']} events, "
            f"{tally['stored_rejects']} rejects)"
        )
    to_stderr_console().print(line, style="dim", markup=False, highlight=False)
