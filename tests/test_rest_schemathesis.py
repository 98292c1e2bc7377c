"""Schemathesis against the OpenAPI description: requests generated from the spec, valid and not, to every
route of the app (in-process, over ASGI), must never make the server fail (no 5xx).

The app serves a writable copy of the hand-coded corpus of tests/test_rest_corpus.py and every request
carries the write key, so ``POST /api/ingest`` codes and stores what it is sent. The number of examples per
route is bounded to keep the file under a minute.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from dotterel.rest import ServerConfig, create_app
from tests.test_rest_corpus import write_corpus

KEY = "schemathesis-key"
EXAMPLES_PER_ROUTE = 20


def to_schema() -> Any:
    """Return the app's OpenAPI schema, loaded from the app itself (ASGI, no socket).

    Built at import, as ``schema.parametrize`` needs it at collection (schemathesis's lazy fixture
    loader does not run under pytest 9); the temporary folder goes at exit.
    """
    folder = Path(tempfile.mkdtemp(prefix="dotterel-schemathesis-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    app = create_app(ServerConfig(db=write_corpus(folder / "events.duckdb"), write_key=KEY, coding_workers=0))
    return schemathesis.openapi.from_asgi("/openapi.json", app)


schema = to_schema()


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_ROUTE, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
)
def test_no_generated_request_makes_the_server_fail(case: Any) -> None:
    case.call_and_validate(headers={"X-API-Key": KEY}, checks=[not_a_server_error])
