"""Early warning: forecasts of each dyad's next days, escalation alerts, and their backtest.

>>> with Store("events.duckdb", read_only=True) as store:                     # doctest: +SKIP
...     alerts = scan_alerts(store.connection, as_of="2020-01-08")            # what is escalating, and why
...     forecasts = forecast_keys(store.connection, (resolve_key("USA-IRN"),), horizon=7)

The modules, in the order data flows: :mod:`~dotterel.alerts.data` (the events as known on each day, daily
panels per series key), :mod:`~dotterel.alerts.distributions` (count distributions and their exact CRPS),
:mod:`~dotterel.alerts.pooling` (sparse dyads' rates pooled toward their countries: an empirical-Bayes
hierarchy fitted at each origin),
:mod:`~dotterel.alerts.forecasts` (the forecaster protocol, persistence, the 12-week bootstrap, the
ensemble), :mod:`~dotterel.alerts.negbin` and :mod:`~dotterel.alerts.boosting` (the two models),
:mod:`~dotterel.alerts.goldstein` (Goldstein sums), :mod:`~dotterel.alerts.detect` (online change detection
and the alert life cycle) with :mod:`~dotterel.alerts.severity` (one severe event on a quiet key),
:mod:`~dotterel.alerts.monitor` (what the commands call),
:mod:`~dotterel.alerts.metrics`, :mod:`~dotterel.alerts.calibration` (predicted against observed by bins of
predicted rate, PIT, coverage), :mod:`~dotterel.alerts.backtest` and :mod:`~dotterel.alerts.report`.
"""

from __future__ import annotations

from dotterel.alerts.backtest import BacktestConfig, BacktestResult, run_backtest
from dotterel.alerts.data import SeriesKey, resolve_key
from dotterel.alerts.detect import Alert, AlertRules, find_alerts
from dotterel.alerts.monitor import forecast_keys, load_alerts, scan_alerts, to_alert_records

__all__ = [
    "Alert",
    "AlertRules",
    "BacktestConfig",
    "BacktestResult",
    "SeriesKey",
    "find_alerts",
    "forecast_keys",
    "load_alerts",
    "resolve_key",
    "run_backtest",
    "scan_alerts",
    "to_alert_records",
]
