"""Event tables and daily panels as they were known on a given day (no look-ahead).

An event enters the record on its *known* day: the article date of the first mention that reported it.
Its fields (sides, type, QuadClass, Goldstein score, day) are those of that first mention, so a later
report that adds a more precise date or another side changes nothing about what was known before. A panel
"as of" day T holds, for each series key and each day up to T, the measure summed over the events known by T
(``known <= T``) that happened on that day. The online series used by the alert detectors counts events on
the day they become known instead (late reports of old days are left out after ``max_report_lag`` days).

Series keys are directed dyads (``USA-IRN``), unordered pairs (``IRN+USA``: both directions) or a
country's total as source or target (``IRN-*``, ``*-IRN``, unknown other sides included).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from dotterel.alerts.pooling import DyadPool, to_dyad_pool
from dotterel.errors import InputError
from dotterel.store.schema import FACTUAL_MODALITIES, SERIES_DAY_SQL

__all__ = [
    "ANY",
    "MEASURES",
    "EventIndex",
    "Panel",
    "SeriesKey",
    "find_busiest_keys",
    "load_event_details",
    "load_event_table",
    "resolve_key",
    "to_event_index",
    "to_key_rows",
    "to_online_panel",
    "to_panel",
]

ANY = "*"
# Measure name -> QuadClasses that count (None: every event; "goldstein" sums the Goldstein scores).
MEASURES: dict[str, tuple[int, ...] | None] = {
    "material_conflict": (4,),
    "conflict": (3, 4),
    "events": None,
    "goldstein": None,
}
EVENT_COLUMNS = ("event_id", "known", "day", "source", "target", "type", "quad_class", "goldstein", "killed")


class SeriesKey(NamedTuple):
    """One monitored series: a directed dyad, an unordered pair (``both``) or a country total (``*`` side)."""

    source: str
    target: str
    both: bool = False

    @property
    def is_total(self) -> bool:
        """Whether this is a country's total (one side ``*``)."""
        return ANY in (self.source, self.target)

    @property
    def label(self) -> str:
        """``USA-IRN``, ``IRN+USA`` or ``IRN-*``: the form :func:`resolve_key` reads back."""
        return f"{self.source}{'+' if self.both else '-'}{self.target}"


def resolve_key(text: str) -> SeriesKey:
    """Return the series key of ``USA-IRN`` (directed), ``USA+IRN`` (both ways), ``IRN-*`` or ``*-IRN``.

    Raises:
        InputError: not two country codes joined by ``-`` or ``+`` (one side may be ``*`` with ``-``).
    """
    both = "+" in text
    parts = [part.strip().upper() for part in text.split("+" if both else "-")]
    if len(parts) != 2 or not all(parts) or parts.count(ANY) > (0 if both else 1):
        raise InputError("--dyad", f"expected SOURCE-TARGET, A+B or CODE-* such as USA-IRN, got {text!r}")
    if both:
        parts.sort()
    return SeriesKey(parts[0], parts[1], both)


def load_event_table(con: Any, modalities: tuple[str, ...] = FACTUAL_MODALITIES) -> pd.DataFrame:
    """Return one row per merged event, in the form of its first-known mention.

    Columns: ``event_id`` (the merged event), ``known`` (article date of its first mention), ``day`` (the
    day it counts on: its date when known to the day or week, else the article date), ``source`` and
    ``target`` (ISO3 or None), ``type``, ``quad_class``, ``goldstein``, ``killed`` (None when not told). Only
    events whose first mention has one of ``modalities`` (what happened, by default) are kept.
    """
    frame = con.execute(
        f"""WITH ranked AS (
            SELECT coalesce(merged_event_id, event_id) AS event_id, article_date AS known,
                {SERIES_DAY_SQL} AS day, source_country AS source, target_country AS target, type,
                quad_class, goldstein, killed, modality,
                row_number() OVER (PARTITION BY coalesce(merged_event_id, event_id)
                    ORDER BY article_date, event_id) AS rank
            FROM mention_view)
        SELECT {", ".join(EVENT_COLUMNS)} FROM ranked
        WHERE rank = 1 AND modality IN (SELECT unnest(?)) ORDER BY known, event_id""",
        [list(modalities)],
    ).df()
    for column in ("known", "day"):
        frame[column] = pd.to_datetime(frame[column]).dt.date
    return frame


