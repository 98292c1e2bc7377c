"""``dotterel forecast``: the next days' counts per dyad, as distributions with intervals."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import numpy as np
import typer
from rich.table import Table

from dotterel.cli.common import reporting_errors, to_stdout_console
from dotterel.settings import load_settings

if TYPE_CHECKING:
    from dotterel.alerts.distributions import CountDistribution
    from dotterel.alerts.monitor import KeyForecast


class ForecastFormat(StrEnum):
    """How forecasts are printed."""

    table = "table"
    jsonl = "jsonl"


def forecast_command(
    dyad: Annotated[
        list[str], typer.Option("--dyad", help="USA-IRN (directed), USA+IRN (both ways), IRN-* (repeatable).")
    ],
    db: Annotated[Path | None, typer.Option("--db", help="The DuckDB file (default: db setting).")] = None,
    horizon: Annotated[int, typer.Option(min=1, max=60, help="Days ahead.")] = 7,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Forecast origin, YYYY-MM-DD (default: the last day).")
    ] = None,
    measure: Annotated[
        str, typer.Option(help="material_conflict, conflict or events.")
    ] = "material_conflict",
    output_format: Annotated[ForecastFormat, typer.Option("--format", "-f", help="table or jsonl.")] = (
        ForecastFormat.table
    ),
) -> None:
    """Forecast each day ahead and the sum over the horizon: ensemble of a negative binomial and gradient
    boosting (mean, median, 80 % and 95 % intervals), P(spike) and the Goldstein sum's 80 % interval.

    Example: dotterel forecast --db events.duckdb --dyad USA-IRN --horizon 7
    Example: dotterel forecast --db events.duckdb --dyad USA+IRN --as-of 2020-01-03 --format jsonl
    """
    from dotterel.alerts.data import resolve_key
    from dotterel.alerts.monitor import forecast_keys
    from dotterel.store import Store

    with reporting_errors():
        settings = load_settings({"db": db})
        keys = tuple(dict.fromkeys(resolve_key(text) for text in dyad))
        with Store(settings.db, read_only=True) as store:
            forecasts = forecast_keys(store.connection, keys, as_of, horizon, measure)
        for forecast in forecasts:
            record = to_forecast_record(forecast)
            if output_format is ForecastFormat.jsonl:
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                to_stdout_console().print(to_forecast_table(record, measure))


def _to_summary(distribution: CountDistribution) -> dict[str, Any]:
    return {
        "mean": round(distribution.mean(), 3), "median": distribution.quantile(0.5),
        "p80": [distribution.quantile(0.1), distribution.quantile(0.9)],
        "p95": [distribution.quantile(0.025), distribution.quantile(0.975)],
    }  # fmt: skip


def _to_sample_summary(samples: np.ndarray) -> dict[str, Any]:
    low, high = np.percentile(samples, [10, 90])
    return {
        "median": round(float(np.median(samples)), 2),
        "p80": [round(float(low), 2), round(float(high), 2)],
    }


def to_forecast_record(forecast: KeyForecast) -> dict[str, Any]:
    """Return one key's forecast as a JSON-ready dict (ensemble days and sum, every model's means)."""
    import datetime as dt

    ensemble = forecast.counts["ensemble"]
    days = [
        {"date": (forecast.origin + dt.timedelta(days=ahead + 1)).isoformat(), **_to_summary(day)}
        for ahead, day in enumerate(ensemble.daily)
    ]
    empty = np.zeros(1)
    gold = forecast.goldstein
    return {
        "key": forecast.key.label, "origin": forecast.origin.isoformat(), "days": days,
        "total": _to_summary(ensemble.total), "p_spike_2": round(ensemble.prob_spike(2), 4),
        "model_means": {name: round(f.total.mean(), 3) for name, f in forecast.counts.items()},
        "goldstein_next_day": _to_sample_summary(gold.next_day if gold is not None else empty),
        "goldstein_total": _to_sample_summary(gold.total if gold is not None else empty),
        "last_28_days": [int(v) if float(v).is_integer() else float(v) for v in forecast.history],
    }  # fmt: skip


def to_forecast_table(record: dict[str, Any], measure: str) -> Table:
    """Return one key's forecast as a Rich table: a row per day, then the sum."""
    means = ", ".join(f"{name} {value:g}" for name, value in record["model_means"].items())
    gold = record["goldstein_total"]
    caption = (
        f"P(a day with >= 2) = {record['p_spike_2']:.3f}; sums by model: {means}; Goldstein sum median "
        f"{gold['median']:g}, 80 % {gold['p80'][0]:g} … {gold['p80'][1]:g}"
    )
    table = Table(title=f"{record['key']}: {measure} after {record['origin']}", caption=caption,
                  header_style="bold")  # fmt: skip
    for name in ("day", "mean", "median", "80 %", "95 %"):
        table.add_column(name, justify="left" if name == "day" else "right")
    for row in [*record["days"], {"date": f"next {len(record['days'])} days", **record["total"]}]:
        table.add_row(row["date"], f"{row['mean']:.2f}", str(row["median"]), "{} … {}".format(*row["p80"]),
                      "{} … {}".format(*row["p95"]))  # fmt: skip
    return table
