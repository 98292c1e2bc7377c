"""The store's commands: series, export, explain, recode, and the new events filters; exit codes and errors.

Most tests run on hand-built events; recode runs a small stand-in coding stage; one test codes real articles
with the default pipeline end to end.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dotterel.cli import app
from dotterel.model import Action, Actor, Article, Event, Evidence, Span
from dotterel.pipeline import Pipeline
from dotterel.store import Store
from tests.test_export import ARTICLES

DB = "events.duckdb"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No DOTTEREL_* variable or dotterel.toml leaks in; each test works in its own folder."""
    for name in [n for n in os.environ if n.startswith("DOTTEREL_")]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


@pytest.fixture()
def db() -> str:
    with Store(Path(DB)) as store:
        store.write(ARTICLES)
    return DB


def run(*args: str) -> Any:
    """Invoke the CLI and return the click Result (stdout and stderr apart)."""
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize("command", ["series", "export", "explain", "recode"])
def test_help_of_each_store_command_shows_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout and f"dotterel {command}" in result.stdout


def test_series_table_with_a_terminal_chart(db: str) -> None:
    result = run(
        "series",
        "--db",
        db,
        "--dyad",
        "IRN-USA",
        "--by",
        "day",
        "--since",
        "2020-01-07",
        "--until",
        "2020-01-09",
        "--measure",
        "conflict",
        "--plot",
    )
    assert result.exit_code == 0, result.stderr
    assert "IRN → USA" in result.stdout
    lines = [line for line in result.stdout.splitlines() if "2020-01-0" in line]
    assert len(lines) == 3 and "█" in lines[1] and "█" not in lines[0] + lines[2]


def test_series_csv_is_long_and_zero_filled(db: str) -> None:
    result = run(
        "series", "--db", db, "--dyad", "USA-IRN", "--dyad", "IRN-USA", "--by", "week", "--format", "csv"
    )
    assert result.exit_code == 0, result.stderr
    header, *rows = result.stdout.splitlines()
    assert header.startswith("source,target,period,events,mentions,goldstein_sum")
    assert header.endswith(",articles,value")
    assert [row.split(",")[:4] for row in rows] == [
        ["USA", "IRN", "2019-12-30", "1"],
        ["USA", "IRN", "2020-01-06", "0"],
        ["IRN", "USA", "2019-12-30", "0"],
        ["IRN", "USA", "2020-01-06", "1"],
    ]


def test_series_top_dyads_table(db: str) -> None:
    result = run("series", "--db", db, "--top-dyads", "20", "--by", "week", "--measure", "conflict")
    assert result.exit_code == 0, result.stderr
    assert "top dyads by conflict per week" in result.stdout
    rows = [line for line in result.stdout.splitlines() if "→" in line]
    assert len(rows) == 2 and "IRN → USA" in rows[0] and "USA → IRN" in rows[1]  # ties: by name


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--dyad", "USA-IRN", "--by", "year"], ["--by"]),
        (["--by", "day"], ["--dyad", "--top-dyads"]),
        (["--dyad", "USA"], ["SOURCE-TARGET"]),
        (["--dyad", "USA-IRN", "--measure", "tone"], ["--measure"]),
    ],
)
def test_series_errors_are_one_line_exit_1(db: str, args: list[str], words: list[str]) -> None:
    result = run("series", "--db", db, *args)
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1
    for word in words:
        assert word in result.stderr


def test_export_writes_and_refuses_to_overwrite(db: str) -> None:
    result = run("export", "--db", db, "--format", "gdelt", "out")
    assert result.exit_code == 0, result.stderr
    assert Path("out/events.gdelt.tsv").is_file() and "wrote out/events.gdelt.tsv" in result.stderr
    again = run("export", "--db", db, "--format", "gdelt", "out")
    assert again.exit_code == 1 and "already exists" in again.stderr
    parquet = run("export", "--db", db, "out")
    assert parquet.exit_code == 0 and "2 files under out/events" in parquet.stderr


def _merged_event_id(db: str) -> str:
    with Store(Path(db), read_only=True) as store:
        return str(store.events(min_mentions=2)["event_id"].iloc[0])


def test_explain_shows_the_mentions_and_why(db: str) -> None:
    event_id = _merged_event_id(db)
    result = run("explain", event_id, "--db", db)
    assert result.exit_code == 0, result.stderr
    assert f"event {event_id}" in result.stdout
    assert "2 mentions in 2 articles from 2 sources" in result.stdout
    assert "founded" in result.stdout and "joined" in result.stdout and "both sides known" in result.stdout
    as_json = run("explain", event_id, "--db", db, "--format", "jsonl")
    explanation = json.loads(as_json.stdout)
    assert sorted(m["publisher"] for m in explanation["mentions"]) == ["AP", "Reuters"]
    assert [m["role"] for m in explanation["mentions"]] == ["founded", "joined"]
    missing = run("explain", "0000", "--db", db)
    assert missing.exit_code == 1 and "no event or mention '0000'" in missing.stderr