def load_event_details(con: Any, event_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Return ``event_id -> {date, source, target, type, cameo, goldstein, killed, sentence}``."""
    if not event_ids:
        return {}
    rows = con.execute(
        f"""SELECT event_id, {SERIES_DAY_SQL} AS date, source_country, target_country, type, cameo,
            goldstein, killed, evidence->>'sentence' AS sentence
        FROM event_view WHERE event_id IN (SELECT unnest(?))""",
        [list(event_ids)],
    ).fetchall()
    names = ("date", "source", "target", "type", "cameo", "goldstein", "killed", "sentence")
    return {row[0]: dict(zip(names, row[1:], strict=True)) for row in rows}


@dataclass(frozen=True)
class EventIndex:
    """The event table as integer arrays over days from ``first_day``, for fast panels at many origins."""

    first_day: dt.date
    countries: tuple[str, ...]
    event_ids: np.ndarray
    day: np.ndarray
    known: np.ndarray
    source: np.ndarray
    target: np.ndarray
    quad_class: np.ndarray
    goldstein: np.ndarray
    killed: np.ndarray

    def to_day_index(self, day: dt.date) -> int:
        """Return the number of days from ``first_day`` to ``day``."""
        return (day - self.first_day).days

    def to_day(self, index: int) -> dt.date:
        """Return the day ``index`` days after ``first_day``."""
        return self.first_day + dt.timedelta(days=int(index))

    def to_weights(self, measure: str) -> np.ndarray:
        """Return what each event adds to ``measure``: 1/0 for counts, its score for ``goldstein``."""
        if measure not in MEASURES:
            raise InputError("--measure", f"expected one of {', '.join(MEASURES)}, got {measure!r}")
        if measure == "goldstein":
            return np.nan_to_num(self.goldstein.astype(float))
        quads = MEASURES[measure]
        return np.ones(len(self.day)) if quads is None else np.isin(self.quad_class, quads).astype(float)

    def to_severities(self) -> np.ndarray:
        """Return each event's severity mark: ``log10(1 + killed) + max(0, -goldstein) / 10``.

        Deaths dominate (one killed adds 0.3, ten add 1.04) and the Goldstein score orders the rest: a
        lethal attack outranks a bloodless one, which outranks a seizure or a sanction.
        """
        hostility = np.maximum(0.0, -np.nan_to_num(self.goldstein.astype(float))) / 10.0
        return np.log10(1.0 + np.maximum(self.killed, 0.0)) + hostility


def to_event_index(table: pd.DataFrame, first_day: dt.date | None = None) -> EventIndex:
    """Return the :class:`EventIndex` of an event table (see :func:`load_event_table`)."""
    if first_day is None:
        first_day = min(table["day"].min(), table["known"].min()) if len(table) else dt.date(2000, 1, 1)
    countries = tuple(sorted({*table["source"].dropna(), *table["target"].dropna()}))
    codes = {country: number for number, country in enumerate(countries)}

    def days(column: str) -> np.ndarray:
        return np.array([(day - first_day).days for day in table[column]], dtype=np.int64)

    def sides(column: str) -> np.ndarray:
        return np.array([codes.get(value, -1) if isinstance(value, str) else -1 for value in table[column]])

    return EventIndex(
        first_day=first_day, countries=countries, event_ids=table["event_id"].to_numpy(dtype=object),
        day=days("day"), known=days("known"), source=sides("source").astype(np.int64),
        target=sides("target").astype(np.int64),
        quad_class=table["quad_class"].fillna(0).to_numpy(dtype=np.int64),
        goldstein=table["goldstein"].to_numpy(dtype=float), killed=_to_killed(table),
    )  # fmt: skip


def _to_killed(table: pd.DataFrame) -> np.ndarray:
    """The ``killed`` column as floats, 0 where unknown (or all zeros for a table without the column)."""
    if "killed" not in table:
        return np.zeros(len(table))
    return pd.to_numeric(table["killed"], errors="coerce").fillna(0).to_numpy(dtype=float)


@dataclass(frozen=True)
class Panel:
    """Daily series of one measure for some keys, as known on ``as_of`` (the last day).

    ``counts[k, d]`` is the measure of key ``k`` on day ``first_day + d``; ``source_totals`` and
    ``target_totals`` are the measure of the key's source country (any target, unknown included) and of its
    target country (any source): the totals sparse dyads borrow strength from. ``pool``: the hierarchy of
    every dyad's rate fitted on the events known on ``as_of`` (:mod:`~dotterel.alerts.pooling`; None for a
    panel built by hand, or with too few events).
    """

    keys: tuple[SeriesKey, ...]
    first_day: dt.date
    counts: np.ndarray
    source_totals: np.ndarray
    target_totals: np.ndarray
    measure: str = "material_conflict"
    pool: DyadPool | None = None

    @property
    def as_of(self) -> dt.date:
        """The last day of the panel."""
        return self.first_day + dt.timedelta(days=self.counts.shape[1] - 1)

    @property
    def days(self) -> int:
        """The number of days."""
        return int(self.counts.shape[1])


def to_key_rows(
    index: EventIndex, keys: tuple[SeriesKey, ...], selected: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(event positions, key rows)``: every (selected event, key it counts for) pair."""
    codes = {country: number for number, country in enumerate(index.countries)}
    source, target = index.source[selected], index.target[selected]
    events, rows = [], []
    for row, key in enumerate(keys):
        s, t = codes.get(key.source, -2), codes.get(key.target, -2)
        if key.source == ANY:
            match = target == t
        elif key.target == ANY:
            match = source == s
        else:
            match = (source == s) & (target == t)
            if key.both:
                match |= (source == t) & (target == s)
        hits = np.flatnonzero(match)
        events.append(selected[hits])
        rows.append(np.full(len(hits), row))
    return np.concatenate(events or [np.array([], dtype=np.int64)]), np.concatenate(
        rows or [np.array([], dtype=np.int64)]
    )


