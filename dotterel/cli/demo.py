"""``dotterel demo``: code the example articles that ship with dotterel and print their events."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from dotterel.cli.code import code_items
from dotterel.cli.common import OutputFormat, reporting_errors
from dotterel.ingest import read_bytes
from dotterel.model import Article, Reject
from dotterel.settings import load_settings


def demo_command(
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table, jsonl (the event record) or csv.")
    ] = OutputFormat.table,
    db: Annotated[
        Path | None, typer.Option("--db", help="Also store the results in this DuckDB file.")
    ] = None,
) -> None:
    """Code the bundled example articles (US-Iran crisis 2019-2020, Libya, Afghanistan) and show the events.

    Example: dotterel demo --format jsonl
    """
    with reporting_errors():
        settings = load_settings({"db": db})
        items = load_examples(settings.max_article_bytes)
        exit_code = code_items(items, settings, output_format, settings.db if db is not None else None)
    raise typer.Exit(exit_code)


def load_examples(max_article_bytes: int) -> Iterator[Article | Reject]:
    """Yield the bundled example articles (``dotterel/examples/*.txt``, seed format), in file-name order."""
    folder = resources.files("dotterel").joinpath("examples")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".txt")), key=lambda f: f.name)
    for file in files:
        yield from read_bytes(file.read_bytes(), f"examples/{file.name}", "seed", max_article_bytes)
