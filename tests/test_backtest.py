"""The backtest: no look-ahead (a poisoned future gives the same forecasts and scores), a perfect forecast
scores 0 and skill 1, persistence scored by hand at one origin, spikes and alert lead times, the report
table, the PNGs, and the ``dotterel backtest`` command.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from dotterel.alerts.backtest import BacktestConfig, find_origins, run_backtest
from dotterel.alerts.boosting import BoostingForecaster, BoostingSettings
from dotterel.alerts.data import Panel, SeriesKey, to_event_index, to_panel
from dotterel.alerts.distributions import to_point
from dotterel.alerts.forecasts import BootstrapForecaster, CountForecast, PersistenceForecaster
from dotterel.alerts.goldstein import forecast_goldstein
from dotterel.alerts.negbin import NegBinForecaster
from dotterel.alerts.report import ALL, find_lead_times, to_summary, write_plots
from dotterel.cli import app
from dotterel.errors import InputError
from tests.test_alerts import START, crisis_db, to_day, to_events, to_step_counts, to_table  # noqa: F401

KEYS = (SeriesKey("USA", "IRN"), SeriesKey("AFG", "AFG"))
FAST = BoostingSettings(train_days=120, max_iter=40, refit_days=28)


def _clean_table() -> pd.DataFrame:
    rng = np.random.default_rng(11)
    return to_table(
        to_events(to_step_counts(400, 330, 0.3, 2.0, 12), "USA", "IRN"),
        to_events(rng.poisson(1.5, 400), "AFG", "AFG", goldstein=-9.0),
        to_events(rng.poisson(0.5, 400), "AFG", None, prefix="u"),  # type: ignore[arg-type]
    )  # fmt: skip


def _poisoned(table: pd.DataFrame, origin: dt.date) -> pd.DataFrame:
    """Everything first reported after ``origin`` replaced: huge counts, late reports of the past."""
    known = table[table["known"] <= origin]
    rng = np.random.default_rng(99)
    junk = [to_events(rng.poisson(9.0, 400), "USA", "IRN", lag=0, prefix="x"),
            to_events(rng.poisson(5.0, 400), "AFG", "AFG", prefix="y")]  # fmt: skip
    late = [frame.assign(known=origin + dt.timedelta(days=3)) for frame in junk]  # the past, told late
    future = [frame[frame["known"] > origin] for frame in junk]
    return to_table(known, *late, *future)


def _models() -> list:
    return [NegBinForecaster(), BoostingForecaster(FAST), PersistenceForecaster(), BootstrapForecaster()]


def test_a_poisoned_future_changes_no_forecast_made_before_it() -> None:
    origin = to_day(300)
    clean, poisoned = _clean_table(), _poisoned(_clean_table(), origin)
    indexes = [to_event_index(table, START) for table in (clean, poisoned)]
    hindsight = [to_panel(index, KEYS, to_day(399)).counts[:, :301] for index in indexes]
    assert not np.array_equal(*hindsight)  # the poison rewrites the past as seen later
    panels = [to_panel(index, KEYS, origin, history_days=365) for index in indexes]
    assert np.array_equal(panels[0].counts, panels[1].counts)
    for make in (lambda: NegBinForecaster(), lambda: BoostingForecaster(FAST), PersistenceForecaster):
        first, second = (make().forecast(panel, 7) for panel in panels)
        for a, b in zip(first, second, strict=True):
            assert np.array_equal(a.total.pmf, b.total.pmf) and np.array_equal(a.daily[3].pmf, b.daily[3].pmf)
    gold = [forecast_goldstein(index, KEYS, origin, 7, NegBinForecaster())["negbin"] for index in indexes]
    assert all(np.array_equal(a.total, b.total) for a, b in zip(*gold, strict=True))


def test_a_backtest_on_a_poisoned_future_gives_the_same_scores() -> None:
    config = BacktestConfig(to_day(280), to_day(330), step_days=7, refit_days=28)
    last_origin = find_origins(config)[-1]
    clean = to_event_index(_clean_table(), START)
    poisoned = to_event_index(_poisoned(_clean_table(), last_origin), START)
    truth = to_panel(clean, KEYS, to_day(399))
    gold = to_panel(clean, KEYS, to_day(399), "goldstein")
    results = [run_backtest(index, KEYS, config, truth, gold, _models()) for index in (clean, poisoned)]
    pd.testing.assert_frame_equal(results[0].scores, results[1].scores)
    pd.testing.assert_frame_equal(results[0].goldstein, results[1].goldstein)
    assert len(results[0].scores) == 7 * 2 * 5  # origins x keys x (4 models + ensemble)
    fired = [{(a.key, a.first_fired) for a in r.alerts if a.first_fired <= last_origin} for r in results]
    assert fired[0] == fired[1]


class Oracle:
    """A forecaster that reads the truth: a point mass on what will happen."""

    name = "oracle"

    def __init__(self, truth: Panel) -> None:
        self.truth = truth

    def forecast(self, panel: Panel, horizon: int) -> list[CountForecast]:
        at = (panel.as_of - self.truth.first_day).days
        result = []
        for row, key in enumerate(panel.keys):
            ahead = self.truth.counts[row, at + 1 : at + 1 + horizon].astype(int)
            daily = tuple(to_point(value) for value in ahead)
            result.append(CountForecast(key, panel.as_of, self.name, daily, to_point(ahead.sum())))
        return result


def test_a_perfect_forecast_scores_zero_and_full_skill() -> None:
    index = to_event_index(_clean_table(), START)
    truth = to_panel(index, KEYS, to_day(399))
    config = BacktestConfig(to_day(300), to_day(380), goldstein=False)
    result = run_backtest(index, KEYS, config, truth, models=[Oracle(truth), PersistenceForecaster(),
                                                               BootstrapForecaster()])  # fmt: skip
    summary = to_summary(result, model="oracle").set_index("key")
    assert summary.loc[ALL, "crps_total"] == 0 and summary.loc[ALL, "crps_day"] == 0
    assert (
        summary.loc[ALL, "crpss_total_vs_persistence"] == 1
        and summary.loc[ALL, "crpss_day_vs_bootstrap"] == 1
    )
    assert summary.loc[ALL, "brier"] == 0 and summary.loc[ALL, "prauc"] == 1
    assert summary.loc[ALL, "spikes"] > 0


def test_persistence_in_the_backtest_scored_by_hand() -> None:
    """USA-IRN: one event on the origin (day 10), none the next day: CRPS of Poisson(1) at 0."""
    counts = [0] * 10 + [1, 0, 0, 3, 0, 0, 0, 0, 0, 0]
    index = to_event_index(to_table(to_events(counts)), START)
    config = BacktestConfig(to_day(10), to_day(17), goldstein=False, alerts=False)
    result = run_backtest(index, KEYS[:1], config, models=[PersistenceForecaster()])
    (row,) = result.scores.to_dict(orient="records")
    by_hand = sum((1 - sum(math.exp(-1) / math.factorial(j) for j in range(k + 1))) ** 2 for k in range(30))
    assert row["crps_day"] == pytest.approx(by_hand) and row["truth_total"] == 3
    assert row["threshold"] == 2 and row["spike"] is True  # 3 on day 13 reaches max(2, mean + 3 sd)


def test_spikes_are_alerted_with_their_lead_time() -> None:
    counts = np.zeros(300)
    counts[[40, 120, 180]] = 1
    counts[250:253] = 3
    index = to_event_index(to_table(to_events(counts)), START)
    config = BacktestConfig(to_day(200), to_day(280), goldstein=False)
    result = run_backtest(index, KEYS[:1], config, models=[PersistenceForecaster(), BootstrapForecaster()])
    leads = find_lead_times(result)
    assert leads["spike_day"].tolist() == [to_day(250)]  # found from the origin before it
    assert leads["alerted"].tolist() == [True] and leads["lead_days"].tolist() == [0.0]


def test_no_origin_is_an_input_error() -> None:
    with pytest.raises(InputError):
        find_origins(BacktestConfig(to_day(10), to_day(12), horizon=7))


def test_plots_are_pngs(tmp_path: Path) -> None:
    index = to_event_index(_clean_table(), START)
    config = BacktestConfig(to_day(300), to_day(340), goldstein=False, refit_days=60)
    result = run_backtest(index, KEYS, config)
    paths = write_plots(result, tmp_path)
    assert [p.name for p in paths] == ["USA-IRN.png", "AFG-AFG.png"]
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in paths)


def test_backtest_command_writes_the_report(crisis_db: str, tmp_path: Path) -> None:  # noqa: F811
    out = tmp_path / "report"
    result = CliRunner().invoke(app, [
        "backtest", "--db", crisis_db, "--from", "2019-12-20", "--to", "2020-01-20", "--dyad", "IRN+USA",
        "--dyad", "USA-IRN", "--out", str(out),
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "ensemble skill" in result.stdout and "IRN+USA" in result.stdout
    assert "ensemble calibration" in result.stdout and "coverage80" in result.stdout
    with (out / "calibration.csv").open() as handle:
        bins = list(csv.DictReader(handle))
    assert bins[-1]["rate_bin"] == ALL and int(bins[-1]["forecasts"]) == 2 * 4  # 2 keys, 4 weekly origins
    with (out / "summary.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    assert [row["key"] for row in rows] == ["IRN+USA", "USA-IRN", ALL]
    assert {"crpss_total_vs_persistence", "bss_vs_bootstrap", "prauc", "median_lead_days"} <= set(rows[0])
    assert sorted(p.name for p in (out / "plots").iterdir()) == ["IRN_USA.png", "USA-IRN.png"]
    bad = CliRunner().invoke(
        app, ["backtest", "--db", crisis_db, "--from", "2020-01-19", "--to", "2020-01-20"]
    )
    assert bad.exit_code == 1 and "no forecast origin" in bad.stderr
