"""``dotterel check``: a store of real sentences is clean; each kind of damage is found, a line a problem."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from dotterel.cli import app
from dotterel.store import Store
from dotterel.store.check import CHECKS, Problem, count_problems, find_problems
from tests.test_export import ARTICLES

FIRST_MENTION = "(SELECT min(mention_id) FROM mentions)"
# A mention that is not the representative of its event (the second wire copy of the Ain al-Asad strike).
JOINED_MENTION = "(SELECT min(mention_id) FROM event_sources WHERE role = 'joined')"
EVENT_OF_JOINED = f"(SELECT event_id FROM event_sources WHERE mention_id = {JOINED_MENTION})"
FIRST_ARTICLE = f"(SELECT article_id FROM mentions WHERE mention_id = {FIRST_MENTION})"
NO_TEXT_SPANS = "json_object('sentence', 'x', 'start', {start}, 'end', {end}, 'spans', json_object())"

# what was damaged, the SQL that damages a clean store, the checks that must report it
DAMAGE = [
    ("nothing", [], []),
    ("an article deleted", [f"DELETE FROM articles WHERE id = {FIRST_ARTICLE}"], ["mentions.article"]),
    (
        "a mention's article date changed",
        [f"UPDATE mentions SET article_date = article_date + 1 WHERE mention_id = {FIRST_MENTION}"],
        ["mentions.article_date"],
    ),
    ("the runs forgotten", ["DELETE FROM runs"], ["mentions.run"]),
    (
        "a joined mention deleted",
        [f"DELETE FROM mentions WHERE mention_id = {JOINED_MENTION}"],
        ["event_sources.mention"],
    ),
    (
        "a source moved to another article",
        [f"UPDATE event_sources SET article_id = 'elsewhere' WHERE mention_id = {JOINED_MENTION}"],
        ["event_sources.article"],
    ),
    (
        "an event deleted",
        [f"DELETE FROM events WHERE event_id = {EVENT_OF_JOINED}"],
        ["event_sources.event"],
    ),
    (
        "a joined mention unplaced",
        [f"DELETE FROM event_sources WHERE mention_id = {JOINED_MENTION}"],
        ["mentions.placed", "events.counts"],
    ),
    (
        "a representative mention unplaced",
        ["DELETE FROM event_sources WHERE mention_id = (SELECT min(mention_id) FROM events)"],
        ["events.mention", "mentions.placed", "events.counts"],
    ),
    ("counts off by one", ["UPDATE events SET num_articles = num_articles + 1"], ["events.counts"]),
    ("an article's text edited", [f"UPDATE articles SET text = text || '!' WHERE id = {FIRST_ARTICLE}"],
     ["articles.text_sha1"]),
    (
        "evidence without integer offsets",
        [f"""UPDATE mentions SET evidence = '{{"start": "a"}}' WHERE mention_id = {FIRST_MENTION}"""],
        ["evidence.json"],
    ),
    (
        "evidence past the end of the text",
        [f"UPDATE mentions SET evidence = {NO_TEXT_SPANS.format(start=5, end=100_000)}"],
        ["evidence.offsets"],
    ),
    (
        "evidence start after its end",
        [f"UPDATE mentions SET evidence = {NO_TEXT_SPANS.format(start=9, end=3)}"],
        ["evidence.offsets"],
    ),
    (
        "evidence sentence one character longer than its offsets",
        [
            "UPDATE mentions SET evidence = json_object('sentence', evidence->>'$.sentence',"
            " 'start', CAST(evidence->>'$.start' AS INT), 'end', CAST(evidence->>'$.end' AS INT) - 1,"
            " 'spans', json_object())"
        ],
        ["evidence.sentence"],
    ),
    (
        "a span before the text",
        ["UPDATE mentions SET evidence = json_merge_patch(evidence, '{\"spans\": {\"source\": [-3, 4]}}')"],
        ["evidence.spans"],
    ),
    (
        "a span past the text",
        ["UPDATE mentions SET evidence = json_merge_patch(evidence, '{\"spans\": {\"place\": [9, 9999]}}')"],
        ["evidence.spans"],
    ),
    (
        "an article stored twice",
        [
            "ALTER TABLE articles RENAME TO articles_old",
            "CREATE TABLE articles AS SELECT * FROM articles_old"
            " UNION ALL (SELECT * FROM articles_old LIMIT 1)",
            "DROP TABLE articles_old",
        ],
        ["articles.unique"],
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def clean_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of four hand-coded articles (two wire copies of one strike merge into one event)."""
    path = tmp_path_factory.mktemp("check") / "clean.duckdb"
    with Store(path) as store:
        store.write(ARTICLES)
        assert store.counts()["events"] == 3
    return path


