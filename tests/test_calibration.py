"""Calibration with known answers: Poisson series forecast with their true rates are calibrated in every
bin of predicted rate (ratio near 1, PIT mean near 1/2, coverage at least nominal, nothing flagged); the
same forecasts 10x too low (or too high) are flagged; mid-PIT and variance by hand; the backtest's scores
carry what calibration needs and the report and the command show it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dotterel.alerts.backtest import BacktestConfig, run_backtest
from dotterel.alerts.calibration import to_calibration, to_calibration_fields
from dotterel.alerts.data import to_event_index, to_panel
from dotterel.alerts.distributions import to_negbin, to_point, to_poisson
from dotterel.alerts.forecasts import BootstrapForecaster, PersistenceForecaster
from dotterel.alerts.report import ALL, to_summary
from tests.test_alerts import START, to_day
from tests.test_backtest import KEYS, Oracle, _clean_table

HORIZON = 7
# True daily rates, one per bin of RATE_EDGES, and how many forecasts of each (enough events in each bin).
RATES = [(0.0005, 60_000), (0.002, 20_000), (0.006, 8_000), (0.02, 3_000), (0.06, 1_500), (0.2, 800),
         (0.6, 400), (2.0, 200)]  # fmt: skip


def _to_scores(scale: float, seed: int = 0) -> pd.DataFrame:
    """Score rows of weekly sums drawn Poisson(7 * rate), forecast Poisson(7 * rate * scale)."""
    rng = np.random.default_rng(seed)
    rows = []
    for rate, forecasts in RATES:
        forecast = to_poisson(HORIZON * rate * scale)
        outcomes = rng.poisson(HORIZON * rate, forecasts)
        for outcome in np.unique(outcomes):  # one row per distinct outcome, repeated as often as drawn
            row = {"model": "ensemble", "truth_total": float(outcome),
                   **to_calibration_fields(forecast, float(outcome))}  # fmt: skip
            rows += [row] * int((outcomes == outcome).sum())
    return pd.DataFrame(rows)


def test_forecasts_with_the_true_rate_are_calibrated() -> None:
    table = to_calibration(_to_scores(1.0), HORIZON)
    assert len(table) == len(RATES) + 1 and table["rate_bin"].iloc[-1] == ALL
    assert not table["flagged"].any()
    assert table["ratio"].between(0.8, 1.25).all() and table["z"].abs().max() < 3
    assert table["mean_pit"].between(0.47, 0.53).all()
    assert (table["coverage80"] >= 0.78).all() and (table["coverage95"] >= 0.94).all()


@pytest.mark.parametrize(("scale", "low"), [(0.1, True), (10.0, False)])
def test_forecasts_ten_times_off_are_flagged(scale: float, low: bool) -> None:
    table = to_calibration(_to_scores(scale), HORIZON)
    assert table["flagged"].all()
    assert ((table["ratio"] > 5) == low).all() and ((table["ratio"] < 0.2) == (not low)).all()
    assert ((table["mean_pit"] > 0.5) == low).all()  # outcomes in the forecasts' upper tail when too low


def test_the_bins_are_by_predicted_daily_rate() -> None:
    """A forecast 10x too low moves every row one decade down: the 0.0005 rows land below 0.001 still."""
    low = to_calibration(_to_scores(0.1), HORIZON).set_index("rate_bin")
    assert low.loc["[0, 0.001)", "forecasts"] == 60_000 + 20_000 + 8_000
    assert low.loc["[0, 0.001)", "observed"] > 5 * low.loc["[0, 0.001)", "predicted"]


@pytest.mark.parametrize(
    ("distribution", "outcome", "pit"),
    [(to_point(2), 2, 0.5), (to_point(2), 3, 1.0), (to_point(2), 0, 0.0),
     (to_poisson(1.0), 0, np.exp(-1) / 2), (to_poisson(1.0), 1, np.exp(-1) * 1.5)],
)  # fmt: skip
def test_mid_pit_by_hand(distribution: object, outcome: int, pit: float) -> None:
    assert distribution.mid_pit(outcome) == pytest.approx(pit)  # type: ignore[attr-defined]


def test_variance_of_count_distributions() -> None:
    assert to_poisson(3.0).variance() == pytest.approx(3.0, rel=1e-6)
    assert to_negbin(2.0, 0.5).variance() == pytest.approx(2.0 + 0.5 * 4.0, rel=1e-4)
    assert to_point(4).variance() == 0


def test_the_backtest_report_carries_calibration() -> None:
    """A perfect forecast: every outcome inside every interval, observed equals predicted."""
    index = to_event_index(_clean_table(), START)
    truth = to_panel(index, KEYS, to_day(399))
    config = BacktestConfig(to_day(300), to_day(380), goldstein=False, alerts=False)
    models = [Oracle(truth), PersistenceForecaster(), BootstrapForecaster()]
    result = run_backtest(index, KEYS, config, truth, models=models)
    table = to_calibration(result.scores, config.horizon, "oracle").set_index("rate_bin")
    assert table.loc[ALL, "ratio"] == 1 and table.loc[ALL, "coverage80"] == 1
    assert not table["flagged"].any()
    persistence = to_calibration(result.scores, config.horizon, "persistence")
    assert persistence["forecasts"].iloc[-1] == (result.scores["model"] == "persistence").sum()
    summary = to_summary(result, model="oracle").set_index("key")
    assert summary.loc[ALL, "coverage95"] == 1 and summary.loc[ALL, "mean_pit"] == pytest.approx(0.5)
