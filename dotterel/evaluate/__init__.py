"""Measure the coder against gold files: ``dotterel eval`` and its library functions.

>>> from pathlib import Path
>>> from dotterel.evaluate import evaluate_file
>>> evaluation = evaluate_file(Path("gold.jsonl"))            # doctest: +SKIP
>>> evaluation.to_dict()["scores"]["type"]["micro"]["f1"]      # doctest: +SKIP

Four gold formats (:mod:`dotterel.evaluate.gold`): PLOVER gold JSON, our ``*.expected.yaml``, a simple
events JSONL, and PETRARCH unit-test records XML. The definitions of every score are in ``docs/eval.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dotterel.evaluate.gold import GoldActor, GoldEvent, GoldItem, GoldSet, load_gold
from dotterel.evaluate.report import print_report, write_errors
from dotterel.evaluate.runner import Evaluation, evaluate_gold
from dotterel.pipeline import Pipeline

__all__ = [
    "Evaluation",
    "GoldActor",
    "GoldEvent",
    "GoldItem",
    "GoldSet",
    "evaluate_file",
    "evaluate_gold",
    "load_gold",
    "print_report",
    "write_errors",
]


def evaluate_file(
    path: Path,
    article: Path | None = None,
    pipeline: Pipeline | None = None,
    advance: Callable[[], None] = lambda: None,
    all_modalities: bool = False,
) -> Evaluation:
    """Read a gold file, code its texts (with the default pipeline unless one is given) and score them;
    ``all_modalities`` scores negated, denied and hypothetical events against event gold too."""
    from dotterel.api import default_pipeline

    return evaluate_gold(load_gold(path, article), pipeline or default_pipeline(), advance, all_modalities)
