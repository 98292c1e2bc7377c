"""The DuckDB store: round trip, idempotence, replacement on re-code, filters, rejects and migrations.

Migrations from an older schema are in test_store_migrations.py; merging mentions into events in
test_dedupe.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from dotterel.errors import InputError, StoreError
from dotterel.ingest import to_article_id
from dotterel.model import Action, Actor, Article, Event, Evidence, Place, Reject, Span
from dotterel.store import EventFilter, RunInfo, Store
from dotterel.store.query import to_bbox
from dotterel.store.records import EVENT_COLUMNS, to_record, to_row
from dotterel.store.runs import to_knowledge_fingerprint
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
    records = store.mention_records()
    assert len(records) == 4
    for record in records:
        assert record == expected[record["event_id"]]
        assert list(record) == list(expected[record["event_id"]])


def test_unmerged_events_are_their_mention_records_with_counts(store: Store) -> None:
    expected = {e.event_id: e.to_dict() for a in ALL for e in a.events}
    records = store.event_records()
    assert len(records) == 4  # four different happenings: nothing merges
    for record in records:
        counts = {key: record.pop(key) for key in ("num_mentions", "num_articles", "num_sources")}
        assert counts == {"num_mentions": 1, "num_articles": 1, "num_sources": 1}
        assert record == expected[record["event_id"]]


def test_row_flattening_round_trips_nulls_and_nesting() -> None:
    record = SOLEIMANI.events[1].to_dict()
    row = to_row(record)
    assert [name for name, _ in EVENT_COLUMNS] == list(row)
    assert row["source_country"] == "IRN" and row["place_name"] is None and row["date"] is None
    assert to_record(row) == record


def test_writing_twice_changes_nothing(store: Store) -> None:
    before = store.counts()
    tables = ("events", "event_sources", "actors", "mentions")

    def rows(table: str) -> list[tuple[object, ...]]:
        exclude = " EXCLUDE (run_id)" if table in ("event_sources", "mentions") else ""
        return store.connection.execute(f"SELECT *{exclude} FROM {table} ORDER BY 1").fetchall()

    snapshot = {table: rows(table) for table in tables}
    summary = store.write(ALL)
    assert (summary.articles, summary.events, summary.founded, summary.joined) == (3, 4, 0, 0)
    assert store.counts() == before == {"articles": 3, "events": 4, "rejects": 0}
    for table in tables:
        assert rows(table) == snapshot[table], table
    assert len(store.runs()) == 2


def test_recoding_an_article_replaces_its_events(store: Store) -> None:
    recoded = make_article(SOLEIMANI.text, "2020-01-03", (USA, ATTACK, IRN, "2020-01-03"))
    store.write([recoded])
    assert store.counts()["events"] == 3
    assert store.table_counts()["mentions"] == store.table_counts()["event_sources"] == 3
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
        ({"actor": "IRN"}, ["ASSAULT", "THREATEN"]),
        ({"actor": "kataib_hezbollah"}, ["ASSAULT"]),
        ({"country": "irq"}, ["ASSAULT"]),
        ({"country": "GBR"}, []),
        ({"place": "baghdad"}, ["ASSAULT", "PROTEST", "ASSAULT"]),
        ({"place": "IRQ"}, ["ASSAULT", "PROTEST", "ASSAULT"]),
        ({"bbox": (44.0, 33.0, 45.0, 34.0)}, ["ASSAULT", "PROTEST", "ASSAULT"]),
        ({"bbox": (-10.0, 40.0, 10.0, 55.0)}, []),
        ({"modality": "asserted"}, ["ASSAULT", "PROTEST", "ASSAULT", "THREATEN"]),
        ({"modality": "threatened"}, []),
        ({"min_mentions": 1}, ["ASSAULT", "PROTEST", "ASSAULT", "THREATEN"]),
        ({"min_mentions": 2}, []),
    ],
)
def test_event_filters(store: Store, filters: dict[str, object], expected_types: list[str]) -> None:
    frame = store.events(**filters)  # type: ignore[arg-type]
    assert list(frame["type"]) == expected_types


def test_filter_values_are_parameters_not_sql(store: Store) -> None:
    assert store.events(source="USA' OR '1'='1").empty
    assert store.events(actor="x'); DROP TABLE events; --").empty
    assert store.counts()["events"] == 4


def test_mentions_can_be_filtered_like_events(store: Store) -> None:
    frame = store.mentions(EventFilter(dyad="USA-IRN"))
    assert list(frame["type"]) == ["ASSAULT"]
    assert list(frame["merged_event_id"]) == list(frame["event_id"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [("38,29,49,38", (38.0, 29.0, 49.0, 38.0)), ("-180,-90,180,90", (-180.0, -90.0, 180.0, 90.0))],
)
def test_bbox_parses_west_south_east_north(text: str, expected: tuple[float, ...]) -> None:
    assert to_bbox(text) == expected


@pytest.mark.parametrize("text", ["38,29,49", "a,b,c,d", "49,29,38,38", "38,40,49,30", "0,0,190,10"])
def test_bad_bbox_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError, match="--bbox"):
        to_bbox(text)


def test_stored_articles_come_back_without_coding(store: Store) -> None:
    articles = list(store.iter_articles())
    assert [a.id for a in articles] == [a.id for a in sorted(ALL, key=lambda a: (a.date, a.id))]
    assert articles[0].text == STRIKES.text and articles[0].events == []
    assert [a.date.isoformat() for a in store.iter_articles(since="2020-01-01", until="2020-01-01")] == [
        "2020-01-01"
    ]


def test_publisher_comes_from_source_url_or_a_trailing_credit(tmp_path: Path) -> None:
    day = dt.date(2020, 1, 8)
    items = [
        Article(id="a", date=day, text="Iran fired missiles. (Reuters)"),
        Article(id="b", date=day, text="Iran fired missiles.", url="https://www.bbc.co.uk/news/1"),
        Article(id="c", date=day, text="Iran fired missiles. (Reuters)", source="AP"),
        Article(id="d", date=day, text="Iran fired missiles (at night)."),
    ]
    with Store(tmp_path / "p.duckdb") as store:
        store.write(items)
        rows = store.connection.execute("SELECT id, publisher FROM articles ORDER BY id").fetchall()
    assert rows == [("a", "Reuters"), ("b", "bbc.co.uk"), ("c", "AP"), ("d", None)]


def test_each_write_records_a_run_with_the_knowledge_fingerprint(store: Store, tmp_path: Path) -> None:
    extra = tmp_path / "my_actors.yaml"
    extra.write_text("actors: {}\n")
    store.write(
        [EMBASSY], run=RunInfo("recode", "9.9", ("nlp", "events"), to_knowledge_fingerprint((extra,)))
    )
    runs = store.runs()
    assert list(runs["command"]) == ["code", "recode"]
    assert runs["knowledge_fingerprint"].str.len().tolist() == [16, 16]
    assert runs["knowledge_fingerprint"].iloc[0] != runs["knowledge_fingerprint"].iloc[1]
    assert runs["knowledge_fingerprint"].iloc[0] == to_knowledge_fingerprint()
    assert (runs["articles"].tolist(), runs["mentions"].tolist()) == ([3, 1], [4, 1])
    mention_run = store.connection.execute(
        "SELECT DISTINCT run_id FROM mentions WHERE article_id = ?", [EMBASSY.id]
    ).fetchall()
    assert mention_run == [(runs["run_id"].iloc[1],)]


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
        assert store.schema_version == LATEST_VERSION == 3
    with Store(path, read_only=True) as store:
        assert store.counts()["events"] == 4
    con = duckdb.connect(str(path))
    assert con.execute("SELECT version FROM schema_version ORDER BY 1").fetchall() == [(1,), (2,), (3,)]
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
