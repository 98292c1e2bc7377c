"""``dotterel load``: bring the Parquet of a cluster run (``code --dask … --out DIR``) into a store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dotterel.cli.common import EXIT_OK, reporting_errors, to_stderr_console
from dotterel.settings import load_settings


def load_command(
    directory: Annotated[
        Path, typer.Argument(help="The --out directory of a cluster run (with manifest.json).")
    ],
    db: Annotated[
        Path | None, typer.Option("--db", help="The DuckDB file (default: the db setting, dotterel.duckdb).")
    ] = None,
) -> None:
    """Load a cluster run's articles, events and rejects into the DuckDB store.

    Only the partitions listed in the run's manifest are read. Loading is idempotent: articles, events and
    rejects are upserted by their stable ids, so loading the same directory twice changes nothing.

    Example: dotterel load parquet_dir/ --db events.duckdb
    """
    from dotterel.distributed import load_into_store, load_manifest

    with reporting_errors():
        settings = load_settings({"db": db})
        partitions = len(load_manifest(directory)["partitions"])
        counts = load_into_store(directory, settings.db)
    line = (
        f"loaded {partitions} partitions from {directory} into {settings.db} (now "
        + ", ".join(f"{value} {name}" for name, value in counts.items())
        + ")"
    )
    to_stderr_console().print(line, style="dim", markup=False, highlight=False)
    raise typer.Exit(EXIT_OK)
