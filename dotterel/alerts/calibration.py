"""Calibration of count forecasts: predicted against observed counts by bins of predicted rate, PIT, coverage.

A forecast of the next ``h`` days' sum is *calibrated* when, over many forecasts, the events that happen
match the events predicted at every level of predicted rate, and its intervals hold the outcome as often
as they say. :func:`to_calibration` reads backtest score rows (one per key, origin and model: the sum's
predicted ``mean_total`` and ``var_total``, the outcome ``truth_total``, its mid-PIT ``pit_total`` and the
quantiles ``q025/q10/q90/q975_total``) and returns one row per bin of predicted daily rate
(``mean_total / h``) and an ``all`` row:

- ``predicted`` and ``observed``: the summed predicted means and outcomes; ``ratio`` observed / predicted;
- ``z``: ``(observed - predicted) / sqrt(sum of the forecasts' variances)`` (rows taken as independent);
- ``coverage80`` and ``coverage95``: the share of outcomes inside the 10-90 % and 2.5-97.5 % intervals
  (at least the nominal 0.8 and 0.95 for a calibrated forecast of counts: the intervals' ends are counts);
- ``mean_pit``: the mean mid-PIT ``P(X < y) + P(X = y) / 2``, 0.5 on average when calibrated; below: too
  high a forecast, above: too low;
- ``flagged``: ``|z| > z_flag`` and the ratio outside ``[1 / ratio_flag, ratio_flag]``: a miss both beyond
  chance and large (a forecast 10x too low at any rate that saw a few events).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from dotterel.alerts.distributions import CountDistribution

__all__ = ["QUANTILES", "RATE_EDGES", "to_calibration", "to_calibration_fields"]

# Quantiles of the sum kept in the scores: column -> level (the 80 % and 95 % central intervals, the median).
QUANTILES = {"q025_total": 0.025, "q10_total": 0.1, "q50_total": 0.5, "q90_total": 0.9, "q975_total": 0.975}

# Bin edges of the predicted daily rate (events a day).
RATE_EDGES = (0.0, 1e-3, 3e-3, 1e-2, 3e-2, 0.1, 0.3, 1.0, np.inf)
ALL = "all"
COLUMNS = ["rate_bin", "forecasts", "predicted", "observed", "ratio", "z", "coverage80", "coverage95",
           "mean_pit", "flagged"]  # fmt: skip


def to_calibration_fields(total: CountDistribution, outcome: float) -> dict[str, float]:
    """Return what calibration needs of one forecast of a sum and its outcome: ``mean_total``,
    ``var_total``, ``pit_total`` (mid-PIT) and the :data:`QUANTILES` columns."""
    fields = {"mean_total": total.mean(), "var_total": total.variance(), "pit_total": total.mid_pit(outcome)}
    fields.update({column: float(total.quantile(level)) for column, level in QUANTILES.items()})
    return fields


def _to_bin_label(low: float, high: float) -> str:
    return f"[{low:g}, {high:g})" if np.isfinite(high) else f">= {low:g}"


def _to_row(label: str, rows: pd.DataFrame, z_flag: float, ratio_flag: float) -> dict[str, object]:
    """The calibration measures of these score rows."""
    predicted = float(rows["mean_total"].sum())
    observed = float(rows["truth_total"].sum())
    spread = float(np.sqrt(rows["var_total"].sum()))
    z = (observed - predicted) / spread if spread > 0 else (0.0 if observed == predicted else np.inf)
    ratio = observed / predicted if predicted > 0 else (1.0 if observed == 0 else np.inf)
    truth = rows["truth_total"]
    return {
        "rate_bin": label, "forecasts": len(rows), "predicted": predicted, "observed": observed,
        "ratio": ratio, "z": z,
        "coverage80": float(((truth >= rows["q10_total"]) & (truth <= rows["q90_total"])).mean()),
        "coverage95": float(((truth >= rows["q025_total"]) & (truth <= rows["q975_total"])).mean()),
        "mean_pit": float(rows["pit_total"].mean()),
        "flagged": bool(abs(z) > z_flag and not 1.0 / ratio_flag <= ratio <= ratio_flag),
    }  # fmt: skip


def to_calibration(
    scores: pd.DataFrame, horizon: int, model: str = "ensemble", z_flag: float = 3.0, ratio_flag: float = 2.0,
    edges: tuple[float, ...] = RATE_EDGES,
) -> pd.DataFrame:  # fmt: skip
    """Return the calibration table of ``model``'s forecasts of the ``horizon``-day sum (see the module).

    Args:
        scores: backtest score rows (:attr:`~dotterel.alerts.backtest.BacktestResult.scores`).
        horizon: the days summed (the predicted daily rate is ``mean_total / horizon``).
        model: whose rows.
        z_flag: the ``|z|`` beyond which a miss is more than chance.
        ratio_flag: how far off (either way) a miss must be to matter.
        edges: bin edges of the predicted daily rate; empty bins are left out.
    """
    mine = scores[scores["model"] == model]
    rate = mine["mean_total"].to_numpy(dtype=float) / horizon
    rows = []
    for low, high in zip(edges, edges[1:], strict=False):
        chosen = mine[(rate >= low) & (rate < high)]
        if len(chosen):
            rows.append(_to_row(_to_bin_label(low, high), chosen, z_flag, ratio_flag))
    if len(mine):
        rows.append(_to_row(ALL, mine, z_flag, ratio_flag))
    return pd.DataFrame(rows, columns=COLUMNS)
