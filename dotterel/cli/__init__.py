"""The ``dotterel`` command line: a thin Typer shell over the library, one module per command.

Exit codes: 0 all inputs coded, 3 some inputs rejected (listed on stderr), 1 error (one red line on stderr),
2 usage error.
"""

from __future__ import annotations

from typing import Annotated

import typer

from dotterel import __version__
from dotterel.cli.alerts import alerts_command
from dotterel.cli.backtest import backtest_command
from dotterel.cli.check import check_command
from dotterel.cli.code import code_command
from dotterel.cli.demo import demo_command
from dotterel.cli.eval import eval_command
from dotterel.cli.events import events_command
from dotterel.cli.explain import explain_command
from dotterel.cli.export import export_command
from dotterel.cli.forecast import forecast_command
from dotterel.cli.load import load_command
from dotterel.cli.recode import recode_command
from dotterel.cli.series import series_command
from dotterel.cli.serve import serve_command

app = typer.Typer(
    name="dotterel",
    help="Dated news articles in, political event data (PLOVER/CAMEO) with evidence out.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command("code")(code_command)
app.command("events")(events_command)
app.command("series")(series_command)
app.command("explain")(explain_command)
app.command("export")(export_command)
app.command("recode")(recode_command)
app.command("check")(check_command)
app.command("load")(load_command)
app.command("demo")(demo_command)
app.command("eval")(eval_command)
app.command("serve")(serve_command)
app.command("alerts")(alerts_command)
app.command("forecast")(forecast_command)
app.command("backtest")(backtest_command)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"dotterel {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Dated news articles in, political event data (PLOVER/CAMEO) with evidence out."""


def main() -> None:
    """Run the command line (the ``dotterel`` console script)."""
    app()
