"""``dotterel check``: verify a store (ids, links, counts, evidence offsets); one line per problem."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dotterel.cli.common import EXIT_ERROR, EXIT_OK, reporting_errors, to_stderr_console
from dotterel.settings import load_settings
from dotterel.store.check import DEFAULT_LIMIT


def check_command(
    db: Annotated[Path | None, typer.Option("--db", help="The DuckDB file (default: db setting).")] = None,
    limit: Annotated[
        int, typer.Option("--limit", min=1, help="Problems printed per check (the rest are counted).")
    ] = DEFAULT_LIMIT,
) -> None:
    """Check a store: unique ids, links between articles, mentions, events and sources, their counts, and
    that every mention's evidence offsets fall inside its article text.

    Prints one line per problem on stdout and exits 1 when there is any (0 when there is none); the counts go
    to stderr. The database is opened read-only (a running writer holds it: check after it ends).

    Example: dotterel check --db events.duckdb
    """
    from dotterel.store import Store
    from dotterel.store.check import count_problems, find_problems

    with reporting_errors():
        settings = load_settings({"db": db})
        with Store(settings.db, read_only=True) as store:
            problems = find_problems(store.connection, limit)
            counts = store.table_counts()
    for problem in problems:
        typer.echo(str(problem))
    tally = ", ".join(f"{value} {name}" for name, value in counts.items())
    verdict = f"{count_problems(problems)} problems" if problems else "no problems"
    to_stderr_console().print(
        f"checked {settings.db}: {tally}; {verdict}", style="dim", markup=False, highlight=False
    )
    raise typer.Exit(EXIT_ERROR if problems else EXIT_OK)
