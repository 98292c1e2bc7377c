"""A learned forecaster: gradient boosting (Poisson loss) over lagged features, pooled over all keys.

At an origin ``T`` it trains on the panel as known at ``T``: rows ``(key, t, k)`` for the last
``train_days`` days with ``t + h <= T`` and each day ahead ``k <= h``, features computed from days up to
``t`` only (plus ``k`` and the target's weekday), target the count ``k`` days after ``t``. The forecast of
the sum is negative binomial around the sum of the days' means, its dispersion from the residuals of the
training rows' sums. Features: the last 7 days, means over 7/28/84/365 days, days since the last nonzero day,
the source and target countries' totals over 7 and 28 days, the key's share of them over a year, the weekday,
and the dyad hierarchy's country-derived and pooled daily rates (:mod:`~dotterel.alerts.pooling`; the
key's own recent mean for a panel without a fitted hierarchy).
Each day's distribution is negative binomial around the predicted mean, with the dispersion of the
training residuals. scikit-learn's ``HistGradientBoostingRegressor``; deterministic (``random_state=0``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np

from dotterel.alerts.data import Panel
from dotterel.alerts.distributions import to_negbin
from dotterel.alerts.forecasts import CountForecast
from dotterel.alerts.pooling import to_pooled_rate_series

__all__ = ["BoostingForecaster", "BoostingSettings", "to_features"]


@dataclass(frozen=True)
class BoostingSettings:
    """Training window, sample size, refit period and tree settings."""

    train_days: int = 365
    max_rows: int = 60_000
    refit_days: int = 1
    max_iter: int = 150
    learning_rate: float = 0.05
    max_leaf_nodes: int = 15
    min_samples_leaf: int = 40


def _rolling(cumulative: np.ndarray, width: int) -> np.ndarray:
    """Means over the last ``width`` days (fewer at the start) from a zero-led cumulative sum."""
    days = cumulative.shape[1] - 1
    ends = np.arange(1, days + 1)
    starts = np.maximum(0, ends - width)
    return (cumulative[:, ends] - cumulative[:, starts]) / (ends - starts)


def _to_cumulative(matrix: np.ndarray) -> np.ndarray:
    return np.concatenate([np.zeros((matrix.shape[0], 1)), np.cumsum(np.maximum(matrix, 0), axis=1)], axis=1)


def to_features(panel: Panel) -> np.ndarray:
    """Return the feature cube ``(keys, days, features)``: day ``t`` uses days up to ``t`` only."""
    counts = np.maximum(panel.counts, 0)
    keys, days = counts.shape
    own = _to_cumulative(counts)
    lags = [np.pad(counts, ((0, 0), (lag, 0)))[:, :days] for lag in range(7)]
    means = [_rolling(own, width) for width in (7, 28, 84, 365)]
    positions = np.where(counts > 0, np.arange(days), -10_000)
    since = np.minimum(np.arange(days) - np.maximum.accumulate(positions, axis=1), 400)
    sides = []
    for totals in (panel.source_totals, panel.target_totals):
        cumulative = _to_cumulative(totals)
        sides += [_rolling(cumulative, 7), _rolling(cumulative, 28)]
        sides.append((means[3] + 0.5 / 365) / (_rolling(cumulative, 365) + 1.0 / 365))
    weekday = np.broadcast_to((panel.first_day.weekday() + np.arange(days)) % 7, (keys, days))
    pooled = to_pooled_rate_series(panel, panel.pool) if panel.pool is not None else (means[1], means[1])
    return np.stack([*lags, *means, since, *sides, weekday, *pooled], axis=2).astype(float)


def _to_daily_rows(cube: np.ndarray, counts: np.ndarray, first: int, last: int, horizon: int,
                   first_weekday: int) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """Training rows ``(k, key, t)`` for ``t`` in ``[first, last - h]`` and each ``k`` ahead (in that order),
    so that the ``h`` rows of one ``(key, t)`` add up to the sum of its next ``h`` days."""
    times = np.arange(first, last - horizon + 1)
    if len(times) == 0:
        return np.empty((0, cube.shape[2] + 2)), np.empty(0)
    block = cube[:, times, :].reshape(-1, cube.shape[2])
    features, targets = [], []
    for ahead in range(1, horizon + 1):
        extra = np.column_stack(
            [np.full(len(block), ahead), np.tile((first_weekday + times + ahead) % 7, cube.shape[0])]
        )
        features.append(np.hstack([block, extra]))
        targets.append(counts[:, times + ahead].reshape(-1))
    return np.vstack(features), np.concatenate(targets)


def _to_alpha(targets: np.ndarray, means: np.ndarray) -> float:
    """The method-of-moments dispersion of ``targets`` around ``means`` (variance ``mu + alpha mu**2``)."""
    alpha = float(np.sum((targets - means) ** 2 - means) / max(float(np.sum(means**2)), 1e-9))
    return float(np.clip(alpha, 0.01, 10.0))


@dataclass(frozen=True)
class _Fitted:
    """A trained model (None: every target was zero) and the dispersions of a day and of the sum."""

    model: Any
    alpha: float
    alpha_total: float

    def predict(self, features: np.ndarray) -> np.ndarray:
        """The predicted means of the rows of ``features``."""
        if self.model is None:
            return np.zeros(len(features))
        return np.asarray(self.model.predict(features), dtype=float)


def _fit(features: np.ndarray, targets: np.ndarray, horizon: int, settings: BoostingSettings) -> _Fitted:
    """Fit the Poisson-loss model on a seeded subsample; dispersions from all training rows' residuals."""
    from sklearn.ensemble import HistGradientBoostingRegressor

    if len(targets) == 0 or targets.sum() <= 0:
        return _Fitted(None, 0.1, 0.1)
    chosen = np.arange(len(targets))
    if len(targets) > settings.max_rows:
        chosen = np.sort(np.random.default_rng(0).choice(len(targets), settings.max_rows, replace=False))
    model = HistGradientBoostingRegressor(
        loss="poisson", learning_rate=settings.learning_rate, max_iter=settings.max_iter,
        max_leaf_nodes=settings.max_leaf_nodes, min_samples_leaf=settings.min_samples_leaf,
        l2_regularization=1.0, early_stopping=False, random_state=0,
    )  # fmt: skip
    model.fit(features[chosen], targets[chosen])
    fitted = _Fitted(model, 0.1, 0.1)
    means = fitted.predict(features)
    sums = means.reshape(horizon, -1).sum(axis=0), targets.reshape(horizon, -1).sum(axis=0)
    return _Fitted(model, _to_alpha(targets, means), _to_alpha(sums[1], sums[0]))


