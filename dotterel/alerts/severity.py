"""The severity rule: a few severe events on a quiet key are a tail event, even one alone.

Each event carries a severity mark (:meth:`~dotterel.alerts.data.EventIndex.to_severities`: deaths first,
then the Goldstein score). Under the baseline of day ``d`` the key's events arrive as a negative binomial
count with mean ``rate`` and dispersion ``alpha``; marking them independently with a survival function
``S(m) = P(mark >= m)`` thins that count to a negative binomial with mean ``rate * S(m)`` and the same
dispersion (a gamma-mixed Poisson thinned stays one). So the most severe event reported on day ``d``, of
mark ``m``, has the tail probability ``P(NB(rate * S(m), alpha) >= 1)``: the chance of a day bringing an
event that severe. (One test per key and day: the minimum over several windows or over the ``j`` most
severe events would be many tests, and fired on steady noisy series.)

``S`` is the key's own estimate ``(k_key + 1) / (n_key + 1)`` (of ``n`` past marks, ``k`` were at least as
high) weighted ``n_key / (n_key + c)`` against every event's ``(k_all + 1) / (n_all + 1)``, with
``c = severity_prior_events``; both count the events known
before the baseline's guard (``d - guard_days - 1``), so the rule stays online. Only marks in the top
``severe_share`` of what the key usually sees (``S <= severe_share``) count as severe: a quiet dyad's first
ordinary event stays the business of the count rules and their ``min_count``, while a lethal strike on a
dyad of sanctions and threats is severe for it even where deadly attacks are common elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from dotterel.alerts.data import EventIndex, Panel, to_key_rows

if TYPE_CHECKING:
    from dotterel.alerts.detect import AlertRules

__all__ = ["SevereCandidate", "find_severe_candidates", "to_survival"]


@dataclass(frozen=True)
class SevereCandidate:
    """One test of the severity rule: the most severe event of key ``row`` that became known on panel day
    ``day`` has the mark ``mark``; a new event of the key reaches it with probability ``share``."""

    row: int
    day: int
    mark: float
    share: float


@dataclass(frozen=True)
class _Marks:
    """Marks of the counted events, oldest report first, with the panel day each became known."""

    known: np.ndarray
    marks: np.ndarray

    def to_survival(self, mark: float, until: int) -> tuple[float, float]:
        """``(k, n)``: of the events known on or before ``until``, how many have a mark ``>= mark``."""
        count = int(np.searchsorted(self.known, until, side="right"))
        return float(np.count_nonzero(self.marks[:count] >= mark - 1e-9)), float(count)


def _to_marks(known: np.ndarray, marks: np.ndarray) -> _Marks:
    order = np.argsort(known, kind="stable")
    return _Marks(known[order], marks[order])


def to_survival(everyone: tuple[float, float], own: tuple[float, float], prior_events: float) -> tuple[
        float, float]:  # fmt: skip
    """Return ``(S_all, S_key)``: the chance that a new event of all, or of the key, is at least this severe.

    From ``k`` of ``n`` past marks at least as high, a new mark ranks among the top ``k + 1`` of ``n + 1``
    with probability ``(k + 1) / (n + 1)`` (a record on a steady series is a 1-in-n event, not a
    0-in-n one). The key's estimate is weighted ``n_key / (n_key + prior_events)`` against all events'.

    Args:
        everyone: ``(k, n)`` over every counted event.
        own: ``(k, n)`` over the key's events.
        prior_events: the weight of all events' estimate, in events.
    """
    overall = (everyone[0] + 1.0) / (everyone[1] + 1.0)
    weight = own[1] / (own[1] + prior_events)
    return overall, weight * (own[0] + 1.0) / (own[1] + 1.0) + (1.0 - weight) * overall


def find_severe_candidates(index: EventIndex, panel: Panel, rules: AlertRules, start: int = 0
                           ) -> list[SevereCandidate]:  # fmt: skip
    """Return the severity tests of every key on every panel day from ``start`` on which an event arrived
    whose mark is severe for the key (``share <= severe_share``).

    Marks known up to ``day - guard_days - 1`` describe what is usual on ``day``; an event arrives on the day
    it became known when it happened at most ``max_report_lag`` days before (as in the online panel).
    """
    offset = index.to_day_index(panel.first_day)
    marks = index.to_severities()
    counted = np.flatnonzero(index.to_weights(rules.measure) != 0)
    everyone = _to_marks(index.known[counted] - offset, marks[counted])
    events, rows = to_key_rows(index, panel.keys, counted)
    fresh = (index.known - index.day <= rules.max_report_lag) & (index.day <= index.known)
    candidates: list[SevereCandidate] = []
    for row in range(len(panel.keys)):
        mine = events[rows == row]
        history = _to_marks(index.known[mine] - offset, marks[mine])
        arrivals, arrived = index.known[mine][fresh[mine]] - offset, marks[mine][fresh[mine]]
        for day in np.unique(arrivals[(arrivals >= start) & (arrivals < panel.days)]):
            mark = float(arrived[arrivals == day].max())
            usual = int(day) - rules.guard_days - 1
            own = history.to_survival(mark, usual)
            _, share = to_survival(everyone.to_survival(mark, usual), own, rules.severity_prior_events)
            if share <= rules.severe_share:
                candidates.append(SevereCandidate(row, int(day), mark, share))
    return candidates
