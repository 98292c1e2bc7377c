"""The dashboard in a real browser: Debian's Chromium, headless, driven by Playwright, against a server this
test starts on a free 127.0.0.1 port over the hand-coded corpus of tests/test_rest_corpus.py.

It loads each page, follows a dyad from the overview, applies a filter, opens an event and checks its
highlighted spans, watches for script errors and for any request leaving the server, and saves screenshots
under the test's tmp folder (the path is printed; ``pytest -s`` shows it).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from playwright.sync_api import Browser, Page, sync_playwright

from dotterel.rest import ServerConfig, create_app
from tests.test_rest_corpus import CODED, write_corpus

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-default-apps", "--disable-extensions", "--disable-sync",
    "--metrics-recording-only", "--no-first-run", "--mute-audio",
]  # fmt: skip


def load_alerts(con: Any, as_of: Any = None) -> list[dict[str, Any]]:
    """A stand-in for dotterel.alerts: one alert on USA→IRN the day of the Baghdad strike."""
    return [{"key": {"source": "USA", "target": "IRN", "both": False}, "first_fired": "2020-01-03",
             "severity": "high", "reason": "material conflict far above its baseline"}]  # fmt: skip


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = write_corpus(tmp_path_factory.mktemp("web") / "events.duckdb")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(ServerConfig(db=db)), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert running.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), "install Debian's chromium (.ci/run does: apt-get install -y chromium)"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser: Browser, server: str) -> Iterator[Page]:
    opened = browser.new_page(viewport={"width": 1280, "height": 900})
    problems: list[str] = []
    opened.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    opened.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    opened.on("request", lambda r: None if r.url.startswith((server, "data:")) else problems.append(r.url))
    yield opened
    opened.close()
    assert problems == [], "the page logged errors or reached outside the server"


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("screenshots")
    print(f"screenshots in {folder}")
    return folder


def test_overview_lists_the_busiest_pairs_with_sparklines(page: Page, server: str, shots: Path) -> None:
    page.goto(server + "/")
    rows = page.locator("#busiest-dyads tbody tr")
    assert rows.count() == 3  # IRN-USA, IRQ-USA, CHN-RUS (the Kunduz attack is domestic, listed apart)
    assert rows.first.locator("a.dyad-link").inner_text() == "IRN ↔ USA"
    assert rows.first.locator("polyline.spark-all").get_attribute("points")
    page.screenshot(path=str(shots / "overview.png"), full_page=True)


def test_dyad_page_draws_timeline_alert_marker_map_and_filters_its_table(
    page: Page, server: str, shots: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("dotterel.rest.alerts.resolve_alerts_function", lambda: load_alerts)
    page.goto(server + "/")
    page.click("text=IRN ↔ USA")
    page.wait_for_selector("#timeline-svg")
    assert (
        page.locator("#timeline-svg rect.bar").count() >= 2
    )  # the Baghdad strike and the Ain al-Asad strike
    assert page.locator("#timeline-svg polyline.goldstein").count() == 1
    assert page.locator("#timeline-svg g.alert-marker").get_attribute("data-date") == "2020-01-03"
    assert page.locator("#map path").count() > 170
    assert page.locator("#map circle").count() == 2  # Baghdad and Ain al-Asad
    assert page.locator("#map circle.deadly title").text_content() == "Baghdad, IRQ: 1 event, 1 killed"
    assert page.locator("#event-table tbody tr").count() == 3
    page.screenshot(path=str(shots / "dyad.png"), full_page=True)
    page.fill("form.filters input[name=type]", "THREATEN")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**type=THREATEN**")
    rows = page.locator("#event-table tbody tr")
    assert rows.count() == 1 and "threatened" in rows.first.inner_text()
    assert page.locator("#page-summary").inner_text() == "1 event"


def test_events_page_pages_through_the_table(page: Page, server: str) -> None:
    page.goto(server + "/events?cameo=19")
    assert page.locator("#event-table tbody tr").count() == 3
    page.select_option("form.filters select[name=quad_class]", "1")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**quad_class=1**")
    assert page.locator("#event-table tbody tr").count() == 1
    assert "met" in page.locator("#event-table td.evidence b").inner_text()


HIGHLIGHTS = [
    ("soleimani", "soleimani"),
    ("kunduz", "kunduz"),
]


@pytest.mark.parametrize(("name", "shot"), HIGHLIGHTS)
def test_event_page_highlights_every_evidence_span(
    page: Page, server: str, shots: Path, name: str, shot: str
) -> None:
    coded = CODED[name]
    page.goto(server + "/events?since=" + (coded.date or coded.day) + "&until=" + (coded.date or coded.day))
    page.click("#event-table tbody tr >> nth=0 >> td >> nth=0 >> a")
    page.wait_for_selector(".article-text mark")
    marks = page.locator(".article-text mark")
    shown: dict[str, str] = {}
    for index in range(marks.count()):
        mark = marks.nth(index)
        for role in (mark.get_attribute("data-roles") or "").split():
            shown[role] = shown.get(role, "") + mark.inner_text()
    assert shown == coded.spans
    assert page.locator(".article-text").inner_text() == coded.text
    page.screenshot(path=str(shots / f"event-{shot}.png"), full_page=True)


def test_alerts_page_says_when_alerts_are_not_available(
    page: Page, server: str, shots: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("dotterel.rest.alerts.ALERTS_FUNCTION", "no_such_function")
    page.goto(server + "/alerts")
    assert "Alerts are not available" in page.locator("#alerts-unavailable").inner_text()
    page.screenshot(path=str(shots / "alerts-unavailable.png"))
    monkeypatch.setattr("dotterel.rest.alerts.resolve_alerts_function", lambda: load_alerts)
    page.goto(server + "/alerts")
    assert page.locator("#alerts-table tbody tr").inner_text().split("\t")[:3] == [
        "2020-01-03",
        "USA → IRN",
        "high",
    ]
    page.screenshot(path=str(shots / "alerts.png"))


def test_api_docs_page_lists_the_routes(page: Page, server: str, shots: Path) -> None:
    page.goto(server + "/docs")
    assert page.locator("section.operation").count() == 8
    page.screenshot(path=str(shots / "docs.png"))
