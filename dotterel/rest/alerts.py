"""The bridge to the early-warning module (:mod:`dotterel.alerts`), which may not be installed yet.

The API expects ``dotterel.alerts.load_alerts(con, as_of=None)``: the alerts known on ``as_of`` (the last
stored day when None) over the store's connection, each a dataclass, a mapping or an object with
``to_dict()``. An alert names its dyad by ``key`` (``source``, ``target``, ``both``) or by ``source`` and
``target``; the date it first fired by ``first_fired`` (or ``first_date``/``date``); ``severity``,
``rule``, ``observed``, ``expected``, ``p_value``, ``reason`` and ``event_ids`` are shown when present.
Until that function exists, :func:`find_alert_records` raises :class:`AlertsUnavailable` (the API
answers 501 and the dashboard says alerts are not available).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import inspect
from collections.abc import Callable, Mapping
from typing import Any

from dotterel.errors import DotterelError

ALERTS_MODULE = "dotterel.alerts"
ALERTS_FUNCTION = "load_alerts"
_DATE_KEYS: tuple[str, ...] = ("first_fired", "first_date", "date", "fired", "as_of")


class AlertsUnavailable(DotterelError):
    """The alerts module (or its ``find_alerts`` function) is not available in this installation."""


def resolve_alerts_function() -> Callable[..., Any] | None:
    """Return ``dotterel.alerts.load_alerts`` when it can be imported and called as ``(con, as_of=…)``,
    else None."""
    try:
        module = importlib.import_module(ALERTS_MODULE)
    except ImportError:
        return None
    function = getattr(module, ALERTS_FUNCTION, None)
    if not callable(function):
        return None
    try:
        inspect.signature(function).bind(None, as_of=None)
    except (TypeError, ValueError):
        return None
    return function


def find_alert_records(
    con: Any, as_of: dt.date | None = None, dyad: str | None = None
) -> list[dict[str, Any]]:
    """Return the alerts as JSON-ready dicts (``source``, ``target``, ``severity``, ``date`` first), newest
    first, optionally only those of one directed ``dyad`` (``"USA-IRN"``).

    Raises:
        AlertsUnavailable: :mod:`dotterel.alerts` is not installed or has no ``find_alerts``.
    """
    function = resolve_alerts_function()
    if function is None:
        raise AlertsUnavailable(
            f"alerts are not available: {ALERTS_MODULE}.{ALERTS_FUNCTION}"
            " is not part of this installation yet"
        )
    records = [to_alert_record(alert) for alert in function(con, as_of=as_of)]
    if dyad:
        source, _, target = dyad.upper().replace("->", "-").partition("-")
        records = [r for r in records if is_dyad_alert(r, source, target)]
    return sorted(records, key=lambda r: r["date"] or "", reverse=True)


def is_dyad_alert(record: dict[str, Any], source: str, target: str, either_way: bool = False) -> bool:
    """Return whether an alert record is about ``source`` → ``target`` (either direction when
    ``either_way``; an alert on the unordered pair counts for both directions)."""
    sides = (record["source"], record["target"])
    if sides == (source, target):
        return True
    return sides == (target, source) and (either_way or bool(record["both"]))


def to_alert_record(alert: Any) -> dict[str, Any]:
    """Return one alert as a plain dict: ``source``, ``target``, ``both``, ``severity``, ``date``,
    ``reason`` first, then its other fields."""
    raw = _to_raw(alert)
    key = getattr(alert, "key", None) or raw.get("key")
    source = _resolve_field(key, "source") or raw.get("source")
    target = _resolve_field(key, "target") or raw.get("target")
    if (source is None or target is None) and isinstance(raw.get("dyad"), str):
        source, _, target = raw["dyad"].replace("->", "-").partition("-")
    day = next((raw[name] for name in _DATE_KEYS if raw.get(name) is not None), None)
    record = {
        "source": str(source).upper() if source else None,
        "target": str(target).upper() if target else None,
        "both": bool(_resolve_field(key, "both") or raw.get("both")),
        "severity": getattr(alert, "severity", None) or raw.get("severity"),
        "date": to_json_value(day),
        "reason": raw.get("reason") or raw.get("explanation") or _to_reason(raw),
    }
    record.update({name: to_json_value(value) for name, value in raw.items() if name not in record})
    record.pop("key", None)
    return record


def _to_raw(alert: Any) -> dict[str, Any]:
    if hasattr(alert, "to_dict"):
        return dict(alert.to_dict())
    if dataclasses.is_dataclass(alert) and not isinstance(alert, type):
        return {f.name: getattr(alert, f.name) for f in dataclasses.fields(alert)}
    if isinstance(alert, Mapping):
        return dict(alert)
    return dict(vars(alert))


def _resolve_field(key: Any, name: str) -> Any:
    if key is None:
        return None
    return key.get(name) if isinstance(key, Mapping) else getattr(key, name, None)


def _to_reason(raw: dict[str, Any]) -> str | None:
    if raw.get("rule") is None or raw.get("observed") is None or raw.get("expected") is None:
        return None
    reason = f"{raw['rule']}: {raw['observed']:g} events against {float(raw['expected']):.1f} expected"
    return reason + (f" (p = {float(raw['p_value']):.2g})" if raw.get("p_value") is not None else "")


def to_json_value(value: Any) -> Any:
    """Return ``value`` with dates as ISO strings, containers converted recursively."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): to_json_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set):
        return [to_json_value(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_json_value(dataclasses.asdict(value))
    return value
