"""Negative binomial forecasts with trend and day-of-week effects, fitted on recent history per key.

For each key, the log mean on day ``t`` is ``level + trend * (t - T) / W + weekday[t]`` over the last ``W``
days before the origin ``T``; the variance is ``mean + alpha * mean**2``. The fit maximises the likelihood
weighted towards recent days (half-life ``half_life_days``) plus Gaussian priors (a MAP fit): the trend and
weekday effects shrink to zero, ``log alpha`` to ``log 0.5``, and the level to the dyad's *pooled* rate
from the hierarchy of :mod:`~dotterel.alerts.pooling`: its countries' rate now times its propensity as
shown by its own events before the window (a log-normal prior whose mean is that rate). A rarely seen dyad
thus follows its countries (when Iran's total triples, so does the rate of a silent Iranian dyad); a busy
dyad's own data outweigh the prior. The forecast means are means over the level's Laplace posterior
(``exp(level + variance / 2)``), not the rate at its mode. Country totals (a ``*`` side) and panels
without a fitted hierarchy shrink to their own recent mean.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from scipy import optimize, special

from dotterel.alerts.data import Panel
from dotterel.alerts.distributions import to_negbin
from dotterel.alerts.forecasts import CountForecast, to_ewma_level
from dotterel.alerts.pooling import to_pooled_rate_series

__all__ = ["NegBinFit", "NegBinForecaster", "NegBinSettings", "fit_negbin", "to_prior_rates"]

MIN_RATE = 1e-5


@dataclass(frozen=True)
class NegBinSettings:
    """Window, weighting and priors of the negative binomial fit."""

    window_days: int = 112
    half_life_days: float = 28.0
    level_prior_sd: float = 1.0
    trend_prior_sd: float = 0.5
    weekday_prior_sd: float = 0.25
    alpha_prior: float = 0.5
    alpha_prior_sd: float = 1.0


@dataclass(frozen=True)
class NegBinFit:
    """Fitted parameters: log level at the origin, trend over the window, 7 weekday effects, dispersion."""

    level: float
    trend: float
    weekday: np.ndarray
    alpha: float
    level_variance: float = 0.0

    def to_means(self, first_weekday: int, horizon: int, window: int) -> np.ndarray:
        """Return the means of the ``horizon`` days after the origin (the first on ``first_weekday``).

        Each is ``exp(level + ... + level_variance / 2)``: the mean over the level's (Laplace) posterior,
        not the rate at its mode, which a thin history would put too low.
        """
        ahead = np.arange(1, horizon + 1)
        weekdays = (first_weekday + ahead - 1) % 7
        log_means = self.level + self.trend * ahead / window + self.weekday[weekdays]
        return np.exp(np.clip(log_means + self.level_variance / 2, -20, 10))


def to_prior_rates(panel: Panel, settings: NegBinSettings) -> np.ndarray:
    """Return each key's prior daily rate at the panel's last day: the centre of its level's prior.

    With a fitted hierarchy (``panel.pool``) a dyad's prior is the hierarchy's posterior mean rate given its
    own events *before* the fitting window (the ``pool.window_days`` up to the origin less the last
    ``window_days``, which the fit itself reads) against what its countries' rates predicted for those
    days, times its countries' rate now. A
    country total, or any key of a panel without a hierarchy, gets its own recent weighted mean.
    """
    recent = max(0, panel.days - settings.window_days)
    own = to_ewma_level(np.maximum(panel.counts[:, recent:], 0), settings.half_life_days)
    if panel.pool is None:
        return np.maximum(own, MIN_RATE)
    prior, _ = to_pooled_rate_series(panel, panel.pool)
    older = slice(max(0, panel.days - panel.pool.window_days), recent)
    own_older = np.maximum(panel.counts[:, older], 0).sum(axis=1)
    pooled = panel.pool.to_posterior_rates(prior[:, -1], own_older, prior[:, older].sum(axis=1))
    is_total = np.array([key.is_total for key in panel.keys], dtype=bool)
    return np.maximum(np.where(is_total, own, pooled), MIN_RATE)


def _negative_posterior(
    theta: np.ndarray, y: np.ndarray, u: np.ndarray, onehot: np.ndarray, w: np.ndarray,
    prior: np.ndarray, spread: np.ndarray,
) -> tuple[float, np.ndarray]:  # fmt: skip
    """The negative log posterior of ``theta = (level, trend, 7 weekdays, log alpha)`` and its gradient."""
    eta = np.clip(theta[0] + theta[1] * u + onehot @ theta[2:9], -20, 10)
    mu, r = np.exp(eta), np.exp(-theta[9])
    log_lik = special.gammaln(y + r) - special.gammaln(r) + r * np.log(r) - (r + y) * np.log(r + mu) + y * eta
    d_eta = w * r * (y - mu) / (r + mu)
    d_r = w * (
        special.digamma(y + r) - special.digamma(r) + np.log(r) + 1 - np.log(r + mu) - (r + y) / (r + mu)
    )
    gradient = -np.concatenate([[d_eta.sum(), (d_eta * u).sum()], onehot.T @ d_eta, [-(d_r.sum()) * r]])
    gradient += (theta - prior) / spread**2
    value = -float(np.dot(w, log_lik)) + 0.5 * float(np.sum(((theta - prior) / spread) ** 2))
    return value, gradient


def fit_negbin(
    y: np.ndarray, first_weekday: int, prior_rate: float, settings: NegBinSettings | None = None
) -> NegBinFit:
    """Return the MAP fit on the daily counts ``y`` (oldest first; the first day's weekday is given).

    The level's log-normal prior has mean ``prior_rate`` (its log centre ``log prior_rate - sd**2 / 2``); the
    fit's ``level_variance`` is the inverse curvature of the log posterior in the level at its mode.
    """
    settings = settings or NegBinSettings()
    y = np.maximum(np.asarray(y, dtype=float), 0)
    days = len(y)
    u = (np.arange(days) - (days - 1)) / settings.window_days
    onehot = np.eye(7)[(first_weekday + np.arange(days)) % 7]
    w = 0.5 ** ((days - 1 - np.arange(days)) / settings.half_life_days)
    centre = np.log(prior_rate) - settings.level_prior_sd**2 / 2
    prior = np.array([centre, 0.0, *([0.0] * 7), np.log(settings.alpha_prior)])
    spread = np.array(
        [settings.level_prior_sd, settings.trend_prior_sd, *([settings.weekday_prior_sd] * 7),
         settings.alpha_prior_sd]
    )  # fmt: skip
    start = prior.copy()
    start[0] = np.log(max(float(np.dot(w, y) / w.sum()), prior_rate, MIN_RATE))
    bounds = [(-20, 10), (-5, 5), *([(-3, 3)] * 7), (np.log(1e-3), np.log(20.0))]
    result = optimize.minimize(
        _negative_posterior, start, args=(y, u, onehot, w, prior, spread), jac=True,
        method="TNC", bounds=bounds,
    )  # fmt: skip
    theta = result.x
    mu = np.exp(np.clip(theta[0] + theta[1] * u + onehot @ theta[2:9], -20, 10))
    r = float(np.exp(-theta[9]))
    curvature = float(np.dot(w, r * mu * (r + y) / (r + mu) ** 2)) + 1.0 / settings.level_prior_sd**2
    return NegBinFit(float(theta[0]), float(theta[1]), theta[2:9].copy(), float(np.exp(theta[9])),
                     1.0 / curvature)  # fmt: skip


class NegBinForecaster:
    """Negative binomial with trend and weekday effects on recent history, level borrowed when sparse."""

    name = "negbin"

    def __init__(self, settings: NegBinSettings | None = None) -> None:
        self.settings = settings or NegBinSettings()

    def forecast(self, panel: Panel, horizon: int) -> list[CountForecast]:
        """Return one forecast per key: each day ``NB(mean_k, alpha)``, the sum ``NB(sum mean_k, alpha)``
        (one shared dispersion: a rate that is high today tends to stay high all week)."""
        window = min(self.settings.window_days, panel.days)
        first_day = panel.as_of - dt.timedelta(days=window - 1)
        priors = to_prior_rates(panel, self.settings)
        result = []
        for row, key in enumerate(panel.keys):
            fit = fit_negbin(panel.counts[row, -window:], first_day.weekday(), priors[row], self.settings)
            means = fit.to_means((panel.as_of.weekday() + 1) % 7, horizon, self.settings.window_days)
            daily = tuple(to_negbin(mean, fit.alpha) for mean in means)
            total = to_negbin(float(means.sum()), fit.alpha)
            result.append(CountForecast(key, panel.as_of, self.name, daily, total))
        return result
