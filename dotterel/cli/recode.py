"""``dotterel recode``: code the stored articles again (after a lexicon or actor-book change)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated

import typer

from dotterel.cli.common import (
    EXIT_OK,
    EXIT_REJECTS,
    LexiconFilesOption,
    LexiconOnlyOption,
    print_reject,
    reporting_errors,
    to_stderr_console,
)
from dotterel.errors import StoreError
from dotterel.model import Article, Reject
from dotterel.settings import load_settings


def recode_command(
    db: Annotated[Path | None, typer.Option("--db", help="The DuckDB file (default: db setting).")] = None,
    since: Annotated[str | None, typer.Option(help="Only articles dated from this day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Only articles dated up to this day, YYYY-MM-DD.")] = None,
    actors: Annotated[
        list[Path] | None, typer.Option("--actors", help="Extra actor-book YAML file (repeatable).")
    ] = None,
    lexicon: LexiconFilesOption = None,
    lexicon_only: LexiconOnlyOption = False,
) -> None:
    """Re-run the coder over the stored articles and replace their mentions; unchanged events keep their ids.

    Example: dotterel recode --db events.duckdb --lexicon my_verbs.yaml
    """
    from dotterel.pipeline import Pipeline
    from dotterel.store import RunInfo, Store

    with reporting_errors():
        overrides = {"db": db, "actor_files": actors or None, "lexicon_files": lexicon or None}
        settings = load_settings({**overrides, "lexicon_replace": lexicon_only or None})
        if not Path(settings.db).is_file():
            raise StoreError(f"{settings.db}: no such database (create it with `dotterel code … --db`)")
        pipeline = Pipeline.from_settings(settings)
        rejects: list[Reject] = []
        with Store(settings.db) as store:
            before = set(store.events()["event_id"])
            mentions_before = store.table_counts()["mentions"]
            results = _observe(pipeline.code_articles(store.iter_articles(since, until)), rejects)
            summary = store.write(results, run=RunInfo.from_settings(settings, "recode", pipeline.names))
            after = set(store.events()["event_id"])
            mentions_after = store.table_counts()["mentions"]
        for reject in rejects:
            print_reject(reject)
        to_stderr_console().print(
            f"recoded {summary.articles} articles: mentions {mentions_before} -> {mentions_after}; events "
            f"{len(before)} -> {len(after)} ({len(before & after)} ids kept, {len(after - before)} new, "
            f"{len(before - after)} gone); {len(rejects)} articles rejected (their earlier coding is kept)",
            style="dim", markup=False, highlight=False,
        )  # fmt: skip
    raise typer.Exit(EXIT_REJECTS if rejects else EXIT_OK)


def _observe(results: Iterable[Article | Reject], rejects: list[Reject]) -> Iterator[Article | Reject]:
    """Pass the results on, keeping the rejects to print at the end."""
    for item in results:
        if isinstance(item, Reject):
            rejects.append(item)
        yield item
