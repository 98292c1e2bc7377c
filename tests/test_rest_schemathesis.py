"""Schemathesis against the OpenAPI description: requests generated from the spec, valid and not, to every
route of the app (in-process, over ASGI). The answers must keep the contract the spec states:

- ``not_a_server_error``: never a 5xx;
- ``status_code_conformance``: every status answered is documented for its route;
- ``content_type_conformance``: the answer's media type is one the route documents (JSON, or CSV for
  ``/api/events?format=csv``);
- ``response_schema_conformance``: the body matches the documented schema, the one error body included;
- ``negative_data_rejection``: a request the spec says is invalid is refused (4xx), never served. A body or
  query string over the server's size limits is refused with 413/414 before it is validated, which counts.

The app serves a writable copy of the hand-coded corpus of tests/test_rest_corpus.py and every request
carries the write key, so ``POST /api/ingest`` codes and stores what it is sent. The number of examples per
route is bounded to keep the file under a minute. Tables below pin what the checks rely on: each route
documents exactly the error statuses it can answer, and request bodies read a date only as an ISO string.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.config import SchemathesisConfig

from dotterel.rest import ServerConfig, create_app
from tests.test_rest_corpus import write_corpus

KEY = "schemathesis-key"
EXAMPLES_PER_ROUTE = 20
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
REJECTIONS = [400, 401, 403, 404, 405, 406, 409, 413, 414, 415, 422]


def to_schema() -> Any:
    """Return the app's OpenAPI schema, loaded from the app itself (ASGI, no socket).

    Built at import, as ``schema.parametrize`` needs it at collection (schemathesis's lazy fixture
    loader does not run under pytest 9); the temporary folder goes at exit.
    """
    folder = Path(tempfile.mkdtemp(prefix="dotterel-schemathesis-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    app = create_app(ServerConfig(db=write_corpus(folder / "events.duckdb"), write_key=KEY, coding_workers=0))
    config = SchemathesisConfig.from_dict(
        {"checks": {"negative_data_rejection": {"expected-statuses": REJECTIONS}}}
    )
    return schemathesis.openapi.from_asgi("/openapi.json", app, config=config)


schema = to_schema()


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_ROUTE, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
)
def test_generated_requests_get_the_answers_the_spec_describes(case: Any) -> None:
    case.call_and_validate(headers={"X-API-Key": KEY}, checks=CHECKS)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = write_corpus(tmp_path_factory.mktemp("contract") / "events.duckdb")
    app = create_app(ServerConfig(db=db, write_key=KEY, coding_workers=0, max_body_bytes=300_000))
    with TestClient(app, raise_server_exceptions=False, headers={"X-API-Key": KEY}) as opened:
        yield opened


ROUTE_ERRORS = [
    ("get", "/api/events", {400, 414, 422, 500, 503}),
    ("get", "/api/events/{event_id}", {404, 414, 500, 503}),
    ("get", "/api/articles/{article_id}", {404, 414, 500, 503}),
    ("get", "/api/actors", {414, 422, 500, 503}),
    ("get", "/api/series", {400, 414, 422, 500, 503}),
    ("get", "/api/alerts", {400, 414, 422, 500, 501, 503}),
    ("post", "/api/code", {400, 413, 414, 422, 500, 503}),
    ("post", "/api/ingest", {400, 401, 403, 413, 414, 422, 500, 503}),
]


@pytest.mark.parametrize(("method", "path", "statuses"), ROUTE_ERRORS)
def test_each_route_documents_exactly_its_errors_with_the_one_body(
    client: TestClient, method: str, path: str, statuses: set[int]
) -> None:
    responses = client.get("/openapi.json").json()["paths"][path][method]["responses"]
    assert {int(status) for status in responses if not status.startswith("2")} == statuses
    for status in statuses:
        schema = responses[str(status)]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ErrorBody"}
    if 413 in statuses:
        assert responses["413"]["description"] == "the request body is larger than 300000 bytes"


SENTENCE = "Protesters stormed the US embassy in Baghdad on Tuesday, witnesses said."
DATES = [
    (0, 422),
    (20200102, 422),
    ("1577923200", 422),
    ("2020-1-2", 422),
    ("2020-13-01", 422),
    ("02/01/2020", 422),
    ("2020-01-02T09:00:00", 422),
    (None, 422),
    ("2020-01-02", 200),
]


@pytest.mark.parametrize(("date", "status"), DATES)
@pytest.mark.parametrize(
    ("route", "field"), [("/api/code", "body.date"), ("/api/ingest", "body.articles.0.date")]
)
def test_bodies_read_a_date_only_as_a_yyyy_mm_dd_string(
    client: TestClient, route: str, field: str, date: Any, status: int
) -> None:
    article = {"text": SENTENCE, "date": date}
    response = client.post(route, json=article if route == "/api/code" else {"articles": [article]})
    assert response.status_code == status, response.text
    if status == 422:
        assert [detail["field"] for detail in response.json()["error"]["details"]] == [field]
        assert response.json()["error"]["message"] == f"invalid request: {field}"


BODIES = [
    (b"{not json", 400),
    (b'{"text": "Troops left.", "date": "2020-01-02"', 400),
    (b"\xff\xfe", 400),
    (b"", 422),
    (b"  ", 400),
    (b"[]", 422),
]


@pytest.mark.parametrize(("body", "status"), BODIES)
@pytest.mark.parametrize("route", ["/api/code", "/api/ingest"])
def test_a_body_that_is_not_json_is_a_400_and_a_missing_one_a_422(
    client: TestClient, route: str, body: bytes, status: int
) -> None:
    response = client.post(route, content=body, headers={"content-type": "application/json"})
    assert response.status_code == status, response.text
    assert response.json()["error"]["details"][0]["field"] == "body"
    assert "Traceback" not in response.text


def test_a_json_body_without_a_date_names_the_missing_field(client: TestClient) -> None:
    response = client.post("/api/ingest", json={"articles": [{"text": SENTENCE}]})
    assert response.status_code == 422
    assert response.json()["error"]["details"] == [
        {"field": "body.articles.0.date", "message": "Field required"}
    ]
