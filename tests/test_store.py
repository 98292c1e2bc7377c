"""The DuckDB store: round trip, idempotence, replacement on re-code, filters, rejects and migrations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from dotterel.errors import InputError, StoreError
from dotterel.ingest import to_article_id
from dotterel.model import Action, Actor, Article, Event, Evidence, Place, Reject, Span
from dotterel.store import EventFilter, Store
from dotterel.store.records import EVENT_COLUMNS, to_record, to_row
from dotterel.store.schema import LATEST_VERSION

USA = Actor(text="US forces", name="United States", country="USA", sector="MIL", actor_id=None)
IRN = Actor(text="Iran", name="Iran", country="IRN", sector=None, actor_id=None)
KH = Actor(
    text="Kataib Hezbollah", name="Kataib Hezbollah", country="IRQ", sector="NSA", actor_id="kataib_hezbollah"
)
ATTACK = Action(type="ASSAULT", mode="aerial", cameo="195", goldstein=-10.0, quad_class=4)
THREATEN = Action(type="THREATEN", mode=None, cameo="138", goldstein=-7.0, quad_class=3)
PROTEST = Action(type="PROTEST", mode="demonstrate", cameo="141", goldstein=-6.5, quad_class=3)


def make_article(
    text: str, date: str, *specs: tuple[Actor | None, Action, Actor | None, str | None]
) -> Article:
    """An article whose events are built by hand: one (source, action, target, event date) per spec."""
    day = dt.date.fromisoformat(date)
    article = Article(id=to_article_id(day, text), date=day, text=text, origin="test.txt:1")
    for index, (source, action, target, when) in enumerate(specs):
        place = (
            Place(name="Baghdad", country="IRQ", admin1="Baghdad", lat=33.34, lon=44.4)
            if index == 0
            else None
        )
        article.events.append(
            Event(
                event_id=f"{article.id}-{index}",
                article_id=article.id,
                article_date=day,
                trigger=Span(0, 4),
                action=action,
                source=source,
                target=target,
                evidence=Evidence(sentence=text, start=0, end=len(text), spans={"action": Span(0, 4)}),
                rule=f"test.rule-{index}.v1",
                confidence=0.8123,
                date=dt.date.fromisoformat(when) if when else None,
                date_precision="day" if when else "unknown",
                place=place,
                killed=25 if action is ATTACK else None,
            )
        )
    return article


STRIKES = make_article(
    "US forces struck Kataib Hezbollah bases on Sunday, killing 25 fighters.",
    "2019-12-30",
    (USA, ATTACK, KH, "2019-12-29"),
)
SOLEIMANI = make_article(
    "A US strike killed Qasem Soleimani at Baghdad airport on Friday; Iran vowed revenge.",
    "2020-01-03",
    (USA, ATTACK, IRN, "2020-01-03"),
    (IRN, THREATEN, USA, None),
)
EMBASSY = make_article(
    "Protesters stormed the US embassy compound in Baghdad on Tuesday.",
    "2020-01-01",
    (None, PROTEST, USA, "2019-12-31"),
)
ALL = [STRIKES, SOLEIMANI, EMBASSY]


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "events.duckdb") as opened:
        opened.write(ALL)
        yield opened


def test_round_trip_gives_back_the_contract_records(store: Store) -> None:
    expected = {e.event_id: e.to_dict() for a in ALL for e in a.events}
    records = store.event_records()
    assert len(records) == 4
    for record in records:
        assert record == expected[record["event_id"]]
        assert list(record) == list(expected[record["event_id"]])


def test_row_flattening_round_trips_nulls_and_nesting() -> None:
    record = SOLEIMANI.events[1].to_dict()
    row = to_row(record)
    assert [name for name, _ in EVENT_COLUMNS] == list(row)
    assert row["source_country"] == "IRN" and row["place_name"] is None and row["date"] is None
    assert to_record(row) == record


def test_writing_twice_changes_nothing(store: Store) -> None:
    before = store.counts()
    summary = store.write(ALL)
    assert (summary.articles, summary.events) == (3, 4)
    assert store.counts() == before == {"articles": 3, "events": 4, "rejects": 0}


def test_recoding_an_article_replaces_its_events(store: Store) -> None:
    recoded = make_article(SOLEIMANI.text, "2020-01-03", (USA, ATTACK, IRN, "2020-01-03"))
    store.write([recoded])
    assert store.counts()["events"] == 3
    frame = store.events(source="IRN")
    assert frame.empty


@pytest.mark.parametrize(
    ("filters", "expected_types"),
    [
        ({"dyad": "USA-IRN"}, ["ASSAULT"]),
        ({"dyad": "IRN-USA"}, ["THREATEN"]),
        ({"dyad": "USA->kataib_hezbollah"}, ["ASSAULT"]),
        ({"dyad": "IRN-IRQ"}, []),
        ({"source": "usa"}, ["ASSAULT", "ASSAULT"]),
        ({"target": "Kataib Hezbollah"}, ["ASSAULT"]),
        ({"target": "USA"}, ["PROTEST", "THREATEN"]),
        ({"type": "protest"}, ["PROTEST"]),
        ({"cameo": "19"}, ["ASSAULT", "ASSAULT"]),
        ({"cameo": "2"}, []),
        ({"quad_class": 3}, ["PROTEST", "THREATEN"]),
        ({"since": "2020-01-01"}, ["ASSAULT", "THREATEN"]),
        ({"until": "2019-12-31"}, ["ASSAULT", "PROTEST"]),
        ({"since": "2019-12-31", "until": "2019-12-31"}, ["PROTEST"]),
        ({"since": dt.date(2020, 2, 1)}, []),
        ({"min_confidence": 0.9}, []),
        ({"limit": 1, "offset": 1}, ["PROTEST"]),
    ],
)
def test_event_filters(store: Store, filters: dict[str, object], expected_types: list[str]) -> None:
    frame = store.events(**filters)  # type: ignore[arg-type]
    assert list(frame["type"]) == expected_types


def test_filter_values_are_parameters_not_sql(store: Store) -> None:
    assert store.events(source="USA' OR '1'='1").empty
    assert store.counts()["events"] == 4


@pytest.mark.parametrize("dyad", ["USA", "USA-IRN-IRQ", "-IRN", ""])
def test_bad_dyad_is_an_input_error(store: Store, dyad: str) -> None:
    with pytest.raises(InputError, match="SOURCE-TARGET"):
        store.events(dyad=dyad)


def test_bad_date_is_an_input_error(store: Store) -> None:
    with pytest.raises(InputError, match="not a date"):
        store.event_records(EventFilter(since="2020-02-30"))


def test_rejects_are_stored_once(store: Store) -> None:
    reject = Reject(origin="feed.jsonl:7", stage="ingest", reason="malformed JSON line", text="{bad")
    other = Reject(origin="feed.jsonl:9", stage="ingest", reason="malformed JSON line")
    assert store.write([reject, reject, other]).rejects == 2
    store.write([reject])
    frame = store.rejects()
    assert list(frame["origin"]) == ["feed.jsonl:7", "feed.jsonl:9"]
    assert frame["text_sha1"].notna().tolist() == [True, False]


def test_an_article_coded_after_a_stage_reject_clears_the_reject(store: Store) -> None:
    failed = Reject(origin="test.txt:1", stage="events", reason="KeyError: 'x'", article_id=EMBASSY.id)
    store.write([failed])
    assert store.counts()["rejects"] == 1
    store.write([EMBASSY])
    assert store.counts() == {"articles": 3, "events": 4, "rejects": 0}


def test_big_batches_are_written_in_chunks(tmp_path: Path) -> None:
    articles = [make_article(f"Protesters marched in city number {n}.", "2020-01-01") for n in range(1203)]
    with Store(tmp_path / "big.duckdb") as store:
        assert store.write(articles).articles == 1203
        assert store.counts()["articles"] == 1203


def test_migration_version_is_recorded_and_reopening_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "events.duckdb"
    with Store(path) as store:
        store.write(ALL)
        assert store.schema_version == LATEST_VERSION == 1
    with Store(path, read_only=True) as store:
        assert store.counts()["events"] == 4
    con = duckdb.connect(str(path))
    assert con.execute("SELECT version FROM schema_version").fetchall() == [(1,)]
    con.execute("INSERT INTO schema_version (version, description) VALUES (99, 'from the future')")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_missing_database_read_only_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "absent.duckdb", read_only=True)


def test_a_file_that_is_not_duckdb_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "locked.duckdb"
    path.write_bytes(b"this is not a duckdb file")
    with pytest.raises(StoreError, match="cannot open"):
        Store(path)
