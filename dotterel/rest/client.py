"""A client of ``POST /api/ingest``: send articles in batches to the server that holds the database.

DuckDB lets one process write a database file; while ``dotterel serve`` (with a write key) holds it, this is
how other processes add articles (``dotterel code … --server URL``). The server codes and stores each batch
while it keeps answering reads. Only the standard library is used (no HTTP client dependency).

A batch the server could not take for the moment (503: its coding workers died twice, or the database is
busy) or could not be sent (no connection: the server restarting) is sent again after a pause that doubles
each time (1, 2, 4 s by default); re-sending is safe because storing an article is idempotent (the store
keys articles by id). Any other error status stops at once: a wrong key or a refused article does not get
better by waiting.

>>> for batch in send_articles(read_paths(["news.jsonl"]), "http://127.0.0.1:8000", key):  # doctest: +SKIP
...     print(batch.summary, batch.rejects)
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from dotterel.errors import StoreError
from dotterel.model import Article, Reject
from dotterel.rest.schemas import MAX_INGEST_ARTICLES, ArticleIn

SUMMARY_KEYS: tuple[str, ...] = ("articles", "events", "rejects", "founded", "joined")
DEFAULT_BATCH_ARTICLES = 50
DEFAULT_MAX_BODY_BYTES = 900_000  # under the server's default limit of 1 000 000
DEFAULT_RETRIES = 3
RETRY_STATUSES: frozenset[int] = frozenset({502, 503, 504})


class RetryableError(StoreError):
    """The server was unreachable or answered 502/503/504: the same batch may succeed when sent again."""


@dataclass(frozen=True)
class RetryPolicy:
    """How often and after what pauses a batch is sent again.

    Attributes:
        retries: how many times a batch is sent again after the first try (0: never).
        first_pause: seconds before the first retry; each later pause doubles.
        sleep: the function that waits (tests pass a recorder).
    """

    retries: int = DEFAULT_RETRIES
    first_pause: float = 1.0
    sleep: Callable[[float], None] = time.sleep


@dataclass(frozen=True)
class BatchResult:
    """What one batch came to: the server's counts (all zero for inputs refused here) and the rejects."""

    summary: dict[str, int] = field(default_factory=dict)
    rejects: list[Reject] = field(default_factory=list)


def send_articles(
    items: Iterable[Article | Reject],
    server: str,
    key: str,
    batch_articles: int = DEFAULT_BATCH_ARTICLES,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    timeout: float = 600.0,
    retry: RetryPolicy | None = None,
) -> Iterator[BatchResult]:
    """Send the articles to ``server`` in batches (rejects of ingest pass through); yield each outcome.

    A batch closes at ``batch_articles`` articles or before its body passes ``max_body_bytes``; an article
    that the server could not accept (a field too long, a body over the limit alone) becomes a Reject here.
    A batch that meets a 502/503/504 or no connection is sent again as ``retry`` says (default: 3 retries
    after 1, 2 and 4 s).

    Raises:
        StoreError: the server cannot be reached or refused a batch (wrong key, read-only server, …), or
            kept answering 503 through every retry.
    """
    policy = retry or RetryPolicy()
    batch: list[tuple[Article, bytes]] = []
    size = 0
    for item in items:
        payload = to_payload(item, max_body_bytes) if isinstance(item, Article) else item
        if isinstance(payload, Reject):
            yield BatchResult(rejects=[payload])
            continue
        assert isinstance(item, Article)
        if batch and (len(batch) >= min(batch_articles, MAX_INGEST_ARTICLES) or size + len(payload) + 1 >
                      max_body_bytes - 20):  # fmt: skip
            yield post_batch_retrying(batch, server, key, timeout, policy)
            batch, size = [], 0
        batch.append((item, payload))
        size += len(payload) + 1
    if batch:
        yield post_batch_retrying(batch, server, key, timeout, policy)


def post_batch_retrying(
    batch: list[tuple[Article, bytes]], server: str, key: str, timeout: float, policy: RetryPolicy
) -> BatchResult:
    """Return :func:`post_batch`'s outcome, sending the batch again after a retryable failure.

    Raises:
        StoreError: a non-retryable failure, or the last retryable one when the retries are used up.
    """
    pause = policy.first_pause
    for attempt in range(policy.retries + 1):
        try:
            return post_batch(batch, server, key, timeout)
        except RetryableError as error:
            if attempt == policy.retries:
                raise StoreError(f"{error} (sent {policy.retries + 1} times)") from None
            policy.sleep(pause)
            pause *= 2
    raise AssertionError("unreachable")  # pragma: no cover (the loop returns or raises)


def to_payload(article: Article, max_body_bytes: int) -> bytes | Reject:
    """Return an article as the JSON of one ``ArticleIn``, or a Reject when the server would refuse it."""
    fields = {"text": article.text, "date": article.date.isoformat(), "id": article.id,
              "title": article.title, "url": article.url, "source": article.source}  # fmt: skip
    fields = {name: value for name, value in fields.items() if value is not None}
    origin = article.origin or article.id
    try:
        ArticleIn.model_validate(fields)
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(part) for part in problem["loc"])
        return Reject(origin, "ingest", f"the server would refuse it: {where}: {problem['msg']}", article.id)
    payload = json.dumps(fields, ensure_ascii=False).encode("utf-8")
    if len(payload) + 20 > max_body_bytes:
        reason = f"too large to send ({len(payload)} bytes of JSON; the limit is {max_body_bytes})"
        return Reject(origin, "ingest", reason, article.id)
    return payload


def post_batch(batch: list[tuple[Article, bytes]], server: str, key: str, timeout: float) -> BatchResult:
    """POST one batch to ``server``/api/ingest and return its outcome (rejects carry the local origins).

    Raises:
        StoreError: the server cannot be reached or answered an error.
    """
    body = b'{"articles": [' + b",".join(payload for _, payload in batch) + b"]}"
    answer = to_json_answer(server.rstrip("/") + "/api/ingest", body, key, timeout)
    origins = {article.id: article.origin or article.id for article, _ in batch}
    rejects = [
        Reject(origins.get(r.get("article_id") or "", r["origin"]), r["stage"], r["reason"], r["article_id"])
        for r in answer.get("rejected", [])
    ]
    return BatchResult({name: int(answer.get(name, 0)) for name in SUMMARY_KEYS}, rejects)


def to_json_answer(url: str, body: bytes, key: str, timeout: float) -> dict[str, Any]:
    """POST ``body`` as JSON with the write key and return the decoded answer.

    Raises:
        RetryableError: no connection, or 502/503/504 (the same request may succeed later).
        StoreError: another error status (its message from the API's error body).
    """
    request = urllib.request.Request(
        url, data=body, method="POST", headers={"content-type": "application/json", "x-api-key": key}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (URL given by the user)
            answer: dict[str, Any] = json.loads(response.read())
            return answer
    except urllib.error.HTTPError as error:
        kind = RetryableError if error.code in RETRY_STATUSES else StoreError
        raise kind(f"{url}: the server answered {error.code}: {to_error_message(error)}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise RetryableError(f"{url}: cannot reach the server: {reason}") from None


def to_error_message(error: urllib.error.HTTPError) -> str:
    """Return the message of the API's error body (the reason phrase when the body is not one)."""
    try:
        message = json.loads(error.read())["error"]["message"]
        return str(message)
    except (ValueError, KeyError, TypeError, OSError):
        return str(error.reason)
