"""Crash safety: ``dotterel code --db`` and ``dotterel recode`` killed with SIGKILL at random points.

A driver runs the real command in a subprocess with smaller write chunks (so a short input spans several
transactions) and prints a marker on stderr at three places: inside each chunk's open transaction (its
articles and mentions replaced, the mentions not yet placed in events; it pauses there when told), after each
commit, and when the run is being closed (it pauses there too). The test kills the process at the marker of
a chunk drawn at random (after a commit: a random delay later, while the next chunk is coded or written), or
at a random moment of the start-up; checks that the database opens cleanly and passes ``dotterel check``'s
rules; and finally re-runs the same command: every article and reject is stored exactly once, and the
stored mentions are those the re-run printed (recode: the events of before, ids kept).
Set ``DOTTEREL_CRASH_SEED`` to replay a failing draw.
"""

from __future__ import annotations

import json
import os
import random
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from dotterel.ingest import read_paths
from dotterel.model import Article, Reject
from dotterel.store import Store
from dotterel.store.check import find_problems
from tests.conftest import SHARED

CEP_SEED = SHARED / "data" / "current-events-2019-2020" / "cep_items.seed.txt"
ARTICLES = 100
CHUNK = 20
# Inputs that ingest rejects: they must land in ``rejects`` exactly once too.
BAD_ITEMS = "date 2020-02-30 Protesters stormed the US embassy compound in Baghdad.\ndate 2020-01-03 \n"
RUN_TIMEOUT = 120.0
DRIVER = """
import sys, time
import dotterel.store as store

store.CHUNK_ARTICLES = int(sys.argv[1])
pause_at = sys.argv[2]


def say(marker):
    print(marker, file=sys.stderr, flush=True)
    if marker == pause_at:
        time.sleep(30)  # the test kills us here


write_chunk, finish_run = store.Store._write_chunk, store.Store._finish_run
place_mentions = store.place_mentions
counter = {"in-transaction": 0, "committed": 0}


def marked(kind):
    counter[kind] += 1
    say(f"{kind} {counter[kind]}")


def _place_mentions(*args):
    marked("in-transaction")  # articles, mentions and rejects replaced; mentions not yet in events
    return place_mentions(*args)


def _write_chunk(self, *args):
    result = write_chunk(self, *args)
    marked("committed")
    return result


def _finish_run(self, *args):
    say("finishing")
    finish_run(self, *args)


store.place_mentions, store.Store._write_chunk, store.Store._finish_run = (
    _place_mentions, _write_chunk, _finish_run
)
from dotterel.cli import main

sys.argv = ["dotterel", *sys.argv[3:]]
main()
"""


@dataclass(frozen=True)
class KillPoint:
    """Where to kill: at a stderr marker (``in-transaction 3``), or ``startup`` after ``delay`` seconds."""

    marker: str
    delay: float = 0.0


@pytest.fixture(scope="module")
def rng() -> random.Random:
    """The random draw of kill points (seed from ``DOTTEREL_CRASH_SEED`` or fresh, shown on failure)."""
    seed = int(os.environ.get("DOTTEREL_CRASH_SEED") or random.SystemRandom().randrange(10**6))
    print(f"crash-safety seed {seed}")
    return random.Random(seed)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding the input: 100 current-events articles and two inputs ingest rejects."""
    folder = tmp_path_factory.mktemp("crash")
    lines = CEP_SEED.read_text(encoding="utf-8").splitlines(keepends=True)[:ARTICLES]
    (folder / "input.txt").write_text("".join(lines) + BAD_ITEMS, encoding="utf-8")
    return folder


def run_driver(folder: Path, args: list[str], kill: KillPoint | None) -> tuple[int, str, str]:
    """Run the command through the driver; kill it with SIGKILL at ``kill``; return (exit code, out, err)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOTTEREL_")}
    pause = kill.marker if kill and kill.marker.startswith(("in-transaction", "finishing")) else ""
    command = [sys.executable, "-c", DRIVER, str(CHUNK), pause, *args]
    output = subprocess.DEVNULL if kill else subprocess.PIPE
    process = subprocess.Popen(command, cwd=folder, env=env, stdout=output, stderr=subprocess.PIPE, text=True)
    if kill is not None:
        err = _wait_and_kill(process, kill)
        process.wait(RUN_TIMEOUT)
        return process.returncode, "", err
    out, err = process.communicate(timeout=RUN_TIMEOUT)
    return process.returncode, out, err


def _wait_and_kill(process: subprocess.Popen[str], kill: KillPoint) -> str:
    deadline, seen = time.monotonic() + RUN_TIMEOUT, []
    if kill.marker == "startup":
        time.sleep(kill.delay)
    else:
        for line in _lines(process, deadline):
            seen.append(line)
            if line.strip() == kill.marker:
                time.sleep(kill.delay)
                break
        else:
            pytest.fail(f"the run ended before {kill.marker!r}: {''.join(seen)[-2000:]}")
    assert process.poll() is None, f"the run ended before the kill at {kill}"
    process.send_signal(signal.SIGKILL)
    return "".join(seen)


