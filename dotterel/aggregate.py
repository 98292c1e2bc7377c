"""Dyadic series over the merged events: counts per period, Goldstein sums and means, QuadClass totals.

>>> with Store("events.duckdb", read_only=True) as store:          # doctest: +SKIP
...     frame = load_series(store.connection, SeriesQuery(dyads=(("USA", "IRN"),), by="week"))

A series is one row per directed dyad and period (day, ISO week starting Monday, or month), zero-filled
between the bounds (``since``/``until``, else the first and last event of the selected dyads). Sides are
countries (``level="country"``: ISO3 codes) or actors (``level="actor"``: actor-book ids such as
``org:taliban``, else country and sector codes run together, ``USAGOV``). Only events that happened count:
modalities ``asserted`` and ``reported`` by default (a threat, a denial or a hypothetical is not the deed).
An event counts on its own date when known to the day or week, else on its article's date.
``normalise`` divides the measure by the number of articles coded in the period (per 1,000 articles), so
counts follow the world rather than media volume; periods without articles get no normalised value.

The same aggregates, without zero-filling, are SQL views in the store: ``series_country_day|week|month``,
``series_actor_day|week|month`` and ``articles_day|week|month``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from dotterel.errors import InputError
from dotterel.store.query import resolve_dyad, to_date
from dotterel.store.schema import FACTUAL_MODALITIES, PERIODS, SERIES_DAY_SQL, SIDE_KEY_SQL

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["MEASURES", "SeriesQuery", "find_top_dyads", "load_series", "to_dyads"]

_QUADS = {"verbal_coop": 1, "material_coop": 2, "verbal_conflict": 3, "material_conflict": 4}
# Measure name -> (aggregate SQL over the selected events, the zero of an empty period or None).
MEASURES: dict[str, tuple[str, float | None]] = {
    "events": ("count(*)", 0.0),
    "mentions": ("CAST(sum(num_mentions) AS BIGINT)", 0.0),
    "goldstein": ("sum(goldstein)", 0.0),
    "goldstein_mean": ("avg(goldstein)", None),
    **{name: (f"count(*) FILTER (WHERE quad_class = {quad})", 0.0) for name, quad in _QUADS.items()},
    "conflict": ("count(*) FILTER (WHERE quad_class IN (3, 4))", 0.0),
    "cooperation": ("count(*) FILTER (WHERE quad_class IN (1, 2))", 0.0),
}
_TOTALS = ("conflict", "cooperation")
PER_ARTICLES = 1000.0


@dataclass(frozen=True)
class SeriesQuery:
    """Which series to build.

    Attributes:
        dyads: directed ``(source, target)`` pairs; empty with ``top`` set means the top dyads.
        by: ``day``, ``week`` or ``month``.
        measure: the ``value`` column, a key of :data:`MEASURES` (all measures are columns anyway).
        level: ``country`` or ``actor``.
        type: only events of this PLOVER type.
        since: first day (inclusive); until: last day (inclusive).
        normalise: ``value`` per 1,000 articles coded in the period.
        top: with no ``dyads``, the number of dyads with the largest total ``measure`` (absolute for
            Goldstein measures).
        modalities: the modalities that count.
        split_types: one series per dyad and PLOVER type (zero-filled over the types present).
    """

    dyads: tuple[tuple[str, str], ...] = ()
    by: str = "day"
    measure: str = "events"
    level: str = "country"
    type: str | None = None
    since: str | dt.date | None = None
    until: str | dt.date | None = None
    normalise: bool = False
    top: int | None = None
    modalities: tuple[str, ...] = FACTUAL_MODALITIES
    split_types: bool = False

    def check(self) -> SeriesQuery:
        """Return the query with upper-cased country codes, or raise InputError naming the bad option."""
        if self.by not in PERIODS:
            raise InputError("--by", f"expected one of {', '.join(PERIODS)}, got {self.by!r}")
        if self.measure not in MEASURES:
            raise InputError("--measure", f"expected one of {', '.join(MEASURES)}, got {self.measure!r}")
        if self.level not in ("country", "actor"):
            raise InputError("--level", f"expected country or actor, got {self.level!r}")
        if not self.dyads and not self.top:
            raise InputError("--dyad", "give at least one --dyad SOURCE-TARGET, or --top-dyads N")
        dyads = self.dyads
        if self.level == "country":
            dyads = tuple((source.upper(), target.upper()) for source, target in dyads)
        return replace(self, dyads=dyads)


def to_dyads(texts: list[str] | tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Return ``(source, target)`` pairs of ``["USA-IRN", "org:taliban->AFGGOV"]``."""
    return tuple(resolve_dyad(text) for text in texts)


def _to_selected_sql(query: SeriesQuery) -> tuple[str, list[object]]:
    """The CTE body selecting the counted events with their period and side keys."""
    if query.level == "country":
        source, target = "source_country", "target_country"
    else:
        source, target = SIDE_KEY_SQL.format(side="source"), SIDE_KEY_SQL.format(side="target")
    clauses = ["modality IN (SELECT unnest(?))"]
    params: list[object] = [list(query.modalities)]
    if query.type is not None:
        clauses.append("upper(type) = upper(?)")
        params.append(query.type)
    for bound, operator in ((query.since, ">="), (query.until, "<=")):
        if bound is not None:
            clauses.append(f"{SERIES_DAY_SQL} {operator} ?")
            params.append(to_date(bound))
    sql = f"""SELECT CAST(date_trunc('{query.by}', {SERIES_DAY_SQL}) AS DATE) AS period,
            {source} AS source, {target} AS target, type, num_mentions, goldstein, quad_class
        FROM events WHERE {" AND ".join(clauses)}"""
    return sql, params


