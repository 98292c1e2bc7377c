"""The REST API through FastAPI's TestClient: filters, cursor pages, CSV, one event with its evidence,
articles, actors, series, alerts, the one error body, the write-key rule, limits, CORS and SQL injection.

The store is the hand-coded corpus of tests/test_rest_corpus.py (six events from seven real sentences).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dotterel.rest import ServerConfig, create_app
from dotterel.store.records import COUNT_KEYS, EVENT_COLUMNS
from tests.test_rest_corpus import CODED, to_mention_id, write_corpus

ALL = {"soleimani", "missiles", "embassy", "threat", "beijing", "kunduz"}  # "missiles-again" merged


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("rest") / "events.duckdb")


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    app = create_app(ServerConfig(db=db, coding_workers=0))  # coding in-process: the worker has its own test
    with TestClient(app, raise_server_exceptions=False) as opened:
        yield opened


def to_names(events: list[dict[str, Any]]) -> set[str]:
    """Return the corpus names of events, by their evidence sentence."""
    by_text = {coded.text: name for name, coded in CODED.items()}
    return {by_text[e["evidence"]["sentence"]] for e in events}


FILTERS = [
    ("dyad=USA-IRN", {"soleimani", "threat"}),
    ("dyad=USA-IRN&modality=asserted", {"soleimani"}),
    ("dyad=IRN-USA", {"missiles"}),
    ("source=IRN", {"missiles"}),
    ("target=person:qasem-soleimani", {"soleimani"}),
    ("source=donald trump", {"threat"}),
    ("actor=org:taliban", {"kunduz"}),
    ("country=IRQ", {"embassy"}),
    ("type=protest", {"embassy"}),
    ("cameo=19", {"soleimani", "missiles", "kunduz"}),
    ("quad_class=1", {"beijing"}),
    ("since=2020-01-05&until=2020-01-08", {"threat", "missiles"}),
    ("place=Baghdad", {"soleimani", "embassy"}),
    ("place=AFG", {"kunduz"}),
    ("bbox=40,30,46,36", {"soleimani", "missiles", "embassy"}),
    ("min_mentions=2", {"missiles"}),
    ("min_confidence=0.95", set()),
    ("dyad=IRN-CHN", set()),
    ("type=SANCTION", set()),
    ("source=Narnia", set()),
    ("since=2021-01-01", set()),
    ("", ALL),
]


@pytest.mark.parametrize(("query", "expected"), FILTERS)
def test_events_filters_are_those_of_the_cli(client: TestClient, query: str, expected: set[str]) -> None:
    response = client.get(f"/api/events?{query}&limit=50")
    assert response.status_code == 200, response.text
    body = response.json()
    assert to_names(body["events"]) == expected
    assert body["total"] == body["count"] == len(expected) and body["next_cursor"] is None


INJECTIONS = [
    "source=USA' OR '1'='1",
    "source=USA%27%20OR%201%3D1%20--",
    'target=IRN"; DROP TABLE events; --',
    "type=ASSAULT' --",
    "cameo=1' OR starts_with(cameo, '",
    "place=x') OR 1=1 --",
    "actor=%",
    "country=USA') OR ('a'='a",
    "modality=asserted' UNION SELECT * FROM articles --",
    "dyad=USA->IRN' OR 1=1",
]


@pytest.mark.parametrize("query", INJECTIONS)
def test_sql_in_a_filter_is_only_a_value_that_matches_nothing(client: TestClient, query: str) -> None:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 200, response.text
    assert response.json()["events"] == []
    assert client.get("/api/events").json()["total"] == len(ALL)


@pytest.mark.parametrize("query", ["q=%' OR 1=1 --", "q='; DROP TABLE actors; --", "q=_"])
def test_sql_in_an_actor_search_finds_nothing(client: TestClient, query: str) -> None:
    assert client.get(f"/api/actors?{query}").json() == {"actors": [], "count": 0}


def test_cursor_pages_walk_every_event_once_in_order(client: TestClient) -> None:
    everything = client.get("/api/events?limit=50").json()["events"]
    seen: list[dict[str, Any]] = []
    cursor = None
    for _ in range(10):
        query = "/api/events?limit=2" + (f"&cursor={cursor}" if cursor else "")
        body = client.get(query).json()
        assert body["count"] <= 2 and body["total"] == len(ALL)
        seen += body["events"]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert [e["event_id"] for e in seen] == [e["event_id"] for e in everything]
    days = [e["date"] or e["article_date"] for e in seen]
    assert days == sorted(days)


def test_cursor_pages_keep_their_filters(client: TestClient) -> None:
    first = client.get("/api/events?cameo=19&limit=2").json()
    second = client.get(f"/api/events?cameo=19&limit=2&cursor={first['next_cursor']}").json()
    assert to_names(first["events"]) | to_names(second["events"]) == {"soleimani", "missiles", "kunduz"}
    assert second["next_cursor"] is None and second["count"] == 1


def test_csv_page_has_the_contract_columns_and_the_next_cursor_header(client: TestClient) -> None:
    response = client.get("/api/events?format=csv&limit=4")
    assert response.headers["content-type"].startswith("text/csv")
    header, *rows = list(csv.reader(io.StringIO(response.text)))
    assert header == [name for name, _ in EVENT_COLUMNS] + list(COUNT_KEYS)
    assert len(rows) == 4 and response.headers["x-total-count"] == str(len(ALL))
    following = client.get(f"/api/events?format=csv&limit=4&cursor={response.headers['x-next-cursor']}")
    assert len(list(csv.reader(io.StringIO(following.text)))) == 1 + len(ALL) - 4
    assert "x-next-cursor" not in following.headers


def test_mentions_list_the_per_article_codings(client: TestClient) -> None:
    body = client.get("/api/events?mentions=true&dyad=IRN-USA").json()
    mention_ids = {to_mention_id("missiles"), to_mention_id("missiles-again")}
    assert {e["event_id"] for e in body["events"]} == mention_ids and body["total"] == 2
    (merged,) = {e["merged_event_id"] for e in body["events"]}
    assert merged in mention_ids
    assert client.get("/api/events?dyad=IRN-USA").json()["events"][0]["event_id"] == merged


ROLES = [
    ("soleimani", {"source": "US forces", "action": "killed", "target": "Iranian General Qasem Soleimani",
                   "place": "Baghdad", "date": "on Friday", "killed": "killed"}),
    ("kunduz", {"source": "The Taliban", "action": "attacked", "target": "an Afghan army checkpoint",
                "place": "Kunduz", "date": "on Friday", "killed": "four"}),
    ("threat", {"source": "Donald Trump", "action": "threatened", "target": "Iran"}),
]  # fmt: skip


@pytest.mark.parametrize(("name", "expected"), ROLES)
def test_event_detail_highlights_each_evidence_span(
    client: TestClient, name: str, expected: dict[str, str]
) -> None:
    body = client.get(f"/api/events/{to_mention_id(name)}").json()
    (article,) = body["articles"]
    assert article["text"] == CODED[name].text
    assert {h["role"]: h["text"] for h in article["highlights"]} == expected
    for highlight in article["highlights"]:
        assert article["text"][highlight["start"] : highlight["end"]] == highlight["text"]
    assert [m["role"] for m in body["mentions"]] == ["founded"]


def test_a_merged_event_shows_both_articles_and_is_found_by_either_mention(client: TestClient) -> None:
    founder = client.get(f"/api/events/{to_mention_id('missiles')}").json()
    joined = client.get(f"/api/events/{to_mention_id('missiles-again')}").json()
    assert founder == joined
    assert founder["event"]["num_mentions"] == 2 and len(founder["articles"]) == 2
    assert sorted(m["role"] for m in founder["mentions"]) == ["founded", "joined"]
    assert all(any(h["role"] == "action" for h in a["highlights"]) for a in founder["articles"])


def test_article_has_its_text_and_mentions(client: TestClient) -> None:
    event = client.get(f"/api/events/{to_mention_id('embassy')}").json()["event"]
    article = client.get(f"/api/articles/{event['article_id']}").json()
    assert article["text"] == CODED["embassy"].text and article["publisher"] == "BBC"
    assert [m["event_id"] for m in article["mentions"]] == [to_mention_id("embassy")]


ACTOR_SEARCHES = [
    ("q=iran", ["IRNGOV"]),
    ("q=IRN", ["IRNGOV", "person:qasem-soleimani"]),
    ("q=taliban", ["org:taliban"]),
    ("q=AFG", ["AFGMIL", "org:taliban"]),
    ("q=soleimani", ["person:qasem-soleimani"]),
    ("q=donald", ["person:donald-trump"]),
]


@pytest.mark.parametrize(("query", "keys"), ACTOR_SEARCHES)
def test_actor_search_finds_the_busiest_match_first(client: TestClient, query: str, keys: list[str]) -> None:
    actors = client.get(f"/api/actors?{query}").json()["actors"]
    assert [a["actor_key"] for a in actors] == keys
    assert all(a["events"] >= 1 for a in actors)


def test_actor_search_without_match_is_empty(client: TestClient) -> None:
    assert client.get("/api/actors?q=atlantis").json() == {"actors": [], "count": 0}


def test_series_of_a_dyad_is_zero_filled(client: TestClient) -> None:
    body = client.get("/api/series?dyad=USA-IRN&since=2020-01-01&until=2020-01-05").json()
    assert [r["period"] for r in body["rows"]] == [f"2020-01-0{d}" for d in range(1, 6)]
    assert [r["material_conflict"] for r in body["rows"]] == [0, 0, 1, 0, 0]  # the threat is not a deed
    assert [r["goldstein_sum"] for r in body["rows"]][2] == -10.0


def test_series_top_lists_the_busiest_dyads(client: TestClient) -> None:
    body = client.get("/api/series?top=2&by=month").json()
    assert len(body["top"]) == 2 and all(t["total"] == 1 for t in body["top"])
    assert {(r["source"], r["target"]) for r in body["rows"]} == {
        (t["source"], t["target"]) for t in body["top"]
    }


ERRORS = [
    ("GET", "/api/nowhere", 404, "not_found"),
    ("GET", "/api/events/0000000000000000", 404, "not_found"),
    ("GET", "/api/articles/missing", 404, "not_found"),
    ("GET", "/api/events?quad_class=9", 422, "invalid_request"),
    ("GET", "/api/events?limit=0", 422, "invalid_request"),
    ("GET", "/api/events?since=yesterday", 422, "invalid_request"),
    ("GET", "/api/events?since=2020-13-01", 400, "bad_request"),
    ("GET", "/api/events?bbox=1,2,3", 422, "invalid_request"),
    ("GET", "/api/events?bbox=1,95,3,96", 400, "bad_request"),
    ("GET", "/api/events?dyad=USA", 400, "bad_request"),
    ("GET", "/api/events?cursor=bm90LWEtY3Vyc29y", 400, "bad_request"),
    ("GET", "/api/events?format=xml", 422, "invalid_request"),
    ("GET", "/api/series", 400, "bad_request"),
    ("GET", "/api/series?dyad=USA-IRN&measure=vibes", 422, "invalid_request"),
    ("GET", "/api/alerts?as_of=2020-02-30", 400, "bad_request"),
    ("GET", "/api/series?dyad=USA-IRN&by=year", 422, "invalid_request"),
    ("DELETE", "/api/events", 405, "method_not_allowed"),
    ("POST", "/api/code", 422, "invalid_request"),
    ("POST", "/api/ingest", 403, "forbidden"),
]


@pytest.mark.parametrize(("method", "url", "status", "code"), ERRORS)
def test_every_error_has_the_one_json_body(
    client: TestClient, method: str, url: str, status: int, code: str
) -> None:
    response = client.request(method, url, json={} if method == "POST" else None)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert list(body) == ["error"] and list(body["error"]) == ["status", "code", "message", "details"]
    assert body["error"]["status"] == status and body["error"]["code"] == code
    assert body["error"]["message"] and "Traceback" not in response.text


def test_validation_errors_name_their_field(client: TestClient) -> None:
    details = client.get("/api/events?quad_class=9&limit=0").json()["error"]["details"]
    assert sorted(d["field"] for d in details) == ["query.limit", "query.quad_class"]


def test_alerts_answer_501_until_the_alerts_module_exists(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("dotterel.rest.alerts.ALERTS_FUNCTION", "no_such_function")
    body = client.get("/api/alerts").json()
    assert body["error"]["status"] == 501 and "alerts are not available" in body["error"]["message"]
    assert "not available" in client.get("/alerts").text


def test_alerts_come_from_the_alerts_module_when_it_has_load_alerts(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def load_alerts(con: Any, as_of: Any = None) -> list[dict[str, Any]]:
        return [
            {"key": {"source": "USA", "target": "IRN", "both": False}, "first_fired": "2020-01-03",
             "rule": "tail-1d", "observed": 1.0, "expected": 0.02, "p_value": 0.0004, "event_ids": ["x"]},
            {"key": {"source": "AFG", "target": "AFG", "both": False}, "first_fired": "2020-01-10",
             "severity": "low", "reason": "Kunduz attack"},
        ]  # fmt: skip

    monkeypatch.setattr("dotterel.rest.alerts.resolve_alerts_function", lambda: load_alerts)
    body = client.get("/api/alerts").json()
    assert [(a["source"], a["target"], a["date"]) for a in body["alerts"]] == [
        ("AFG", "AFG", "2020-01-10"), ("USA", "IRN", "2020-01-03"),
    ]  # fmt: skip
    assert body["alerts"][1]["reason"] == "tail-1d: 1 events against 0.0 expected (p = 0.0004)"
    assert client.get("/api/alerts?dyad=USA-IRN").json()["count"] == 1
    assert client.get("/api/alerts?dyad=IRN-USA").json()["count"] == 0


def test_code_codes_a_text_without_storing_it(client: TestClient) -> None:
    text = "US forces killed Iranian General Qasem Soleimani in a drone strike at Baghdad airport on Friday."
    body = client.post("/api/code", json={"text": text, "date": "2020-01-03"}).json()
    assert any(e["quad_class"] == 4 and (e["source"] or {}).get("country") == "USA" for e in body["events"])
    for event in body["events"]:
        start, end = event["evidence"]["spans"]["action"]
        assert text[start:end].strip()
    assert client.get("/api/events").json()["total"] == len(ALL)
    quiet = client.post(
        "/api/code", json={"text": "The weather in Paris was mild on Sunday.", "date": "2020-01-05"}
    )
    assert quiet.json()["events"] == []


@pytest.fixture()
def writable(tmp_path: Path) -> Iterator[TestClient]:
    config = ServerConfig(db=write_corpus(tmp_path / "w.duckdb"), write_key="s3cret-key", coding_workers=0)
    with TestClient(create_app(config), raise_server_exceptions=False) as opened:
        yield opened


ARTICLE = {
    "text": "Iraqi protesters burned tyres outside the US embassy in Baghdad on Monday.",
    "date": "2020-01-06",
}
KEYS = [
    ({}, 401),
    ({"X-API-Key": ""}, 401),
    ({"X-API-Key": "s3cret"}, 401),
    ({"X-API-Key": "s3cret-key-and-more"}, 401),
    ({"Authorization": "Bearer wrong"}, 401),
    ({"Authorization": "Basic czNjcmV0LWtleQ=="}, 401),
    ({"X-API-Key": "s3cret-key"}, 200),
    ({"Authorization": "Bearer s3cret-key"}, 200),
]


@pytest.mark.parametrize(("headers", "status"), KEYS)
def test_ingest_needs_the_write_key(writable: TestClient, headers: dict[str, str], status: int) -> None:
    response = writable.post("/api/ingest", json={"articles": [ARTICLE]}, headers=headers)
    assert response.status_code == status, response.text
    if status == 401:
        assert response.json()["error"] == {
            "status": 401, "code": "unauthorized", "message": "a valid API key is required", "details": [],
        }  # fmt: skip
        assert writable.get("/api/events?mentions=true").json()["total"] == len(CODED)
    else:
        assert response.json()["articles"] == 1
        stored = writable.get("/api/events?since=2020-01-06&until=2020-01-06&mentions=true").json()
        assert stored["total"] == response.json()["events"]


def test_unauthorised_ingest_is_refused_before_its_body_is_read(writable: TestClient) -> None:
    response = writable.post(
        "/api/ingest", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 401
    bad = writable.post("/api/ingest", json={"articles": []}, headers={"X-API-Key": "s3cret-key"})
    assert bad.status_code == 422 and bad.json()["error"]["details"][0]["field"] == "body.articles"


def test_request_bodies_and_query_strings_have_size_limits(db: Path) -> None:
    app = create_app(ServerConfig(db=db, max_body_bytes=2000))
    with TestClient(app, raise_server_exceptions=False) as small:
        big = small.post(
            "/api/code", json={"text": "Troops crossed the border. " * 200, "date": "2020-01-01"}
        )
        assert big.status_code == 413 and big.json()["error"]["code"] == "payload_too_large"
        chunks = (piece for piece in [b'{"text": "', b"x" * 3000, b'", "date": "2020-01-01"}'])
        streamed = small.post("/api/code", content=chunks, headers={"content-type": "application/json"})
        assert streamed.status_code == 413
        long_query = small.get("/api/events?source=" + "A" * 5000)
        assert long_query.status_code == 414 and long_query.json()["error"]["status"] == 414


def test_cors_is_off_unless_an_origin_is_allowed(client: TestClient, db: Path) -> None:
    origin = {"Origin": "http://example.org"}
    assert "access-control-allow-origin" not in client.get("/api/events", headers=origin).headers
    with TestClient(create_app(ServerConfig(db=db, cors_origins=("http://example.org",)))) as allowed:
        response = allowed.get("/api/events", headers=origin)
        assert response.headers["access-control-allow-origin"] == "http://example.org"


def test_openapi_describes_every_route_and_docs_render_it(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) == {
        "/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/actors", "/api/series",
        "/api/alerts", "/api/code", "/api/ingest",
    }  # fmt: skip
    assert "IngestIn" in spec["components"]["schemas"]
    page = client.get("/docs").text
    assert all(path in page for path in spec["paths"]) and "cdn" not in page.lower()


PAGES = [
    ("/", ["IRN ↔ USA", "Busiest country pairs"]),
    ("/?domestic=1", ["AFG"]),
    ("/events?type=PROTEST", ["Protesters", "stormed", "1 event"]),
    ("/dyads/USA-IRN", ["timeline-data", "USA ↔ IRN", "3 events", "Ain al-Asad"]),
    ("/dyads/USA-IRN?direction=forward&type=THREATEN", ["USA → IRN", "threatened"]),
    (f"/events/{to_mention_id('soleimani')}", ['data-roles="action killed"', "Reuters"]),
    ("/docs", ["/api/events"]),
]


@pytest.mark.parametrize(("url", "words"), PAGES)
def test_pages_render_with_a_strict_content_security_policy(
    client: TestClient, url: str, words: list[str]
) -> None:
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert all(word in response.text for word in words)
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "http://" not in response.text.replace("http://www.w3.org", "")


@pytest.mark.parametrize(
    ("url", "status"),
    [("/nowhere", 404), ("/events/none", 404), ("/events?since=soon", 400), ("/events?quad_class=5", 400)],
)
def test_page_errors_are_html_pages_with_the_same_fields(client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status and response.headers["content-type"].startswith("text/html")
    assert f"<h1>{status} ·" in response.text
