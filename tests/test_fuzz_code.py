"""Hostile input through the whole ``code`` path: ingest, every stage, the store, ``dotterel check``.

Hypothesis builds articles out of real news sentences and hostile fragments (right-to-left and zero-width
characters, HTML, control characters, other scripts, huge numbers, far dates); every article must come out
coded or as a reject naming its stage, its evidence offsets inside its text, and the store must pass its
integrity checks. The CLI runs once over a folder of hostile files in every output format.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from dotterel.cli import app
from dotterel.ingest import EARLIEST_DATE, LATEST_DATE
from dotterel.model import Article, Reject
from dotterel.pipeline import Pipeline
from dotterel.store import Store
from fuzz.targets import check_code, check_ingest
from tests.test_fuzz_ingest import HOSTILE

NEWS = [
    "Iran fired missiles at a US base in Iraq on Tuesday.",
    "Protesters stormed the US embassy compound in Baghdad.",
    "Two soldiers were killed and 5 injured when a roadside bomb exploded near Kandahar yesterday.",
    "The United States will impose new sanctions on Iran next year, officials said.",
    "Russia denied that its jets bombed a hospital in Idlib on 3 March.",
    "Israel and Hamas agreed to a ceasefire in Gaza on Friday.",
    "Turkey threatened to attack Kurdish fighters in northern Syria.",
    "Police arrested 40 protesters in Hong Kong last week.",
]
FRAGMENTS = [
    "\u200b", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202b", "\u200f", "<p>", "</div>",
    "<script>x</script>", "&nbsp;", "&amp;", "أطلقت إيران صواريخ على قاعدة", "伊朗向伊拉克发射导弹",
    "Иран выпустил ракеты", "🚀🇮🇷", "\x00", "\x1b[31m", "\x7f", "\t", "\n\n", "\r\n", "e\u0301\u0301",
    "!" * 40, "-" * 40, "99999999999999999999", "killing 10^999 people", "in 1066", "in the year 3000",
    "1e400", "on 31 February", "yesterday", "next year", "\"", "''", "(Reuters)",
]  # fmt: skip
EXTREME_DATES = [
    EARLIEST_DATE,
    EARLIEST_DATE + dt.timedelta(days=1),
    LATEST_DATE,
    LATEST_DATE - dt.timedelta(1),
]
texts = st.lists(
    st.one_of(st.sampled_from(NEWS), st.sampled_from(FRAGMENTS), st.text(max_size=12)), min_size=1, max_size=8
).map(" ".join)
days = st.one_of(
    st.sampled_from(EXTREME_DATES), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The default pipeline, built once."""
    return Pipeline.from_settings()


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.tuples(days, texts), min_size=1, max_size=6))
def test_hostile_articles_come_out_coded_or_rejected_and_the_store_checks(
    pipeline: Pipeline, rows: list[tuple[dt.date, str]]
) -> None:
    data = "".join(json.dumps({"date": day.isoformat(), "text": text}) + "\n" for day, text in rows).encode()
    items = check_ingest(data, "jsonl", "hostile.jsonl")
    with Store(":memory:") as store:
        results = check_code(items, pipeline, store)
        counts = store.counts()
    coded = {r.id for r in results if isinstance(r, Article)}
    assert counts["articles"] == len(coded)
    assert counts["rejects"] == len({(r.origin, r.stage, r.reason) for r in results if isinstance(r, Reject)})


@pytest.mark.parametrize(
    ("text", "day", "events"),
    [
        ("Iran fired missiles at a US base in Iraq yesterday.", EARLIEST_DATE, 1),
        ("The United States will strike Iran next year, officials said.", LATEST_DATE, 1),
        (
            "<html><body><p>Iran fired missiles at a US\u200b base in Iraq.</p></body></html>",
            dt.date(2020, 1, 8),
            1,
        ),
        ("\u202bأطلقت إيران صواريخ على قاعدة أمريكية في العراق\u202c", dt.date(2020, 1, 8), 0),
        ("A roadside bomb killed 99999999999999999999 soldiers near Kandahar.", dt.date(2020, 1, 8), 1),
        ("Militants killed 3,000,000,000 people in Kabul, officials said.", dt.date(2020, 1, 8), 1),
        ("The weather in Baghdad was mild on Tuesday.", dt.date(2020, 1, 8), 0),
    ],
)
def test_far_dates_html_and_other_scripts_code_without_a_reject(
    pipeline: Pipeline, text: str, day: dt.date, events: int
) -> None:
    items = check_ingest(json.dumps({"date": day.isoformat(), "text": text}).encode(), "jsonl", "a.jsonl")
    with Store(":memory:") as store:
        (result,) = check_code(items, pipeline, store)
    assert isinstance(result, Article), result
    assert len(result.events) >= events and (events or not result.events)


@pytest.fixture()
def hostile_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> Iterator[Path]:
    """A folder with the hostile files of the ingest table (small ones); the CLI reuses ``pipeline``."""
    monkeypatch.setattr(Pipeline, "from_settings", classmethod(lambda cls, *args, **kwargs: pipeline))
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data, *_ in HOSTILE:
        if len(data) < 100_000:
            (folder / name).write_bytes(data)
    yield folder


@pytest.mark.parametrize("output_format", ["table", "jsonl", "csv"])
def test_cli_codes_a_folder_of_hostile_files_and_the_store_checks(
    hostile_folder: Path, output_format: str
) -> None:
    runner: Any = CliRunner()
    result = runner.invoke(app, ["code", str(hostile_folder), "--db", "x.duckdb", "--format", output_format])
    assert result.exit_code == 3, result.stderr[-2000:]  # 3: some inputs rejected
    rejected = [line for line in result.stderr.splitlines() if line.startswith("rejected ")]
    assert any("nul.txt:2: binary file" in line for line in rejected)
    assert any("surrogate.jsonl:1: invalid Unicode" in line for line in rejected)
    assert "Traceback" not in result.stderr + result.stdout
    check = runner.invoke(app, ["check", "--db", "x.duckdb"])
    assert check.exit_code == 0 and check.stdout == "", check.stdout
    assert "no problems" in check.stderr