def _accumulate(
    index: EventIndex, keys: tuple[SeriesKey, ...], selected: np.ndarray, on_day: np.ndarray,
    weights: np.ndarray, first: int, days: int,
) -> np.ndarray:  # fmt: skip
    """Sum ``weights`` of the selected events per key and day (``on_day`` gives each event's day)."""
    matrix = np.zeros((len(keys), days))
    events, rows = to_key_rows(index, keys, selected)
    np.add.at(matrix, (rows, on_day[events] - first), weights[events])
    return matrix


def _to_country_keys(keys: tuple[SeriesKey, ...], side: str) -> tuple[SeriesKey, ...]:
    """The country-total key of each key's source (``side="source"``) or target side."""
    if side == "source":
        return tuple(SeriesKey(key.source if key.source != ANY else key.target, ANY) for key in keys)
    return tuple(SeriesKey(ANY, key.target if key.target != ANY else key.source) for key in keys)


def to_panel(
    index: EventIndex, keys: tuple[SeriesKey, ...], as_of: dt.date, measure: str = "material_conflict",
    history_days: int | None = None,
) -> Panel:  # fmt: skip
    """Return the panel of ``keys`` as known at the end of ``as_of``: events with ``known <= as_of``.

    Args:
        index: the events.
        keys: the series.
        as_of: the last day, and the last article date used.
        measure: a key of :data:`MEASURES`.
        history_days: days kept before ``as_of`` (all since ``index.first_day`` when None).
    """
    last = index.to_day_index(as_of)
    first = 0 if history_days is None else max(0, last - history_days + 1)
    selected = np.flatnonzero((index.known <= last) & (index.day <= last) & (index.day >= first))
    weights = index.to_weights(measure)
    counts, sources, targets = _count_keys(index, keys, selected, index.day, weights, first, last)
    pool = to_dyad_pool(index, weights, last) if measure != "goldstein" else None
    return Panel(keys, index.to_day(first), counts, sources, targets, measure, pool)


def to_online_panel(
    index: EventIndex, keys: tuple[SeriesKey, ...], first_day: dt.date, as_of: dt.date,
    measure: str = "material_conflict", max_report_lag: int = 7,
) -> Panel:  # fmt: skip
    """Return the online panel: events counted on the day they became known, never revised.

    An event known on day ``d`` counts on ``d`` when it happened at most ``max_report_lag`` days before
    (reports of older happenings are history, not news).
    """
    first, last = index.to_day_index(first_day), index.to_day_index(as_of)
    recent = (index.known - index.day <= max_report_lag) & (index.day <= index.known)
    selected = np.flatnonzero(recent & (index.known >= first) & (index.known <= last))
    weights = index.to_weights(measure)
    counts, sources, targets = _count_keys(index, keys, selected, index.known, weights, first, last)
    return Panel(keys, first_day, counts, sources, targets, measure)


def _count_keys(
    index: EventIndex, keys: tuple[SeriesKey, ...], selected: np.ndarray, days_of: np.ndarray,
    weights: np.ndarray, first: int, last: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """The keys' daily sums from ``first`` to ``last`` (events placed by ``days_of``), then the same for
    their source countries and their target countries."""
    days = last - first + 1
    counts = _accumulate(index, keys, selected, days_of, weights, first, days)
    sources, targets = (
        _accumulate(index, _to_country_keys(keys, side), selected, days_of, weights, first, days)
        for side in ("source", "target")
    )
    return counts, sources, targets


def find_busiest_keys(
    table: pd.DataFrame, top: int, measure: str = "material_conflict", since: dt.date | None = None,
    until: dt.date | None = None, min_total: float = 1.0,
) -> tuple[SeriesKey, ...]:  # fmt: skip
    """Return the ``top`` directed dyads (both sides known) with the largest total ``measure``."""
    frame = table.dropna(subset=["source", "target"])
    if since is not None:
        frame = frame[frame["day"] >= since]
    if until is not None:
        frame = frame[frame["day"] <= until]
    quads = MEASURES.get(measure)
    if measure == "goldstein":
        values = frame["goldstein"].abs()
    else:
        values = frame["quad_class"].isin(quads).astype(float) if quads else pd.Series(1.0, frame.index)
    sums = values.groupby([frame["source"], frame["target"]]).sum()
    ranked = sums[sums >= min_total].reset_index(name="total")
    ranked = ranked.sort_values(["total", "source", "target"], ascending=[False, True, True]).head(top)
    return tuple(SeriesKey(s, t) for s, t in zip(ranked["source"], ranked["target"], strict=True))
