"""One JSON error body for every failure of the REST API, and the handlers that produce it.

Every error answers ``{"error": {"status": 404, "code": "not_found", "message": "…", "details": […]}}``:
``code`` is a stable machine word, ``message`` one human line, ``details`` a list (validation problems
name their field). Library errors are translated here once: an :class:`~dotterel.errors.InputError` is a 400,
a :class:`~dotterel.errors.StoreError` a 503; anything unexpected is a 500 that does not leak internals.
Dashboard pages (paths outside ``/api``) get the same fields rendered as an HTML page.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from dotterel.errors import DotterelError, InputError, StoreError
from dotterel.rest.alerts import AlertsUnavailable

LOG = logging.getLogger("dotterel.rest")

STATUS_CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    414: "uri_too_long",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
    501: "not_implemented",
    503: "unavailable",
}


class ErrorDetail(BaseModel):
    """What went wrong and, for validation problems, where (``field`` is a dotted location)."""

    status: int = Field(description="The HTTP status code, repeated.")
    code: str = Field(description="A stable machine word: not_found, invalid_request, unauthorized, …")
    message: str = Field(description="One human-readable line.")
    details: list[dict[str, Any]] = Field(default_factory=list, description="Per-field problems, if any.")


class ErrorBody(BaseModel):
    """The one error body of the API."""

    error: ErrorDetail


class ApiError(Exception):
    """An error the routes raise on purpose: its status, code, message and optional details."""

    def __init__(
        self, status: int, message: str, code: str | None = None, details: list[dict[str, Any]] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or STATUS_CODES.get(status, "error")
        self.message = message
        self.details = details or []


ERROR_DESCRIPTIONS: dict[int, str] = {
    400: "the body is not JSON, or a value has the right type but no meaning (a bad date, bbox, cursor)",
    401: "the write key is missing or wrong (no further detail)",
    403: "the server is read-only (started without a write key)",
    404: "no such event, mention or article",
    413: "the request body is larger than the server's limit",
    414: "the query string is longer than the server's limit",
    422: "the request does not match this description; `details` name each field",
    500: "an unexpected failure (no internals are shown; see the server log)",
    501: "the alerts module is not installed",
    503: "the database or the coding workers are unavailable",
}
COMMON_ERRORS: tuple[int, ...] = (414, 500, 503)


def to_error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """Return the OpenAPI ``responses`` of a route's error statuses (and of :data:`COMMON_ERRORS`).

    Every one answers the one :class:`ErrorBody`; ``statuses`` come from :data:`ERROR_DESCRIPTIONS`.
    """
    return {
        status: {"model": ErrorBody, "description": ERROR_DESCRIPTIONS[status]}
        for status in sorted({*statuses, *COMMON_ERRORS})
    }


def to_error_response(request: Request, error: ApiError, headers: dict[str, str] | None = None) -> Response:
    """Return the error as the JSON body (``/api`` and ``/openapi.json``) or as an HTML page (dashboard)."""
    detail = ErrorDetail(status=error.status, code=error.code, message=error.message, details=error.details)
    if request.url.path.startswith("/api") or request.url.path.startswith("/openapi"):
        return JSONResponse(ErrorBody(error=detail).model_dump(), status_code=error.status, headers=headers)
    templates = getattr(request.app.state, "templates", None)
    if templates is None:
        return HTMLResponse(f"<h1>{error.status}</h1>", status_code=error.status, headers=headers)
    return templates.TemplateResponse(
        request, "error.html", {"error": detail}, status_code=error.status, headers=headers
    )


def to_invalid_request(problems: Sequence[Any], location: tuple[str, ...] = ()) -> ApiError:
    """Return the 422 of validation problems (FastAPI's or pydantic's), each naming its dotted field, or
    the 400 of a body that is not JSON at all.

    ``location`` goes before each problem's own location (``("body",)`` for a body read by hand, so that
    every route names a body field as ``body.articles.0.date``).
    """
    for problem in problems:
        if problem.get("type") == "json_invalid":
            details = [{"field": "body", "message": problem.get("msg", "")}]
            return ApiError(400, "the body is not valid JSON", details=details)
    details = [
        {
            "field": ".".join(str(part) for part in (*location, *problem.get("loc", ()))),
            "message": problem.get("msg", ""),
        }
        for problem in problems
    ]
    fields = ", ".join(detail["field"] for detail in details) or "request"
    return ApiError(422, f"invalid request: {fields}", details=details)


def _to_api_error(error: Exception) -> ApiError:
    if isinstance(error, ApiError):
        return error
    if isinstance(error, StarletteHTTPException):
        message = (
            error.detail if isinstance(error.detail, str) else STATUS_CODES.get(error.status_code, "error")
        )
        if error.status_code == 404 and message == "Not Found":
            message = "no such page or resource"
        return ApiError(error.status_code, str(message))
    if isinstance(error, RequestValidationError):
        return to_invalid_request(error.errors())
    if isinstance(error, AlertsUnavailable):
        return ApiError(501, str(error))
    if isinstance(error, InputError):
        return ApiError(400, " ".join(str(error).split()))
    if isinstance(error, StoreError):
        return ApiError(503, " ".join(str(error).split()))
    if isinstance(error, DotterelError):
        return ApiError(400, " ".join(str(error).split()))
    LOG.exception("unexpected error", exc_info=error)
    return ApiError(500, "internal error (see the server log)")


async def _handle(request: Request, error: Exception) -> Response:
    headers = getattr(error, "headers", None)
    return to_error_response(request, _to_api_error(error), headers=headers)


def add_error_handlers(app: FastAPI) -> None:
    """Route every error (ours, HTTP, validation, library, unexpected) through the one error body."""
    for kind in (ApiError, StarletteHTTPException, RequestValidationError, DotterelError, Exception):
        app.add_exception_handler(kind, _handle)
