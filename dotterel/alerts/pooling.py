"""Partial pooling of sparse dyads toward their countries: an empirical-Bayes gamma-Poisson hierarchy.

Over the ``window_days`` up to an origin (events known by then), the count ``n_st`` of every directed pair
of countries ``s -> t`` with ``S_s > 0`` events as a source and ``T_t > 0`` as a target is modelled as
Poisson with mean ``mu_st * theta_st``: ``log mu_st = b0 + b1 log S_s + b2 log T_t`` between two countries
and ``c0 + c1 (log S_s + log T_s) / 2`` within one (a gravity model: busy countries make busy dyads;
domestic dyads with their own level and slope) and ``theta_st ~ Gamma(a, a)`` (mean
1) the dyad's own propensity. Marginally ``n_st`` is negative binomial; ``b`` and the shape ``a`` are
fitted by maximum likelihood over all those pairs, zeros included (:func:`fit_dyad_pool`). A dyad's rate
given its own ``n`` events over ``E`` days is then ``m (a + n) / (a + m E)`` (the gamma posterior mean,
``m`` the country-derived daily rate ``mu / window_days``): the weight of its own rate ``n / E`` is
``m E / (a + m E)``, set by the data through ``a``. A silent dyad of two busy countries gets
``m a / (a + m E)``, not zero; a busy dyad follows its own counts.

``m`` is evaluated at the countries' *recent* rates (an exponentially weighted mean of their daily totals
times ``window_days``), so when a country's total triples, so does the rate of its rarely seen dyads: the
dyad's propensity is its own count against the count its countries' rates predicted over the same days
(``m E`` above when they stayed flat), and today's rate is that propensity times today's ``m``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from scipy import optimize, signal, special

if TYPE_CHECKING:
    from dotterel.alerts.data import EventIndex, Panel

__all__ = ["DyadPool", "fit_dyad_pool", "to_dyad_pool", "to_pooled_rate_series"]

MIN_SHAPE, MAX_SHAPE = 1e-2, 1e2


@dataclass(frozen=True)
class DyadPool:
    """The fitted hierarchy: coefficients ``(b0, b1, b2, c0 - b0, c1)``, gamma shape ``a``, window, half-life.

    ``pairs`` and ``events``: the number of country pairs and of events the fit saw.
    """

    coefficients: tuple[float, float, float, float, float]
    shape: float
    window_days: int = 365
    half_life_days: float = 28.0
    pairs: int = 0
    events: float = 0.0

    def to_prior_rates(self, sources: np.ndarray, targets: np.ndarray, domestic: np.ndarray) -> np.ndarray:
        """Return the country-derived daily rates ``m`` of dyads whose countries have these window totals."""
        log_s, log_t = np.log(np.maximum(sources, 0.5)), np.log(np.maximum(targets, 0.5))
        log_mu = _to_design(log_s, log_t, domestic) @ np.array(self.coefficients)
        return np.exp(np.clip(log_mu, -30.0, 10.0)) / self.window_days

    def to_posterior_rates(self, prior: np.ndarray, own: np.ndarray, expected: np.ndarray) -> np.ndarray:
        """Return the gamma posterior mean daily rates ``m (a + n) / (a + e)``: ``m`` the country-derived rate
        now, ``n`` the dyad's own count over some days and ``e`` the count its countries' rates predicted
        for those days (``m E`` when they stayed flat): the dyad's propensity ``(a + n) / (a + e)`` times
        ``m``."""
        return prior * (self.shape + own) / (self.shape + expected)


def _to_design(log_s: np.ndarray, log_t: np.ndarray, domestic: np.ndarray) -> np.ndarray:
    """Covariates ``(1, log S, log T, domestic, domestic * (log S + log T) / 2)`` on a last axis; between two
    countries the slopes on ``log S`` and ``log T`` apply, within one they are replaced by the fifth."""
    log_s, log_t, domestic = np.broadcast_arrays(log_s, log_t, domestic)
    between = 1.0 - domestic
    mean = (log_s + log_t) / 2.0
    columns = [np.ones_like(log_s), between * log_s, between * log_t, domestic, domestic * mean]
    return np.stack(columns, axis=-1)


def _negative_log_likelihood(
    theta: np.ndarray, design: np.ndarray, counts: np.ndarray
) -> tuple[float, np.ndarray]:
    """Negative binomial (mean ``exp(design @ b)``, shape ``a = exp(theta[-1])``) and its gradient."""
    beta, a = theta[:-1], float(np.exp(theta[-1]))
    eta = np.clip(design @ beta, -30.0, 20.0)
    mu = np.exp(eta)
    log_lik = (special.gammaln(counts + a) - special.gammaln(a) + a * np.log(a / (a + mu))
               + counts * (eta - np.log(a + mu)))  # fmt: skip
    d_eta = a * (counts - mu) / (a + mu)
    d_a = special.digamma(counts + a) - special.digamma(a) + np.log(a / (a + mu)) + (mu - counts) / (a + mu)
    gradient = -np.concatenate([design.T @ d_eta, [float(d_a.sum()) * a]])
    return -float(log_lik.sum()), gradient


def fit_dyad_pool(
    pair_counts: np.ndarray, sources: np.ndarray, targets: np.ndarray, window_days: int = 365,
    half_life_days: float = 28.0,
) -> DyadPool | None:  # fmt: skip
    """Return the hierarchy fitted by maximum likelihood on window counts ``pair_counts[s, t]`` (None if too
    thin), over the pairs whose countries are both active: ``sources[s] > 0`` and ``targets[t] > 0`` (the
    countries' window totals on each side, events with an unknown other side included)."""
    rows, columns = np.flatnonzero(sources > 0), np.flatnonzero(targets > 0)
    if len(rows) * len(columns) < 4 or pair_counts.sum() <= 0:
        return None
    counts = pair_counts[np.ix_(rows, columns)].ravel()
    log_s = np.repeat(np.log(sources[rows]), len(columns))
    log_t = np.tile(np.log(targets[columns]), len(rows))
    domestic = (rows[:, None] == columns[None, :]).ravel().astype(float)
    design = _to_design(log_s, log_t, domestic).reshape(-1, 5)
    start = np.append(np.linalg.lstsq(design, np.log(counts + 0.5), rcond=None)[0], 0.0)  # a rough start
    slope, level = (-1.0, 3.0), (-30.0, 30.0)
    start[:-1] = np.clip(start[:-1], [-30.0, -1.0, -1.0, -30.0, -1.0], [30.0, 3.0, 3.0, 30.0, 3.0])
    bounds = [level, slope, slope, level, slope, (np.log(MIN_SHAPE), np.log(MAX_SHAPE))]
    result = optimize.minimize(_negative_log_likelihood, start, args=(design, counts), jac=True,
                               method="L-BFGS-B", bounds=bounds)  # fmt: skip
    b0, b1, b2, b3, b4, log_a = (float(value) for value in result.x)
    return DyadPool((b0, b1, b2, b3, b4), float(np.exp(log_a)), window_days, half_life_days, len(counts),
                    float(counts.sum()))  # fmt: skip


def to_dyad_pool(index: EventIndex, weights: np.ndarray, last: int, window_days: int = 365,
                 half_life_days: float = 28.0) -> DyadPool | None:  # fmt: skip
    """Return the hierarchy fitted on the events known by day ``last`` (an index day) that happened in the
    ``window_days`` up to it, each adding its ``weights`` entry (None if too thin).

    Country totals count every event of the country on that side, other side unknown included.
    """
    chosen = (index.known <= last) & (index.day <= last) & (index.day > last - window_days) & (weights > 0)
    size = len(index.countries)
    if size == 0 or not chosen.any():
        return None
    source, target, weight = index.source[chosen], index.target[chosen], weights[chosen]
    sources = np.bincount(source[source >= 0], weight[source >= 0], minlength=size)
    targets = np.bincount(target[target >= 0], weight[target >= 0], minlength=size)
    both = (source >= 0) & (target >= 0)
    pair_counts = np.zeros((size, size))
    np.add.at(pair_counts, (source[both], target[both]), weight[both])
    return fit_dyad_pool(pair_counts, sources, targets, window_days, half_life_days)


def _trailing_sums(matrix: np.ndarray, width: int) -> np.ndarray:
    """Sums over the last ``width`` days up to each day (fewer at the start)."""
    cumulative = np.concatenate([np.zeros((matrix.shape[0], 1)), np.cumsum(matrix, axis=1)], axis=1)
    ends = np.arange(1, matrix.shape[1] + 1)
    return cumulative[:, ends] - cumulative[:, np.maximum(0, ends - width)]


def _recent_levels(matrix: np.ndarray, half_life_days: float) -> np.ndarray:
    """The exponentially weighted daily mean up to each day (weights normalised over the days seen)."""
    decay = 0.5 ** (1.0 / half_life_days)
    sums = signal.lfilter([1.0], [1.0, -decay], matrix, axis=1)
    weights = signal.lfilter([1.0], [1.0, -decay], np.ones(matrix.shape[1]))
    return np.asarray(sums / weights)


def to_pooled_rate_series(panel: Panel, pool: DyadPool) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(prior, pooled)`` daily rates of each key on each day of the panel, from days up to it.

    ``prior``: the country-derived rate ``m`` at the countries' recent rates; ``pooled``: the posterior mean
    given the key's own count over the last ``window_days`` (or the days seen) against the sum of ``m``
    over those days. A pair (both directions) adds the two directions' priors (taken as equal); a country
    total (a ``*`` side) is its own recent rate.
    """
    counts = np.maximum(panel.counts, 0)
    sides = [
        np.maximum(_recent_levels(np.maximum(totals, 0), pool.half_life_days), 0) * pool.window_days
        for totals in (panel.source_totals, panel.target_totals)
    ]
    domestic = np.array([key.source == key.target for key in panel.keys], dtype=float)[:, None]
    prior = pool.to_prior_rates(sides[0], sides[1], domestic)
    prior *= np.array([2.0 if key.both else 1.0 for key in panel.keys])[:, None]
    expected = _trailing_sums(prior, pool.window_days)
    pooled = pool.to_posterior_rates(prior, _trailing_sums(counts, pool.window_days), expected)
    is_total = np.array([key.is_total for key in panel.keys], dtype=bool)
    own = _recent_levels(counts, pool.half_life_days)
    return np.where(is_total[:, None], own, prior), np.where(is_total[:, None], own, pooled)
