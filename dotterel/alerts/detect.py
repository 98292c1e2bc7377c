"""Escalation alerts: online change detection on each key's series, raised once and then updated.

The detectors read the online panel (events counted on the day they became known, never revised; see
:func:`~dotterel.alerts.data.to_online_panel`), so replaying them over past days gives what they would have
said on each day. On day ``d`` a key's *baseline* is a negative binomial forecast from the days up to
``d - guard_days - 1``: an exponentially weighted mean (half-life ``half_life_days``) pulled towards the rate
borrowed from its countries' totals by ``prior_days`` pseudo-days, with the weighted variance's dispersion.
Three rules fire:

- ``tail-<w>d``: the count of the last ``w`` days is at least ``min_count`` and its upper tail probability
  under the baseline forecast is below ``p_alert``;
- ``cusum``: a Poisson CUSUM for a rise to ``max(cusum_ratio * rate, rate + cusum_min_shift)`` passes
  ``cusum_threshold`` with at least ``min_count`` events in its run (then restarts from zero);
- ``severe``: the most severe event reported that day (deaths, then Goldstein score), in the top
  ``severe_share`` of the key's usual marks, has a tail probability below ``p_alert`` under the baseline
  thinned to events that severe (:mod:`~dotterel.alerts.severity`): one lethal strike on a quiet dyad
  fires the day it is reported, without ``min_count``.

Firings of one key less than ``quiet_days`` apart make one :class:`Alert`: first fired, last fired, its
strongest firing (severity from ``-log10`` of the smallest tail probability) and the events behind them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
from scipy import stats

from dotterel.alerts.data import ANY, EventIndex, Panel, SeriesKey, to_key_rows, to_online_panel
from dotterel.alerts.severity import find_severe_candidates

__all__ = ["SEVERITIES", "Alert", "AlertRules", "Firing", "find_alerts", "find_firings", "to_baseline"]

# Severity name -> smallest score (-log10 of the tail probability) that reaches it.
SEVERITIES: dict[str, float] = {"low": 0.0, "medium": 3.0, "high": 5.0, "critical": 8.0}


@dataclass(frozen=True)
class AlertRules:
    """The configurable thresholds of the detectors and of the alert life cycle.

    ``severe_share``: a mark is severe when a new event of the key reaches it with at most this chance
    (0 turns the severity rule off); ``severity_prior_events``: the weight, in events, of all events'
    marks against a key's own.
    """

    measure: str = "material_conflict"
    p_alert: float = 0.003
    min_count: float = 2.0
    windows: tuple[int, ...] = (1, 3, 7)
    half_life_days: float = 28.0
    guard_days: int = 7
    prior_days: float = 14.0
    min_alpha: float = 0.1
    cusum_ratio: float = 3.0
    cusum_min_shift: float = 0.5
    cusum_threshold: float = 7.0
    severe_share: float = 0.2
    severity_prior_events: float = 5.0
    quiet_days: int = 14
    max_report_lag: int = 7
    baseline_days: int = 112
    lookback_days: int = 90


@dataclass(frozen=True)
class Firing:
    """One day on which one rule fired for one key: the window, counts and tail probability."""

    row: int
    day: int
    rule: str
    start: int
    observed: float
    expected: float
    p_value: float


@dataclass(frozen=True)
class Alert:
    """One escalation of one key: its firings less than ``quiet_days`` apart, and why.

    ``observed``, ``expected``, ``p_value``, ``rule`` and ``window`` describe the strongest firing;
    ``event_ids`` are the events counted in every firing's window (oldest first); ``days`` the firing days.
    """

    alert_id: str
    key: SeriesKey
    first_fired: dt.date
    last_fired: dt.date
    firings: int
    rule: str
    observed: float
    expected: float
    p_value: float
    window: tuple[dt.date, dt.date]
    event_ids: tuple[str, ...] = ()
    status: str = "open"
    rules: tuple[str, ...] = field(default_factory=tuple)
    days: tuple[dt.date, ...] = field(default_factory=tuple)

    @property
    def score(self) -> float:
        """``-log10`` of the strongest firing's tail probability."""
        return float(-np.log10(max(self.p_value, 1e-300)))

    @property
    def severity(self) -> str:
        """``low``, ``medium``, ``high`` or ``critical`` by :attr:`score`."""
        return [name for name, floor in SEVERITIES.items() if self.score >= floor][-1]


def _ewma_sums(matrix: np.ndarray, half_life: float) -> tuple[np.ndarray, np.ndarray]:
    """Exponentially weighted sums of each row up to each day, and the weights' sums."""
    decay = 0.5 ** (1.0 / half_life)
    sums = np.zeros_like(matrix, dtype=float)
    weights = np.zeros(matrix.shape[1])
    running, total = np.zeros(matrix.shape[0]), 0.0
    for day in range(matrix.shape[1]):
        running = decay * running + matrix[:, day]
        total = decay * total + 1.0
        sums[:, day], weights[day] = running, total
    return sums, weights


