"""Render an evaluation: Rich tables for people, and the errors file (JSONL or readable text)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console, Group
from rich.table import Table

from dotterel.errors import InputError
from dotterel.evaluate.expected_scores import ExpectedScores
from dotterel.evaluate.petrarch import PetrarchScores
from dotterel.evaluate.runner import Evaluation
from dotterel.evaluate.scores import EventScores, Ratio, Tally

JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, header_style="bold", title_justify="left", min_width=len(title) + 4)
    for i, name in enumerate(columns):
        table.add_column(name, justify="left" if i == 0 else "right")
    return table


def _tally_row(name: str, tally: Tally) -> list[str]:
    return [
        name,
        _pct(tally.precision),
        _pct(tally.recall),
        _pct(tally.f1),
        str(tally.tp),
        str(tally.fp),
        str(tally.fn),
    ]


def _ratio_row(name: str, ratio: Ratio) -> list[str]:
    return [name, "", "", _pct(ratio.value), f"{ratio.correct}/{ratio.total}", "", ""]


def to_left_out_text(scores: EventScores) -> str:
    """Return how many coded events were left out of the scores for their modality, and which ones."""
    if scores.scored_modalities is None:
        return "0 (every modality scored)"
    total = sum(scores.left_out.values())
    detail = ", ".join(f"{name} {count}" for name, count in sorted(scores.left_out.items()))
    return f"{total} ({detail})" if total else "0"


def to_event_tables(scores: EventScores, top: int = 10) -> list[Table]:
    """Return the tables of event scores: summary, per type, type errors, fields."""
    micro = scores.type_micro
    summary = _table("Event types", "measure", "value")
    for name, value in (
        ("gold items", str(scores.items)),
        ("gold events", str(scores.gold_events)),
        ("coded events", str(scores.coded_events)),
        ("left out (modality)", to_left_out_text(scores)),
        (
            "type accuracy",
            f"{_pct(scores.type_accuracy.value)} ({scores.type_accuracy.correct}/"
            f"{scores.type_accuracy.total})",
        ),
        ("type micro P / R / F1", f"{_pct(micro.precision)} / {_pct(micro.recall)} / {_pct(micro.f1)}"),
        ("type macro F1", _pct(scores.type_macro_f1)),
    ):
        summary.add_row(name, value)
    per_type = _table("Per type", "type", "P", "R", "F1", "tp", "fp", "fn")
    for name, tally in sorted(scores.per_type.items()):
        per_type.add_row(*_tally_row(name, tally))
    confusion = _table("Most frequent type errors (gold -> coded)", "gold", "coded", "count")
    for (gold, coded), count in scores.confusion.most_common(top):
        confusion.add_row(gold, coded, str(count))
    fields = _table("Fields", "field", "P", "R", "F1 / acc.", "tp / n", "fp", "fn")
    fields.add_row(*_tally_row("mode (type right)", scores.mode))
    for name, tally in scores.actors.items():
        fields.add_row(*_tally_row(name.replace("_", " "), tally))
    for name, ratio in (("place", scores.place), ("killed", scores.killed), ("injured", scores.injured)):
        fields.add_row(*_ratio_row(name, ratio))
    return [summary, per_type, confusion, fields]


def to_expected_table(scores: ExpectedScores) -> Table:
    """Return the table of expectation scores."""
    table = _table("Expectations", "measure", "value")
    table.add_row("items", str(scores.items))
    table.add_row("coded events", str(scores.coded_events))
    table.add_row("must found", f"{scores.must.correct}/{scores.must.total}")
    table.add_row("may found", f"{scores.may.correct}/{scores.may.total}")
    table.add_row("must_not violated", f"{scores.must_not.correct}/{scores.must_not.total}")
    for name, ratio in scores.fields.items():
        if not ratio.total and name in ("arrested", "abducted"):
            continue  # no spec states one: no row
        table.add_row(f"{name} accuracy (must)", f"{_pct(ratio.value)} ({ratio.correct}/{ratio.total})")
    table.add_row("passed", "yes" if scores.passed else "no")
    return table


def to_petrarch_tables(scores: PetrarchScores) -> list[Table]:
    """Return the tables of PETRARCH scores: summary and per category."""
    data = scores.to_dict()
    summary = _table("PETRARCH records", "measure", "value")
    summary.add_row("records exactly right", f"{scores.exact}/{scores.records} ({_pct(data['exact_rate'])})")
    summary.add_row("records with every expected triple", f"{scores.covered}")
    summary.add_row("no-event records right", f"{scores.no_event_exact}/{scores.no_event_records}")
    summary.add_row("expected triples found", f"{scores.correct_triples}/{scores.expected_triples}")
    summary.add_row("coded triples correct", f"{scores.correct_triples}/{scores.coded_triples}")
    summary.add_row("expected dyads found (any code)", f"{scores.dyad_found}/{scores.expected_triples}")
    summary.add_row(
        "expected CAMEO codes found (any dyad)", f"{scores.cameo_found}/{scores.expected_triples}"
    )
    categories = _table("Per category", "category", "records", "exact")
    for name, (records, exact) in sorted(scores.by_category.items()):
        categories.add_row(name, str(records), str(exact))
    return [summary, categories]


def to_report(evaluation: Evaluation, top: int = 10) -> Group:
    """Return every table of an evaluation as one Rich renderable."""
    tables: list[Table] = []
    if evaluation.events:
        tables += to_event_tables(evaluation.events, top)
    if evaluation.expected:
        tables.append(to_expected_table(evaluation.expected))
    if evaluation.petrarch:
        tables += to_petrarch_tables(evaluation.petrarch)
    return Group(*tables)


def print_report(evaluation: Evaluation, console: Console, top: int = 10) -> None:
    """Print the tables of an evaluation, with the gold file and the number of rejects."""
    gold = evaluation.gold
    console.print(f"{gold.path} ({gold.format}, {len(gold.items)} items, {len(evaluation.rejects)} rejected)")
    console.print(to_report(evaluation, top))


def to_error_text(errors: Sequence[dict[str, Any]]) -> str:
    """Return the misses of one item as readable text: the sentence, the coded events, then each miss."""
    first = errors[0]
    lines = [f"[{first['item']}] {first['sentence']}"]
    if first["field"] != "petrarch":
        events: Sequence[str] = first.get("coded_events") or []
        lines += ["  coded:"] + ([f"    - {label}" for label in events] or ["    (no event)"])
    lines.append("  misses:")
    lines += [f"    {e['field']}: gold={_show(e.get('gold'))} coded={_show(e.get('coded'))}" for e in errors]
    return "\n".join(lines)


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def write_errors(errors: Iterable[dict[str, Any]], path: Path) -> int:
    """Write every miss to ``path``: one JSON line each for ``.jsonl``/``.json``, else readable text grouped
    by item; return the number of misses."""
    errors = list(errors)
    if path.suffix.lower() in JSONL_SUFFIXES:
        text = "".join(json.dumps(e, ensure_ascii=False, default=str) + "\n" for e in errors)
    else:
        groups: dict[str, list[dict[str, Any]]] = {}
        for error in errors:
            groups.setdefault(str(error["item"]), []).append(error)
        text = "".join(to_error_text(group) + "\n\n" for group in groups.values())
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise InputError(str(path), f"cannot write the errors file: {error.strerror}") from error
    return len(errors)
