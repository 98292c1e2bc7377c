"""Forecasts and scores with known answers: CRPS (0 for a perfect forecast, by hand on small cases), the
persistence and bootstrap baselines computed by hand, the negative binomial fit recovering its parameters,
borrowing from country totals, the boosting model learning a weekly pattern, average precision by hand;
the ``dotterel forecast`` command.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import replace

import numpy as np
import pytest
from scipy import integrate, stats
from sklearn.metrics import average_precision_score
from typer.testing import CliRunner

from dotterel.alerts.boosting import BoostingForecaster, BoostingSettings
from dotterel.alerts.data import Panel, SeriesKey
from dotterel.alerts.distributions import to_empirical, to_mixture, to_negbin, to_point, to_poisson
from dotterel.alerts.forecasts import BootstrapForecaster, EnsembleForecaster, PersistenceForecaster
from dotterel.alerts.metrics import average_precision, brier_score, crps_samples, skill_score
from dotterel.alerts.negbin import NegBinForecaster, NegBinSettings, fit_negbin, to_prior_rates
from dotterel.alerts.pooling import DyadPool
from dotterel.cli import app
from tests.test_alerts import crisis_db  # noqa: F401  (a fixture: the Soleimani crisis as a store)

KEY = SeriesKey("USA", "IRN")
MONDAY = dt.date(2019, 1, 7)


def to_panel_of(*series: list[float] | np.ndarray, totals: np.ndarray | None = None) -> Panel:
    """A panel of the given series (one key each) starting on a Monday; totals default to the series."""
    counts = np.array(series, dtype=float)
    keys = tuple(SeriesKey("USA", f"T{number:02d}") for number in range(len(series)))
    sides = counts if totals is None else totals
    return Panel(keys, MONDAY, counts, sides, sides)


@pytest.mark.parametrize("outcome", [0, 1, 5, 40])
def test_crps_of_a_perfect_forecast_is_zero(outcome: int) -> None:
    assert to_point(outcome).crps(outcome) == 0
    assert crps_samples([outcome] * 50, outcome) == 0


@pytest.mark.parametrize(
    ("distribution", "outcome"),
    [(to_poisson(2.0), 0), (to_poisson(2.0), 3), (to_negbin(1.5, 0.8), 7), (to_point(2), 4.5),
     (to_poisson(0.3), 0.25), (to_point(0), -1.0)],
)  # fmt: skip
def test_crps_is_the_integral_of_the_squared_cdf_difference(distribution: object, outcome: float) -> None:
    cdf = distribution.cdf  # type: ignore[attr-defined]

    def squared(x: float) -> float:
        below = 0.0 if x < 0 else (cdf[int(x)] if int(x) < len(cdf) else 1.0)
        return (below - (1.0 if x >= outcome else 0.0)) ** 2

    edges = sorted({-2.0, outcome, *range(0, len(cdf) + 2)})
    integral = sum(integrate.quad(squared, a, b)[0] for a, b in zip(edges, edges[1:], strict=False))
    assert distribution.crps(outcome) == pytest.approx(integral, abs=1e-6)  # type: ignore[attr-defined]


def test_crps_of_samples_agrees_with_the_distribution() -> None:
    draws = stats.poisson.rvs(3.0, size=40_000, random_state=1)
    assert crps_samples(draws, 5) == pytest.approx(to_poisson(3.0).crps(5), rel=0.02)


def test_persistence_scored_by_hand() -> None:
    """Last day 1 (last week's sum 2), then a quiet day and week: Poisson(1) and Poisson(2) scored at 0."""
    (forecast,) = PersistenceForecaster().forecast(to_panel_of([0] * 20 + [1, 0, 0, 0, 0, 0, 1]), 7)
    by_hand_day = sum(
        (1 - sum(math.exp(-1) / math.factorial(j) for j in range(k + 1))) ** 2 for k in range(30)
    )
    assert by_hand_day == pytest.approx(0.4762, abs=1e-4)
    assert forecast.daily[0].crps(0) == pytest.approx(by_hand_day, abs=1e-9)
    by_hand_week = sum(
        (1 - sum(math.exp(-2) * 2**j / math.factorial(j) for j in range(k + 1))) ** 2 for k in range(40)
    )
    assert forecast.total.crps(0) == pytest.approx(by_hand_week, abs=1e-9)
    (quiet,) = PersistenceForecaster().forecast(to_panel_of([0] * 27), 7)
    assert quiet.daily[0].crps(2) == 2.0  # a point mass at 0, then 2 events: two unit steps


def test_bootstrap_scored_by_hand() -> None:
    """Twelve weeks alternating 0 and 2: half the mass on each; at outcome 1, 0.5**2 + 0.5**2 = 0.5."""
    (forecast,) = BootstrapForecaster().forecast(to_panel_of([9] * 30 + [0, 2] * 42), 7)
    assert forecast.daily[0].pmf.tolist() == [0.5, 0.0, 0.5]
    assert forecast.daily[0].crps(1) == pytest.approx(0.5)
    assert forecast.total.pmf.tolist() == pytest.approx([0, 0, 0, 0, 0, 0, 39 / 78, 0, 39 / 78])


def test_negative_binomial_fit_recovers_mean_and_dispersion() -> None:
    rng = np.random.default_rng(3)
    y = rng.negative_binomial(2.0, 2.0 / (2.0 + 4.0), size=2000)  # mean 4, alpha 0.5
    fit = fit_negbin(y, 0, 1.0, NegBinSettings(window_days=2000, half_life_days=1e9))
    assert math.exp(fit.level) == pytest.approx(4.0, rel=0.1)
    assert fit.alpha == pytest.approx(0.5, rel=0.2)


@pytest.mark.parametrize("prior_rate", [0.001, 0.01, 0.03])
def test_with_almost_no_history_the_forecast_mean_is_the_prior_mean(prior_rate: float) -> None:
    """One empty day: the mean over the level's posterior stays near the prior's mean (the rate at the
    posterior's mode would be ``exp(-sd**2 / 2)`` = 0.61 of it); a year of empty days lowers it."""
    fit = fit_negbin(np.zeros(1), 0, prior_rate)
    mean = fit.to_means(1, 1, 112)[0]
    assert 0.85 * prior_rate < mean <= prior_rate
    assert math.exp(fit.level) < 0.7 * prior_rate
    quiet = fit_negbin(np.zeros(365), 0, prior_rate, NegBinSettings(window_days=365)).to_means(1, 1, 365)[0]
    assert quiet < mean


@pytest.mark.parametrize(("recent", "higher"), [(3.0, True), (0.2, False)])
def test_negative_binomial_follows_a_recent_rise_and_not_a_fall(recent: float, higher: bool) -> None:
    rng = np.random.default_rng(4)
    series = np.concatenate([rng.poisson(1.0, 100), rng.poisson(recent, 30)])
    (forecast,) = NegBinForecaster().forecast(to_panel_of(series), 7)
    assert (forecast.total.mean() > 7 * 1.5) is higher


def test_a_sparse_dyad_borrows_from_its_countries_totals() -> None:
    """Same dyad history (one event 370 days ago) under a known hierarchy (country-derived rate
    ``m = e**-12 S T / 365`` a day, ``S`` and ``T`` its countries' totals at their recent rates, shape 1):
    with totals flat at 2 a day, ``m = e**-12 * 730 * 730 / 365`` and no event in the 253 days before the
    fitting window, the prior is ``m / (1 + 253 m)``; totals heating up fivefold for the last two months
    (after those 253 days) more than double it; without a hierarchy the forecast follows the silence."""
    dyad = np.zeros(400)
    dyad[30] = 1
    flat, heating = np.full(400, 2.0), np.concatenate([np.full(340, 2.0), np.full(60, 10.0)])
    pool = DyadPool((-12.0, 1.0, 1.0, 0.0, 1.0), 1.0)
    panels = [replace(to_panel_of(dyad, totals=totals[None, :]), pool=pool) for totals in (flat, heating)]
    priors = [to_prior_rates(panel, NegBinSettings())[0] for panel in panels]
    m = math.exp(-12) * 730 * 730 / 365
    assert priors[0] == pytest.approx(m / (1 + 253 * m), rel=1e-6)
    means = [NegBinForecaster().forecast(panel, 7)[0].total.mean() for panel in panels]
    assert priors[1] > 2 * priors[0] and means[1] > 2 * means[0]
    assert 0 < means[0] < 7 * priors[0]  # lowered by the dyad's quiet recent months, not to zero
    (own,) = NegBinForecaster().forecast(to_panel_of(dyad, totals=heating[None, :]), 7)  # no hierarchy
    assert own.total.mean() < means[0] / 10


def test_boosting_learns_a_weekly_pattern_and_is_deterministic() -> None:
    """Five series with 4 events every Monday and none otherwise: Mondays forecast high, others low."""
    weeks = np.tile([4, 0, 0, 0, 0, 0, 0], 60)
    panel = to_panel_of(*[weeks] * 5)
    model = BoostingForecaster(BoostingSettings(train_days=200, max_iter=60))
    first = model.forecast(panel, 7)[0]
    days = [panel.as_of + dt.timedelta(days=k) for k in range(1, 8)]
    means = {day.weekday(): first.daily[k].mean() for k, day in enumerate(days)}
    assert means[0] > 3.0 and max(v for weekday, v in means.items() if weekday) < 0.5
    again = BoostingForecaster(BoostingSettings(train_days=200, max_iter=60)).forecast(panel, 7)[0]
    assert np.array_equal(again.total.pmf, first.total.pmf)


def test_the_ensemble_pools_its_members() -> None:
    panel = to_panel_of([0, 1, 0, 2] * 30)
    members = [PersistenceForecaster(), BootstrapForecaster()]
    (pooled,) = EnsembleForecaster(members).forecast(panel, 7)
    parts = [member.forecast(panel, 7)[0] for member in members]
    assert pooled.total.mean() == pytest.approx(sum(p.total.mean() for p in parts) / 2)
    assert to_mixture([to_point(0), to_point(2)]).pmf.tolist() == [0.5, 0.0, 0.5]


def test_probability_of_a_spike_from_independent_days() -> None:
    (forecast,) = PersistenceForecaster().forecast(to_panel_of([0] * 10 + [1]), 7)
    p_day = 1 - math.exp(-1) * 2  # P(Poisson(1) >= 2)
    assert forecast.prob_spike(2) == pytest.approx(1 - (1 - p_day) ** 7)


@pytest.mark.parametrize(
    ("scores", "outcomes", "expected"),
    [([0.9, 0.8, 0.7, 0.6], [1, 0, 1, 0], (1 + 2 / 3) / 2), ([0.9, 0.8, 0.7], [0, 0, 1], 1 / 3),
     ([0.5, 0.5, 0.1], [1, 0, 0], 0.5), ([0.3, 0.2], [0, 0], float("nan"))],
)  # fmt: skip
def test_average_precision_by_hand(scores: list[float], outcomes: list[int], expected: float) -> None:
    got = average_precision(scores, outcomes)
    if math.isnan(expected):
        assert math.isnan(got)
        return
    assert got == pytest.approx(expected)
    assert got == pytest.approx(average_precision_score(outcomes, scores))


def test_brier_and_skill_scores() -> None:
    assert brier_score([1.0, 0.0, 0.5], [1, 0, 1]) == pytest.approx(0.25 / 3)
    assert skill_score(0.5, 1.0) == 0.5 and skill_score(2.0, 1.0) == -1.0 and math.isnan(skill_score(1, 0))
    assert to_empirical([0, 0, 3]).pmf.tolist() == pytest.approx([2 / 3, 0, 0, 1 / 3])


def test_forecast_command_prints_days_and_the_sum(crisis_db: str) -> None:  # noqa: F811
    result = CliRunner().invoke(
        app,
        ["forecast", "--db", crisis_db, "--dyad", "IRN+USA", "--as-of", "2020-01-08", "--format", "jsonl"],
    )
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["key"] == "IRN+USA" and record["origin"] == "2020-01-08"
    assert [day["date"] for day in record["days"]][0] == "2020-01-09" and len(record["days"]) == 7
    assert record["total"]["mean"] == pytest.approx(record["model_means"]["ensemble"], abs=1e-3)
    assert record["goldstein_total"]["p80"][0] <= record["goldstein_total"]["median"] <= 0  # all assaults
    assert set(record["goldstein_next_day"]) == {"median", "p80"}
    assert record["last_28_days"][-6:] == [2, 0, 0, 0, 0, 2]  # 01-03 two strikes, 01-08 two missile attacks
    table = CliRunner().invoke(app, ["forecast", "--db", crisis_db, "--dyad", "USA-IRN", "--horizon", "3"])
    assert table.exit_code == 0 and "next 3 days" in table.stdout
    bad = CliRunner().invoke(app, ["forecast", "--db", crisis_db, "--dyad", "USA"])
    assert bad.exit_code == 1 and "--dyad" in bad.stderr
