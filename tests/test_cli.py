"""The command line: help with examples, exit codes (0, 1, 2, 3), rejects on stderr, --db, events, demo.

The shell tests run the real :class:`~dotterel.pipeline.Pipeline` class with the real NLP stage only (fast,
and independent of the coding quality); the end-to-end tests at the bottom run the full default pipeline.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dotterel.cli import app
from dotterel.ingest import read_paths
from dotterel.model import Article
from dotterel.pipeline import Pipeline
from dotterel.stages.nlp import NlpStage
from dotterel.store import Store
from dotterel.store.records import EVENT_COLUMNS, RECORD_KEYS
from tests.conftest import SHARED

SEED = SHARED / "examples" / "seed-2020-01-02.txt"
GOOD = "date 2020-01-08 Iran fired missiles at the Ain al-Asad air base in Iraq on Wednesday.\n"
STRAY = "The Pentagon said no Americans were harmed.\n"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No DOTTEREL_* variable or dotterel.toml from the developer's machine leaks into a test."""
    for name in [n for n in os.environ if n.startswith("DOTTEREL_")]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


@pytest.fixture()
def nlp_only(monkeypatch: pytest.MonkeyPatch, nlp: Any) -> Pipeline:
    """Make ``dotterel code`` build a pipeline of the real NLP stage only."""
    pipeline = Pipeline([NlpStage(nlp)])
    monkeypatch.setattr(Pipeline, "from_settings", classmethod(lambda cls, settings=None: pipeline))
    return pipeline


def run(*args: str, stdin: str | None = None) -> Any:
    """Invoke the CLI and return the click Result (stdout and stderr apart)."""
    return CliRunner().invoke(app, list(args), input=stdin)


@pytest.mark.parametrize("command", ["code", "events", "demo"])
def test_help_of_each_command_shows_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout
    assert f"dotterel {command}" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["code"],
        ["code", "a.txt", "--format", "xml"],
        ["code", "a.txt", "--input-format", "yaml"],
        ["events", "--quad-class", "7"],
        ["no-such-command"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert run(*args).exit_code == 2


def test_missing_file_is_one_red_line_and_exit_1() -> None:
    result = run("code", "absent.txt")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == ["error: absent.txt: no such file or directory"]
    assert "Traceback" not in result.output


def test_bad_setting_is_one_line_and_exit_1(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOTTEREL_BATCH_SIZE", "many")
    Path("a.txt").write_text(GOOD)
    result = run("code", "a.txt")
    assert result.exit_code == 1
    assert "batch_size" in result.stderr and "DOTTEREL_BATCH_SIZE" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_all_coded_exits_0(nlp_only: Pipeline) -> None:
    Path("a.txt").write_text(GOOD)
    result = run("code", "a.txt")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip().splitlines() == ["coded 1 articles into 0 events; 0 inputs rejected"]


def test_rejects_are_listed_on_stderr_and_exit_3(nlp_only: Pipeline) -> None:
    Path("a.txt").write_text(STRAY + GOOD)
    Path("b.jsonl").write_text('{"date": "2020-02-30", "text": "Iran denied it."}\n')
    result = run("code", "a.txt", "b.jsonl", "--format", "jsonl")
    assert result.exit_code == 3
    lines = [line for line in result.stderr.splitlines() if line.startswith("rejected")]
    assert lines == [
        "rejected a.txt:1: no date header: text before the first 'date YYYY-MM-DD' line (stage ingest)",
        "rejected b.jsonl:1: impossible date '2020-02-30' (stage ingest)",
    ]
    assert "coded 1 articles into 0 events; 2 inputs rejected" in result.stderr


def test_strict_stops_at_the_first_reject_with_exit_1(nlp_only: Pipeline) -> None:
    Path("a.txt").write_text(STRAY + GOOD)
    result = run("code", "a.txt", "--strict")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: a.txt:1: no date header")
    assert "--strict" in result.stderr


def test_stdin_and_csv_output_header(nlp_only: Pipeline) -> None:
    result = run("code", "-", "--format", "csv", stdin=GOOD)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [
        ",".join(name for name, _ in EVENT_COLUMNS)
    ]  # the header, no events
    assert "coded 1 articles" in result.stderr


def test_db_stores_articles_and_rejects_idempotently(nlp_only: Pipeline) -> None:
    Path("a.txt").write_text(STRAY + GOOD)
    for _ in range(2):
        result = run("code", "a.txt", "--db", "out/events.duckdb", "--format", "jsonl")
        assert result.exit_code == 3
        assert "now 1 articles, 0 events, 1 rejects" in result.stderr
    with Store(Path("out/events.duckdb"), read_only=True) as store:
        assert store.counts() == {"articles": 1, "events": 0, "rejects": 1}
        assert list(store.rejects()["origin"]) == ["a.txt:1"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["events", "--db", "absent.duckdb"], ["no such database"]),
        (["events", "--db", "store.duckdb", "--dyad", "USA"], ["--dyad", "SOURCE-TARGET"]),
        (["events", "--db", "store.duckdb", "--since", "2020-02-30"], ["not a date"]),
    ],
)
def test_events_errors_are_one_line_exit_1(args: list[str], words: list[str]) -> None:
    Store(Path("store.duckdb")).close()
    result = run(*args)
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1
    for word in words:
        assert word in result.stderr


