"""Request size limits: a pure ASGI middleware that refuses bodies over the limit with the one error body.

A declared ``Content-Length`` over the limit is refused before anything is read; a body sent without one
(chunked) is counted as it arrives and refused as soon as it passes the limit. The query string has its own
limit (long filters are no use and cost parsing).
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

from dotterel.rest.errors import STATUS_CODES

MAX_QUERY_BYTES = 4096

Scope = dict[str, Any]


class BodyTooLarge(Exception):
    """The request body passed the limit while it was being read."""


class SizeLimitMiddleware:
    """Answer 413 to request bodies over ``max_body_bytes`` and 414 to query strings over
    :data:`MAX_QUERY_BYTES`, with the API's JSON error body."""

    def __init__(self, app: Any, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        """Run the request, counting its body."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if len(scope.get("query_string", b"")) > MAX_QUERY_BYTES:
            await _send_error(send, 414, f"the query string is longer than {MAX_QUERY_BYTES} bytes")
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body_bytes):
            await _send_error(send, 413, f"the request body is larger than {self.max_body_bytes} bytes")
            return
        received = 0
        state = {"started": False, "refused": False}

        async def counting_receive() -> Any:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes and not state["refused"]:
                    state["refused"] = True
                    if not state["started"]:
                        await _send_error(
                            send, 413, f"the request body is larger than {self.max_body_bytes} bytes"
                        )
                    raise BodyTooLarge
            return message

        async def guarded_send(message: Any) -> None:
            if state["refused"]:  # the 413 went out: whatever the app answers after it is dropped
                return
            state["started"] = state["started"] or message["type"] == "http.response.start"
            await send(message)

        with contextlib.suppress(BodyTooLarge):
            await self.app(scope, counting_receive, guarded_send)


async def _send_error(send: Any, status: int, message: str) -> None:
    code = STATUS_CODES.get(status, "error")
    body = json.dumps({"error": {"status": status, "code": code, "message": message, "details": []}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
