"""CPU-time A/B of dotterel code trees against spaCy, in rotation, on a shared machine.

Each variant is one persistent process (its own ``PYTHONPATH``: a clone of the repository with or without a
change), started in that tree (``python -c`` puts the working directory first on ``sys.path``), warmed up
once; the variants then code the same texts in turn, round after round, the order rotated by one each round
(every variant takes every place in turn: the place in a round moves its time by 10-15 % on a loaded
machine), so that the load of other processes hits all of them alike. Printed per variant:
the CPU seconds of every round, the total over spaCy's (``spacy`` variant: spaCy's own pipeline as shipped),
and the events of a round (equal events are a first sanity check; compare the records for equivalence).

    .venv/bin/python bench/ab_rotation.py seed 6 spacy=/tmp/base base=/tmp/base new=/tmp/new
    .venv/bin/python bench/ab_rotation.py current-events 3 spacy=/tmp/base base=/tmp/base new=/tmp/new
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field

CHILD = r"""
import dataclasses, json, sys, time
from itertools import islice
from pathlib import Path
from dotterel.ingest import read_paths
from dotterel.model import Article
corpus, kind, shared = sys.argv[1], sys.argv[2], Path(sys.argv[3])
if corpus == "seed":
    seed_path = shared / "examples" / "seed-2020-01-02.txt"
    seed = next(a for a in read_paths([seed_path]) if isinstance(a, Article))
    articles = [dataclasses.replace(seed, id=f"{seed.id}-{n}") for n in range(30)]
else:
    path = shared / "data" / "current-events-2019-2020" / "cep_items.seed.txt"
    articles = [a for a in islice(read_paths([path]), 600) if isinstance(a, Article)]
if kind == "spacy":
    import spacy
    from dotterel.settings import load_settings
    nlp = spacy.load(load_settings().model)
    def work():
        for _ in nlp.pipe([a.text for a in articles], batch_size=64):
            pass
        return 0
else:
    from dotterel.pipeline import Pipeline
    pipeline = Pipeline.from_settings()
    def work():
        fresh = [Article(id=a.id, date=a.date, text=a.text, origin=a.origin) for a in articles]
        return sum(len(r.events) for r in pipeline.code_articles(fresh) if isinstance(r, Article))
work()
print("ready", flush=True)
for _ in sys.stdin:
    started = time.process_time()
    events = work()
    print(json.dumps([time.process_time() - started, events]), flush=True)
"""


@dataclass
class Variant:
    """One code tree in its own process, and the CPU seconds of its rounds."""

    name: str
    path: str
    process: subprocess.Popen[str]
    rounds: list[float] = field(default_factory=list)
    events: int = 0

    def run_round(self) -> None:
        """Code the corpus once more and record the CPU seconds it took."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()
        seconds, self.events = json.loads(self.process.stdout.readline())
        self.rounds.append(seconds)


def start_variant(name: str, path: str, corpus: str, shared: str) -> Variant:
    """Start a variant's process (``spacy``: spaCy's own pipeline) and wait until it is warmed up."""
    env = dict(os.environ, PYTHONPATH=path)
    kind = "spacy" if name == "spacy" else "pipeline"
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, corpus, kind, shared],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=path,
    )
    assert process.stdout is not None
    if process.stdout.readline().strip() != "ready":
        raise RuntimeError(f"variant {name} did not start")
    return Variant(name, path, process)


def to_lines(variants: list[Variant], corpus: str) -> list[str]:
    """Return one line per variant: total CPU, ratio to the ``spacy`` variant, events, rounds."""
    reference = next((sum(v.rounds) for v in variants if v.name == "spacy"), None)
    lines = []
    for v in variants:
        ratio = f"{sum(v.rounds) / reference:.3f}" if reference else "-"
        rounds = " ".join(f"{s:.2f}" for s in v.rounds)
        lines.append(f"{corpus} {v.name:10s} CPU {sum(v.rounds):7.2f} s  / spaCy {ratio}  events {v.events}  "
                     f"rounds {rounds}")  # fmt: skip
    return lines


def main(argv: list[str] | None = None) -> None:
    """Run the rotation and print the CPU ratios."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("corpus", choices=("seed", "current-events"), help="seed x30 or 600 stream items")
    parser.add_argument("rounds", type=int)
    parser.add_argument("variants", nargs="+", help="name=PYTHONPATH (name 'spacy': spaCy alone)")
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    options = parser.parse_args(argv)
    pairs = [v.split("=", 1) for v in options.variants]
    shared = os.path.abspath(options.shared)
    variants = [start_variant(name, os.path.abspath(path), options.corpus, shared) for name, path in pairs]
    try:
        for number in range(options.rounds):
            turn = number % len(variants)
            for variant in variants[turn:] + variants[:turn]:
                variant.run_round()
    finally:
        for variant in variants:
            if variant.process.stdin is not None:
                variant.process.stdin.close()
            variant.process.wait()
    print("\n".join(to_lines(variants, options.corpus)))


if __name__ == "__main__":
    main()
