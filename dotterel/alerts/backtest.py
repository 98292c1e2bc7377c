"""Rolling-origin backtest with no look-ahead, against persistence and a bootstrap of the last 12 weeks.

At each origin ``T`` (every ``step_days`` from ``start`` while ``T + horizon <= end``) every model sees the
panel as known at the end of ``T``: only events whose first report is dated on or before ``T`` (article
dates, not event dates). Its forecasts of the next day and of the next ``horizon`` days' sum are scored
against the *truth*: the same series as known at the end (by default, everything in the store). A *spike*
is a day whose count reaches ``max(spike_min, floor(mean + spike_sd * sd) + 1)`` of the 12 weeks before
the origin (as known at the origin); the binary target is "a spike within the horizon". The alert detector
is replayed online over the whole period; an alert leads a spike by the days between its earliest firing in
the ``lead_window`` days before the spike (or on it) and the spike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from dotterel.alerts.boosting import BoostingForecaster, BoostingSettings
from dotterel.alerts.calibration import to_calibration_fields
from dotterel.alerts.data import EventIndex, Panel, SeriesKey, to_panel
from dotterel.alerts.detect import Alert, AlertRules, find_alerts
from dotterel.alerts.forecasts import (
    BootstrapForecaster,
    CountForecast,
    Forecaster,
    PersistenceForecaster,
    to_pooled,
)
from dotterel.alerts.goldstein import forecast_goldstein
from dotterel.alerts.metrics import crps_samples
from dotterel.alerts.negbin import NegBinForecaster
from dotterel.errors import InputError

__all__ = ["BacktestConfig", "BacktestResult", "find_origins", "run_backtest", "to_spike_thresholds"]

ENSEMBLE_MEMBERS = ("negbin", "boosting")


@dataclass(frozen=True)
class BacktestConfig:
    """The period, horizon, origin spacing, spike definition and model settings of a backtest.

    ``alert_rules``: the detector replayed for the lead times (default :class:`AlertRules`; its measure is
    the backtest's).
    """

    start: dt.date
    end: dt.date
    horizon: int = 7
    step_days: int = 7
    measure: str = "material_conflict"
    history_days: int = 730
    spike_min: float = 2.0
    spike_sd: float = 3.0
    spike_window: int = 84
    lead_window: int = 14
    refit_days: int = 28
    goldstein: bool = True
    alerts: bool = True
    alert_rules: AlertRules | None = None


@dataclass(frozen=True)
class BacktestResult:
    """Scores per key, origin and model (``scores``), Goldstein-sum scores, the alerts, the truth panel."""

    config: BacktestConfig
    keys: tuple[SeriesKey, ...]
    scores: pd.DataFrame
    goldstein: pd.DataFrame
    truth: Panel
    alerts: list[Alert] = field(default_factory=list)


def find_origins(config: BacktestConfig) -> list[dt.date]:
    """Return the forecast origins: every ``step_days`` from ``start`` while ``origin + horizon <= end``.

    Raises:
        InputError: the period holds no origin.
    """
    origins, origin = [], config.start
    while origin + dt.timedelta(days=config.horizon) <= config.end:
        origins.append(origin)
        origin += dt.timedelta(days=config.step_days)
    if not origins:
        raise InputError("--from/--to", f"no forecast origin between {config.start} and {config.end}")
    return origins


def to_spike_thresholds(panel: Panel, config: BacktestConfig) -> np.ndarray:
    """Return each key's spike threshold from its last ``spike_window`` days in ``panel``."""
    recent = np.maximum(panel.counts[:, -config.spike_window :], 0)
    return np.maximum(
        config.spike_min, np.floor(recent.mean(axis=1) + config.spike_sd * recent.std(axis=1)) + 1
    )


def _to_models(config: BacktestConfig) -> list[Forecaster]:
    return [
        NegBinForecaster(), BoostingForecaster(BoostingSettings(refit_days=config.refit_days)),
        PersistenceForecaster(), BootstrapForecaster(),
    ]  # fmt: skip


def _score_rows(forecasts: list[CountForecast], truth: np.ndarray, thresholds: np.ndarray,
                at: int, horizon: int) -> list[dict[str, object]]:  # fmt: skip
    """One row per key: CRPS of the next day and of the sum, P(spike), the outcome, the sum's mean, variance,
    mid-PIT and quantiles."""
    rows = []
    for row, forecast in enumerate(forecasts):
        ahead = np.maximum(truth[row, at + 1 : at + 1 + horizon], 0)
        rows.append({
            "key": forecast.key.label, "origin": forecast.origin, "model": forecast.model,
            "crps_day": forecast.daily[0].crps(ahead[0]), "crps_total": forecast.total.crps(ahead.sum()),
            "prob_spike": forecast.prob_spike(thresholds[row]), "threshold": float(thresholds[row]),
            "spike": bool(ahead.max() >= thresholds[row]), "truth_day": float(ahead[0]),
            "truth_total": float(ahead.sum()), **to_calibration_fields(forecast.total, ahead.sum()),
        })  # fmt: skip
    return rows


def _score_goldstein(index: EventIndex, keys: tuple[SeriesKey, ...], origin: dt.date, truth: Panel,
                     config: BacktestConfig) -> list[dict[str, object]]:  # fmt: skip
    at = (origin - truth.first_day).days
    outcomes = truth.counts[:, at + 1 : at + 1 + config.horizon].sum(axis=1)
    forecasts = forecast_goldstein(
        index, keys, origin, config.horizon, NegBinForecaster(), config.history_days
    )
    return [
        {"key": key.label, "origin": origin, "model": model, "truth_total": float(outcomes[row]),
         "crps_total": crps_samples(f[row].total, outcomes[row])}
        for model, f in forecasts.items() for row, key in enumerate(keys)
    ]  # fmt: skip


def run_backtest(
    index: EventIndex, keys: Sequence[SeriesKey], config: BacktestConfig, truth: Panel | None = None,
    truth_goldstein: Panel | None = None, models: Sequence[Forecaster] | None = None,
) -> BacktestResult:  # fmt: skip
    """Run the rolling-origin backtest of ``keys`` (see the module docstring).

    Args:
        index: the events (only those known by each origin are used at that origin).
        keys: the series to forecast and score; the boosting model is trained on them together.
        config: period, horizon and settings.
        truth: the outcomes (default: the panel as known on the index's last day).
        truth_goldstein: the Goldstein-sum outcomes (same default).
        models: the forecasters (default: negative binomial, boosting, persistence, bootstrap); an ensemble
            of ``negbin`` and ``boosting`` is added when both are present.
    """
    keys = tuple(keys)
    last_known = index.to_day(int(max(index.known.max(), index.day.max())))
    truth = truth or to_panel(index, keys, max(last_known, config.end), config.measure)
    models = list(models) if models is not None else _to_models(config)
    rows: list[dict[str, object]] = []
    gold_rows: list[dict[str, object]] = []
    if config.goldstein:
        truth_goldstein = truth_goldstein or to_panel(index, keys, max(last_known, config.end), "goldstein")
    for origin in find_origins(config):
        panel = to_panel(index, keys, origin, config.measure, config.history_days)
        thresholds = to_spike_thresholds(panel, config)
        by_model = {model.name: model.forecast(panel, config.horizon) for model in models}
        if all(name in by_model for name in ENSEMBLE_MEMBERS):
            by_model["ensemble"] = to_pooled([by_model[name] for name in ENSEMBLE_MEMBERS], [1.0, 1.0])
        at = (origin - truth.first_day).days
        for forecasts in by_model.values():
            rows += _score_rows(forecasts, truth.counts, thresholds, at, config.horizon)
        if truth_goldstein is not None:
            gold_rows += _score_goldstein(index, keys, origin, truth_goldstein, config)
    alerts = []
    if config.alerts:
        rules = replace(config.alert_rules or AlertRules(), measure=config.measure)
        alerts = find_alerts(index, keys, config.end, rules, since=config.start)
    return BacktestResult(config, keys, pd.DataFrame(rows), pd.DataFrame(gold_rows), truth, alerts)
