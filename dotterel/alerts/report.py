"""The backtest report: skill per key (and all keys pooled), alert lead times, and a PNG per key.

Skill scores compare mean CRPS: ``1 - CRPS(model) / CRPS(reference)`` against persistence and against the
12-week bootstrap; the Brier skill score of P(spike within the horizon) is against the bootstrap's (a
recent climatology) and persistence's probabilities; PR-AUC is the average precision of those probabilities.
Calibration per key (observed / predicted events, 80 % and 95 % coverage, mean PIT) comes from
:func:`~dotterel.alerts.calibration.to_calibration`, whose table by bins of predicted rate is the report's
``calibration.csv``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from dotterel.alerts.backtest import BacktestResult
from dotterel.alerts.calibration import to_calibration
from dotterel.alerts.detect import Alert
from dotterel.alerts.metrics import average_precision, brier_score, skill_score

__all__ = ["ALL", "find_lead_times", "to_summary", "write_plots"]

ALL = "all"


def _to_skill_row(scores: pd.DataFrame, model: str) -> dict[str, float]:
    """Skill of ``model`` on these rows (one key, or all keys pooled)."""
    by_model = {name: rows.sort_values(["key", "origin"]) for name, rows in scores.groupby("model")}
    mine = by_model[model]
    row: dict[str, float] = {"origins": float(mine["origin"].nunique()), "spikes": float(mine["spike"].sum())}
    row["mean_total"] = float(mine["truth_total"].mean())
    for horizon in ("day", "total"):
        row[f"crps_{horizon}"] = float(mine[f"crps_{horizon}"].mean())
        for reference in ("persistence", "bootstrap"):
            if reference in by_model:
                row[f"crpss_{horizon}_vs_{reference}"] = skill_score(
                    row[f"crps_{horizon}"], float(by_model[reference][f"crps_{horizon}"].mean())
                )
    outcomes = mine["spike"].to_numpy()
    row["brier"] = brier_score(mine["prob_spike"].to_numpy(), outcomes)
    for reference in ("bootstrap", "persistence"):
        if reference in by_model:
            reference_brier = brier_score(by_model[reference]["prob_spike"].to_numpy(), outcomes)
            row[f"bss_vs_{reference}"] = skill_score(row["brier"], reference_brier)
            row[f"prauc_{reference}"] = average_precision(
                by_model[reference]["prob_spike"].to_numpy(), outcomes
            )
    row["prauc"] = average_precision(mine["prob_spike"].to_numpy(), outcomes)
    return row


def find_lead_times(result: BacktestResult) -> pd.DataFrame:
    """Return one row per spike window: key, origin, first spike day, alerted, lead days (NaN if missed)."""
    scores = result.scores
    first_model = scores["model"].iloc[0] if len(scores) else None
    spikes = scores[(scores["model"] == first_model) & scores["spike"]]
    firing_days: dict[str, list[dt.date]] = {}
    for alert in result.alerts:
        firing_days.setdefault(alert.key.label, []).extend(alert.days or (alert.first_fired,))
    truth, lead_window = result.truth, result.config.lead_window
    labels = [key.label for key in result.keys]
    rows = []
    for spike in spikes[["key", "origin", "threshold"]].to_dict("records"):
        key, origin, threshold = str(spike["key"]), spike["origin"], spike["threshold"]
        at = (origin - truth.first_day).days
        ahead = truth.counts[labels.index(key), at + 1 : at + 1 + result.config.horizon]
        day = origin + dt.timedelta(days=int(np.argmax(ahead >= threshold)) + 1)
        fired = [d for d in firing_days.get(key, []) if 0 <= (day - d).days <= lead_window]
        lead = float((day - min(fired)).days) if fired else float("nan")
        rows.append({"key": key, "origin": origin, "spike_day": day, "alerted": bool(fired),
                     "lead_days": lead})  # fmt: skip
    return pd.DataFrame(rows, columns=["key", "origin", "spike_day", "alerted", "lead_days"])


def _to_alert_row(alerts: list[Alert], leads: pd.DataFrame) -> dict[str, float]:
    spike_days = set(leads["spike_day"]) if len(leads) else set()
    followed = sum(any(0 <= (day - alert.first_fired).days <= 14 for day in spike_days) for alert in alerts)
    return {
        "alerts": float(len(alerts)),
        "alerts_before_spike": float(followed),
        "spikes_alerted": float(leads["alerted"].sum()) if len(leads) else 0.0,
        "median_lead_days": float(leads["lead_days"].median()) if leads["alerted"].any() else float("nan"),
    }


def to_summary(result: BacktestResult, model: str = "ensemble") -> pd.DataFrame:
    """Return the report table: one row per key and an ``all`` row pooling every key's scores."""
    leads = find_lead_times(result)
    rows = []
    for label in [*(key.label for key in result.keys), ALL]:
        scores = result.scores if label == ALL else result.scores[result.scores["key"] == label]
        row: dict[str, Any] = {"key": label, **_to_skill_row(scores, model)}
        overall = to_calibration(scores, result.config.horizon, model).iloc[-1]
        row.update({name: overall[name] for name in ("ratio", "coverage80", "coverage95", "mean_pit")})
        alerts = [a for a in result.alerts if label in (ALL, a.key.label)]
        row.update(_to_alert_row(alerts, leads if label == ALL else leads[leads["key"] == label]))
        if len(result.goldstein):
            gold = result.goldstein if label == ALL else result.goldstein[result.goldstein["key"] == label]
            means = gold.groupby("model")["crps_total"].mean()
            for reference in ("persistence", "bootstrap"):
                row[f"goldstein_crpss_vs_{reference}"] = skill_score(means["negbin"], means[reference])
        rows.append(row)
    return pd.DataFrame(rows)


