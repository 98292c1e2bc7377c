"""``dotterel export``: the stored events as Parquet (by month), CSV, JSONL or GDELT-style TSV."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dotterel.cli.common import reporting_errors, to_stderr_console
from dotterel.settings import load_settings


def export_command(
    out_dir: Annotated[
        Path, typer.Argument(metavar="OUTDIR", help="Folder to write into (created if missing).")
    ],
    db: Annotated[Path | None, typer.Option("--db", help="The DuckDB file (default: db setting).")] = None,
    export_format: Annotated[
        str, typer.Option("--format", "-f", help="parquet (partitioned by month), csv, jsonl or gdelt.")
    ] = "parquet",
    level: Annotated[
        str, typer.Option(help="events (merged, one per happening) or mentions (one per article).")
    ] = "events",
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an earlier export.")] = False,
) -> None:
    """Export the stored events for other tools (Parquet, CSV, JSONL, or GDELT 2.0 event columns).

    Example: dotterel export --db events.duckdb --format gdelt out/
    """
    from dotterel.export import export
    from dotterel.store import Store

    with reporting_errors():
        settings = load_settings({"db": db})
        with Store(settings.db, read_only=True) as store:
            files = export(store.connection, out_dir, export_format, level, overwrite)
        where = files[0] if len(files) == 1 else f"{len(files)} files under {out_dir / level}"
        to_stderr_console().print(f"wrote {where}", style="dim", markup=False, highlight=False)
