"""Draw current-events items with a fixed seed, code them, and print the events to read for their coding.

Usage::

    .venv/bin/python bench/coding_reading.py --seed 21              # print every item and its events, to read
    .venv/bin/python bench/coding_reading.py --seed 21 --table      # the same events as rows of the table
    .venv/bin/python bench/coding_reading.py --seed 21 --score docs/coding-reading.md
                                                                    # precision from the verdicts in the doc

Each drawn item (``random.Random(SEED).sample`` over the line numbers of ``cep_items.jsonl``; line N is item
N; the lines of ``current-events-dev.expected.yaml`` are never drawn) is coded as its own article dated by
its ``date``. The doc holds one table per seed under the heading "Reading: seed N"; rows are keyed by item
line and trigger word ("attack", a second "attack#2"). Items whose events we missed have a row with trigger
``-`` whose note lists the missed events; the number of missed events is the number in column ``R``.

``--score`` codes the sample again, matches each event to the row with the same item line and trigger word,
and counts the verdicts of the rows whose output (type, modality, source, target) is unchanged; rows whose
output changed since the reading are listed to be read again, and are not counted.

Verdict codes (see the doc):
- T (type): ``ok`` right PLOVER type; ``x`` an event, wrong type; ``no`` not an event at all (background,
  a non-political happening, a misread word).
- S, G (source, target): ``ok`` the right actor (country and, where the text says it, the sector); ``x``
  a wrong actor; ``miss`` the text names the actor and we have none; ``-`` none named, none given.
- M (modality): ``ok`` / ``x``.
- R (only on ``-`` rows): the number of real political events of the item that no event of ours codes.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

# the sampling, coding and verdict reading of bench/sample_reading.py, beside this script
from sample_reading import code_sample, draw_sample, read_verdicts, to_share, to_triggers

from dotterel.model import Actor, Article, Event

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ITEMS = SHARED / "data" / "current-events-2019-2020" / "cep_items.jsonl"
DEV = SHARED / "examples" / "current-events-dev.expected.yaml"
SEED, SIZE = 21, 60
COLUMNS = ("line", "trigger", "type", "modality", "source", "target", "T", "S", "G", "M", "R", "note")
OUTPUTS = ("type", "modality", "source", "target")


def find_dev_lines(path: Path = DEV) -> frozenset[int]:
    """Return the item lines the development expectations use (never drawn)."""
    return frozenset(
        int(n) for n in re.findall(r"^\s*-\s*line:\s*(\d+)", path.read_text(encoding="utf-8"), re.M)
    )


def to_actor_cell(actor: Actor | None) -> str:
    """Return an actor as the table writes it: name, country and sector, or ``-``."""
    if actor is None:
        return "-"
    name = " ".join((actor.name or actor.text).split()).replace("|", "/")
    return f"{name} {actor.country or '?'}/{actor.sector or '?'}"


def to_cells(event: Event) -> dict[str, str]:
    """Return the output columns of one event as the reading table writes them."""
    mode = f"/{event.action.mode}" if event.action.mode else ""
    return {
        "type": f"{event.action.type}{mode} {event.action.cameo}",
        "modality": event.modality,
        "source": to_actor_cell(event.source),
        "target": to_actor_cell(event.target),
    }


def print_reading(sample: list[tuple[int, dict[str, Any]]], articles: dict[int, Article]) -> None:
    """Print each item, then its events with their type, modality, actors and rule."""
    for line, item in sample:
        article = articles[line]
        print(f"\n## {line}  {item['date']}  [{item['category']}]\n{item['text']}")
        for trigger, event in zip(to_triggers(article), article.events, strict=True):
            cells = to_cells(event)
            print(
                f"  - '{trigger}' {cells['type']} {cells['modality']} | src {cells['source']}"
                f" | tgt {cells['target']} | {event.rule}"
            )


def print_table(sample: list[tuple[int, dict[str, Any]]], articles: dict[int, Article]) -> None:
    """Print the events as empty rows of the reading table (verdicts to fill in), one ``-`` row per item."""
    print("| " + " | ".join(COLUMNS) + " |")
    print("|" + "---|" * len(COLUMNS))
    for line, _item in sample:
        article = articles[line]
        for trigger, event in zip(to_triggers(article), article.events, strict=True):
            print(f"| {line} | {trigger} | " + " | ".join(to_cells(event).values()) + " |  |  |  |  |  |  |")
        print(f"| {line} | - | - | - | - | - | - | - | - | - | 0 |  |")


def score(
    sample: list[tuple[int, dict[str, Any]]], articles: dict[int, Article], doc: Path, heading: str
) -> int:
    """Print the precision figures from the verdicts of unchanged rows; return the number of stale rows."""
    rows = read_verdicts(doc, heading, COLUMNS)
    stale, seen, verdicts = [], set(), {k: Counter[str]() for k in "TSGM"}
    for line, _item in sample:
        article = articles[line]
        for trigger, event in zip(to_triggers(article), article.events, strict=True):
            row, cells = rows.get((line, trigger)), to_cells(event)
            seen.add((line, trigger))
            if row is None or any(row[k] != cells[k] for k in OUTPUTS):
                stale.append(f"{line}/{trigger}: now {' | '.join(cells.values())}")
                continue
            for key in verdicts:
                verdicts[key][row[key]] += 1
    stale += [
        f"{line}/{trigger}: in the table, no longer produced"
        for line, trigger in sorted(set(rows) - seen)
        if trigger != "-"
    ]
    missed = sum(int(row["R"] or 0) for (_, trigger), row in rows.items() if trigger == "-")
    print(f"events read and unchanged: {sum(verdicts['T'].values())}; stale rows: {len(stale)}")
    print_figures(verdicts, missed)
    for text in stale:
        print("  stale", text)
    return len(stale)


def print_figures(verdicts: dict[str, Counter[str]], missed: int) -> None:
    """Print the shares of the verdicts of columns T, S, G and M, and the events missed."""
    t, s, g, m = (verdicts[c] for c in "TSGM")
    print(f"type right (all coded events):          {to_share(t, ('ok',), ('ok', 'x', 'no'))}")
    print(f"  wrong type {t['x']}, not an event {t['no']}")
    print(f"source right (real events, source named): {to_share(s, ('ok',), ('ok', 'x', 'miss'))}")
    print(f"target right (real events, target named): {to_share(g, ('ok',), ('ok', 'x', 'miss'))}")
    print(f"modality right (real events):           {to_share(m, ('ok',), ('ok', 'x'))}")
    print(f"real events we missed (recall misses):  {missed}")


def main(argv: list[str] | None = None) -> int:
    """Draw, code, and print the reading, the table rows or the scores."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED, help="the draw's seed (21: the first reading)")
    parser.add_argument("--n", type=int, default=SIZE, help="how many items to draw")
    parser.add_argument("--table", action="store_true", help="print empty rows of the reading table")
    parser.add_argument("--score", type=Path, help="the doc whose reading table holds the verdicts")
    args = parser.parse_args(argv)
    sample = draw_sample(ITEMS, args.seed, args.n, exclude=find_dev_lines())
    articles = code_sample(sample)
    if args.score:
        score(sample, articles, args.score, f"Reading: seed {args.seed}")
    elif args.table:
        print_table(sample, articles)
    else:
        print_reading(sample, articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
