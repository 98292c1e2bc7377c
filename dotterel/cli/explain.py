"""``dotterel explain``: one merged event, the mentions that report it, and why they were merged."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from dotterel.cli.common import (
    OutputFormat,
    reporting_errors,
    to_actor_label,
    to_date_label,
    to_excerpt,
    to_place_label,
    to_stdout_console,
)
from dotterel.settings import load_settings


def explain_command(
    identifier: Annotated[
        str, typer.Argument(metavar="EVENT_ID", help="An event id, or one of its mentions' ids.")
    ],
    db: Annotated[Path | None, typer.Option("--db", help="The DuckDB file (default: db setting).")] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table or jsonl (one JSON object).")
    ] = OutputFormat.table,
) -> None:
    """Show a merged event: its record, each mention (article, publisher, evidence) and why it joined.

    Example: dotterel explain 3f2a9c0b1d4e5f60 --db events.duckdb
    """
    from dotterel.store import Store

    with reporting_errors():
        settings = load_settings({"db": db})
        with Store(settings.db, read_only=True) as store:
            explanation = store.explain(identifier)
        if output_format is OutputFormat.table:
            print_explanation(explanation)
        else:
            sys.stdout.write(json.dumps(explanation, ensure_ascii=False, default=str) + "\n")


def print_explanation(explanation: dict[str, Any]) -> None:
    """Print the event's headline and a table of its mentions with the reason each was merged."""
    event = explanation["event"]
    console = to_stdout_console()
    headline = Text(f"event {event['event_id']}: ", style="bold")
    source, target = to_actor_label(event["source"]), to_actor_label(event["target"])
    headline.append(
        f"{source} {event['type']} {event['cameo']} {target}"
        f" on {to_date_label(event)} {to_place_label(event['place'])}".rstrip()
    )
    console.print(headline)
    console.print(
        f"{event['num_mentions']} mentions in {event['num_articles']} articles from {event['num_sources']}"
        f" sources; merge rule {explanation['rule']}",
        markup=False, highlight=False,
    )  # fmt: skip
    table = Table(header_style="bold", show_lines=True)
    for name in ("mention", "article", "role", "evidence", "why"):
        table.add_column(name, overflow="fold")
    for mention in explanation["mentions"]:
        record = mention["record"]
        article = f"{record['article_date']} {mention['article_id']}\n{mention['publisher'] or ''}".rstrip()
        table.add_row(
            mention["mention_id"], article, mention["role"], to_excerpt(record["evidence"]), mention["reason"]
        )
    console.print(table)