@pytest.fixture()
def damaged(clean_db: Path, tmp_path: Path) -> Iterator[Any]:
    """Return a function that copies the clean store, runs the damaging SQL and returns the copy's path."""

    def damage(statements: list[str]) -> Path:
        path = tmp_path / "damaged.duckdb"
        shutil.copy(clean_db, path)
        con = duckdb.connect(str(path))
        for statement in statements:
            con.execute(statement)
        con.close()
        return path

    yield damage


def run(*args: str) -> Any:
    """Invoke the CLI and return the click Result (stdout and stderr apart)."""
    return CliRunner(env={k: None for k in os.environ if k.startswith("DOTTEREL_")}).invoke(app, list(args))


@pytest.mark.parametrize(("what", "statements", "checks"), DAMAGE, ids=[case[0] for case in DAMAGE])
def test_each_kind_of_damage_is_found_by_its_check(
    damaged: Any, what: str, statements: list[str], checks: list[str]
) -> None:
    path = damaged(statements)
    with Store(path, read_only=True) as store:
        problems = find_problems(store.connection)
    assert {problem.check for problem in problems} == set(checks), [str(p) for p in problems]
    result = run("check", "--db", str(path))
    assert result.exit_code == (1 if checks else 0), result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines == [str(problem) for problem in problems]
    assert all(line.split(":")[0] in checks for line in lines)
    assert ("no problems" in result.stderr) == (not checks)


def test_problems_past_the_limit_are_counted_on_one_line(damaged: Any) -> None:
    path = damaged([f"UPDATE mentions SET evidence = {NO_TEXT_SPANS.format(start=5, end=100_000)}"])
    with Store(path, read_only=True) as store:
        mentions = store.table_counts()["mentions"]
        problems = find_problems(store.connection, limit=1)
    assert [p.check for p in problems] == ["evidence.offsets", "evidence.offsets"]
    assert problems[1] == Problem("evidence.offsets", f"... and {mentions - 1} more", mentions - 1)
    assert count_problems(problems) == mentions
    result = run("check", "--db", str(path), "--limit", "1")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1] == f"evidence.offsets: ... and {mentions - 1} more"
    assert f"{mentions} problems" in result.stderr


def test_an_older_schema_is_one_problem_and_nothing_else_runs(damaged: Any) -> None:
    path = damaged(["DELETE FROM schema_version WHERE version >= 2", "DELETE FROM articles"])
    con = duckdb.connect(str(path), read_only=True)
    assert find_problems(con) == [Problem("schema", "schema version 1, expected 3")]
    con.close()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--db", "missing.duckdb"], ["no such database", "missing.duckdb"]),
        (["--db", "{tmp}/not-a-db.duckdb"], ["cannot open the database"]),
    ],
)
def test_a_store_that_cannot_be_opened_is_one_red_line(
    tmp_path: Path, args: list[str], words: list[str]
) -> None:
    (tmp_path / "not-a-db.duckdb").write_text("Iran fired missiles at a US base in Iraq.\n")
    result = run("check", *(arg.format(tmp=tmp_path) for arg in args))
    assert result.exit_code == 1 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    for word in words:
        assert word in result.stderr


def test_every_check_has_a_unique_dotted_name() -> None:
    names = [name for name, _ in CHECKS]
    assert len(names) == len(set(names)) and all("." in name for name in names)
