"""What the commands share: consoles, the error boundary, output formats and the renderers.

The error boundary is :func:`reporting_errors`: a :class:`~dotterel.errors.DotterelError` becomes one red line
on stderr and exit code 1. Exit codes: 0 all coded, 1 error, 2 usage, 3 some inputs rejected.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from dotterel.errors import DotterelError
from dotterel.model import Reject

ActorFilesOption = Annotated[
    list[Path] | None,
    typer.Option("--actors", help="Extra actor file: YAML or CAMEO/PETRARCH .txt dictionary (repeatable)."),
]
AgentFilesOption = Annotated[
    list[Path] | None,
    typer.Option("--agents", help="CAMEO/PETRARCH agents (or discards) .txt dictionary (repeatable)."),
]
LexiconFilesOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--lexicon",
        help="Extra verb lexicon (repeatable): lexicon YAML, or a CAMEO/PETRARCH verb dictionary (.txt with "
        "'--- NAME [CODE] ---' families) whose codes win for the verbs it lists.",
    ),
]
LexiconOnlyOption = Annotated[
    bool,
    typer.Option(
        "--lexicon-only",
        help="Code with the --lexicon files' patterns only, none of dotterel's (e.g. a PETRARCH verb "
        "dictionary alone).",
    ),
]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_REJECTS = 3
EXCERPT_CHARS = 72
COLUMN_WIDTHS: dict[str, int] = {"source": 22, "target": 22, "place": 16, "modality": 12}  # at most
PIPED_TABLE_WIDTH = 160


class OutputFormat(StrEnum):
    """How events are printed on stdout."""

    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class InputFormat(StrEnum):
    """How input files are read (``auto``: by extension, else sniffed)."""

    auto = "auto"
    seed = "seed"
    jsonl = "jsonl"
    csv = "csv"


def to_stderr_console() -> Console:
    """Return a console on the current stderr (looked up at call time, so tests can capture it)."""
    return Console(file=sys.stderr, soft_wrap=True)


def to_stdout_console() -> Console:
    """Return a console on the current stdout, wide enough for the event table when piped."""
    console = Console(file=sys.stdout)
    return console if console.is_terminal else Console(file=sys.stdout, width=PIPED_TABLE_WIDTH)


@contextmanager
def reporting_errors() -> Iterator[None]:
    """Turn a DotterelError into one red line on stderr and exit code 1 (no traceback)."""
    try:
        yield
    except DotterelError as error:
        line = " ".join(str(error).split())
        to_stderr_console().print(Text(f"error: {line}", style="bold red"))
        raise typer.Exit(EXIT_ERROR) from None
    except KeyboardInterrupt:
        to_stderr_console().print(Text("interrupted", style="bold red"))
        raise typer.Exit(130) from None
    except BrokenPipeError:  # the reader went away (`dotterel code … | head`): stop quietly
        with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_ERROR) from None


def print_reject(reject: Reject) -> None:
    """Print one reject as one line on stderr: origin, reason and stage."""
    line = Text("rejected ", style="yellow")
    line.append(f"{reject.origin}: {reject.reason} (stage {reject.stage})")
    to_stderr_console().print(line)


class Renderer:
    """Print event records as a Rich table (at the end), JSON lines or CSV rows (as they come)."""

    def __init__(self, output_format: OutputFormat) -> None:
        self.format = output_format
        self.count = 0
        self._rows: list[dict[str, Any]] = []
        self._csv: Any = None

    def add(self, records: Iterable[dict[str, Any]]) -> None:
        """Print (or keep, for the table) each record."""
        for record in records:
            self.count += 1
            if self.format is OutputFormat.jsonl:
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif self.format is OutputFormat.csv:
                self._write_csv(record)
            else:
                self._rows.append(record)

    def close(self, title: str = "") -> None:
        """Print the table (table format), or the CSV header when no event came, and flush stdout."""
        if self.format is OutputFormat.table:
            to_stdout_console().print(to_event_table(self._rows, title))
        elif self.format is OutputFormat.csv and self._csv is None:
            self._start_csv()
        sys.stdout.flush()

    def _start_csv(self) -> Any:
        from dotterel.store.records import EVENT_COLUMNS

        self._csv = csv.writer(sys.stdout, lineterminator="\n")
        self._csv.writerow([name for name, _ in EVENT_COLUMNS])
        return self._csv

    def _write_csv(self, record: dict[str, Any]) -> None:
        from dotterel.store.records import to_row

        writer = self._csv or self._start_csv()
        writer.writerow(["" if value is None else value for value in to_row(record).values()])


def to_event_table(records: list[dict[str, Any]], title: str = "") -> Table:
    """Return the Rich table of event records: who did what to whom, when, where, and the evidence."""
    table = Table(title=title or None, show_lines=False, header_style="bold")
    for name in ("date", "source", "event", "target", "modality", "place", "killed", "evidence"):
        table.add_column(
            name, overflow="fold", no_wrap=name in ("date", "event"), max_width=COLUMN_WIDTHS.get(name)
        )
    for record in records:
        table.add_row(
            to_date_label(record),
            to_actor_label(record["source"]),
            f"{record['type']} {record['cameo']}",
            to_actor_label(record["target"]),
            record["modality"],
            to_place_label(record["place"]),
            "" if record["killed"] is None else str(record["killed"]),
            to_excerpt(record["evidence"]),
        )
    return table


def to_date_label(record: dict[str, Any]) -> Text:
    """Return the event date, or the article date dimmed with ``~`` when the event date is unknown."""
    if record["date"]:
        return Text(record["date"])
    return Text(f"~{record['article_date']}", style="dim")


def to_actor_label(actor: dict[str, Any] | None) -> str:
    """Return ``name [COUNTRY SECTOR]`` for an actor record, ``-`` for none."""
    if not actor:
        return "-"
    codes = " ".join(code for code in (actor.get("country"), actor.get("sector")) if code)
    name = actor.get("name") or actor.get("text") or "?"
    return f"{name} [{codes}]" if codes else name


def to_place_label(place: dict[str, Any] | None) -> str:
    """Return ``name, COUNTRY`` for a place record, empty for none."""
    if not place:
        return ""
    return ", ".join(part for part in (place.get("name"), place.get("country")) if part)


def to_excerpt(evidence: dict[str, Any]) -> Text:
    """Return the evidence sentence around the action span, the action in bold, about EXCERPT_CHARS long."""
    sentence: str = evidence.get("sentence") or ""
    action = evidence.get("spans", {}).get("action")
    if not action:
        return Text(_shorten(sentence))
    start = max(0, action[0] - evidence["start"])
    end = min(len(sentence), max(start, action[1] - evidence["start"]))
    left = max(0, start - (EXCERPT_CHARS - (end - start)) // 2)
    right = min(len(sentence), left + max(EXCERPT_CHARS, end - start))
    if left > 0 and sentence.find(" ", left, start) != -1:  # cut at word boundaries
        left = sentence.find(" ", left, start) + 1
    if right < len(sentence) and sentence.rfind(" ", end, right) != -1:
        right = sentence.rfind(" ", end, right)
    text = Text("…" if left else "")
    text.append(sentence[left:start])
    text.append(sentence[start:end], style="bold")
    text.append(sentence[end:right] + ("…" if right < len(sentence) else ""))
    return text


def _shorten(text: str) -> str:
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…"
