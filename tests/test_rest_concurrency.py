"""One process writes, everyone else goes through it: reads answer while an ingest holds its transaction open,
``dotterel code --server`` sends articles to the server, and a second writer is refused in one line.

The server runs with uvicorn on a loopback port (real sockets and threads, as ``dotterel serve``) over the
hand-coded corpus of tests/test_rest_corpus.py; coding runs in the server process (``coding_workers=0``)
to keep the file fast.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from typer.testing import CliRunner

from dotterel.cli import app as cli_app
from dotterel.ingest import to_article_id
from dotterel.model import Article, Reject
from dotterel.rest import ServerConfig, create_app
from dotterel.rest.client import send_articles, to_payload
from tests.test_rest_corpus import CODED, write_corpus

KEY = "concurrency-key"
PROTEST = ("2020-01-06", "Iraqi protesters burned tyres outside the US embassy in Baghdad on Monday.")
STRIKE = ("2020-01-09", "Turkish warplanes bombed Kurdish militia positions near Qamishli in northern Syria.")
QUIET = ("2020-01-07", "The weather in Paris was mild and sunny on Tuesday afternoon.")


@pytest.fixture()
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """Serve a writable copy of the corpus on a free port; yield its URL and database path."""
    db = write_corpus(tmp_path / "events.duckdb")
    config = ServerConfig(db=db, write_key=KEY, coding_workers=0)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(config), host="127.0.0.1", port=port, log_level="error")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}", db
    server.should_exit = True
    thread.join(timeout=10)


def to_body(*articles: tuple[str, str]) -> dict[str, Any]:
    """Return an ingest body of (date, text) pairs."""
    return {"articles": [{"date": day, "text": text} for day, text in articles]}


READS = [
    ("/api/events?limit=50", lambda body: body["total"], len(CODED) - 1),
    ("/api/events?mentions=true&limit=50", lambda body: body["total"], len(CODED)),
    ("/api/events?country=IRQ", lambda body: body["total"], 1),
    ("/api/actors?q=iran", lambda body: body["count"] > 0, True),
    ("/api/series?dyad=USA-IRN&by=month", lambda body: len(body["rows"]) > 0, True),
]


def test_reads_answer_while_an_ingest_holds_its_transaction_open(
    server: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    base, _ = server
    inside, release = threading.Event(), threading.Event()
    import dotterel.store as store_module

    original = store_module.refresh_actors

    def held_open(con: Any, table: str | None) -> None:  # runs inside the chunk's transaction
        inside.set()
        release.wait(timeout=30)
        original(con, table)

    monkeypatch.setattr(store_module, "refresh_actors", held_open)
    answer: dict[str, Any] = {}

    def ingest() -> None:
        with httpx.Client(base_url=base, timeout=60) as client:
            response = client.post("/api/ingest", json=to_body(PROTEST, STRIKE), headers={"X-API-Key": KEY})
            answer.update(status=response.status_code, body=response.json())

    writer = threading.Thread(target=ingest)
    writer.start()
    assert inside.wait(timeout=30), "the ingest never reached its write transaction"
    try:
        with httpx.Client(base_url=base, timeout=5) as client:  # a read waiting for the writer times out
            for url, pick, expected in READS * 3:
                response = client.get(url)
                assert response.status_code == 200, (url, response.text)
                assert pick(response.json()) == expected, url  # the open transaction is not visible
            protest_id = to_article_id(*_to_date_text(PROTEST))
            assert client.get(f"/api/articles/{protest_id}").status_code == 404
            assert client.get("/").status_code == 200
        assert writer.is_alive()  # every read above was answered while the write was still open
    finally:
        release.set()
        writer.join(timeout=60)
    assert answer["status"] == 200 and answer["body"]["articles"] == 2
    with httpx.Client(base_url=base, timeout=5) as client:
        after = client.get("/api/events?mentions=true&limit=50").json()["total"]
        assert after == len(CODED) + answer["body"]["events"] and answer["body"]["events"] >= 1
        assert client.get(f"/api/articles/{protest_id}").json()["text"] == PROTEST[1]


def _to_date_text(pair: tuple[str, str]) -> tuple[Any, str]:
    import datetime as dt

    return dt.date.fromisoformat(pair[0]), pair[1]


def test_reads_in_several_threads_during_ingests_all_succeed(server: tuple[str, Path]) -> None:
    base, _ = server
    failures: list[str] = []
    served = [0]
    stop = threading.Event()

    def read_loop() -> None:
        with httpx.Client(base_url=base, timeout=20) as client:
            while not stop.is_set():
                for url, _, _ in READS:
                    response = client.get(url)
                    if response.status_code != 200:
                        failures.append(f"{response.status_code} {url}")
                    served[0] += 1

    readers = [threading.Thread(target=read_loop) for _ in range(3)]
    for reader in readers:
        reader.start()
    with httpx.Client(base_url=base, timeout=60) as client:
        for pair in (PROTEST, STRIKE, QUIET, PROTEST):
            response = client.post("/api/ingest", json=to_body(pair), headers={"X-API-Key": KEY})
            assert response.status_code == 200, response.text
    stop.set()
    for reader in readers:
        reader.join(timeout=30)
    assert failures == [] and served[0] >= 10


def to_seed(*articles: tuple[str, str]) -> str:
    """Return seed-format text of (date, text) pairs."""
    return "".join(f"date {day} {text}\n" for day, text in articles)


def test_code_with_server_sends_the_articles_to_the_server_that_stores_them(
    server: tuple[str, Path], tmp_path: Path
) -> None:
    base, _ = server
    news = tmp_path / "news.txt"
    news.write_text(to_seed(PROTEST, STRIKE, ("0001-01-01", "Protesters marched in the old capital.")))
    runner = CliRunner()
    result = runner.invoke(cli_app, ["code", str(news), "--server", base], env={"DOTTEREL_API_KEY": KEY})
    assert result.exit_code == 3, result.output  # the ancient date is rejected here, the rest stored
    assert "out of range" in result.stderr
    assert f"sent to {base}: stored 2 articles" in result.stderr
    with httpx.Client(base_url=base, timeout=5) as client:
        for pair in (PROTEST, STRIKE):
            stored = client.get(f"/api/articles/{to_article_id(*_to_date_text(pair))}")
            assert stored.status_code == 200 and stored.json()["text"] == pair[1]


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("wrong-key", "the server answered 401: a valid API key is required"),
        ("", "needs the server's write key in the DOTTEREL_API_KEY environment variable"),
    ],
)
def test_code_with_server_and_a_bad_key_fails_in_one_line(
    server: tuple[str, Path], tmp_path: Path, key: str, message: str
) -> None:
    base, _ = server
    news = tmp_path / "news.txt"
    news.write_text(to_seed(PROTEST))
    result = CliRunner().invoke(cli_app, ["code", str(news), "--server", base], env={"DOTTEREL_API_KEY": key})
    assert result.exit_code == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_second_writer_is_refused_in_one_line(server: tuple[str, Path], tmp_path: Path) -> None:
    _, db = server
    news = tmp_path / "news.txt"
    news.write_text(to_seed(PROTEST))
    dotterel = Path(sys.executable).with_name("dotterel")
    result = subprocess.run(
        [str(dotterel), "code", str(news), "--db", str(db)], capture_output=True, text=True, timeout=120,
        env={**os.environ, "DOTTEREL_API_KEY": ""},
    )  # fmt: skip
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert f"held by process {os.getpid()}" in line and "--server URL" in line


def to_article(day: str, text: str, **fields: Any) -> Article:
    """Return an article as ingest makes it."""
    return Article(to_article_id(*_to_date_text((day, text))), *_to_date_text((day, text)), **fields)


def test_the_client_batches_by_count_and_refuses_what_the_server_would(server: tuple[str, Path]) -> None:
    base, _ = server
    items: list[Article | Reject] = [to_article(day, text) for day, text in (PROTEST, STRIKE, QUIET)]
    items.insert(1, Reject("news.txt:2", "ingest", "date 0001-01-01 out of range"))
    items.append(to_article(QUIET[0], "Police detained two men in Lyon.", title="t" * 1001))
    batches = list(send_articles(items, base, KEY, batch_articles=2))
    assert [b.summary.get("articles", 0) for b in batches] == [0, 2, 0, 1]
    assert [r.reason for b in batches for r in b.rejects] == [
        "date 0001-01-01 out of range",
        "the server would refuse it: title: String should have at most 1000 characters",
    ]
    assert isinstance(to_payload(to_article(*PROTEST), 100), Reject)
