"""Forecasts of the Goldstein sum: how many events, times what each scores.

The sum of the next ``h`` days' Goldstein scores is compound: a count ``N`` of events (any QuadClass) drawn
from a count forecast, and ``N`` scores drawn from the key's last ``pool_size`` events known at the origin
(its source country's when the key has fewer than ``min_pool``). The distribution is a Monte Carlo sample,
seeded by the key and the origin only (never by the data). Baselines: persistence (Poisson around the last
``h`` days' number of events, same scores) and the bootstrap of the last 12 weeks' rolling ``h``-day sums.
"""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass

import numpy as np

from dotterel.alerts.data import ANY, EventIndex, SeriesKey, to_key_rows, to_panel
from dotterel.alerts.distributions import CountDistribution, to_poisson
from dotterel.alerts.forecasts import Forecaster

__all__ = ["GoldsteinForecast", "find_score_pools", "forecast_goldstein"]

SAMPLES = 2000


@dataclass(frozen=True, eq=False)
class GoldsteinForecast:
    """Samples of the next day's and the next ``h`` days' Goldstein sums of one key."""

    key: SeriesKey
    origin: dt.date
    model: str
    next_day: np.ndarray
    total: np.ndarray


def to_rng(key: SeriesKey, origin: dt.date, salt: int = 0) -> np.random.Generator:
    """Return the generator for one key and origin (the same for the same key, origin and salt)."""
    return np.random.default_rng([zlib.crc32(key.label.encode()), origin.toordinal(), salt])


def find_score_pools(
    index: EventIndex, keys: tuple[SeriesKey, ...], as_of: dt.date, pool_size: int = 100, min_pool: int = 10
) -> list[np.ndarray]:
    """Return, per key, the Goldstein scores of its last ``pool_size`` events known at ``as_of``."""
    last = index.to_day_index(as_of)
    selected = np.flatnonzero((index.known <= last) & (index.day <= last) & ~np.isnan(index.goldstein))
    order = selected[np.argsort(index.day[selected], kind="stable")]

    def pools(of_keys: tuple[SeriesKey, ...]) -> list[np.ndarray]:
        events, rows = to_key_rows(index, of_keys, order)
        ranked = np.argsort(index.day[events], kind="stable")
        events, rows = events[ranked], rows[ranked]
        return [index.goldstein[events[rows == row]][-pool_size:] for row in range(len(of_keys))]

    own = pools(keys)
    countries = tuple(SeriesKey(k.source if k.source != ANY else k.target, ANY) for k in keys)
    fallback = pools(countries)
    return [
        mine if len(mine) >= min_pool or len(theirs) <= len(mine) else theirs
        for mine, theirs in zip(own, fallback, strict=True)
    ]


def to_compound_samples(
    counts: CountDistribution, pool: np.ndarray, rng: np.random.Generator, size: int = SAMPLES
) -> np.ndarray:
    """Return ``size`` draws of the sum of ``N ~ counts`` scores drawn from ``pool`` (0 for an empty pool)."""
    numbers = rng.choice(len(counts.pmf), size=size, p=counts.pmf)
    if len(pool) == 0 or numbers.sum() == 0:
        return np.zeros(size)
    scores = rng.choice(pool, size=int(numbers.sum()))
    return np.bincount(np.repeat(np.arange(size), numbers), weights=scores, minlength=size)


def forecast_goldstein(
    index: EventIndex, keys: tuple[SeriesKey, ...], as_of: dt.date, horizon: int, counter: Forecaster,
    history_days: int = 730,
) -> dict[str, list[GoldsteinForecast]]:  # fmt: skip
    """Return the Goldstein forecasts of ``counter`` (on the events count), persistence and bootstrap."""
    events = to_panel(index, keys, as_of, "events", history_days)
    scores = to_panel(index, keys, as_of, "goldstein", history_days)
    pools = find_score_pools(index, keys, as_of)
    counted = counter.forecast(events, horizon)
    result: dict[str, list[GoldsteinForecast]] = {counter.name: [], "persistence": [], "bootstrap": []}
    for row, key in enumerate(keys):
        rng = to_rng(key, as_of)
        result[counter.name].append(GoldsteinForecast(
            key, as_of, counter.name, to_compound_samples(counted[row].daily[0], pools[row], rng),
            to_compound_samples(counted[row].total, pools[row], rng),
        ))  # fmt: skip
        history = events.counts[row]
        result["persistence"].append(GoldsteinForecast(
            key, as_of, "persistence", to_compound_samples(to_poisson(history[-1]), pools[row], rng),
            to_compound_samples(to_poisson(history[-horizon:].sum()), pools[row], rng),
        ))  # fmt: skip
        recent = scores.counts[row, -84:]
        sums = np.convolve(recent, np.ones(horizon), mode="valid") if len(recent) >= horizon else recent
        result["bootstrap"].append(GoldsteinForecast(key, as_of, "bootstrap", recent.copy(), sums))
    return result