def _lines(process: subprocess.Popen[str], deadline: float) -> Iterator[str]:
    assert process.stderr is not None
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stderr], [], [], 0.5)
        if ready:
            line = process.stderr.readline()
            if not line:
                return
            yield line


def expected_inputs(path: Path) -> tuple[set[str], int]:
    """Return the ids of the articles in ``path`` and the number of inputs ingest rejects."""
    items = list(read_paths([path]))
    return {i.id for i in items if isinstance(i, Article)}, sum(isinstance(i, Reject) for i in items)


def assert_opens_cleanly(db: Path, articles: set[str]) -> dict[str, int]:
    """Check the store as found (read-only), open it as a writer, return its table counts.

    No problem, and no article that is not one of ``articles``.
    """
    with Store(db, read_only=True) as store:
        assert [str(problem) for problem in find_problems(store.connection)] == []
        stored = {row[0] for row in store.connection.execute("SELECT id FROM articles").fetchall()}
    with Store(db) as store:
        counts = store.table_counts()
    assert stored <= articles
    return counts


def to_draw(rng: random.Random, kinds: list[str]) -> list[KillPoint]:
    """Return kill points: ``startup`` at a random moment, markers at a random chunk, a random delay after."""
    chunks = (ARTICLES + 2) // CHUNK + 1
    points = []
    for kind in kinds:
        if kind == "startup":
            points.append(KillPoint("startup", rng.uniform(0.2, 1.5)))
        elif kind == "finishing":
            points.append(KillPoint("finishing"))
        else:
            delay = rng.uniform(0.0, 0.3) if kind == "committed" else 0.0
            points.append(KillPoint(f"{kind} {rng.randint(1, chunks - 1)}", delay))
    return points


@pytest.fixture(scope="module")
def coded(workdir: Path, rng: random.Random) -> tuple[Path, list[str]]:
    """Kill ``dotterel code`` three times, then re-run it to the end; return the database and the run's
    printed mention ids."""
    db = workdir / "events.duckdb"
    articles, _ = expected_inputs(workdir / "input.txt")
    args = ["code", "input.txt", "--db", str(db), "--format", "jsonl"]
    for point in to_draw(rng, ["startup", "in-transaction", "committed"]):
        code, _, err = run_driver(workdir, args, point)
        assert code == -signal.SIGKILL, (point, err[-2000:])
        if db.exists():
            assert_opens_cleanly(db, articles)
    code, out, err = run_driver(workdir, args, None)
    assert code == 3, err[-2000:]  # 3: some inputs rejected (the two bad ones)
    return db, [json.loads(line)["event_id"] for line in out.splitlines()]


def test_killed_code_rerun_stores_every_article_and_reject_once(
    coded: tuple[Path, list[str]], workdir: Path
) -> None:
    db, printed = coded
    articles, rejects = expected_inputs(workdir / "input.txt")
    counts = assert_opens_cleanly(db, articles)
    with Store(db, read_only=True) as store:
        stored = {row[0] for row in store.connection.execute("SELECT id FROM articles").fetchall()}
        mentions = [row[0] for row in store.connection.execute("SELECT mention_id FROM mentions").fetchall()]
    assert stored == articles and len(articles) == ARTICLES
    assert counts["rejects"] == rejects == 2
    assert sorted(mentions) == sorted(set(printed)) and len(printed) > ARTICLES // 2
    assert counts["event_sources"] == counts["mentions"]


def test_killed_recode_rerun_keeps_every_mention_and_event(
    coded: tuple[Path, list[str]], workdir: Path, rng: random.Random
) -> None:
    source, _ = coded
    db = workdir / "recode.duckdb"
    shutil.copy(source, db)
    articles, _ = expected_inputs(workdir / "input.txt")
    with Store(db, read_only=True) as store:
        before = (store.table_counts(), set(store.events()["event_id"]), set(store.mentions()["event_id"]))
    args = ["recode", "--db", str(db)]
    for point in to_draw(rng, ["in-transaction", "committed", "finishing"]):
        code, _, err = run_driver(workdir, args, point)
        assert code == -signal.SIGKILL, (point, err[-2000:])
        assert_opens_cleanly(db, articles)
    code, _, err = run_driver(workdir, args, None)
    assert code == 0, err[-2000:]
    counts = assert_opens_cleanly(db, articles)
    with Store(db, read_only=True) as store:
        after = (store.table_counts(), set(store.events()["event_id"]), set(store.mentions()["event_id"]))
    for table in ("articles", "mentions", "events", "event_sources", "rejects"):
        assert counts[table] == before[0][table], table
    assert after[1:] == before[1:]