def _shift(matrix: np.ndarray, days: int) -> np.ndarray:
    """The matrix moved ``days`` later (the first days get zeros)."""
    return np.pad(matrix, ((0, 0), (days, 0)))[:, : matrix.shape[1]]


def to_baseline(panel: Panel, rules: AlertRules) -> tuple[np.ndarray, np.ndarray]:
    """Return the baseline daily rate and dispersion of each key on each day (from days before the guard)."""
    counts = np.maximum(panel.counts, 0)
    lag = rules.guard_days + 1
    sums, weights = _ewma_sums(counts, rules.half_life_days)
    squares, _ = _ewma_sums(counts**2, rules.half_life_days)
    own_total = np.cumsum(counts, axis=1)
    borrowed = []
    for totals in (np.maximum(panel.source_totals, 0), np.maximum(panel.target_totals, 0)):
        share = np.minimum((own_total + 0.5) / (np.cumsum(totals, axis=1) + 1.0), 1.0)
        level = _ewma_sums(totals, rules.half_life_days)[0] / weights
        borrowed.append(share * level)
    prior = np.sqrt(borrowed[0] * borrowed[1])
    is_total = np.array([ANY in (key.source, key.target) for key in panel.keys], dtype=bool)
    prior = np.where(is_total[:, None], sums / weights, prior)
    rate = (sums + rules.prior_days * prior) / (weights + rules.prior_days)
    mean = sums / weights
    alpha = (squares / weights - mean**2 - rate) / np.maximum(rate, 1e-6) ** 2
    alpha = np.clip(alpha, rules.min_alpha, 10.0)
    return np.maximum(_shift(rate, lag), 1e-4), np.where(_shift(rate, lag) > 0, _shift(alpha, lag), 1.0)


