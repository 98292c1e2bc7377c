"""The dyad hierarchy with known answers: its parameters recovered from a simulated gravity world, a silent
dyad of two busy countries forecast above its own (empty) history while one of two quiet countries stays
low, a country heating up raising its silent dyads, the pooled rates as boosting features, no look-ahead.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from dotterel.alerts.boosting import to_features
from dotterel.alerts.data import Panel, SeriesKey, to_event_index, to_panel
from dotterel.alerts.negbin import NegBinForecaster, NegBinSettings, to_prior_rates
from dotterel.alerts.pooling import fit_dyad_pool, to_pooled_rate_series
from tests.test_alerts import START, to_day, to_events, to_table

COUNTRIES = [f"C{number:02d}" for number in range(16)]
BUSY = {"C00": 6.0, "C01": 6.0}  # activity weights of the two busy countries; the others 0.3 to 1.5
DAYS = 500


def _to_world(seed: int, silent: tuple[tuple[str, str], ...] = (("C00", "C01"),), heat: float = 1.0,
              days: int = DAYS) -> pd.DataFrame:  # fmt: skip
    """Events among :data:`COUNTRIES` for ``days`` days: dyad rate ``0.004 * w_s * w_t`` (domestic ``0.05 w``)
    times a Gamma(2, 2) propensity; the ``silent`` dyads never have an event; ``heat`` multiplies the rates
    of C00's dyads over the last 60 days."""
    rng = np.random.default_rng(seed)
    weights = {c: BUSY.get(c, float(rng.uniform(0.3, 1.5))) for c in COUNTRIES}
    frames = []
    for source in COUNTRIES:
        for target in COUNTRIES:
            if (source, target) in silent:
                continue
            base = 0.05 * weights[source] if source == target else 0.004 * weights[source] * weights[target]
            rates = np.full(days, base * rng.gamma(2.0, 0.5))
            if source == "C00":
                rates[-60:] *= heat
            frames.append(to_events(rng.poisson(rates), source, target, prefix="w"))
    return to_table(*frames)


def _to_panel_of(table: pd.DataFrame, keys: tuple[SeriesKey, ...], as_of: dt.date) -> Panel:
    return to_panel(to_event_index(table, START), keys, as_of, history_days=730)


@pytest.mark.parametrize(("shape", "slopes"), [(0.7, (1.0, 0.8)), (3.0, (0.6, 1.2))])
def test_the_hierarchy_recovers_its_parameters(shape: float, slopes: tuple[float, float]) -> None:
    """60 countries with known totals; counts Poisson(mu * Gamma(a, a)): the fit finds a and the slopes."""
    rng = np.random.default_rng(5)
    totals = np.exp(rng.uniform(1.0, 6.0, 60))
    log_mu = -6.0 + slopes[0] * np.log(totals)[:, None] + slopes[1] * np.log(totals)[None, :]
    np.fill_diagonal(log_mu, -1.0 + 0.9 * np.log(totals))
    counts = rng.poisson(np.exp(log_mu) * rng.gamma(shape, 1.0 / shape, log_mu.shape))
    pool = fit_dyad_pool(counts.astype(float), totals, totals)
    assert pool is not None
    assert pool.shape == pytest.approx(shape, rel=0.3)
    assert pool.coefficients[1] == pytest.approx(slopes[0], abs=0.15)
    assert pool.coefficients[2] == pytest.approx(slopes[1], abs=0.15)
    assert pool.coefficients[4] == pytest.approx(0.9, abs=0.2)


def test_too_few_events_give_no_hierarchy() -> None:
    assert fit_dyad_pool(np.zeros((3, 3)), np.zeros(3), np.zeros(3)) is None
    assert fit_dyad_pool(np.array([[1.0]]), np.ones(1), np.ones(1)) is None


