"""Read routes: events (filtered, paged, JSON or CSV), one event with its evidence, articles, actors."""

from __future__ import annotations

import csv
import io
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from dotterel.errors import InputError
from dotterel.rest.config import StoreHandle
from dotterel.rest.errors import ApiError, to_error_responses
from dotterel.rest.highlight import find_highlights
from dotterel.rest.queries import EventPage, find_actors, find_articles, find_event_page, resolve_article
from dotterel.rest.schemas import ActorsOut, ArticleDetailOut, EventDetailOut, EventPageOut
from dotterel.store import EventFilter
from dotterel.store.query import to_bbox
from dotterel.store.records import COUNT_KEYS, EVENT_COLUMNS, to_row

router = APIRouter(prefix="/api", tags=["events"])

MAX_QUERY_CHARS = 200
DEGREES = r"-?[0-9]{1,3}(\.[0-9]+)?"
BBOX_PATTERN = f"^({DEGREES},{DEGREES},{DEGREES},{DEGREES})?$"
DATE_PATTERN = "^([0-9]{4}-[0-9]{2}-[0-9]{2})?$"


def _text(description: str, pattern: str | None = None) -> Any:
    """Return a text query parameter (empty means absent); a value off ``pattern`` is a 422 naming it, a
    value of the right form but no meaning (2020-13-01, a latitude of 95) a 400."""
    return Query(max_length=MAX_QUERY_CHARS, pattern=pattern, description=description)


class PageFormat(StrEnum):
    """How a page of events is returned."""

    json = "json"
    csv = "csv"


def get_handle(request: Request) -> StoreHandle:
    """Return the server's store handle (a FastAPI dependency)."""
    handle: StoreHandle = request.app.state.handle
    return handle


def to_event_filter(
    source: Annotated[str | None, _text("Source country code, actor id or name.")] = None,
    target: Annotated[str | None, _text("Target country code, actor id or name.")] = None,
    dyad: Annotated[str | None, _text("Directed pair SOURCE-TARGET, e.g. USA-IRN.")] = None,
    actor: Annotated[str | None, _text("Either side: country code, actor id or name.")] = None,
    country: Annotated[str | None, _text("Either side's country code, e.g. IRQ.")] = None,
    type: Annotated[str | None, _text("PLOVER event type, e.g. ASSAULT.")] = None,
    cameo: Annotated[str | None, _text("CAMEO code prefix, e.g. 19.")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="QuadClass 1-4.")] = None,
    modality: Annotated[str | None, _text("Modality, e.g. asserted or threatened.")] = None,
    since: Annotated[str | None, _text("First event date, YYYY-MM-DD.", DATE_PATTERN)] = None,
    until: Annotated[str | None, _text("Last event date, YYYY-MM-DD.", DATE_PATTERN)] = None,
    place: Annotated[str | None, _text("Place name or its country code.")] = None,
    bbox: Annotated[str | None, _text("Place inside WEST,SOUTH,EAST,NORTH degrees.", BBOX_PATTERN)] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1, description="Lowest confidence.")] = None,
    min_mentions: Annotated[int | None, Query(ge=1, description="Reported at least this many times.")] = None,
) -> EventFilter:
    """Return the :class:`EventFilter` of the query string (the filters of ``dotterel events``)."""
    return EventFilter(
        source=source or None, target=target or None, dyad=dyad or None, type=type or None,
        cameo=cameo or None, quad_class=quad_class, since=since or None, until=until or None,
        min_confidence=min_confidence, actor=actor or None, country=country or None, place=place or None,
        bbox=to_bbox(bbox) if bbox else None, modality=modality or None, min_mentions=min_mentions,
    )  # fmt: skip


CSV_PAGE: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "A page of events."}
}


