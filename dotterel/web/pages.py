"""The dashboard: server-rendered pages over the same queries as the REST API.

``/`` busiest country pairs with sparklines; ``/events`` the event table with filters and paging;
``/dyads/USA-IRN`` a dyad's timeline (QuadClass counts, Goldstein sum, alert markers), its events and a map
of their places; ``/events/{id}`` an event with its articles and the evidence spans highlighted;
``/alerts`` the early-warning alerts; ``/docs`` the OpenAPI description as a page.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from dotterel.errors import InputError
from dotterel.rest.alerts import (
    AlertsUnavailable,
    find_alert_records,
    is_dyad_alert,
    resolve_alerts_function,
)
from dotterel.rest.config import StoreHandle
from dotterel.rest.highlight import ROLE_ORDER, to_segments
from dotterel.rest.queries import (
    find_busiest_dyads,
    find_dyad_series,
    find_event_page,
    find_place_points,
    find_store_counts,
)
from dotterel.rest.routes_read import to_event_detail, to_event_filter
from dotterel.store import EventFilter
from dotterel.store.query import resolve_dyad, to_date
from dotterel.web import view

router = APIRouter(include_in_schema=False)
FILTER_KEYS: tuple[str, ...] = (
    "source", "target", "actor", "country", "type", "cameo", "quad_class", "modality", "since", "until",
    "place",
)  # fmt: skip
PAGE_SIZE = 25
BUSIEST = 12


def to_templates() -> Jinja2Templates:
    """Return the dashboard's Jinja2 templates (autoescaped) with the view helpers as globals."""
    folder = Path(str(resources.files("dotterel.web").joinpath("templates")))
    templates = Jinja2Templates(directory=folder)
    templates.env.globals.update(
        actor_label=view.to_actor_label, place_label=view.to_place_label, date_label=view.to_date_label,
        excerpt=view.to_excerpt, sparkline=view.to_sparkline_points, quad_names=view.QUAD_NAMES,
        role_order=ROLE_ORDER, page_link=to_page_link,
    )  # fmt: skip
    return templates


def to_page_link(request: Request, drop: tuple[str, ...] = ("cursor",), **changes: str) -> str:
    """Return the current page's path and query (no host) with ``changes`` applied and ``drop`` removed."""
    params = {k: v for k, v in request.query_params.items() if k not in drop and k not in changes}
    params.update({k: v for k, v in changes.items() if v})
    return request.url.path + ("?" + urlencode(params) if params else "")


def _render(request: Request, name: str, context: dict[str, Any]) -> HTMLResponse:
    response: HTMLResponse = request.app.state.templates.TemplateResponse(request, name, context)
    return response


def _handle(request: Request) -> StoreHandle:
    handle: StoreHandle = request.app.state.handle
    return handle


def to_page_filter(request: Request, **fixed: Any) -> tuple[EventFilter, dict[str, str]]:
    """Return the event filter of a page's query string (and the values to show in its form).

    Raises:
        InputError: a value is malformed (a QuadClass that is not 1-4, a date that is not YYYY-MM-DD).
    """
    values = {key: request.query_params.get(key, "").strip()[:200] for key in FILTER_KEYS}
    quad = values["quad_class"]
    if quad and quad not in ("1", "2", "3", "4"):
        raise InputError("quad_class", f"expected 1, 2, 3 or 4, got {quad!r}")
    for key in ("since", "until"):
        if values[key]:
            to_date(values[key])
    arguments: dict[str, Any] = {key: value or None for key, value in values.items()}
    arguments["quad_class"] = int(quad) if quad else None
    arguments.update(fixed)
    return to_event_filter(**arguments), values


@router.get("/", response_class=HTMLResponse)
def overview_page(request: Request) -> HTMLResponse:
    """The busiest country pairs, each with a weekly sparkline of its events."""
    domestic = request.query_params.get("domestic") == "1"
    with _handle(request).using() as store:
        counts = find_store_counts(store)
        dyads = find_busiest_dyads(store, BUSIEST, by="week", domestic=domestic)
    context = {
        "counts": counts, "dyads": dyads, "domestic": domestic,
        "alerts_available": resolve_alerts_function() is not None,
    }  # fmt: skip
    return _render(request, "overview.html", context)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request) -> HTMLResponse:
    """The event table: filters, and pages of events oldest first."""
    select, values = to_page_filter(request)
    cursor = request.query_params.get("cursor") or None
    with _handle(request).using() as store:
        page = find_event_page(store, select, PAGE_SIZE, cursor)
    return _render(request, "events.html", {"page": page, "values": values, "cursor": cursor})


@router.get("/dyads/{dyad}", response_class=HTMLResponse)
def dyad_page(request: Request, dyad: str) -> HTMLResponse:
    """A country pair: timeline, alerts, map of event places and the event table (both directions unless
    ``direction=forward``)."""
    source, target = (side.upper() for side in resolve_dyad(dyad[:200]))
    both = request.query_params.get("direction", "both") != "forward" and source != target
    by = request.query_params.get("by", "week")
    by = by if by in ("day", "week", "month") else "week"
    base, values = to_page_filter(request, dyad=f"{source}->{target}")
    selects = [base] + ([to_page_filter(request, dyad=f"{target}->{source}")[0]] if both else [])
    cursor = request.query_params.get("cursor") or None
    with _handle(request).using() as store:
        series = find_dyad_series(store, source, target, by=by, both=both, since=values["since"] or None,
                                  until=values["until"] or None)  # fmt: skip
        page = find_event_page(store, selects, PAGE_SIZE, cursor)
        places = find_place_points(store, selects)
        alerts, alerts_note = _find_dyad_alerts(store.connection, source, target, both)
    context = {
        "source": source, "target": target, "both": both, "by": by, "series": series, "page": page,
        "values": values, "cursor": cursor, "map": view.to_map_view(places, (source, target)),
        "places": places, "alerts": alerts, "alerts_note": alerts_note,
    }  # fmt: skip
    return _render(request, "dyad.html", context)


def _find_dyad_alerts(con: Any, source: str, target: str, both: bool) -> tuple[list[dict[str, Any]], str]:
    try:
        alerts = find_alert_records(con)
    except AlertsUnavailable as error:
        return [], str(error)
    return [a for a in alerts if is_dyad_alert(a, source, target, either_way=both)], ""


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    """An event: who did what to whom, when and where, its articles with the evidence highlighted."""
    detail = to_event_detail(_handle(request), event_id)
    for article in detail["articles"]:
        article["segments"] = to_segments(article["text"], article["highlights"])
    return _render(request, "event.html", {"detail": detail, "event": detail["event"]})


@router.get("/alerts", response_class=HTMLResponse)
def alerts_page(request: Request) -> HTMLResponse:
    """The early-warning alerts, newest first, or why there are none."""
    with _handle(request).using() as store:
        try:
            alerts, note = find_alert_records(store.connection), ""
        except AlertsUnavailable as error:
            alerts, note = [], str(error)
    return _render(request, "alerts.html", {"alerts": alerts, "note": note})


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    """The OpenAPI description rendered as a page (the JSON is at ``/openapi.json``)."""
    spec = request.app.openapi()
    operations = [
        {"method": method.upper(), "path": path, **operation}
        for path, methods in spec.get("paths", {}).items()
        for method, operation in methods.items()
    ]
    return _render(request, "docs.html", {"spec": spec, "operations": operations})
