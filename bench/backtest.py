"""Benchmark of the early-warning package: alert scans, forecasts and the backtest, real and synthetic.

Usage::

    .venv/bin/dotterel code ../shared/data/current-events-2019-2020/cep_items.seed.txt --db cep.duckdb
    .venv/bin/python bench/backtest.py --db cep.duckdb                  # the stream (a minute or two)
    .venv/bin/python bench/backtest.py --synthetic 1000000              # plus a synthetic million events

1. On the store: loading the event table (first report of each merged event), an alert scan of every
   active directed dyad and pair on 2020-01-08, the alerts of USA-IRN and IRN+USA standing on 2020-01-03
   and 2020-01-08, every alert over 2019-2020 for all dyads and pairs with and without the severity rule
   (the false-alarm budget), a forecast of USA-IRN (the boosting model trained on the 50 busiest dyads),
   and the backtest of the 20 busiest dyads from 2019-06-01 to 2020-12-31 (weekly origins, horizon 7):
   seconds and seconds per origin, pooled skill and the ensemble's calibration by bins of predicted rate.
   With ``--honest``, also the calibration over every dyad with an event known before 2019-06-01 (chosen
   without hindsight: the busiest dyads of the period are chosen for what happened in it, so their
   outcomes run above any honest forecast).
2. Synthetic: N events over two years among 50 countries (Poisson rates varying per dyad): building the
   index, one panel of the 100 busiest dyads, an alert scan of every dyad, one forecast origin of those 100.
Prints one JSON object per measure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from dotterel.alerts.backtest import BacktestConfig, BacktestResult, run_backtest
from dotterel.alerts.boosting import BoostingForecaster
from dotterel.alerts.calibration import to_calibration
from dotterel.alerts.data import (
    EVENT_COLUMNS,
    SeriesKey,
    find_busiest_keys,
    to_event_index,
    to_panel,
)
from dotterel.alerts.detect import AlertRules, find_alerts
from dotterel.alerts.monitor import find_active_keys, forecast_keys, load_index, scan_alerts
from dotterel.alerts.negbin import NegBinForecaster
from dotterel.alerts.report import to_summary
from dotterel.store import Store

COUNTRIES = 50


def timed(function: Callable[[], Any]) -> tuple[float, Any]:
    """Return (seconds, result) of one call."""
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def report(measure: str, seconds: float, **extra: Any) -> None:
    """Print one measure as a JSON line."""
    print(json.dumps({"measure": measure, "seconds": round(seconds, 3), **extra}), flush=True)


def report_calibration(label: str, result: BacktestResult) -> None:
    """Print the pooled skill and the ensemble's calibration table of a backtest."""
    pooled = to_summary(result).iloc[-1]
    names = ("crpss_total_vs_persistence", "crpss_total_vs_bootstrap", "bss_vs_bootstrap", "prauc")
    report(f"{label}: skill", 0.0, **{name: round(float(pooled[name]), 3) for name in names})
    for row in to_calibration(result.scores, result.config.horizon).to_dict(orient="records"):
        report(f"{label}: calibration", 0.0, **{
            str(name): round(value, 3) if isinstance(value, float) else value for name, value in row.items()
        })  # fmt: skip


def bench_honest_calibration(table: pd.DataFrame, index: Any, config: BacktestConfig) -> None:
    """Backtest every directed dyad with an event known before the first origin (no Goldstein, no alerts)."""
    before = table[table["known"] < config.start]
    keys = find_busiest_keys(before, 100_000)
    honest = BacktestConfig(config.start, config.end, goldstein=False, alerts=False)
    seconds, result = timed(lambda: run_backtest(index, keys, honest))
    report("backtest, every dyad known before the period", seconds, keys=len(keys))
    report_calibration("dyads known before the period", result)


def bench_store(path: Path, honest: bool = False) -> None:
    """Time the commands' work on a coded store."""
    with Store(path, read_only=True) as store:
        con = store.connection
        seconds, (table, index) = timed(lambda: load_index(con))
        report("load event table", seconds, events=len(table))
        as_of = dt.date(2020, 1, 8)
        keys = find_active_keys(table, as_of, 202, scopes=("dyads", "pairs"))
        seconds, alerts = timed(lambda: scan_alerts(con, as_of, scopes=("dyads", "pairs")))
        report("alert scan, every active dyad and pair", seconds, keys=len(keys), standing=len(alerts))
        for day in (dt.date(2020, 1, 3), as_of):
            standing = scan_alerts(con, day, keys=(SeriesKey("USA", "IRN"), SeriesKey("IRN", "USA", True)))
            report(f"USA<->IRN alerts on {day}", 0.0, alerts=[
                {"key": a.key.label, "status": a.status, "first": str(a.first_fired), "rule": a.rule,
                 "p": float(f"{a.p_value:.2g}")} for a in standing])  # fmt: skip
        for share in (0.0, AlertRules().severe_share):
            bench_alert_budget(table, index, AlertRules(severe_share=share))
        seconds, _ = timed(lambda: forecast_keys(con, (SeriesKey("USA", "IRN"),), as_of))
        report("forecast USA-IRN (boosting trained on 50 dyads)", seconds)
    busiest = find_busiest_keys(table, 20, since=dt.date(2019, 1, 1), until=dt.date(2020, 12, 31))
    config = BacktestConfig(dt.date(2019, 6, 1), dt.date(2020, 12, 31))
    seconds, result = timed(lambda: run_backtest(index, busiest, config))
    origins = result.scores["origin"].nunique()
    report("backtest, 20 busiest dyads", seconds, origins=origins, per_origin=round(seconds / origins, 3))
    report_calibration("20 busiest dyads", result)
    if honest:
        bench_honest_calibration(table, index, config)