@router.get(
    "/events",
    response_model=EventPageOut,
    summary="List events",
    responses={**CSV_PAGE, **to_error_responses(400, 422)},
)
def list_events(
    request: Request,
    select: Annotated[EventFilter, Depends(to_event_filter)],
    handle: Annotated[StoreHandle, Depends(get_handle)],
    limit: Annotated[int, Query(ge=1, description="Events per page (at most the server's max_page).")] = 50,
    cursor: Annotated[
        str | None, Query(max_length=600, description="next_cursor of the previous page.")
    ] = None,
    mentions: Annotated[
        bool, Query(description="List per-article codings instead of merged events.")
    ] = False,
    format: Annotated[PageFormat, Query(description="json (default) or csv.")] = PageFormat.json,
) -> Any:
    """Merged events passing the filters (the same as `dotterel events`), oldest first, one page at a time.

    Pages are keyset-paginated: pass the `next_cursor` of a page as `cursor` to get the next one.
    `format=csv` returns the flat contract columns and the counts; the next cursor is then in the
    `X-Next-Cursor` header.
    """
    limit = min(limit, handle.config.max_page)
    with handle.using() as store:
        page = find_event_page(store, select, limit, cursor, mentions=mentions)
    if format is PageFormat.csv:
        return to_csv_response(page, mentions)
    return {
        "events": page.records,
        "count": len(page.records),
        "total": page.total,
        "next_cursor": page.next_cursor,
    }


def to_csv_response(page: EventPage, mentions: bool) -> Response:
    """Return a page of events as CSV (contract columns, then counts or merged_event_id)."""
    extra = ("merged_event_id",) if mentions else COUNT_KEYS
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([name for name, _ in EVENT_COLUMNS] + list(extra))
    for record in page.records:
        values = list(to_row(record).values()) + [record.get(key) for key in extra]
        writer.writerow(["" if value is None else value for value in values])
    headers = {"X-Total-Count": str(page.total)}
    if page.next_cursor:
        headers["X-Next-Cursor"] = page.next_cursor
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


@router.get(
    "/events/{event_id}",
    response_model=EventDetailOut,
    summary="One event and its evidence",
    responses=to_error_responses(404),
)
def get_event(event_id: str, handle: Annotated[StoreHandle, Depends(get_handle)]) -> Any:
    """A merged event (by event id or the id of one of its mentions) with its mentions, why each joined,
    the articles reporting it and the evidence spans highlighted in each article's text."""
    return to_event_detail(handle, event_id)


def to_event_detail(handle: StoreHandle, event_id: str) -> dict[str, Any]:
    """Return the event detail document (also used by the dashboard's event page)."""
    if len(event_id) > 200:
        raise ApiError(404, f"no event or mention {event_id[:40]!r}…")
    with handle.using() as store:
        try:
            explained = store.explain(event_id)
        except InputError as error:
            raise ApiError(404, f"no event or mention {event_id!r}") from error
        mentions = explained["mentions"]
        articles = find_articles(store, list(dict.fromkeys(m["article_id"] for m in mentions)))
    for article in articles:
        records = [m["record"] for m in mentions if m["article_id"] == article["id"]]
        article["highlights"] = find_highlights(article["text"], records)
    return {
        "event": explained["event"],
        "merge_rule": explained["rule"],
        "mentions": mentions,
        "articles": articles,
    }


@router.get(
    "/articles/{article_id}",
    response_model=ArticleDetailOut,
    summary="One article",
    responses=to_error_responses(404),
)
def get_article(article_id: str, handle: Annotated[StoreHandle, Depends(get_handle)]) -> Any:
    """A stored article: its text, provenance and every mention coded from it."""
    with handle.using() as store:
        article = resolve_article(store, article_id) if len(article_id) <= 200 else None
    if article is None:
        raise ApiError(404, f"no article {article_id[:80]!r}")
    return article


@router.get("/actors", response_model=ActorsOut, summary="Search actors", responses=to_error_responses(422))
def list_actors(
    handle: Annotated[StoreHandle, Depends(get_handle)],
    q: Annotated[str | None, _text("Part of an actor's name, id or key, or a country code.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Any:
    """Actors seen in the store whose name, id or key contains `q` (or whose country is `q`), busiest
    first."""
    with handle.using() as store:
        actors = find_actors(store, q or None, limit)
    return {"actors": actors, "count": len(actors)}
