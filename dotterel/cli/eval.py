"""``dotterel eval``: code the texts of a gold file and print per-field scores (see docs/eval.md)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from dotterel.cli.common import (
    EXIT_OK,
    ActorFilesOption,
    AgentFilesOption,
    LexiconFilesOption,
    LexiconOnlyOption,
    reporting_errors,
    to_stderr_console,
    to_stdout_console,
)


def eval_command(
    gold: Annotated[
        Path,
        typer.Argument(
            help="Gold file: PLOVER gold .json, events .jsonl, *.expected.yaml, or PETRARCH records .xml."
        ),
    ],
    article: Annotated[
        Path | None,
        typer.Option(
            "--article",
            help="For an expected.yaml: the article's text file, or the JSONL its items: point into.",
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the scores as JSON instead of tables.")
    ] = False,
    errors: Annotated[
        Path | None,
        typer.Option(
            "--errors", help="Write every miss with its sentence here (.jsonl: JSON lines; else text)."
        ),
    ] = None,
    actors: ActorFilesOption = None,
    agents: AgentFilesOption = None,
    lexicon: LexiconFilesOption = None,
    lexicon_only: LexiconOnlyOption = False,
    top: Annotated[int, typer.Option("--top", min=1, help="Rows of the type-error table.")] = 10,
    all_modalities: Annotated[
        bool,
        typer.Option(
            "--all-modalities",
            help="Against event gold, score negated, denied and hypothetical events too (by default they are "
            "left out, and counted in the table).",
        ),
    ] = False,
) -> None:
    """Code the texts of a gold file and print per-field scores: event type accuracy and micro/macro F1, the
    most frequent type errors, mode, source and target (country; country+sector), place, killed, injured
    (events that did not take place, negated, denied or hypothetical, are left out and counted);
    for an expected.yaml: must / may found, must_not violated, date/place/killed/injured accuracy; for
    PETRARCH records: how many are coded exactly right.

    Example: dotterel eval ../shared/data/plover-gold-dev/PLOVER_GSR_CAMEO.dev.json --errors misses.txt
    """
    from dotterel.evaluate import load_gold, print_report, write_errors
    from dotterel.evaluate.runner import evaluate_gold
    from dotterel.pipeline import Pipeline
    from dotterel.settings import load_settings

    with reporting_errors():
        actor_files = [*(actors or []), *(agents or [])]
        settings = load_settings(
            {
                "actor_files": actor_files or None,
                "lexicon_files": lexicon or None,
                "lexicon_replace": lexicon_only or None,
            }
        )
        gold_set = load_gold(gold, article)
        pipeline = Pipeline.from_settings(settings)
        with _progress(len(gold_set.items)) as advance:
            evaluation = evaluate_gold(gold_set, pipeline, advance, all_modalities)
        if as_json:
            sys.stdout.write(json.dumps(evaluation.to_dict(top), ensure_ascii=False, indent=2) + "\n")
        else:
            print_report(evaluation, to_stdout_console(), top)
        if errors is not None:
            count = write_errors(evaluation.errors, errors)
            to_stderr_console().print(f"wrote {count} misses to {errors}", style="dim", markup=False)
    raise typer.Exit(EXIT_OK)


@contextmanager
def _progress(total: int) -> Iterator[Callable[[], None]]:
    """Yield a function that advances a progress bar on stderr (a no-op unless stderr is a terminal)."""
    if not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.progress import Progress

    with Progress(console=to_stderr_console(), transient=True) as progress:
        task = progress.add_task("coding gold texts", total=total)
        yield lambda: progress.advance(task)