def bench_alert_budget(table: pd.DataFrame, index: Any, rules: AlertRules) -> None:
    """Count the alerts raised over 2019-2020 for every directed dyad and every pair, by rule."""
    start, end = dt.date(2019, 1, 1), dt.date(2020, 12, 31)
    for scope in ("dyads", "pairs"):
        keys = find_active_keys(table, end, (end - start).days + 1, scopes=(scope,))
        seconds, alerts = timed(partial(find_alerts, index, keys, end, rules, since=start))
        rules_fired: dict[str, int] = {}
        for alert in alerts:
            rules_fired[alert.rule] = rules_fired.get(alert.rule, 0) + 1
        report(f"alerts 2019-2020, every {scope}, severe_share={rules.severe_share}", seconds, keys=len(keys),
               alerts=len(alerts), per_1000_key_days=round(1000 * len(alerts) / (len(keys) * 731), 3),
               by_rule=rules_fired)  # fmt: skip


def to_synthetic_table(events: int, seed: int = 0) -> pd.DataFrame:
    """``events`` events over 730 days among :data:`COUNTRIES` countries, dyad rates from a gamma law."""
    rng = np.random.default_rng(seed)
    names = [f"C{number:02d}" for number in range(COUNTRIES)]
    weights = rng.gamma(0.3, size=COUNTRIES * COUNTRIES)
    dyads = rng.choice(COUNTRIES * COUNTRIES, size=events, p=weights / weights.sum())
    day = rng.integers(0, 730, size=events)
    start = dt.date(2019, 1, 1)
    days = np.array([start + dt.timedelta(days=int(d)) for d in range(731)], dtype=object)
    known = days[day + rng.integers(0, 2, events)]  # reported the same day or the next
    return pd.DataFrame({
        "event_id": [f"s{number}" for number in range(events)], "known": known, "day": days[day],
        "source": [names[d // COUNTRIES] for d in dyads],
        "target": [names[d % COUNTRIES] for d in dyads], "type": "ASSAULT",
        "quad_class": rng.choice([1, 2, 3, 4], size=events), "goldstein": rng.uniform(-10, 10, events),
        "killed": np.where(rng.random(events) < 0.6, 0, rng.geometric(0.2, events)),
    })[list(EVENT_COLUMNS)]  # fmt: skip


def bench_synthetic(events: int) -> None:
    """Time index, panel, alert scan and one forecast origin on a synthetic table."""
    table = to_synthetic_table(events)
    seconds, index = timed(lambda: to_event_index(table))
    report("synthetic: index", seconds, events=events)
    as_of = dt.date(2020, 12, 1)
    busiest = find_busiest_keys(table, 100)
    seconds, panel = timed(lambda: to_panel(index, busiest, as_of, history_days=730))
    report("synthetic: panel of 100 dyads, 730 days", seconds)
    every = find_active_keys(table, as_of, 202)
    seconds, alerts = timed(lambda: find_alerts(index, every, as_of))
    report("synthetic: alert scan", seconds, keys=len(every), alerts=len(alerts))
    for model in (NegBinForecaster(), BoostingForecaster()):
        seconds, _ = timed(lambda model=model: model.forecast(panel, 7))  # type: ignore[misc]
        report(f"synthetic: one origin, 100 dyads, {model.name}", seconds)


def main() -> None:
    """Parse the options and run the benchmarks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a store holding the coded current-events stream")
    parser.add_argument("--synthetic", type=int, default=0, help="also time a synthetic table of N events")
    parser.add_argument("--honest", action="store_true", help="also calibrate on dyads chosen beforehand")
    options = parser.parse_args()
    if options.db is not None:
        bench_store(options.db, options.honest)
    if options.synthetic:
        bench_synthetic(options.synthetic)


if __name__ == "__main__":
    main()
