"""Coding routes: ``POST /api/code`` codes a text without storing it; ``POST /api/ingest`` codes and stores
articles and needs the write key (``X-API-Key: KEY`` or ``Authorization: Bearer KEY``).

The key is checked before the body is read: a read-only server (no key set) answers 403, a missing or
wrong key 401 with no further detail.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from dotterel.model import Article, Reject
from dotterel.rest.coding import Coder
from dotterel.rest.config import StoreHandle
from dotterel.rest.errors import ApiError, to_error_responses, to_invalid_request
from dotterel.rest.routes_read import get_handle
from dotterel.rest.schemas import ArticleIn, CodeOut, IngestIn, IngestOut

router = APIRouter(prefix="/api", tags=["coding"])


def to_article(item: ArticleIn) -> Article:
    """Return the :class:`Article` of a request item (a stable id when none is given)."""
    from dotterel.api import to_article as build_article

    fields = {
        key: value
        for key, value in (("title", item.title), ("url", item.url), ("source", item.source))
        if value
    }
    return build_article(item.text, item.date, item.id, origin="api", **fields)


def find_coded(request: Request, articles: list[Article]) -> list[Article | Reject]:
    """Return the coded articles (or rejects) of ``articles`` from the app's coder (one batch at a time)."""
    coder: Coder = request.app.state.coder
    return coder.find_coded(articles)


@router.post(
    "/code",
    response_model=CodeOut,
    summary="Code a text (nothing stored)",
    responses=to_error_responses(400, 413, 422),
)
def code_text(request: Request, item: ArticleIn) -> Any:
    """Code one dated text into events and return their records; nothing is stored, no key needed."""
    article = to_article(item)
    (result,) = find_coded(request, [article])
    if isinstance(result, Reject):
        raise ApiError(
            422, f"the text could not be coded: {result.reason} (stage {result.stage})", code="rejected"
        )
    return {"article_id": result.id, "events": [event.to_dict() for event in result.events]}


def require_write_key(request: Request) -> None:
    """Refuse the request unless the server is writable and the request carries the write key."""
    config = request.app.state.handle.config
    if not config.writable:
        raise ApiError(403, "this server is read-only (start it with DOTTEREL_API_KEY set to allow writing)")
    given = request.headers.get("x-api-key")
    authorization = request.headers.get("authorization", "")
    if given is None and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if not config.is_write_key(given):
        raise ApiError(401, "a valid API key is required", code="unauthorized")


@router.post(
    "/ingest",
    response_model=IngestOut,
    summary="Code and store articles (needs the write key)",
    dependencies=[Depends(require_write_key)],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/IngestIn"}}},
        }
    },
    responses=to_error_responses(400, 401, 403, 413, 422),
)
async def ingest(request: Request, handle: Annotated[StoreHandle, Depends(get_handle)]) -> Any:
    """Code the articles and store them (as `dotterel code --db`): mentions are merged into events."""
    raw = await request.body()
    if not raw:  # as FastAPI answers a route whose body is missing
        raise to_invalid_request([{"loc": ("body",), "msg": "Field required", "type": "missing"}])
    try:
        body = IngestIn.model_validate_json(raw)
    except ValidationError as error:
        raise to_invalid_request(error.errors(), location=("body",)) from None
    return await run_in_threadpool(_ingest, request, handle, body)


def _ingest(request: Request, handle: StoreHandle, body: IngestIn) -> dict[str, Any]:
    results = find_coded(request, [to_article(item) for item in body.articles])
    with handle.writing() as store:
        summary = store.write(results)
    rejected = [
        {"origin": r.origin, "stage": r.stage, "reason": r.reason, "article_id": r.article_id}
        for r in results
        if isinstance(r, Reject)
    ]
    return {
        "articles": summary.articles, "events": summary.events, "rejects": summary.rejects,
        "founded": summary.founded, "joined": summary.joined, "rejected": rejected,
    }  # fmt: skip
