"""Scores of probabilistic forecasts: CRPS of samples, skill scores, Brier score, average precision.

The CRPS of a :class:`~dotterel.alerts.distributions.CountDistribution` is its own ``crps`` method; here is
the CRPS of a sample (for the Goldstein sums, which are not counts).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["average_precision", "brier_score", "crps_samples", "skill_score"]


def crps_samples(samples: Sequence[float] | np.ndarray, outcome: float) -> float:
    """Return the CRPS of the empirical distribution of ``samples``: ``E|X - y| - E|X - X'| / 2``."""
    values = np.sort(np.asarray(samples, dtype=float))
    n = len(values)
    if n == 0:
        raise ValueError("no samples")
    spread = np.dot(2 * np.arange(1, n + 1) - n - 1, values) / (n * n)  # E|X - X'| / 2
    return float(np.mean(np.abs(values - outcome)) - spread)


def skill_score(score: float, reference: float) -> float:
    """Return ``1 - score / reference`` (1 perfect, 0 as good as the reference, negative worse; NaN if the
    reference is 0)."""
    return float("nan") if reference == 0 else 1.0 - score / reference


def brier_score(probabilities: Sequence[float] | np.ndarray, outcomes: Sequence[bool] | np.ndarray) -> float:
    """Return the mean squared difference between the probabilities and the 0/1 outcomes."""
    p = np.asarray(probabilities, dtype=float)
    o = np.asarray(outcomes, dtype=float)
    return float(np.mean((p - o) ** 2)) if len(p) else float("nan")


def average_precision(scores: Sequence[float] | np.ndarray, outcomes: Sequence[bool] | np.ndarray) -> float:
    """Return the area under the precision-recall curve as average precision (NaN with no positive).

    ``sum_n (R_n - R_{n-1}) P_n`` over the thresholds at each distinct score, highest first (ties count as
    one threshold, as scikit-learn's ``average_precision_score``).
    """
    s = np.asarray(scores, dtype=float)
    o = np.asarray(outcomes, dtype=bool)
    positives = int(o.sum())
    if positives == 0:
        return float("nan")
    order = np.argsort(-s, kind="mergesort")
    s, o = s[order], o[order]
    last_of_tie = np.r_[np.flatnonzero(np.diff(s) != 0), len(s) - 1]
    true_positives = np.cumsum(o)[last_of_tie]
    precision = true_positives / (last_of_tie + 1)
    recall = true_positives / positives
    return float(np.sum(np.diff(np.r_[0.0, recall]) * precision))
