"""``dotterel alerts``: what is escalating on a given day, and why (the events behind each alert)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from dotterel.cli.common import reporting_errors, to_stdout_console
from dotterel.settings import load_settings

EXCERPT = 110
SEVERITY_STYLES = {"low": "yellow", "medium": "dark_orange", "high": "red", "critical": "bold red"}


class AlertFormat(StrEnum):
    """How alerts are printed."""

    table = "table"
    jsonl = "jsonl"


def alerts_command(
    db: Annotated[Path | None, typer.Option("--db", help="The DuckDB file (default: db setting).")] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="The day to look from, YYYY-MM-DD (default: the last day).")
    ] = None,
    scope: Annotated[
        list[str] | None,
        typer.Option(
            help="dyads (directed), pairs (both ways), countries (totals); repeatable. Default dyads."
        ),
    ] = None,
    dyad: Annotated[
        list[str] | None,
        typer.Option("--dyad", help="Watch only these: USA-IRN, USA+IRN, IRN-* (repeatable)."),
    ] = None,
    measure: Annotated[
        str, typer.Option(help="material_conflict, conflict or events.")
    ] = "material_conflict",
    p_alert: Annotated[float, typer.Option(min=0, max=1, help="Tail probability that fires.")] = 0.003,
    min_count: Annotated[float, typer.Option(min=1, help="Fewest events in a firing window.")] = 2.0,
    severe_share: Annotated[
        float,
        typer.Option(
            min=0,
            max=1,
            help="An event is severe for a dyad when at most this share of its events reach "
            "its deaths and Goldstein score; severe ones fire alone (0: off).",
        ),
    ] = 0.2,
    quiet_days: Annotated[int, typer.Option(min=1, help="An alert closes after this many quiet days.")] = 14,
    lookback_days: Annotated[int, typer.Option(min=1, help="Replay the detectors over these days.")] = 90,
    show_closed: Annotated[bool, typer.Option("--all", help="Also list alerts closed by --as-of.")] = False,
    events: Annotated[int, typer.Option(min=0, help="Driving events shown per alert.")] = 5,
    output_format: Annotated[AlertFormat, typer.Option("--format", "-f", help="table or jsonl.")] = (
        AlertFormat.table
    ),
) -> None:
    """Escalation alerts per directed dyad (and pairs or country totals): severity, first and last firing,
    and the events that drove them. An alert is raised once and updated while it keeps firing.

    Example: dotterel alerts --db events.duckdb --as-of 2020-01-08 --scope dyads --scope pairs
    Example: dotterel alerts --db events.duckdb --dyad USA+IRN --as-of 2020-01-08 --format jsonl
    """
    from dotterel.alerts.data import resolve_key
    from dotterel.alerts.detect import AlertRules
    from dotterel.alerts.monitor import scan_alerts, to_alert_records
    from dotterel.store import Store

    with reporting_errors():
        settings = load_settings({"db": db})
        rules = AlertRules(
            measure=measure, p_alert=p_alert, min_count=min_count, severe_share=severe_share,
            quiet_days=quiet_days, lookback_days=lookback_days,
        )  # fmt: skip
        keys = tuple(resolve_key(text) for text in dyad or [])
        with Store(settings.db, read_only=True) as store:
            found = scan_alerts(store.connection, as_of, rules, scope or ["dyads"], keys, show_closed)
            records = to_alert_records(store.connection, found, events)
        if output_format is AlertFormat.jsonl:
            for record in records:
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            return
        console = to_stdout_console()
        console.print(to_alert_table(records, as_of))
        for line in to_reason_lines(records):
            console.print(line, soft_wrap=False, overflow="ellipsis", no_wrap=True)


def to_alert_table(records: list[dict[str, Any]], as_of: str | None) -> Table:
    """Return the alerts as a Rich table, strongest first."""
    table = Table(title=f"alerts as of {as_of or 'the last day'} ({len(records)})", header_style="bold")
    for name in (
        "key",
        "status",
        "severity",
        "first fired",
        "last fired",
        "rule",
        "seen/expected",
        "p",
        "events",
    ):
        table.add_column(name, no_wrap=True)
    for record in records:
        severity = Text(record["severity"], style=SEVERITY_STYLES[record["severity"]])
        table.add_row(
            record["key"], record["status"], severity,
            record["first_fired"], record["last_fired"], record["rule"],
            f"{record['observed']:g} / {record['expected']:.2f}", f"{record['p_value']:.1e}",
            str(record["events_total"]),
        )  # fmt: skip
    return table


def to_reason_lines(records: list[dict[str, Any]]) -> list[Text]:
    """Return, for each alert, a heading and its driving events (date, type, id, sentence)."""
    lines = []
    for record in records:
        lines.append(
            Text(f"{record['key']} ({record['severity']}, since {record['first_fired']}):", style="bold")
        )
        for event in record["events"]:
            sentence = " ".join(str(event.get("sentence") or "").split())
            if len(sentence) > EXCERPT:
                sentence = sentence[: EXCERPT - 1] + "…"
            lines.append(
                Text(f"  {event.get('date', '')} {event.get('type', '')} {event['event_id']}: {sentence}")
            )
    return lines