class BoostingForecaster:
    """Gradient-boosted Poisson regression over lagged features, pooled over the panel's keys.

    With ``refit_days > 1`` the models trained at one origin serve the following origins (on their own,
    newer features) until ``refit_days`` have passed: they only ever saw data known when they were trained.
    """

    name = "boosting"

    def __init__(self, settings: BoostingSettings | None = None) -> None:
        self.settings = settings or BoostingSettings()
        self._trained: tuple[dt.date, int, _Fitted] | None = None

    def _model(self, panel: Panel, cube: np.ndarray, horizon: int) -> _Fitted:
        trained = self._trained
        if (
            trained is not None and trained[1] == horizon
            and 0 <= (panel.as_of - trained[0]).days < self.settings.refit_days
        ):  # fmt: skip
            return trained[2]
        counts = np.maximum(panel.counts, 0)
        last = panel.days - 1
        first = max(0, last - self.settings.train_days)
        rows = _to_daily_rows(cube, counts, first, last, horizon, panel.first_day.weekday())
        fitted = _fit(*rows, horizon, self.settings)
        self._trained = (panel.as_of, horizon, fitted)
        return fitted

    def forecast(self, panel: Panel, horizon: int) -> list[CountForecast]:
        """Return one forecast per key from the panel's last day (one thread: on small data, threads only
        fight each other; on two busy cores a fit took four times longer with them)."""
        from threadpoolctl import threadpool_limits

        with threadpool_limits(1):
            return self._forecast(panel, horizon)

    def _forecast(self, panel: Panel, horizon: int) -> list[CountForecast]:
        cube = to_features(panel)
        fitted = self._model(panel, cube, horizon)
        now = cube[:, -1, :]
        weekday = panel.as_of.weekday()
        size = len(now)
        rows = [np.hstack([now, np.column_stack([np.full(size, k), np.full(size, (weekday + k) % 7)])])
                for k in range(1, horizon + 1)]  # fmt: skip
        daily_means = np.column_stack([fitted.predict(block) for block in rows])
        result = []
        for row, key in enumerate(panel.keys):
            daily = tuple(to_negbin(mean, fitted.alpha) for mean in daily_means[row])
            total = to_negbin(float(daily_means[row].sum()), fitted.alpha_total)
            result.append(CountForecast(key, panel.as_of, self.name, daily, total))
        return result
