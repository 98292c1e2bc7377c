"""``dotterel events``: query the events stored by ``dotterel code --db``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dotterel.cli.common import OutputFormat, Renderer, reporting_errors
from dotterel.settings import load_settings


def events_command(
    db: Annotated[
        Path | None, typer.Option("--db", help="The DuckDB file (default: the db setting, dotterel.duckdb).")
    ] = None,
    source: Annotated[str | None, typer.Option(help="Source country code, actor id or name.")] = None,
    target: Annotated[str | None, typer.Option(help="Target country code, actor id or name.")] = None,
    dyad: Annotated[str | None, typer.Option(help="Directed pair SOURCE-TARGET, e.g. USA-IRN.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")] = None,
    cameo: Annotated[str | None, typer.Option(help="CAMEO code prefix, e.g. 19.")] = None,
    quad_class: Annotated[int | None, typer.Option(min=1, max=4, help="QuadClass 1-4.")] = None,
    since: Annotated[str | None, typer.Option(help="First event date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last event date, YYYY-MM-DD.")] = None,
    min_confidence: Annotated[float | None, typer.Option(help="Lowest confidence, 0-1.")] = None,
    limit: Annotated[int | None, typer.Option(min=0, help="At most this many events.")] = None,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many events first.")] = 0,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table, jsonl (the event record) or csv.")
    ] = OutputFormat.table,
) -> None:
    """List stored events, oldest first, filtered by actors, dyad, type and dates.

    Example: dotterel events --db events.duckdb --dyad USA-IRN --since 2020-01-01 --format jsonl
    """
    from dotterel.store import EventFilter, Store

    with reporting_errors():
        settings = load_settings({"db": db})
        select = EventFilter(
            source=source,
            target=target,
            dyad=dyad,
            type=event_type,
            cameo=cameo,
            quad_class=quad_class,
            since=since,
            until=until,
            min_confidence=min_confidence,
            limit=limit,
            offset=offset,
        )
        with Store(settings.db, read_only=True) as store:
            records = store.event_records(select)
        renderer = Renderer(output_format)
        renderer.add(records)
        renderer.close(title=f"{len(records)} events in {settings.db}")