def _tail(observed: np.ndarray, expected: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """``P(X >= observed)`` for ``X ~ NB(expected, alpha)``."""
    size = 1.0 / alpha
    return np.asarray(stats.nbinom.sf(np.ceil(observed) - 1, size, size / (size + expected)), dtype=float)


def _find_tail_firings(counts: np.ndarray, rate: np.ndarray, alpha: np.ndarray, rules: AlertRules,
                       start: int) -> list[Firing]:  # fmt: skip
    firings = []
    cumulative = np.concatenate([np.zeros((counts.shape[0], 1)), np.cumsum(counts, axis=1)], axis=1)
    for width in rules.windows:
        ends = np.arange(counts.shape[1])
        observed = cumulative[:, ends + 1] - cumulative[:, np.maximum(0, ends + 1 - width)]
        candidates = (observed >= rules.min_count) & (ends >= start)
        rows, days = np.nonzero(candidates)
        if len(rows) == 0:
            continue
        expected = width * rate[rows, days]
        p_values = _tail(observed[rows, days], expected, alpha[rows, days])
        for row, day, seen, mean, p in zip(rows, days, observed[rows, days], expected, p_values, strict=True):
            if p < rules.p_alert:
                firings.append(Firing(int(row), int(day), f"tail-{width}d", max(0, int(day) - width + 1),
                                      float(seen), float(mean), float(p)))  # fmt: skip
    return firings


def _find_cusum_firings(counts: np.ndarray, rate: np.ndarray, alpha: np.ndarray, rules: AlertRules,
                        start: int) -> list[Firing]:  # fmt: skip
    high = np.maximum(rules.cusum_ratio * rate, rate + rules.cusum_min_shift)
    step = counts * np.log(high / rate) - (high - rate)
    score = np.zeros(counts.shape[0])
    run_start = np.zeros(counts.shape[0], dtype=int)
    firings = []
    for day in range(start, counts.shape[1]):
        run_start = np.where(score <= 0, day, run_start)
        score = np.maximum(0.0, score + step[:, day])
        for row in np.flatnonzero(score > rules.cusum_threshold):
            first = int(run_start[row])
            seen = float(counts[row, first : day + 1].sum())
            if seen < rules.min_count:
                continue
            mean = float(rate[row, first : day + 1].sum())
            p = float(_tail(np.array([seen]), np.array([mean]), np.array([alpha[row, day]]))[0])
            firings.append(Firing(int(row), day, "cusum", first, seen, mean, p))
            score[row] = 0.0
    return firings


def _find_severe_firings(index: EventIndex, panel: Panel, rate: np.ndarray, alpha: np.ndarray,
                         rules: AlertRules, start: int) -> list[Firing]:  # fmt: skip
    """The severity rule's firings: a key's most severe event of the day has a tail below ``p_alert``.

    Counts only: a Goldstein-sum baseline is no rate of events to thin.
    """
    if rules.severe_share <= 0 or rules.measure == "goldstein":
        return []
    tests = find_severe_candidates(index, panel, rules, start)
    if not tests:
        return []
    rows, days = np.array([t.row for t in tests]), np.array([t.day for t in tests])
    expected = np.array([t.share for t in tests]) * rate[rows, days]
    p_values = _tail(np.ones(len(tests)), expected, alpha[rows, days])
    return [
        Firing(test.row, test.day, "severe", test.day, 1.0, float(mean), float(p))
        for test, mean, p in zip(tests, expected, p_values, strict=True)
        if p < rules.p_alert
    ]


def find_firings(panel: Panel, rules: AlertRules, start: int = 0, index: EventIndex | None = None
                 ) -> list[Firing]:  # fmt: skip
    """Return every firing of every rule on days ``start …`` of the online ``panel``, by key and day.

    The severity rule needs the events behind the panel (``index``); without it only counts are tested.
    """
    counts = np.maximum(panel.counts, 0)
    rate, alpha = to_baseline(panel, rules)
    firings = _find_tail_firings(counts, rate, alpha, rules, start)
    firings += _find_cusum_firings(counts, rate, alpha, rules, start)
    if index is not None:
        firings += _find_severe_firings(index, panel, rate, alpha, rules, start)
    return sorted(firings, key=lambda f: (f.row, f.day, f.p_value, f.rule))


def _to_status(first: dt.date, last: dt.date, as_of: dt.date, quiet_days: int) -> str:
    if first == as_of:
        return "new"
    if last == as_of:
        return "updated"
    return "open" if (as_of - last).days <= quiet_days else "closed"


def _find_window_events(
    index: EventIndex, panel: Panel, rules: AlertRules
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The events counted by the online panel: ``(event ids, key rows, panel day they became known)``."""
    first = index.to_day_index(panel.first_day)
    last = first + panel.days - 1
    recent = (index.known - index.day <= rules.max_report_lag) & (index.day <= index.known)
    counted = index.to_weights(rules.measure) != 0
    selected = np.flatnonzero(recent & counted & (index.known >= first) & (index.known <= last))
    events, rows = to_key_rows(index, panel.keys, selected)
    return index.event_ids[events], rows, index.known[events] - first


def _to_alert(group: list[Firing], panel: Panel, events: tuple[np.ndarray, np.ndarray, np.ndarray],
              rules: AlertRules, as_of: dt.date) -> Alert:  # fmt: skip
    """One alert from the firings of one key that are less than ``quiet_days`` apart."""
    strongest = min(group, key=lambda f: (f.p_value, f.day))
    key = panel.keys[group[0].row]
    ids, rows, known = events
    mine = rows == group[0].row
    inside = np.zeros(len(ids), dtype=bool)
    for firing in group:
        inside |= mine & (known >= firing.start) & (known <= firing.day)
    order = np.lexsort((ids[inside].astype(str), known[inside]))
    first, last = (
        panel.first_day + dt.timedelta(days=group[0].day),
        panel.first_day + dt.timedelta(days=group[-1].day),
    )
    return Alert(
        alert_id=f"{key.label}@{first.isoformat()}", key=key, first_fired=first, last_fired=last,
        firings=len({f.day for f in group}), rule=strongest.rule, observed=strongest.observed,
        expected=strongest.expected, p_value=strongest.p_value,
        window=(panel.first_day + dt.timedelta(days=strongest.start),
                panel.first_day + dt.timedelta(days=strongest.day)),
        event_ids=tuple(dict.fromkeys(ids[inside][order].astype(str))),
        status=_to_status(first, last, as_of, rules.quiet_days), rules=tuple(sorted({f.rule for f in group})),
        days=tuple(panel.first_day + dt.timedelta(days=day) for day in sorted({f.day for f in group})),
    )  # fmt: skip


def find_alerts(
    index: EventIndex, keys: tuple[SeriesKey, ...], as_of: dt.date, rules: AlertRules | None = None,
    since: dt.date | None = None,
) -> list[Alert]:  # fmt: skip
    """Return the alerts of ``keys`` raised from ``since`` (``as_of - lookback_days``) to ``as_of``.

    The detectors are replayed day by day on the online panel, which holds only what each day knew; an
    alert's status says where it stands on ``as_of``: ``new`` (first fired that day), ``updated`` (fired
    again that day), ``open`` (fired within ``quiet_days``) or ``closed``.
    """
    rules = rules or AlertRules()
    since = since or as_of - dt.timedelta(days=rules.lookback_days)
    history = rules.baseline_days + rules.guard_days
    panel = to_online_panel(
        index, keys, since - dt.timedelta(days=history), as_of, rules.measure, rules.max_report_lag
    )
    firings = find_firings(panel, rules, start=history, index=index)
    events = _find_window_events(index, panel, rules)
    alerts: list[Alert] = []
    group: list[Firing] = []
    for firing in firings:
        if group and (firing.row != group[-1].row or firing.day - group[-1].day > rules.quiet_days):
            alerts.append(_to_alert(group, panel, events, rules, as_of))
            group = []
        group.append(firing)
    if group:
        alerts.append(_to_alert(group, panel, events, rules, as_of))
    return sorted(alerts, key=lambda a: (-a.score, a.first_fired, a.key.label))