def find_top_dyads(con: Any, query: SeriesQuery) -> list[tuple[str, str, float]]:
    """Return the ``query.top`` dyads with the largest total measure: ``(source, target, total)``."""
    query = replace(query, dyads=()) if query.dyads else query
    selected, params = _to_selected_sql(query)
    aggregate = MEASURES[query.measure][0]
    rows = con.execute(
        f"""WITH selected AS ({selected})
        SELECT source, target, {aggregate} AS total FROM selected
        WHERE source IS NOT NULL AND target IS NOT NULL GROUP BY source, target
        HAVING total IS NOT NULL AND total <> 0
        ORDER BY abs(total) DESC, source, target LIMIT ?""",
        [*params, query.top or 20],
    ).fetchall()
    return [(str(source), str(target), float(total)) for source, target, total in rows]


def load_series(con: Any, query: SeriesQuery) -> pd.DataFrame:
    """Return the zero-filled series: one row per dyad (and type) and period, oldest first per dyad.

    Columns: ``source, target[, type], period, events, mentions, goldstein_sum, goldstein_mean,
    verbal_coop, material_coop, verbal_conflict, material_conflict, conflict, cooperation, articles,
    value`` (``value`` is the chosen measure, per 1,000 articles when normalised).

    Raises:
        InputError: a bad option (period, measure, level, dates) or no dyad.
    """
    import pandas as pd

    query = query.check()
    dyads = query.dyads or tuple((s, t) for s, t, _ in find_top_dyads(con, query))
    if not dyads:
        return pd.DataFrame(columns=["source", "target", "period", "value"])
    selected, params = _to_selected_sql(query)
    pairs = ", ".join(f"(?, ?, {number})" for number in range(len(dyads)))
    params += [side for dyad in dyads for side in dyad]
    first, last = _resolve_bounds(con, query, selected, params, pairs)
    if first is None or last is None:
        return pd.DataFrame(columns=["source", "target", "period", "value"])
    frame = con.execute(_to_series_sql(query, selected, pairs), [*params, first, last]).df()
    return _add_value(frame, query)


def _resolve_bounds(
    con: Any, query: SeriesQuery, selected: str, params: list[object], pairs: str
) -> tuple[dt.date | None, dt.date | None]:
    first = to_date(query.since) if query.since is not None else None
    last = to_date(query.until) if query.until is not None else None
    if first is None or last is None:
        low, high = con.execute(
            f"""WITH selected AS ({selected}),
            dyads AS (SELECT * FROM (VALUES {pairs}) t(source, target, rank))
            SELECT min(period), max(period) FROM selected JOIN dyads USING (source, target)""",
            params,
        ).fetchall()[0]
        first, last = first or low, last or high
    if first is not None and last is not None and first > last:
        raise InputError("--since/--until", f"{first} is after {last}")
    return first, last


def _to_series_sql(query: SeriesQuery, selected: str, pairs: str) -> str:
    keys = "source, target, type, period" if query.split_types else "source, target, period"
    grid = "dyads d CROSS JOIN calendar c" + (" CROSS JOIN types y" if query.split_types else "")
    columns = ",\n".join(
        f"{sql} AS {'goldstein_sum' if name == 'goldstein' else name}" for name, (sql, _) in MEASURES.items()
    )
    filled = ", ".join(
        f"coalesce(a.{name}, 0) AS {name}" if name != "goldstein_mean" else "a.goldstein_mean"
        for name in ("events", "mentions", "goldstein_sum", "goldstein_mean", *_QUADS, *_TOTALS)
    )
    grid_keys = (
        "d.source, d.target, y.type, c.period" if query.split_types else "d.source, d.target, c.period"
    )
    return f"""WITH selected AS ({selected}),
        dyads AS (SELECT * FROM (VALUES {pairs}) t(source, target, rank)),
        calendar AS (SELECT CAST(range AS DATE) AS period FROM range(
            CAST(date_trunc('{query.by}', CAST(? AS DATE)) AS TIMESTAMP),
            CAST(? AS TIMESTAMP) + INTERVAL 1 DAY, INTERVAL 1 {query.by})),
        types AS (SELECT DISTINCT type FROM selected JOIN dyads USING (source, target)),
        agg AS (SELECT {keys}, {columns} FROM selected JOIN dyads USING (source, target) GROUP BY ALL),
        articles_per AS (SELECT CAST(date_trunc('{query.by}', date) AS DATE) AS period, count(*) AS articles
            FROM articles GROUP BY ALL)
        SELECT {grid_keys},
            {filled}, coalesce(p.articles, 0) AS articles
        FROM {grid}
        LEFT JOIN agg a ON a.source = d.source AND a.target = d.target AND a.period = c.period
            {"AND a.type = y.type" if query.split_types else ""}
        LEFT JOIN articles_per p ON p.period = c.period
        ORDER BY d.rank, {"y.type, " if query.split_types else ""}c.period"""


def _add_value(frame: pd.DataFrame, query: SeriesQuery) -> pd.DataFrame:
    column = "goldstein_sum" if query.measure == "goldstein" else query.measure
    value = frame[column].astype("float64")
    if query.normalise:
        articles = frame["articles"].astype("float64")
        value = (value * PER_ARTICLES / articles).where(articles > 0)
    frame["period"] = frame["period"].map(lambda day: day.date() if hasattr(day, "date") else day)
    frame["value"] = value
    return frame