# --- end to end, with the full default pipeline ------------------------------------------------------------


@pytest.fixture(scope="session")
def full_pipeline() -> Pipeline:
    """The default pipeline, built once."""
    return Pipeline.from_settings()


@pytest.fixture()
def default_pipeline(monkeypatch: pytest.MonkeyPatch, full_pipeline: Pipeline) -> Iterator[Pipeline]:
    """Make the CLI reuse the session's default pipeline instead of loading it again."""
    monkeypatch.setattr(Pipeline, "from_settings", classmethod(lambda cls, settings=None: full_pipeline))
    yield full_pipeline


def test_code_seed_article_as_jsonl_gives_the_library_records(default_pipeline: Pipeline) -> None:
    result = run("code", str(SEED), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    (coded,) = default_pipeline.code_articles(read_paths([SEED]))
    assert isinstance(coded, Article) and coded.events
    assert records == [event.to_dict() for event in coded.events]
    for record in records:
        assert tuple(record) == RECORD_KEYS
        evidence = record["evidence"]
        assert coded.text[evidence["start"] : evidence["end"]] == evidence["sentence"]
    assert any(r["type"] == "ASSAULT" for r in records)


def test_code_to_db_then_query_events(default_pipeline: Pipeline) -> None:
    result = run("code", str(SEED), "--db", "events.duckdb", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    header, *rows = result.stdout.splitlines()
    assert header.split(",") == [name for name, _ in EVENT_COLUMNS]
    listed = run("events", "--db", "events.duckdb", "--source", "USA", "--format", "jsonl")
    assert listed.exit_code == 0, listed.stderr
    records = [json.loads(line) for line in listed.stdout.splitlines()]
    assert records and all(r["source"]["country"] == "USA" for r in records)
    assert len(records) < len(rows)
    table = run("events", "--db", "events.duckdb", "--type", "ASSAULT")
    assert table.exit_code == 0, table.stderr
    assert "ASSAULT" in table.stdout and "events in events.duckdb" in table.stdout


def test_demo_codes_the_bundled_examples(default_pipeline: Pipeline) -> None:
    result = run("demo", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert "coded 6 articles" in result.stderr
    dates = {r["article_date"] for r in records}
    assert {"2019-12-30", "2020-01-03", "2020-01-08"} <= dates
    assert any(r["type"] == "ASSAULT" and r["article_date"] == "2020-01-03" for r in records)
    table = run("demo")
    assert table.exit_code == 0 and "Soleimani" in table.stdout
