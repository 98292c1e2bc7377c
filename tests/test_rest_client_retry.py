"""`dotterel code --server`: a batch is sent again after 502/503/504 or no connection, not after others.

A scripted HTTP server (standard library) answers each POST with the next status of its script and records
what it received, so the tests see how often the same batch arrived and how long the client paused.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dotterel.errors import StoreError
from dotterel.model import Article
from dotterel.rest.client import RetryPolicy, send_articles

KEY = "k" * 24
ANSWER_OK = {"articles": 1, "events": 2, "rejects": 0, "founded": 2, "joined": 0, "rejected": []}


class ScriptedServer:
    """Answer the n-th POST with the n-th status of ``script`` (200 with ``ANSWER_OK`` once it runs out)."""

    def __init__(self, script: list[int]) -> None:
        self.script = list(script)
        self.bodies: list[bytes] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (the http.server name)
                owner.bodies.append(self.rfile.read(int(self.headers["content-length"])))
                status = owner.script.pop(0) if owner.script else 200
                body = ANSWER_OK if status == 200 else {"error": {"message": f"scripted {status}"}}
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                return

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        """Stop serving."""
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def scripted() -> Iterator[type[ScriptedServer]]:
    servers: list[ScriptedServer] = []

    class Tracked(ScriptedServer):
        def __init__(self, script: list[int]) -> None:
            super().__init__(script)
            servers.append(self)

    yield Tracked
    for server in servers:
        server.close()


ARTICLE = Article("a1", date(2020, 1, 2), "Protesters stormed the US embassy in Baghdad on Tuesday.")


@pytest.mark.parametrize(
    ("script", "sends", "pauses"),
    [
        ([], 1, []),  # negative: nothing to retry
        ([503], 2, [1.0]),
        ([502, 504], 3, [1.0, 2.0]),
        ([503, 503, 503], 4, [1.0, 2.0, 4.0]),  # the last of 3 retries succeeds
    ],
)
def test_a_batch_is_sent_again_after_a_retryable_status(
    scripted: type[ScriptedServer], script: list[int], sends: int, pauses: list[float]
) -> None:
    server, slept = scripted(script), []
    (batch,) = send_articles([ARTICLE], server.url, KEY, retry=RetryPolicy(sleep=slept.append))
    assert batch.summary["articles"] == 1 and batch.summary["events"] == 2
    assert len(server.bodies) == sends and len(set(server.bodies)) == 1  # the same batch each time
    assert slept == pauses


@pytest.mark.parametrize(
    ("script", "sends", "pauses", "message"),
    [
        ([503, 503, 503, 503], 4, [1.0, 2.0, 4.0], "answered 503: scripted 503 (sent 4 times)"),
        ([401], 1, [], "answered 401: scripted 401"),  # a wrong key does not get better by waiting
        ([422], 1, [], "answered 422"),
        ([503, 400], 2, [1.0], "answered 400"),
    ],
)
def test_other_errors_and_exhausted_retries_stop_with_one_store_error(
    scripted: type[ScriptedServer], script: list[int], sends: int, pauses: list[float], message: str
) -> None:
    server, slept = scripted(script), []
    with pytest.raises(StoreError, match=message.replace("(", r"\(").replace(")", r"\)")):
        list(send_articles([ARTICLE], server.url, KEY, retry=RetryPolicy(sleep=slept.append)))
    assert len(server.bodies) == sends and slept == pauses


def test_no_connection_is_retried_then_named() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    slept: list[float] = []
    policy = RetryPolicy(retries=2, first_pause=0.5, sleep=slept.append)
    with pytest.raises(StoreError, match=r"cannot reach the server: .*\(sent 3 times\)"):
        list(send_articles([ARTICLE], f"http://127.0.0.1:{port}", KEY, retry=policy))
    assert slept == [0.5, 1.0]


def test_no_retries_means_one_send(scripted: type[ScriptedServer]) -> None:
    server, slept = scripted([503]), []
    with pytest.raises(StoreError, match="sent 1 times"):
        list(send_articles([ARTICLE], server.url, KEY, retry=RetryPolicy(retries=0, sleep=slept.append)))
    assert len(server.bodies) == 1 and slept == []
