"""The FastAPI app factory: the REST API under ``/api``, the dashboard pages, static files and ``/docs``.

>>> app = create_app(ServerConfig(db=Path("events.duckdb")))        # doctest: +SKIP

The app opens the store once (read-only unless a write key is set) and closes it at shutdown; coding
runs in worker processes (:mod:`dotterel.rest.coding`). The OpenAPI
description is at ``/openapi.json``; ``/docs`` renders it as a page served by this app (no CDN).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi
from fastapi.staticfiles import StaticFiles

from dotterel import __version__
from dotterel.rest import routes_read, routes_series, routes_write
from dotterel.rest.coding import Coder
from dotterel.rest.config import ServerConfig, StoreHandle
from dotterel.rest.errors import add_error_handlers
from dotterel.rest.limits import MAX_QUERY_BYTES, SizeLimitMiddleware
from dotterel.rest.schemas import IngestIn

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self';"
    " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
FASTAPI_VALIDATION_REF = "#/components/schemas/HTTPValidationError"
DESCRIPTION = (
    "Political event data coded from dated news articles (PLOVER/CAMEO): query events, read their evidence,"
    " follow dyadic series and alerts, code a text. Every error answers one JSON body:"
    ' `{"error": {"status", "code", "message", "details"}}`.'
)


def create_app(config: ServerConfig) -> FastAPI:
    """Return the app serving ``config.db``: REST API, dashboard, static files, OpenAPI at ``/docs``.

    Raises:
        StoreError: the database cannot be opened (missing, locked by a writer, or too new).
    """
    handle = StoreHandle(config)
    coder = Coder(config.coding_workers)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        handle.open()  # opened by create_app; again when the app starts after a shutdown
        yield
        coder.close()
        handle.close()

    app = FastAPI(
        title="dotterel",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.handle = handle
    app.state.coder = coder
    from dotterel.web.pages import router as pages_router
    from dotterel.web.pages import to_templates

    app.state.templates = to_templates()
    add_error_handlers(app)
    app.include_router(routes_read.router)
    app.include_router(routes_series.router)
    app.include_router(routes_write.router)
    app.include_router(pages_router)
    static = resources.files("dotterel.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.openapi = lambda: to_openapi(app)  # type: ignore[method-assign]
    if config.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=list(config.cors_origins), allow_methods=["GET", "POST"],
            allow_headers=["content-type", "x-api-key", "authorization"],
        )  # fmt: skip
    app.add_middleware(SizeLimitMiddleware, max_body_bytes=config.max_body_bytes)
    app.middleware("http")(add_security_headers)
    return app


async def add_security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """Add the headers every response carries: no sniffing, no framing, same-origin resources only."""
    response = await call_next(request)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    if response.headers.get("content-type", "").startswith("text/html"):
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    return response


def to_openapi(app: FastAPI) -> dict[str, Any]:
    """Return (once) the OpenAPI document: the ingest body schema the route reads by hand, the server's size
    limits in the descriptions of its 413 and 414 answers, and no trace of FastAPI's own validation body
    (every 422 answers the one error body)."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    ingest = IngestIn.model_json_schema(ref_template="#/components/schemas/{model}")
    components.update(ingest.pop("$defs", {}))
    components["IngestIn"] = ingest
    limits = {
        "413": f"the request body is larger than {app.state.handle.config.max_body_bytes} bytes",
        "414": f"the query string is longer than {MAX_QUERY_BYTES} bytes",
    }
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.get("responses", {})
            for status, description in limits.items():
                if status in responses:
                    responses[status]["description"] = description
            if FASTAPI_VALIDATION_REF in str(responses.get("422", "")):
                del responses["422"]  # a path parameter that cannot fail: FastAPI documents a 422 anyway
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)
    app.openapi_schema = schema
    return schema
