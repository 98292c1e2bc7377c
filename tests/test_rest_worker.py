"""The server's coding worker process (``coding_workers=1``, the default of ``dotterel serve``): it codes as
the pipeline does; a SIGKILLed worker is replaced and its batch coded again; a batch whose workers keep dying
answers 503 with nothing stored.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
from collections.abc import Iterator

import pytest

from dotterel.errors import PipelineError
from dotterel.model import Article
from dotterel.rest.coding import Coder
from dotterel.rest.errors import ApiError

STRIKE = "Turkish warplanes bombed Kurdish militia positions near Qamishli in northern Syria on Sunday."
WEATHER = "The weather in Paris was mild and sunny on Tuesday afternoon."


def to_articles() -> list[Article]:
    """Return two fresh articles: one with an event, one without."""
    return [Article("strike", dt.date(2020, 1, 5), STRIKE), Article("weather", dt.date(2020, 1, 7), WEATHER)]


@pytest.fixture()
def coder() -> Iterator[Coder]:
    opened = Coder(workers=1)
    yield opened
    opened.close()


def to_worker_pids(coder: Coder) -> list[int]:
    """Return the process ids of the coder's running workers."""
    assert coder._pool is not None
    return [process.pid for process in coder._pool._pool._processes.values()]


def test_a_killed_worker_is_replaced_and_the_batch_coded_again(coder: Coder) -> None:
    first = coder.find_coded(to_articles())
    assert [type(r).__name__ for r in first] == ["Article", "Article"]
    assert first[0].events and not first[1].events  # type: ignore[union-attr]
    (pid,) = to_worker_pids(coder)
    assert pid != os.getpid()
    os.kill(pid, signal.SIGKILL)
    again = coder.find_coded(to_articles())
    assert [len(r.events) for r in again] == [len(r.events) for r in first]  # type: ignore[union-attr]
    assert to_worker_pids(coder) != [pid]


class _DyingPool:
    """A pool whose worker dies on every batch."""

    closed = 0

    def code_articles(self, articles: list[Article], strict: bool = False) -> Iterator[Article]:
        raise PipelineError("a worker process died (killed, or out of memory?)")

    def close(self) -> None:
        _DyingPool.closed += 1


def test_a_batch_whose_workers_keep_dying_answers_503_and_stores_nothing(
    coder: Coder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Coder, "_opened", lambda self: setattr(self, "_pool", _DyingPool()) or self._pool)
    with pytest.raises(ApiError) as failure:
        coder.find_coded(to_articles())
    assert failure.value.status == 503
    assert "(2 times); nothing of this batch was stored" in failure.value.message
    assert _DyingPool.closed == 2 and coder._pool is None
