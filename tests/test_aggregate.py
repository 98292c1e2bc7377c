"""Dyadic series: zero-filling, normalisation by articles coded, periods, levels, top dyads and the views."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from dotterel.aggregate import SeriesQuery, find_top_dyads, load_series, to_dyads
from dotterel.errors import InputError
from dotterel.model import MODALITIES
from dotterel.store import Store
from tests.test_dedupe import IRN, TRUMP, USA, Spec, make_article

ARTICLES = [
    make_article(
        "US jets struck an Iranian convoy on Wednesday.",
        "2020-01-01",
        Spec(source=USA, target=IRN, date="2020-01-01"),
    ),
    make_article("Markets were calm on New Year's Day.", "2020-01-01"),
    make_article(
        "The United States warned Iran on Friday it would respond to any attack.",
        "2020-01-03",
        Spec(type="THREATEN", source=USA, target=IRN, date="2020-01-03"),
    ),
    make_article(
        "Iran's foreign minister met US envoys in Oman on Friday.",
        "2020-01-03",
        Spec(type="CONSULT", source=IRN, target=USA, date="2020-01-03"),
    ),
    make_article(
        "US officials said they might strike Iranian ships.",
        "2020-01-03",
        Spec(source=USA, target=IRN, modality="hypothetical"),
    ),
    make_article(
        "The United States sent earthquake aid to Iran in January.",
        "2020-01-05",
        Spec(type="AID", source=USA, target=IRN, date="2020-01-01", precision="month"),
    ),
    make_article(
        "Donald Trump ordered a strike on an Iranian drone on Thursday.",
        "2020-01-09",
        Spec(source=TRUMP, target=IRN, date="2020-01-09"),
    ),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store(Path(tmp_path_factory.mktemp("series")) / "s.duckdb") as opened:
        opened.write(ARTICLES)
        yield opened


def _series(store: Store, **fields: object) -> list[dict[str, object]]:
    frame = load_series(store.connection, SeriesQuery(**fields))  # type: ignore[arg-type]
    return [
        {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}
        for row in frame.to_dict(orient="records")
    ]


def _column(rows: list[dict[str, object]], name: str) -> list[object]:
    return [row[name] for row in rows]


def test_daily_series_is_zero_filled_between_the_bounds(store: Store) -> None:
    rows = _series(store, dyads=to_dyads(["usa-irn"]), since="2020-01-01", until="2020-01-06")
    assert [str(p) for p in _column(rows, "period")] == [f"2020-01-0{d}" for d in range(1, 7)]
    assert _column(rows, "events") == [1, 0, 1, 0, 1, 0]  # the hypothetical strike does not count
    assert _column(rows, "goldstein_sum") == [-10.0, 0.0, -7.0, 0.0, 7.0, 0.0]
    assert _column(rows, "goldstein_mean") == [-10.0, None, -7.0, None, 7.0, None]
    assert _column(rows, "material_conflict") == [1, 0, 0, 0, 0, 0]
    assert _column(rows, "verbal_conflict") == [0, 0, 1, 0, 0, 0]
    assert _column(rows, "material_coop") == [
        0,
        0,
        0,
        0,
        1,
        0,
    ]  # the month-dated aid counts on its article day
    assert _column(rows, "conflict") == [1, 0, 1, 0, 0, 0]
    assert _column(rows, "articles") == [2, 0, 3, 0, 1, 0]
    assert _column(rows, "value") == [1.0, 0.0, 1.0, 0.0, 1.0, 0.0]


def test_normalised_series_is_per_thousand_articles_and_empty_without_articles(store: Store) -> None:
    rows = _series(store, dyads=(("USA", "IRN"),), since="2020-01-01", until="2020-01-06", normalise=True)
    values = [None if v is None else round(float(v), 2) for v in _column(rows, "value")]  # type: ignore[arg-type]
    assert values == [500.0, None, 333.33, None, 1000.0, None]


@pytest.mark.parametrize(
    ("fields", "periods", "values"),
    [
        ({"by": "week"}, ["2019-12-30", "2020-01-06"], [3.0, 1.0]),
        ({"by": "month"}, ["2020-01-01"], [4.0]),
        ({"by": "week", "measure": "conflict"}, ["2019-12-30", "2020-01-06"], [2.0, 1.0]),
        ({"by": "week", "measure": "goldstein"}, ["2019-12-30", "2020-01-06"], [-10.0, -10.0]),
        ({"by": "day", "type": "AID"}, ["2020-01-05"], [1.0]),
        (
            {"by": "day", "since": "2020-01-03", "until": "2020-01-03", "modalities": MODALITIES},
            ["2020-01-03"],
            [2.0],
        ),
        ({"by": "day", "since": "2020-01-03", "until": "2020-01-03"}, ["2020-01-03"], [1.0]),
    ],
)
def test_periods_measures_and_filters(
    store: Store, fields: dict[str, object], periods: list[str], values: list[float]
) -> None:
    rows = _series(store, dyads=(("USA", "IRN"),), **fields)
    assert [str(p) for p in _column(rows, "period")] == periods
    assert _column(rows, "value") == values


def test_reverse_dyad_is_its_own_series(store: Store) -> None:
    rows = _series(store, dyads=to_dyads(["USA-IRN", "IRN-USA"]), by="month", measure="cooperation")
    assert [(r["source"], r["target"], r["value"]) for r in rows] == [
        ("USA", "IRN", 1.0),
        ("IRN", "USA", 1.0),
    ]


def test_actor_level_series_tells_the_president_from_the_military(store: Store) -> None:
    rows = _series(
        store,
        dyads=to_dyads(["person:donald-trump->IRNGOV", "USAMIL->IRNGOV"]),
        level="actor",
        by="week",
        measure="material_conflict",
    )
    assert [(r["source"], str(r["period"]), r["value"]) for r in rows] == [
        ("person:donald-trump", "2019-12-30", 0.0),
        ("person:donald-trump", "2020-01-06", 1.0),
        ("USAMIL", "2019-12-30", 1.0),
        ("USAMIL", "2020-01-06", 0.0),
    ]


def test_split_types_zero_fills_every_type_of_the_dyad(store: Store) -> None:
    rows = _series(store, dyads=(("USA", "IRN"),), since="2020-01-01", until="2020-01-03", split_types=True)
    assert [(r["type"], str(r["period"]), r["events"]) for r in rows] == [
        ("ASSAULT", "2020-01-01", 1),
        ("ASSAULT", "2020-01-02", 0),
        ("ASSAULT", "2020-01-03", 0),
        ("THREATEN", "2020-01-01", 0),
        ("THREATEN", "2020-01-02", 0),
        ("THREATEN", "2020-01-03", 1),
    ]  # fmt: skip  (the types present in the selection: AID comes later)


def test_top_dyads_rank_by_the_measure_and_drop_zero_totals(store: Store) -> None:
    assert find_top_dyads(store.connection, SeriesQuery(top=5, measure="conflict")) == [("USA", "IRN", 3.0)]
    assert find_top_dyads(store.connection, SeriesQuery(top=1, measure="events")) == [("USA", "IRN", 4.0)]
    rows = _series(store, top=2, by="month", measure="events")
    assert [(r["source"], r["target"], r["value"]) for r in rows] == [
        ("USA", "IRN", 4.0),
        ("IRN", "USA", 1.0),
    ]


def test_a_dyad_without_events_and_without_bounds_is_empty(store: Store) -> None:
    assert _series(store, dyads=(("GBR", "FRA"),)) == []
    rows = _series(store, dyads=(("GBR", "FRA"),), since="2020-01-01", until="2020-01-02")
    assert _column(rows, "events") == [0, 0]


@pytest.mark.parametrize(
    ("fields", "option"),
    [
        ({"dyads": (("USA", "IRN"),), "by": "year"}, "--by"),
        ({"dyads": (("USA", "IRN"),), "measure": "tone"}, "--measure"),
        ({"dyads": (("USA", "IRN"),), "level": "region"}, "--level"),
        ({}, "--dyad"),
        ({"dyads": (("USA", "IRN"),), "since": "2020-02-01", "until": "2020-01-01"}, "--since/--until"),
        ({"dyads": (("USA", "IRN"),), "since": "2020-13-01"}, "--since/--until"),
    ],
)
def test_bad_options_are_input_errors(store: Store, fields: dict[str, object], option: str) -> None:
    with pytest.raises(InputError, match=option):
        load_series(store.connection, SeriesQuery(**fields))  # type: ignore[arg-type]


def test_the_series_views_hold_the_same_counts(store: Store) -> None:
    con = store.connection
    daily = con.execute(
        "SELECT CAST(period AS VARCHAR), type, events, goldstein_sum FROM series_country_day"
        " WHERE source = 'USA' AND target = 'IRN' ORDER BY period"
    ).fetchall()
    assert daily == [
        ("2020-01-01", "ASSAULT", 1, -10.0),
        ("2020-01-03", "THREATEN", 1, -7.0),
        ("2020-01-05", "AID", 1, 7.0),
        ("2020-01-09", "ASSAULT", 1, -10.0),
    ]
    weekly = con.execute(
        "SELECT source, sum(events) FROM series_actor_week WHERE target = 'IRNGOV' GROUP BY 1 ORDER BY 1"
    ).fetchall()
    assert weekly == [("USAMIL", 3), ("person:donald-trump", 1)]
    assert con.execute("SELECT sum(articles) FROM articles_month").fetchall() == [(7,)]
