"""Exports read back: Parquet by month (DuckDB), CSV header and rows, JSONL records, GDELT TSV columns."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from dotterel.errors import InputError
from dotterel.export import GDELT_COLUMNS, export, to_gdelt_event_id
from dotterel.store import Store
from dotterel.store.records import EVENT_COLUMNS, RECORD_KEYS
from tests.test_dedupe import AIN_AL_ASAD, BAGHDAD, IRN, USA, Spec, make_article

DOCS = Path(__file__).resolve().parents[1] / "docs" / "store.md"
STRIKE = "Iran fired more than a dozen ballistic missiles at the Ain al-Asad air base in Iraq on Wednesday."
ARTICLES = [
    make_article(
        STRIKE + " (Reuters)",
        "2020-01-08",
        Spec(source=IRN, target=USA, date="2020-01-08", place=AIN_AL_ASAD),
    ),
    make_article(
        STRIKE + " (AP)", "2020-01-08", Spec(source=IRN, target=USA, date="2020-01-08", place=AIN_AL_ASAD)
    ),
    make_article(
        "US forces killed Qasem Soleimani\tin a drone strike at Baghdad airport on Friday.",
        "2020-01-03",
        Spec(source=USA, target=IRN, date="2020-01-03", place=BAGHDAD, killed=10),
    ),
    make_article(
        "Protesters stormed the US embassy compound in Baghdad on Tuesday.",
        "2019-12-31",
        Spec(type="PROTEST", target=USA, date="2019-12-31"),
    ),
]
CONTRACT = [name for name, _ in EVENT_COLUMNS]
EVENT_EXTRA = [
    "mention_id",
    "num_mentions",
    "num_articles",
    "num_sources",
    "first_date",
    "last_date",
    "first_article_date",
    "last_article_date",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store(Path(tmp_path_factory.mktemp("export")) / "e.duckdb") as opened:
        opened.write(ARTICLES)
        assert opened.counts()["events"] == 3  # the two wire copies merged
        yield opened


def test_parquet_is_partitioned_by_month_and_reads_back_with_duckdb(store: Store, tmp_path: Path) -> None:
    files = export(store.connection, tmp_path, "parquet")
    assert sorted(f.parent.name for f in files) == ["month=2019-12", "month=2020-01"]
    con = duckdb.connect()
    glob = str(tmp_path / "events" / "*" / "*.parquet")
    rows = con.execute(
        "SELECT month, event_id, num_mentions, num_sources"
        f" FROM read_parquet('{glob}', hive_partitioning = true) ORDER BY month, event_id"
    ).fetchall()
    expected = sorted(
        (r["date"][:7], r["event_id"], r["num_mentions"], r["num_sources"]) for r in store.event_records()
    )
    assert sorted(rows) == expected
    described = con.execute(f"DESCRIBE SELECT * FROM read_parquet('{glob}', hive_partitioning = false)")
    names = [row[0] for row in described.fetchall()]
    assert names == CONTRACT + EVENT_EXTRA


def test_mentions_export_to_parquet_as_well(store: Store, tmp_path: Path) -> None:
    export(store.connection, tmp_path, "parquet", level="mentions")
    glob = str(tmp_path / "mentions" / "*" / "*.parquet")
    rows = (
        duckdb.connect().execute(f"SELECT count(*), count(DISTINCT merged_event_id) FROM '{glob}'").fetchall()
    )
    assert rows == [(4, 3)]


def test_csv_has_the_header_and_one_row_per_event(store: Store, tmp_path: Path) -> None:
    (path,) = export(store.connection, tmp_path, "csv")
    with path.open(newline="", encoding="utf-8") as handle:
        header, *rows = list(csv.reader(handle))
    assert header == CONTRACT + EVENT_EXTRA
    assert len(rows) == 3
    merged = next(row for row in rows if row[header.index("num_mentions")] == "2")
    assert merged[header.index("source_country")] == "IRN" and merged[header.index("num_sources")] == "2"
    assert json.loads(merged[header.index("evidence")])["sentence"].startswith("Iran fired")


def test_jsonl_holds_the_event_records_with_counts(store: Store, tmp_path: Path) -> None:
    (path,) = export(store.connection, tmp_path, "jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert records == store.event_records()
    assert all(tuple(r)[: len(RECORD_KEYS)] == RECORD_KEYS for r in records)
    (path,) = export(store.connection, tmp_path, "jsonl", level="mentions")
    mentions = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [m.pop("merged_event_id") is not None for m in mentions] == [True] * 4
    assert mentions == store.mention_records()


def test_gdelt_tsv_has_61_columns_in_gdelt_order(store: Store, tmp_path: Path) -> None:
    (path,) = export(store.connection, tmp_path, "gdelt")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    rows = [line.split("\t") for line in lines]
    assert {len(row) for row in rows} == {61} and len(GDELT_COLUMNS) == 61
    names = [name for name, _ in GDELT_COLUMNS]
    assert names[:5] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    assert names[25:35] == [
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    ]
    assert names[-2:] == ["DATEADDED", "SOURCEURL"]
    column = {name: index for index, name in enumerate(names)}
    strike = next(row for row in rows if row[column["SQLDATE"]] == "20200108")
    event_id = next(r["event_id"] for r in store.event_records() if r["date"] == "2020-01-08")
    assert int(strike[column["GLOBALEVENTID"]]) == to_gdelt_event_id(event_id)
    assert strike[column["Actor1Code"]] == "IRNGOV" and strike[column["Actor2Code"]] == "USAMIL"
    assert strike[column["Actor1Name"]] == "IRAN" and strike[column["Actor2CountryCode"]] == "USA"
    assert (
        strike[column["EventCode"]],
        strike[column["EventBaseCode"]],
        strike[column["EventRootCode"]],
    ) == ("195", "195", "19")
    assert (strike[column["QuadClass"]], strike[column["GoldsteinScale"]]) == ("4", "-10.0")
    assert (strike[column["NumMentions"]], strike[column["NumSources"]], strike[column["NumArticles"]]) == (
        "2",
        "2",
        "2",
    )
    assert strike[column["ActionGeo_FullName"]] == "Ain al-Asad" and strike[column["ActionGeo_Type"]] == "4"
    assert strike[column["IsRootEvent"]] == "1" and re.fullmatch(r"\d{14}", strike[column["DATEADDED"]])
    assert strike[column["SOURCEURL"]].startswith("article:")
    soleimani = next(row for row in rows if row[column["SQLDATE"]] == "20200103")
    assert soleimani[column["SOURCEURL"]] == f"article:{ARTICLES[2].id}"  # no tab broke the line


def test_an_existing_export_is_kept_unless_overwrite(store: Store, tmp_path: Path) -> None:
    export(store.connection, tmp_path, "csv")
    with pytest.raises(InputError, match="already exists"):
        export(store.connection, tmp_path, "csv")
    assert export(store.connection, tmp_path, "csv", overwrite=True) == [tmp_path / "events.csv"]
    export(store.connection, tmp_path, "parquet")
    with pytest.raises(InputError, match="already exists"):
        export(store.connection, tmp_path, "parquet")
    assert len(export(store.connection, tmp_path, "parquet", overwrite=True)) == 2


@pytest.mark.parametrize(
    ("fmt", "level", "option"),
    [("xlsx", "events", "--format"), ("csv", "articles", "--level"), ("gdelt", "mentions", "--level")],
)
def test_bad_export_options(store: Store, tmp_path: Path, fmt: str, level: str, option: str) -> None:
    with pytest.raises(InputError, match=option):
        export(store.connection, tmp_path, fmt, level)


def test_docs_list_the_gdelt_columns_in_order() -> None:
    documented = re.findall(r"^\| (\d+) \| `(\w+)` \|", DOCS.read_text(encoding="utf-8"), re.MULTILINE)
    assert [(int(n), name) for n, name in documented] == [
        (n, name) for n, (name, _) in enumerate(GDELT_COLUMNS, start=1)
    ]
