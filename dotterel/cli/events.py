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
    actor: Annotated[str | None, typer.Option(help="Either side: country code, actor id or name.")] = None,
    country: Annotated[str | None, typer.Option(help="Either side's country code, e.g. IRQ.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")] = None,
    cameo: Annotated[str | None, typer.Option(help="CAMEO code prefix, e.g. 19.")] = None,
    quad_class: Annotated[int | None, typer.Option(min=1, max=4, help="QuadClass 1-4.")] = None,
    modality: Annotated[str | None, typer.Option(help="Modality, e.g. asserted or threatened.")] = None,
    since: Annotated[str | None, typer.Option(help="First event date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last event date, YYYY-MM-DD.")] = None,
    place: Annotated[str | None, typer.Option(help="Place name or its country code.")] = None,
    bbox: Annotated[
        str | None, typer.Option(help="Place inside WEST,SOUTH,EAST,NORTH degrees, e.g. 38,29,49,38.")
    ] = None,
    min_confidence: Annotated[float | None, typer.Option(help="Lowest confidence, 0-1.")] = None,
    min_mentions: Annotated[
        int | None, typer.Option(min=1, help="Merged events reported at least this many times.")
    ] = None,
    mentions: Annotated[
        bool, typer.Option("--mentions", help="List the per-article codings instead of merged events.")
    ] = False,
    limit: Annotated[int | None, typer.Option(min=0, help="At most this many events.")] = None,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many events first.")] = 0,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table, jsonl (the event record) or csv.")
    ] = OutputFormat.table,
) -> None:
    """List stored events (one per real-world happening), oldest first, filtered by actors, dyad, type,
    place and dates; --mentions lists the per-article codings instead.

    Merged events print as the event record of their first report followed by num_mentions, num_articles
    and num_sources (jsonl).

    Example: dotterel events --db events.duckdb --dyad USA-IRN --since 2020-01-01 --format jsonl
    """
    from dotterel.store import EventFilter, Store
    from dotterel.store.query import to_bbox

    with reporting_errors():
        settings = load_settings({"db": db})
        select = EventFilter(
            source=source, target=target, dyad=dyad, type=event_type, cameo=cameo, quad_class=quad_class,
            since=since, until=until, min_confidence=min_confidence, limit=limit, offset=offset,
            actor=actor, country=country, place=place, bbox=to_bbox(bbox) if bbox else None,
            modality=modality, min_mentions=min_mentions,
        )  # fmt: skip
        with Store(settings.db, read_only=True) as store:
            records = store.mention_records(select) if mentions else store.event_records(select)
        renderer = Renderer(output_format)
        renderer.add(records)
        noun = "mentions" if mentions else "events"
        renderer.close(title=f"{len(records)} {noun} in {settings.db}")
