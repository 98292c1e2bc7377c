"""What the commands call: scan every active series for alerts with their reasons; forecast some keys.

>>> with Store("events.duckdb", read_only=True) as store:                     # doctest: +SKIP
...     alerts = scan_alerts(store.connection, as_of=dt.date(2020, 1, 8))
...     records = to_alert_records(store.connection, alerts)
...     forecasts = forecast_keys(store.connection, (resolve_key("USA-IRN"),), horizon=7)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from dotterel.alerts.boosting import BoostingForecaster
from dotterel.alerts.data import (
    ANY,
    MEASURES,
    EventIndex,
    SeriesKey,
    find_busiest_keys,
    load_event_details,
    load_event_table,
    to_event_index,
    to_panel,
)
from dotterel.alerts.detect import Alert, AlertRules, find_alerts
from dotterel.alerts.forecasts import CountForecast, Forecaster, to_pooled
from dotterel.alerts.goldstein import GoldsteinForecast, forecast_goldstein
from dotterel.alerts.negbin import NegBinForecaster
from dotterel.errors import InputError

__all__ = [
    "SCOPES",
    "KeyForecast",
    "find_active_keys",
    "forecast_keys",
    "load_index",
    "resolve_as_of",
    "scan_alerts",
    "to_alert_records",
]

SCOPES = ("dyads", "pairs", "countries")
HISTORY_DAYS = 730
TRAINING_KEYS = 50


def load_index(con: Any) -> tuple[pd.DataFrame, EventIndex]:
    """Return the event table (first-known form of each event) and its index.

    Raises:
        InputError: the store holds no event that happened (nothing to forecast or watch).
    """
    table = load_event_table(con)
    if table.empty:
        raise InputError("--db", "no events in the store (code articles with `dotterel code … --db`)")
    return table, to_event_index(table)


def resolve_as_of(table: pd.DataFrame, as_of: str | dt.date | None) -> dt.date:
    """Return ``as_of`` as a date; None means the last day an event became known."""
    if as_of is None:
        return max(table["known"])
    if isinstance(as_of, dt.date):
        return as_of
    try:
        return dt.date.fromisoformat(as_of)
    except ValueError as error:
        raise InputError("--as-of", f"not a date (YYYY-MM-DD): {as_of!r}") from error


def find_active_keys(
    table: pd.DataFrame, as_of: dt.date, days: int, measure: str = "material_conflict",
    scopes: Sequence[str] = ("dyads",),
) -> tuple[SeriesKey, ...]:  # fmt: skip
    """Return the keys with an event of ``measure`` known in the ``days`` up to ``as_of``.

    ``dyads``: directed pairs of known countries; ``pairs``: the same both ways; ``countries``: each country's
    total as source (``IRN-*``) and as target (``*-IRN``), unknown other sides included.
    """
    unknown = [scope for scope in scopes if scope not in SCOPES]
    if unknown:
        raise InputError("--scope", f"expected {', '.join(SCOPES)}, got {unknown[0]!r}")
    recent = table[(table["known"] > as_of - dt.timedelta(days=days)) & (table["known"] <= as_of)]
    quads = MEASURES.get(measure)
    if quads is not None:
        recent = recent[recent["quad_class"].isin(quads)]
    sides = [(s if isinstance(s, str) else None, t if isinstance(t, str) else None)
             for s, t in zip(recent["source"], recent["target"], strict=True)]  # fmt: skip
    keys: set[SeriesKey] = set()
    for source, target in sides:
        if "dyads" in scopes and source and target:
            keys.add(SeriesKey(source, target))
        if "pairs" in scopes and source and target and source != target:
            first, second = sorted((source, target))
            keys.add(SeriesKey(first, second, both=True))
        if "countries" in scopes:
            keys.update({SeriesKey(source, ANY)} if source else set())
            keys.update({SeriesKey(ANY, target)} if target else set())
    return tuple(sorted(keys))


def scan_alerts(
    con: Any, as_of: str | dt.date | None = None, rules: AlertRules | None = None,
    scopes: Sequence[str] = ("dyads",), keys: Sequence[SeriesKey] = (), include_closed: bool = False,
) -> list[Alert]:  # fmt: skip
    """Return the alerts standing on ``as_of`` (closed ones too with ``include_closed``), strongest first.

    Watches ``keys``, else every key of ``scopes`` active in the lookback and baseline period.
    """
    rules = rules or AlertRules()
    table, index = load_index(con)
    day = resolve_as_of(table, as_of)
    watched = tuple(keys) or find_active_keys(
        table, day, rules.lookback_days + rules.baseline_days, rules.measure, scopes
    )
    alerts = find_alerts(index, watched, day, rules) if watched else []
    return [alert for alert in alerts if include_closed or alert.status != "closed"]


def load_alerts(con: Any, as_of: str | dt.date | None = None) -> list[Alert]:
    """Return the alerts standing on ``as_of`` (default: the last day with data) for dyads, country pairs and
    countries: what the dashboard and ``GET /api/alerts`` show."""
    return scan_alerts(con, as_of=as_of, scopes=("dyads", "pairs", "countries"))


def to_alert_records(con: Any, alerts: Sequence[Alert], max_events: int = 5) -> list[dict[str, Any]]:
    """Return each alert as a JSON-ready dict with its driving events (id, date, type, sentence)."""
    shown = {alert.alert_id: list(alert.event_ids[-max_events:]) for alert in alerts}
    details = load_event_details(con, [event for events in shown.values() for event in events])
    records = []
    for alert in alerts:
        events = [{"event_id": event, **_to_json(details.get(event, {}))} for event in shown[alert.alert_id]]
        records.append({
            "alert_id": alert.alert_id, "key": alert.key.label, "status": alert.status,
            "severity": alert.severity, "score": round(alert.score, 2),
            "first_fired": alert.first_fired.isoformat(), "last_fired": alert.last_fired.isoformat(),
            "firings": alert.firings, "rule": alert.rule, "rules": list(alert.rules),
            "window": [day.isoformat() for day in alert.window], "observed": alert.observed,
            "expected": round(alert.expected, 3), "p_value": alert.p_value,
            "events_total": len(alert.event_ids), "events": events,
        })  # fmt: skip
    return records


def _to_json(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value.isoformat() if hasattr(value, "isoformat") else value for key, value in values.items()}


@dataclass(frozen=True)
class KeyForecast:
    """Every model's count forecast of one key, and the ensemble's Goldstein-sum forecast."""

    key: SeriesKey
    origin: dt.date
    counts: dict[str, CountForecast]
    goldstein: GoldsteinForecast | None
    history: np.ndarray


def forecast_keys(
    con: Any, keys: Sequence[SeriesKey], as_of: str | dt.date | None = None, horizon: int = 7,
    measure: str = "material_conflict",
) -> list[KeyForecast]:  # fmt: skip
    """Return negative binomial, boosting and ensemble forecasts of ``keys`` from ``as_of`` (default: the
    last known day). The boosting model trains on these keys and the busiest dyads of the last two years."""
    if measure == "goldstein":
        raise InputError("--measure", "forecast counts (material_conflict, conflict, events)")
    table, index = load_index(con)
    origin = resolve_as_of(table, as_of)
    since = origin - dt.timedelta(days=HISTORY_DAYS)
    busy = find_busiest_keys(table[table["known"] <= origin], TRAINING_KEYS, measure, since, origin)
    pool = tuple(dict.fromkeys([*keys, *busy]))
    panel = to_panel(index, pool, origin, measure, HISTORY_DAYS)
    members: list[Forecaster] = [NegBinForecaster(), BoostingForecaster()]
    by_model = {member.name: member.forecast(panel, horizon) for member in members}
    by_model["ensemble"] = to_pooled([by_model[member.name] for member in members], [1.0] * len(members))
    goldstein = forecast_goldstein(index, tuple(keys), origin, horizon, NegBinForecaster())["negbin"]
    return [
        KeyForecast(key, origin, {name: forecasts[row] for name, forecasts in by_model.items()},
                    goldstein[row], panel.counts[row, -28:])
        for row, key in enumerate(keys)
    ]  # fmt: skip