def write_plots(result: BacktestResult, folder: Path, model: str = "ensemble") -> list[Path]:
    """Write one PNG per key: observed sums vs the model's median and 10-90 % band, P(spike), alerts."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for key in result.keys:
        rows = result.scores[(result.scores["key"] == key.label) & (result.scores["model"] == model)]
        rows = rows.sort_values("origin")
        figure, (top, bottom) = plt.subplots(2, 1, figsize=(11, 6), sharex=True, height_ratios=[3, 1])
        _draw_sums(top, rows, result, key.label)
        bottom.plot(rows["origin"], rows["prob_spike"], color="tab:purple", label="P(spike within horizon)")
        bottom.scatter(rows.loc[rows["spike"], "origin"], [1.0] * int(rows["spike"].sum()), marker="v",
                       color="red", label="spike happened")  # fmt: skip
        bottom.set_ylim(0, 1.05)
        bottom.legend(loc="upper left", fontsize=8)
        figure.tight_layout()
        path = folder / f"{key.label.replace('*', 'ALL').replace('+', '_')}.png"
        figure.savefig(path, dpi=90)
        plt.close(figure)
        paths.append(path)
    return paths


def _draw_sums(axes: Any, rows: pd.DataFrame, result: BacktestResult, label: str) -> None:
    """Observed next-horizon sums, the forecast median and band, and alert firings."""
    horizon = result.config.horizon
    axes.fill_between(rows["origin"], rows["q10_total"], rows["q90_total"], step="post", alpha=0.3,
                      color="tab:blue", label="ensemble 10-90 %")  # fmt: skip
    axes.step(rows["origin"], rows["q50_total"], where="post", color="tab:blue", label="ensemble median")
    axes.plot(rows["origin"], rows["truth_total"], "o", color="black", markersize=3,
              label=f"observed next {horizon} days")  # fmt: skip
    fired = sorted(
        {day for a in result.alerts if a.key.label == label for day in (a.days or (a.first_fired,))}
    )
    if fired:
        axes.vlines(
            fired, 0, max(1.0, float(rows["truth_total"].max())), color="red", alpha=0.3, label="alert"
        )
    axes.set_title(f"{label}: {result.config.measure}, next {horizon} days from each origin")
    axes.legend(loc="upper left", fontsize=8)