@pytest.mark.parametrize(
    ("args", "count"),
    [
        ([], 3),
        (["--mentions"], 4),
        (["--min-mentions", "2"], 1),
        (["--bbox", "42,33,43,34"], 1),
        (["--country", "irn"], 2),
        (["--actor", "USA", "--type", "PROTEST"], 1),
        (["--place", "Baghdad"], 1),
        (["--modality", "threatened"], 0),
    ],
)
def test_events_filters(db: str, args: list[str], count: int) -> None:
    result = run("events", "--db", db, "--format", "jsonl", *args)
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == count
    assert all(("num_mentions" in r) is ("--mentions" not in args) for r in records)


def test_recode_without_a_database_is_one_line_exit_1() -> None:
    result = run("recode", "--db", "absent.duckdb")
    assert result.exit_code == 1 and "no such database" in result.stderr
    assert not Path("absent.duckdb").exists()


def test_events_bad_bbox_is_one_line_exit_1(db: str) -> None:
    result = run("events", "--db", db, "--bbox", "north")
    assert result.exit_code == 1 and "--bbox" in result.stderr


class StrikeStage:
    """A stand-in coder: "missiles" is Iran attacking ``target``; everything else has no event."""

    name = "strikes"
    requires: tuple[str, ...] = ("id", "date", "text")
    assigns: tuple[str, ...] = ("events",)

    def __init__(self, target: Actor) -> None:
        self.target = target

    def __call__(self, article: Article) -> Article:
        start = article.text.find("missiles")
        if start >= 0:
            trigger = Span(start, start + len("missiles"))
            article.events = [
                Event(
                    event_id=hashlib.sha1(f"{article.id}|{start}".encode()).hexdigest()[:16],
                    article_id=article.id,
                    article_date=article.date,
                    trigger=trigger,
                    action=Action("ASSAULT", "missile", "195", -10.0, 4),
                    source=Actor("Iran", "Iran", "IRN", "GOV"),
                    target=self.target,
                    evidence=Evidence(article.text, 0, len(article.text), {"action": trigger}),
                    rule="test.strikes.v1",
                    confidence=0.9,
                    date=article.date,
                    date_precision="day",
                )
            ]
        return article


def _use_pipeline(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    monkeypatch.setattr(Pipeline, "from_settings", classmethod(lambda cls, settings=None: pipeline))


def test_recode_replaces_mentions_and_keeps_unchanged_event_ids(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    usa = Actor("US troops", "United States", "USA", "MIL")
    _use_pipeline(monkeypatch, Pipeline([StrikeStage(usa)]))
    first = run("recode", "--db", db)
    assert first.exit_code == 0, first.stderr
    assert "recoded 4 articles: mentions 4 -> 2; events 3 -> 1" in first.stderr
    with Store(Path(db), read_only=True) as store:
        (event_id,) = store.events()["event_id"]
        assert store.runs()["command"].tolist()[-1] == "recode"
    again = run("recode", "--db", db)
    assert "events 1 -> 1 (1 ids kept, 0 new, 0 gone)" in again.stderr
    _use_pipeline(monkeypatch, Pipeline([StrikeStage(dataclasses.replace(usa, country="IRQ"))]))
    changed = run("recode", "--db", db, "--since", "2020-01-08", "--until", "2020-01-08")
    assert changed.exit_code == 0, changed.stderr
    with Store(Path(db), read_only=True) as store:
        frame = store.events()
    assert frame["event_id"].tolist() == [event_id] and frame["target_country"].tolist() == ["IRQ"]


def test_code_then_merge_end_to_end_with_the_default_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    from dotterel.api import default_pipeline

    _use_pipeline(monkeypatch, default_pipeline())
    story = (
        "Iran fired more than a dozen ballistic missiles at the Ain al-Asad air base in Iraq on Wednesday."
    )
    Path("wire.txt").write_text(f"date 2020-01-08 {story} (Reuters)\ndate 2020-01-08 {story} (AP)\n")
    result = run("code", "wire.txt", "--db", DB, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    mentions = [json.loads(line) for line in result.stdout.splitlines()]
    with Store(Path(DB), read_only=True) as store:
        events = store.event_records()
    assert any(m["type"] == "ASSAULT" for m in mentions)
    assert 0 < len(events) < len(mentions)
    strike = next(e for e in events if e["type"] == "ASSAULT")
    assert (strike["num_mentions"], strike["num_articles"], strike["num_sources"]) == (2, 2, 2)
