"""``dotterel backtest``: forecast skill against naive baselines over rolling origins, without look-ahead."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from dotterel.cli.common import reporting_errors, to_stdout_console
from dotterel.settings import load_settings

if TYPE_CHECKING:
    import pandas as pd

    from dotterel.alerts.backtest import BacktestResult

SHOWN = {
    "key": "dyad", "mean_total": "mean/wk", "spikes": "spikes", "crps_total": "CRPS wk",
    "crpss_total_vs_persistence": "CRPSS pers", "crpss_total_vs_bootstrap": "CRPSS boot",
    "crpss_day_vs_persistence": "CRPSS day pers", "bss_vs_bootstrap": "BSS boot", "prauc": "PR-AUC",
    "prauc_bootstrap": "PR-AUC boot", "spikes_alerted": "alerted", "median_lead_days": "lead d",
    "goldstein_crpss_vs_bootstrap": "Gold CRPSS boot",
}  # fmt: skip


def backtest_command(
    start: Annotated[str, typer.Option("--from", help="First forecast origin, YYYY-MM-DD.")],
    end: Annotated[str, typer.Option("--to", help="Last day scored, YYYY-MM-DD.")],
    db: Annotated[Path | None, typer.Option("--db", help="The DuckDB file (default: db setting).")] = None,
    horizon: Annotated[int, typer.Option(min=1, max=60, help="Days ahead.")] = 7,
    step: Annotated[int, typer.Option(min=1, help="Days between forecast origins.")] = 7,
    top: Annotated[int, typer.Option(min=1, help="Score the N busiest directed dyads of the period.")] = 20,
    dyad: Annotated[
        list[str] | None, typer.Option("--dyad", help="Score these instead: USA-IRN, USA+IRN, IRN-*.")
    ] = None,
    measure: Annotated[
        str, typer.Option(help="material_conflict, conflict or events.")
    ] = "material_conflict",
    out: Annotated[
        Path | None,
        typer.Option(help="Write summary.csv, calibration.csv, scores.csv, leads.csv and plots/*.png here."),
    ] = None,
    plots: Annotated[bool, typer.Option(help="With --out: one PNG per dyad.")] = True,
    goldstein: Annotated[bool, typer.Option(help="Also score Goldstein-sum forecasts.")] = True,
    csv: Annotated[bool, typer.Option("--csv", help="Print the summary as CSV instead of a table.")] = False,
    severe_share: Annotated[
        float, typer.Option(min=0, max=1, help="The alert detector's --severe-share (0: count rules only).")
    ] = 0.2,
) -> None:
    """Rolling-origin backtest: CRPS skill against persistence and a 12-week bootstrap, Brier skill and
    PR-AUC for "a spike within the horizon", alert lead times, and calibration (predicted against observed
    events by bins of predicted rate, PIT, 80 % and 95 % coverage). Each origin sees only articles dated on
    or before it.

    Example: dotterel backtest --db events.duckdb --from 2019-06-01 --to 2020-12-31 --horizon 7
    Example: dotterel backtest --db events.duckdb --from 2019-06-01 --to 2020-12-31 --out report/
    """
    from dotterel.alerts.backtest import BacktestConfig, run_backtest
    from dotterel.alerts.calibration import to_calibration
    from dotterel.alerts.data import find_busiest_keys, resolve_key
    from dotterel.alerts.detect import AlertRules
    from dotterel.alerts.monitor import load_index, resolve_as_of
    from dotterel.alerts.report import to_summary
    from dotterel.store import Store

    with reporting_errors():
        settings = load_settings({"db": db})
        with Store(settings.db, read_only=True) as store:
            table, index = load_index(store.connection)
        first, last = resolve_as_of(table, start), resolve_as_of(table, end)
        config = BacktestConfig(first, last, horizon, step, measure, goldstein=goldstein,
                                alert_rules=AlertRules(severe_share=severe_share))  # fmt: skip
        keys = tuple(resolve_key(text) for text in dyad or []) or find_busiest_keys(
            table, top, measure, first - dt.timedelta(days=365), last
        )
        result = run_backtest(index, keys, config)
        summary = to_summary(result)
        calibration = to_calibration(result.scores, horizon)
        if out is not None:
            write_report(out, result, summary, calibration, plots)
        if csv:
            summary.to_csv(sys.stdout, index=False, lineterminator="\n")
        else:
            console = to_stdout_console()
            console.print(to_summary_table(summary, config.measure, len(result.scores)))
            console.print(to_calibration_table(calibration, horizon))


def write_report(
    out: Path, result: BacktestResult, summary: pd.DataFrame, calibration: pd.DataFrame, plots: bool
) -> None:
    """Write ``summary.csv``, ``calibration.csv``, ``scores.csv``, ``leads.csv`` and the PNGs into ``out``."""
    from dotterel.alerts.report import find_lead_times, write_plots

    out.mkdir(parents=True, exist_ok=True)
    summary.to_csv(out / "summary.csv", index=False)
    calibration.to_csv(out / "calibration.csv", index=False)
    result.scores.to_csv(out / "scores.csv", index=False)
    find_lead_times(result).to_csv(out / "leads.csv", index=False)
    if plots:
        write_plots(result, out / "plots")


def to_summary_table(summary: pd.DataFrame, measure: str, rows: int) -> Table:
    """Return the ensemble's skill per dyad (and all pooled) as a Rich table."""
    table = Table(title=f"ensemble skill, {measure} ({rows} scored forecasts)", header_style="bold")
    for title in SHOWN.values():
        table.add_column(title, justify="left" if title == "dyad" else "right", no_wrap=True)
    last_key = summary["key"].iloc[-2] if len(summary) > 1 else None
    for record in summary.to_dict(orient="records"):
        cells = [_to_cell(record.get(name)) for name in SHOWN]
        table.add_row(*cells, end_section=record["key"] == last_key)
    return table


def to_calibration_table(calibration: pd.DataFrame, horizon: int) -> Table:
    """Return the ensemble's calibration by bins of predicted daily rate as a Rich table."""
    table = Table(title=f"ensemble calibration, next-{horizon}-day sums by predicted daily rate",
                  header_style="bold")  # fmt: skip
    for name in calibration.columns:
        table.add_column(name, justify="left" if name == "rate_bin" else "right", no_wrap=True)
    for record in calibration.to_dict(orient="records"):
        cells = ["FLAGGED" if value is True else "" if value is False else _to_cell(value)
                 for value in record.values()]  # fmt: skip
        table.add_row(*cells)
    return table


def _to_cell(value: object) -> str:
    if isinstance(value, str):
        return value
    if value is None or not isinstance(value, int | float) or value != value:
        return "-"
    return f"{int(value)}" if float(value).is_integer() else f"{value:.3g}"
