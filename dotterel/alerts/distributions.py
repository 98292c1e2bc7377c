"""Predictive distributions of counts: a probability for each of 0, 1, 2, … up to a truncation point.

Every forecast of a count is a :class:`CountDistribution`; its CRPS is computed exactly (the integral of the
squared difference between its step CDF and the step at the outcome). The constructors build Poisson and
negative binomial distributions (variance ``mean + alpha * mean**2``), empirical ones and linear pools.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import stats

__all__ = ["CountDistribution", "to_empirical", "to_mixture", "to_negbin", "to_point", "to_poisson"]

TAIL = 1e-9
MAX_SUPPORT = 20_000


@dataclass(frozen=True, eq=False)
class CountDistribution:
    """A distribution over ``0 … len(pmf) - 1`` (``pmf`` sums to one)."""

    pmf: np.ndarray

    @property
    def cdf(self) -> np.ndarray:
        """``P(X <= k)`` for each ``k`` of the support."""
        return np.minimum(np.cumsum(self.pmf), 1.0)

    def mean(self) -> float:
        """The expected count."""
        return float(np.dot(np.arange(len(self.pmf)), self.pmf))

    def variance(self) -> float:
        """The variance of the count."""
        support = np.arange(len(self.pmf))
        return max(0.0, float(np.dot(support**2, self.pmf)) - self.mean() ** 2)

    def mid_pit(self, outcome: float) -> float:
        """The probability integral transform of a count, mid-step: ``P(X < y) + P(X = y) / 2``.

        Uniform on average (mean 1/2) when outcomes come from the forecast distribution.
        """
        whole = int(np.floor(max(outcome, 0.0)))
        below = float(self.pmf[: min(whole, len(self.pmf))].sum())
        at = float(self.pmf[whole]) if whole < len(self.pmf) else 0.0
        return below + at / 2.0

    def quantile(self, level: float) -> int:
        """The smallest ``k`` with ``P(X <= k) >= level``."""
        position = int(np.searchsorted(self.cdf, level - 1e-12))
        return min(position, len(self.pmf) - 1)

    def prob_at_least(self, count: float) -> float:
        """``P(X >= count)``."""
        start = max(0, int(np.ceil(count)))
        return float(self.pmf[start:].sum()) if start < len(self.pmf) else 0.0

    def crps(self, outcome: float) -> float:
        """The continuous ranked probability score of the outcome (0 for a point mass on it).

        For an integer outcome ``y``: ``sum_k (F(k) - 1{k >= y})**2`` over ``k >= 0``.
        """
        cdf = self.cdf
        size = len(cdf)
        y = float(outcome)
        if y < 0:
            return float(np.sum((1.0 - cdf) ** 2)) - y
        whole = int(np.floor(y))
        below = cdf[: max(0, min(whole, size))]
        above = cdf[max(0, min(whole, size)) :]
        score = float(np.sum(below**2) + np.sum((1.0 - above) ** 2))
        score += max(0.0, whole - size)  # F = 1 on [size, y): each unit step scores 1
        fraction = y - whole  # a non-integer outcome: the part of [whole, y) where the step is still 0
        if fraction > 0:
            at = cdf[whole] if 0 <= whole < size else 1.0
            score += fraction * (at**2 - (1.0 - at) ** 2)
        return score


def _to_support(upper: float) -> np.ndarray:
    return np.arange(int(min(max(upper, 1.0), MAX_SUPPORT)) + 2)


def to_point(count: int) -> CountDistribution:
    """Return the point mass on ``count``."""
    pmf = np.zeros(max(0, int(count)) + 1)
    pmf[-1] = 1.0
    return CountDistribution(pmf)


def to_poisson(mean: float) -> CountDistribution:
    """Return Poisson(``mean``), truncated where less than 1e-9 of the mass is left."""
    mean = max(0.0, float(mean))
    if mean == 0:
        return to_point(0)
    support = _to_support(stats.poisson.isf(TAIL, mean))
    return _normalised(stats.poisson.pmf(support, mean))


def to_negbin(mean: float, alpha: float) -> CountDistribution:
    """Return the negative binomial with this mean and variance ``mean + alpha * mean**2``."""
    mean = max(0.0, float(mean))
    if mean == 0:
        return to_point(0)
    if alpha <= 1e-8:
        return to_poisson(mean)
    size = 1.0 / alpha
    probability = size / (size + mean)
    support = _to_support(stats.nbinom.isf(TAIL, size, probability))
    return _normalised(stats.nbinom.pmf(support, size, probability))


def to_empirical(values: Sequence[float] | np.ndarray) -> CountDistribution:
    """Return the distribution putting equal mass on each (rounded, non-negative) value."""
    counts = np.maximum(np.rint(np.asarray(values, dtype=float)), 0).astype(np.int64)
    if len(counts) == 0:
        return to_point(0)
    return _normalised(np.bincount(counts).astype(float))


def to_mixture(
    parts: Sequence[CountDistribution], weights: Sequence[float] | None = None
) -> CountDistribution:
    """Return the linear pool ``sum_i w_i P_i`` (equal weights when None)."""
    if weights is None:
        weights = [1.0] * len(parts)
    size = max(len(part.pmf) for part in parts)
    pmf = np.zeros(size)
    for part, weight in zip(parts, weights, strict=True):
        pmf[: len(part.pmf)] += weight * part.pmf
    return _normalised(pmf)


def _normalised(pmf: np.ndarray) -> CountDistribution:
    total = float(pmf.sum())
    return CountDistribution(pmf / total if total > 0 else np.array([1.0]))
