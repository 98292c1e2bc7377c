"""``dotterel serve``: the REST API and the dashboard over a stored database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dotterel.cli.common import reporting_errors
from dotterel.settings import load_settings


def serve_command(
    db: Annotated[
        Path | None, typer.Option("--db", help="The DuckDB file (default: the db setting, dotterel.duckdb).")
    ] = None,
    host: Annotated[
        str, typer.Option(help="Address to bind; other machines reach it only if you say so.")
    ] = ("127.0.0.1"),
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    cors_origin: Annotated[
        list[str] | None,
        typer.Option("--cors-origin", help="Allow this browser origin (repeatable); none by default."),
    ] = None,
    max_body_bytes: Annotated[int, typer.Option(min=1, help="Largest request body accepted.")] = 1_000_000,
    coding_workers: Annotated[
        int,
        typer.Option(
            min=0, help="Processes that code articles sent to /api/code and /api/ingest (0: in this one)."
        ),
    ] = 1,
) -> None:
    """Serve the dashboard (/) and the REST API (/api, OpenAPI at /docs) for a database.

    Read-only unless the DOTTEREL_API_KEY environment variable holds a write key: then POST /api/ingest
    stores articles sent with that key (X-API-Key header; `dotterel code FILES --server URL` sends them): this
    process is then the database's single writer, and it keeps answering reads while it stores.

    Example: dotterel serve --db events.duckdb      (then open http://127.0.0.1:8000)
    """
    import uvicorn

    from dotterel.rest import ServerConfig, create_app
    from dotterel.rest.config import resolve_write_key

    with reporting_errors():
        settings = load_settings({"db": db})
        config = ServerConfig(
            db=settings.db, write_key=resolve_write_key(), max_body_bytes=max_body_bytes,
            cors_origins=tuple(cors_origin or ()), coding_workers=coding_workers,
        )  # fmt: skip
        app = create_app(config)
    mode = "read-write" if config.writable else "read-only"
    typer.echo(
        f"dotterel: serving {settings.db} ({mode}) on http://{host}:{port}  (API docs: /docs)", err=True
    )
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
