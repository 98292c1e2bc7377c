"""``dotterel series``: dyadic series from the store, as a table, CSV, JSONL or a terminal chart."""

from __future__ import annotations

import json
import math
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from dotterel.cli.common import reporting_errors, to_stdout_console
from dotterel.settings import load_settings

if TYPE_CHECKING:
    import pandas as pd

SPARKS = "▁▂▃▄▅▆▇█"
BAR = "█"
BAR_WIDTH = 40
SHOWN_COLUMNS = ("events", "mentions", "goldstein_sum", "conflict", "cooperation", "articles")


class SeriesFormat(StrEnum):
    """How a series is printed."""

    table = "table"
    csv = "csv"
    jsonl = "jsonl"


def series_command(
    db: Annotated[Path | None, typer.Option("--db", help="The DuckDB file (default: db setting).")] = None,
    dyad: Annotated[
        list[str] | None,
        typer.Option("--dyad", help="Directed pair SOURCE-TARGET, e.g. USA-IRN (repeatable)."),
    ] = None,
    top_dyads: Annotated[
        int | None, typer.Option("--top-dyads", min=1, help="The N dyads with the largest total measure.")
    ] = None,
    by: Annotated[str, typer.Option(help="Period: day, week (from Monday) or month.")] = "day",
    measure: Annotated[
        str,
        typer.Option(
            help="events, mentions, goldstein, goldstein_mean, conflict, cooperation, verbal_coop, "
            "material_coop, verbal_conflict or material_conflict."
        ),
    ] = "events",
    level: Annotated[
        str, typer.Option(help="country (ISO3 codes) or actor (actor ids, USAGOV …).")
    ] = "country",
    event_type: Annotated[str | None, typer.Option("--type", help="Only this PLOVER type.")] = None,
    since: Annotated[str | None, typer.Option(help="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD.")] = None,
    normalise: Annotated[
        bool, typer.Option("--normalise", help="Per 1,000 articles coded in the period.")
    ] = False,
    all_modalities: Annotated[
        bool, typer.Option("--all-modalities", help="Count threats, denials, hypotheticals too.")
    ] = False,
    plot: Annotated[bool, typer.Option("--plot", help="Draw the series in the terminal.")] = False,
    output_format: Annotated[SeriesFormat, typer.Option("--format", "-f", help="table, csv or jsonl.")] = (
        SeriesFormat.table
    ),
) -> None:
    """Count merged events per directed dyad and day, week or month, zero-filled.

    Example: dotterel series --db events.duckdb --dyad USA-IRN --by day --measure conflict --plot
    Example: dotterel series --db events.duckdb --top-dyads 20 --by week --measure conflict
    """
    from dotterel.aggregate import SeriesQuery, load_series, to_dyads
    from dotterel.model import MODALITIES
    from dotterel.store import Store
    from dotterel.store.schema import FACTUAL_MODALITIES

    with reporting_errors():
        settings = load_settings({"db": db})
        query = SeriesQuery(
            dyads=to_dyads(dyad or []), by=by, measure=measure, level=level, type=event_type, since=since,
            until=until, normalise=normalise, top=top_dyads,
            modalities=MODALITIES if all_modalities else FACTUAL_MODALITIES,
        )  # fmt: skip
        with Store(settings.db, read_only=True) as store:
            frame = load_series(store.connection, query)
        if output_format is not SeriesFormat.table:
            print_rows(frame, output_format)
        elif top_dyads and not dyad:
            to_stdout_console().print(to_ranking_table(frame, query.measure, query.by))
        else:
            for (source, target), rows in frame.groupby(["source", "target"], sort=False):
                to_stdout_console().print(to_series_table(rows, f"{source} → {target}", query.measure, plot))


def print_rows(frame: pd.DataFrame, output_format: SeriesFormat) -> None:
    """Print the series rows as CSV (with a header) or JSON lines."""
    if output_format is SeriesFormat.csv:
        frame.to_csv(sys.stdout, index=False, lineterminator="\n")
        return
    for row in frame.to_dict(orient="records"):
        values = {key: _to_json_value(value) for key, value in row.items()}
        sys.stdout.write(json.dumps(values, ensure_ascii=False) + "\n")


def _to_json_value(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value.item() if hasattr(value, "item") else value


def to_series_table(rows: pd.DataFrame, title: str, measure: str, plot: bool) -> Table:
    """Return one dyad's series as a Rich table, with a bar per period when ``plot``."""
    table = Table(title=title, header_style="bold")
    for name in ("period", *SHOWN_COLUMNS, f"value ({measure})"):
        table.add_column(name, justify="left" if name == "period" else "right")
    if plot:
        table.add_column("", no_wrap=True)
    values = [v for v in rows["value"].tolist() if not _is_missing(v)]
    scale = max((abs(v) for v in values), default=0.0)
    for row in rows.to_dict(orient="records"):
        cells = [str(row["period"]), *(_to_cell(row[name]) for name in SHOWN_COLUMNS), _to_cell(row["value"])]
        if plot:
            cells.append(to_bar(row["value"], scale))
        table.add_row(*cells)
    return table


def to_ranking_table(frame: pd.DataFrame, measure: str, by: str) -> Table:
    """Return the top dyads: total, peak period and value, and a sparkline over the periods."""
    table = Table(title=f"top dyads by {measure} per {by}", header_style="bold")
    for name in ("dyad", "total", "peak", "at", "series"):
        table.add_column(name, justify="right" if name in ("total", "peak") else "left", no_wrap=True)
    ranked = []
    for (source, target), rows in frame.groupby(["source", "target"], sort=False):
        values = [0.0 if _is_missing(v) else float(v) for v in rows["value"].tolist()]
        peak = max(range(len(values)), key=lambda i: (abs(values[i]), -i))
        ranked.append((sum(values), f"{source} → {target}", values, str(rows["period"].iloc[peak])))
    for total, label, values, at in sorted(ranked, key=lambda r: (-abs(r[0]), r[1])):
        peak_value = max(values, key=abs)
        table.add_row(label, _to_cell(total), _to_cell(peak_value), at, to_sparkline(values))
    return table


def to_bar(value: Any, scale: float, width: int = BAR_WIDTH) -> str:
    """Return a horizontal bar for ``value`` (negative values drawn with ``░``), ``scale`` the largest."""
    if _is_missing(value) or scale == 0 or value == 0:
        return ""
    length = max(1, round(abs(float(value)) / scale * width))
    return (BAR if value > 0 else "░") * length


def to_sparkline(values: list[float]) -> str:
    """Return a one-line chart of ``values`` (their absolute size), one character per period."""
    scale = max((abs(v) for v in values), default=0.0)
    if scale == 0:
        return SPARKS[0] * len(values)
    top = len(SPARKS) - 1
    return "".join(SPARKS[min(top, int(abs(v) / scale * top + 0.5))] for v in values)


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _to_cell(value: Any) -> str:
    if _is_missing(value):
        return "-"
    number = float(value)
    return str(int(number)) if number.is_integer() else f"{number:.2f}"
