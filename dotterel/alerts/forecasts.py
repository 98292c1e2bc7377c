"""Forecasts of daily counts per series key, the naive baselines and the ensemble.

A forecaster takes a :class:`~dotterel.alerts.data.Panel` (the history as known at its last day, the
forecast origin) and a horizon ``h``, and returns one :class:`CountForecast` per key: the distribution of
each of the next ``h`` days and of their sum. Baselines: persistence (Poisson around the last value: the
last day for each day ahead, the last ``h`` days' sum for the sum) and a bootstrap of the last 12 weeks
(their daily values; their rolling ``h``-day sums).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from dotterel.alerts.data import Panel, SeriesKey
from dotterel.alerts.distributions import CountDistribution, to_empirical, to_mixture, to_poisson

__all__ = [
    "BootstrapForecaster",
    "CountForecast",
    "EnsembleForecaster",
    "Forecaster",
    "PersistenceForecaster",
    "to_ewma_level",
    "to_pooled",
]


@dataclass(frozen=True)
class CountForecast:
    """One key's forecast from ``origin``: each of the next days and their sum."""

    key: SeriesKey
    origin: dt.date
    model: str
    daily: tuple[CountDistribution, ...]
    total: CountDistribution

    def prob_spike(self, threshold: float) -> float:
        """``P(some day ahead has a count >= threshold)``, the days taken as independent."""
        below = [1.0 - day.prob_at_least(threshold) for day in self.daily]
        return float(1.0 - np.prod(below))


class Forecaster(Protocol):
    """Anything that forecasts every key of a panel from its last day."""

    name: str

    def forecast(self, panel: Panel, horizon: int) -> list[CountForecast]:
        """Return one forecast per key of ``panel``, in its order."""
        ...


class PersistenceForecaster:
    """Poisson around the last value: Poisson(last day) each day, Poisson(sum of the last h days) in all."""

    name = "persistence"

    def forecast(self, panel: Panel, horizon: int) -> list[CountForecast]:
        """Return the persistence forecasts of every key."""
        result = []
        for row, key in enumerate(panel.keys):
            series = np.maximum(panel.counts[row], 0)
            daily = to_poisson(series[-1])
            total = to_poisson(series[-horizon:].sum())
            result.append(CountForecast(key, panel.as_of, self.name, (daily,) * horizon, total))
        return result


class BootstrapForecaster:
    """The last ``weeks`` weeks resampled: their daily values, and their rolling ``h``-day sums."""

    name = "bootstrap"

    def __init__(self, weeks: int = 12) -> None:
        self.days = 7 * weeks

    def forecast(self, panel: Panel, horizon: int) -> list[CountForecast]:
        """Return the bootstrap forecasts of every key."""
        result = []
        for row, key in enumerate(panel.keys):
            recent = np.maximum(panel.counts[row, -self.days :], 0)
            sums = np.convolve(recent, np.ones(horizon), mode="valid") if len(recent) >= horizon else recent
            daily = to_empirical(recent)
            result.append(CountForecast(key, panel.as_of, self.name, (daily,) * horizon, to_empirical(sums)))
        return result


class EnsembleForecaster:
    """The linear pool of its members' distributions (equal weights unless given)."""

    name = "ensemble"

    def __init__(self, members: Sequence[Forecaster], weights: Sequence[float] | None = None) -> None:
        self.members = tuple(members)
        self.weights = tuple(weights) if weights is not None else (1.0,) * len(self.members)

    def forecast(self, panel: Panel, horizon: int) -> list[CountForecast]:
        """Return the pooled forecasts of every key."""
        return to_pooled([member.forecast(panel, horizon) for member in self.members], self.weights)


def to_pooled(forecasts: Sequence[list[CountForecast]], weights: Sequence[float]) -> list[CountForecast]:
    """Return the linear pool of several models' forecasts of the same keys."""
    pooled = []
    for parts in zip(*forecasts, strict=True):
        first = parts[0]
        daily = tuple(
            to_mixture([part.daily[day] for part in parts], weights) for day in range(len(first.daily))
        )
        total = to_mixture([part.total for part in parts], weights)
        pooled.append(CountForecast(first.key, first.origin, EnsembleForecaster.name, daily, total))
    return pooled


def to_ewma_level(series: np.ndarray, half_life: float) -> np.ndarray:
    """Return the exponentially weighted mean of each row over its days (the last day weighing most)."""
    days = series.shape[-1]
    weights = 0.5 ** (np.arange(days)[::-1] / half_life)
    return np.asarray(series @ weights / weights.sum())
