"""Negative binomial forecasts with trend and day-of-week effects, fitted on recent history per key.

For each key, the log mean on day ``t`` is ``level + trend * (t - T) / W + weekday[t]`` over the last ``W``
days before the origin ``T``; the variance is ``mean + alpha * mean**2``. The fit maximises the likelihood
weighted towards recent days (half-life ``half_life_days``) plus Gaussian priors (a MAP fit): the trend and
weekday effects shrink to zero, ``log alpha`` to ``log 0.5``, and the level to a *borrowed* rate: the
dyad's share of its countries' totals over the last year times those totals' recent rates. A sparse dyad
thus follows its countries (when Iran's conflict total triples, so does the rate of a rarely seen Iranian
dyad); a busy dyad's own data outweigh the prior.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from scipy import optimize, special

from dotterel.alerts.data import ANY, Panel
from dotterel.alerts.distributions import to_negbin
from dotterel.alerts.forecasts import CountForecast, to_ewma_level

__all__ = ["NegBinFit", "NegBinForecaster", "NegBinSettings", "fit_negbin", "to_prior_rates"]

MIN_RATE = 1e-3


@dataclass(frozen=True)
class NegBinSettings:
    """Window, weighting and priors of the negative binomial fit."""

    window_days: int = 112
    half_life_days: float = 28.0
    share_days: int = 365
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

    def to_means(self, first_weekday: int, horizon: int, window: int) -> np.ndarray:
        """Return the means of the ``horizon`` days after the origin (the first on ``first_weekday``)."""
        ahead = np.arange(1, horizon + 1)
        weekdays = (first_weekday + ahead - 1) % 7
        return np.exp(np.clip(self.level + self.trend * ahead / window + self.weekday[weekdays], -20, 10))


def to_prior_rates(panel: Panel, settings: NegBinSettings, end: int | None = None) -> np.ndarray:
    """Return each key's borrowed daily rate at day ``end`` (the panel's last day when None).

    ``sqrt(share_s * rate_s * share_t * rate_t)``: ``share_s`` the key's part of its source country's total
    over ``share_days`` (with half an event added), ``rate_s`` that total's recent weighted mean; the same
    for the target. A country total (a ``*`` side) borrows from itself.
    """
    stop = panel.days if end is None else end + 1
    start = max(0, stop - settings.share_days)
    recent = max(0, stop - settings.window_days)
    own = np.maximum(panel.counts[:, start:stop].sum(axis=1), 0)
    rates = []
    for totals in (panel.source_totals, panel.target_totals):
        share = (own + 0.5) / (np.maximum(totals[:, start:stop].sum(axis=1), 0) + 1.0)
        level = to_ewma_level(np.maximum(totals[:, recent:stop], 0), settings.half_life_days)
        rates.append(np.minimum(share, 1.0) * level)
    borrowed = np.sqrt(rates[0] * rates[1])
    self_level = to_ewma_level(np.maximum(panel.counts[:, recent:stop], 0), settings.half_life_days)
    is_total = np.array([ANY in (key.source, key.target) for key in panel.keys], dtype=bool)
    return np.maximum(np.where(is_total, self_level, borrowed), MIN_RATE)


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
    """Return the MAP fit on the daily counts ``y`` (oldest first; the first day's weekday is given)."""
    settings = settings or NegBinSettings()
    y = np.maximum(np.asarray(y, dtype=float), 0)
    days = len(y)
    u = (np.arange(days) - (days - 1)) / settings.window_days
    onehot = np.eye(7)[(first_weekday + np.arange(days)) % 7]
    w = 0.5 ** ((days - 1 - np.arange(days)) / settings.half_life_days)
    prior = np.array([np.log(prior_rate), 0.0, *([0.0] * 7), np.log(settings.alpha_prior)])
    spread = np.array(
        [settings.level_prior_sd, settings.trend_prior_sd, *([settings.weekday_prior_sd] * 7),
         settings.alpha_prior_sd]
    )  # fmt: skip
    start = prior.copy()
    start[0] = np.log(max(float(np.dot(w, y) / w.sum()), prior_rate, MIN_RATE))
    bounds = [(-20, 10), (-5, 5), *([(-3, 3)] * 7), (np.log(1e-3), np.log(20.0))]
    result = optimize.minimize(
        _negative_posterior, start, args=(y, u, onehot, w, prior, spread), jac=True, method="TNC",
        bounds=bounds,
    )  # fmt: skip
    theta = result.x
    return NegBinFit(float(theta[0]), float(theta[1]), theta[2:9].copy(), float(np.exp(theta[9])))


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
