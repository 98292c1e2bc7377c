"""`dotterel eval` (gold formats, --json, --errors, exit codes) and `dotterel code --actors/--agents` with
CAMEO dictionaries, end to end with the real pipeline."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dotterel.cli import app

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No DOTTEREL_* variable or dotterel.toml from the developer's machine leaks into a test."""
    for name in [n for n in os.environ if n.startswith("DOTTEREL_")]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


def run(*args: str | Path) -> Any:
    """Invoke the CLI and return the click Result (stdout and stderr apart)."""
    return CliRunner().invoke(app, [str(a) for a in args])


def test_help_shows_an_example() -> None:
    result = run("eval", "--help")
    assert result.exit_code == 0 and "Example" in result.stdout and "dotterel eval" in result.stdout


def test_eval_events_jsonl_as_json_with_an_errors_file(tmp_path: Path) -> None:
    misses = tmp_path / "misses.jsonl"
    result = run("eval", DATA / "eval_events.jsonl", "--json", "--errors", misses)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["format"], data["items"], data["scores"]["gold_events"]) == ("jsonl", 3, 2)
    assert {"accuracy", "micro", "macro_f1", "per_type", "confusion"} <= set(data["scores"]["type"])
    assert {"source_country", "target_country_sector", "place", "killed"} <= set(data["scores"])
    lines = misses.read_text().splitlines()
    assert f"wrote {len(lines)} misses" in result.stderr
    assert all(json.loads(line)["sentence"] for line in lines)


def test_eval_plover_gold_prints_tables() -> None:
    result = run("eval", DATA / "eval_plover.json")
    assert result.exit_code == 0, result.stderr
    for title in ("Event types", "Per type", "Most frequent type errors", "Fields", "source country sector"):
        assert title in result.stdout
    assert "REQUEST" in result.stdout and "DEMAND" not in result.stdout  # PLOVER 0.5 names mapped


def test_eval_leaves_out_events_that_did_not_happen_unless_all_modalities(tmp_path: Path) -> None:
    gold = tmp_path / "negated.jsonl"
    lines = [
        {
            "id": "no-attack",
            "text": "Iranian forces did not attack the tanker.",
            "date": "2020-01-02",
            "events": [],
        },
        {
            "id": "talks",
            "text": "Russian and Turkish officials held talks in Moscow.",
            "date": "2020-01-02",
            "events": [{"type": "CONSULT", "source": {"country": "RUS"}, "target": {"country": "TUR"}}],
        },
    ]
    gold.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    scored = json.loads(run("eval", gold, "--json").stdout)["scores"]
    assert scored["left_out"]["by_modality"] == {"negated": 1}
    assert "ASSAULT" not in scored["type"]["per_type"]
    everything = json.loads(run("eval", gold, "--json", "--all-modalities").stdout)["scores"]
    assert everything["left_out"]["total"] == 0 and everything["left_out"]["scored_modalities"] is None
    assert everything["type"]["per_type"]["ASSAULT"]["fp"] == 1
    table = run("eval", gold)
    assert table.exit_code == 0 and "left out (modality)" in table.stdout and "1 (negated 1)" in table.stdout


def test_eval_expected_yaml_with_its_article(tmp_path: Path) -> None:
    misses = tmp_path / "misses.txt"
    result = run(
        "eval",
        DATA / "eval_article.expected.yaml",
        "--article",
        DATA / "eval_article.txt",
        "--errors",
        misses,
    )
    assert result.exit_code == 0, result.stderr
    assert "must found" in result.stdout and "1/2" in result.stdout
    text = misses.read_text()
    assert "Iran fired missiles" in text and "impossible-killed" in text


def test_eval_petrarch_records_with_cameo_dictionaries() -> None:
    result = run(
        "eval",
        DATA / "petrarch_records.xml",
        "--actors",
        DATA / "cameo_actors.txt",
        "--agents",
        DATA / "cameo_agents.txt",
        "--json",
    )
    assert result.exit_code == 0, result.stderr
    scores = json.loads(result.stdout)["scores"]
    assert (scores["records"], scores["no_event_records"], scores["expected_triples"]) == (3, 1, 3)
    assert scores["no_event_exact"] == 1  # "The weather was mild in Paris" gives no event


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["eval", DATA / "eval_article.expected.yaml"], "needs --article"),
        (["eval", DATA / "cameo_agents.txt"], "unknown gold format"),
        (["eval", DATA / "eval_events.jsonl", "--actors", DATA / "no-such-actors.txt"], "no-such-actors.txt"),
    ],
)
def test_eval_errors_are_one_red_line(args: list[str | Path], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_code_with_cameo_actor_and_agent_dictionaries(tmp_path: Path) -> None:
    news = tmp_path / "news.txt"
    news.write_text("date 1997-03-20 Boris Yeltsin accused NATO of betraying Russia.\n", encoding="utf-8")
    result = run(
        "code",
        news,
        "--actors",
        DATA / "cameo_actors.txt",
        "--agents",
        DATA / "cameo_agents.txt",
        "--agents",
        DATA / "cameo_discards.txt",
        "--format",
        "jsonl",
    )
    assert result.exit_code == 0, result.stderr
    (event,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert event["source"]["actor_id"] == "person:cameo-boris-yeltsin"
    assert (event["source"]["country"], event["source"]["sector"]) == ("RUS", "GOV")
    assert (event["target"]["country"], event["target"]["sector"]) == ("IGO", "WSTNAT")
