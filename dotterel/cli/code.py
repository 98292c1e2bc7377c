"""``dotterel code``: dated news articles from files, folders or stdin in; events out (and into a store)."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from itertools import chain, islice
from pathlib import Path
from typing import Annotated

import typer

from dotterel.cli.common import (
    EXIT_OK,
    EXIT_REJECTS,
    InputFormat,
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
    actors: Annotated[
        list[Path] | None, typer.Option("--actors", help="Extra actor-book YAML file (repeatable).")
    ] = None,
    lexicon: Annotated[
        list[Path] | None, typer.Option("--lexicon", help="Extra verb-lexicon YAML file (repeatable).")
    ] = None,
) -> None:
    """Code dated news articles into political events (PLOVER/CAMEO) with evidence.

    Inputs: seed-format text (lines starting "date YYYY-MM-DD"), JSONL or CSV with date and text columns.
    Rejected inputs are listed on stderr. Exit codes: 0 all coded, 3 some inputs rejected, 1 error, 2 usage.

    Example: dotterel code articles/ --format jsonl --db events.duckdb > events.jsonl
    """
    with reporting_errors():
        settings = load_settings(
            {"db": db, "strict": strict, "actor_files": actors or None, "lexicon_files": lexicon or None}
        )
        items = read_paths(paths, input_format.value, settings.max_article_bytes)
        exit_code = code_items(items, settings, output_format, settings.db if db is not None else None)
    raise typer.Exit(exit_code)


def code_items(
    items: Iterable[Item], settings: Settings, output_format: OutputFormat, db: Path | None
) -> int:
    """Code ``items``, print the events and rejects, store them when ``db`` is given; return the exit code."""
    from dotterel.pipeline import Pipeline
    from dotterel.store import Store

    iterator = iter(items)
    head = list(islice(iterator, 2))
    renderer = Renderer(output_format)
    tally: Counter[str] = Counter()
    with ExitStack() as stack:
        store = stack.enter_context(Store(db)) if db is not None else None
        pipeline = Pipeline.from_settings(settings)
        advance = stack.enter_context(_progress(len(head) > 1))
        results = _observe(
            pipeline.code_articles(chain(head, iterator)), renderer, tally, advance, settings.strict
        )
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