# (key, lowest and highest daily rate forecast): every key is silent (its own history says 0 a day). A dyad
# of the two busy countries (rate 0.144 a day for an average propensity; 36 events expected in the 253 days
# before the fitting window, none seen) is shrunk far below that but kept above one event a year; one of a
# busy country and one never seen, or of two never seen, stays near zero.
SILENT = [
    (SeriesKey("C00", "C01"), 1 / 365, 0.144), (SeriesKey("C01", "C00"), 1 / 365, 0.144),
    (SeriesKey("C00", "C99"), 0.0, 1 / 2000), (SeriesKey("C98", "C99"), 0.0, 1e-4),
]  # fmt: skip


@pytest.mark.parametrize(("key", "lowest", "highest"), SILENT)
def test_a_silent_dyad_follows_its_countries(key: SeriesKey, lowest: float, highest: float) -> None:
    world = _to_world(1, (("C00", "C01"), ("C01", "C00")))
    panel = _to_panel_of(world, (key,), to_day(DAYS - 1))
    assert panel.counts.sum() == 0 and panel.pool is not None
    (forecast,) = NegBinForecaster().forecast(panel, 7)
    assert lowest < forecast.total.mean() / 7 < highest


def test_a_country_heating_up_raises_its_silent_dyads() -> None:
    """C00's dyads triple their rates for the last 60 days: the silent C00-C01 forecast more than doubles."""
    key = SeriesKey("C00", "C01")
    panels = [_to_panel_of(_to_world(2, heat=heat), (key,), to_day(DAYS - 1)) for heat in (1.0, 3.0)]
    priors = [to_prior_rates(panel, NegBinSettings())[0] for panel in panels]
    means = [NegBinForecaster().forecast(panel, 7)[0].total.mean() for panel in panels]
    assert priors[1] > 2 * priors[0] and means[1] > 2 * means[0]


def test_busy_dyads_follow_their_own_counts() -> None:
    """A domestic dyad of a busy country: the pooled rate stays near its own yearly rate."""
    key = SeriesKey("C00", "C00")
    panel = _to_panel_of(_to_world(3), (key,), to_day(DAYS - 1))
    assert panel.pool is not None
    _, pooled = to_pooled_rate_series(panel, panel.pool)
    own = panel.counts[0, -365:].sum() / 365
    assert own > 0.1 and pooled[0, -1] == pytest.approx(own, rel=0.15)


def test_the_pooled_rates_are_boosting_features_from_past_days_only() -> None:
    keys = (SeriesKey("C00", "C01"), SeriesKey("C02", "C03"))
    table = _to_world(4)
    panel = _to_panel_of(table, keys, to_day(DAYS - 1))
    assert panel.pool is not None
    cube = to_features(panel)
    prior, pooled = to_pooled_rate_series(panel, panel.pool)
    assert np.array_equal(cube[:, :, -2], prior) and np.array_equal(cube[:, :, -1], pooled)
    shorter = Panel(keys, panel.first_day, panel.counts[:, :300], panel.source_totals[:, :300],
                    panel.target_totals[:, :300], panel.measure, panel.pool)  # fmt: skip
    assert np.allclose(to_pooled_rate_series(shorter, panel.pool)[1], pooled[:, :300])


def test_the_hierarchy_at_an_origin_ignores_later_reports() -> None:
    """Everything reported after the origin rewritten (a flood between the busy countries, late reports of
    the past): the same fitted hierarchy and the same forecast."""
    origin, key = to_day(400), SeriesKey("C00", "C01")
    clean = _to_world(6)
    flood = to_events(np.full(DAYS, 5), "C00", "C01", prefix="x")
    late = flood.assign(known=origin + dt.timedelta(days=2))
    poisoned = to_table(clean[clean["known"] <= origin], late, flood[flood["known"] > origin],
                        clean[clean["known"] > origin].assign(source="C01"))  # fmt: skip
    panels = [_to_panel_of(table, (key,), origin) for table in (clean, poisoned)]
    assert panels[0].pool == panels[1].pool and panels[0].pool is not None
    forecasts = [NegBinForecaster().forecast(panel, 7)[0] for panel in panels]
    assert np.array_equal(forecasts[0].total.pmf, forecasts[1].total.pmf)
