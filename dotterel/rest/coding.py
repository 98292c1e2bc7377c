"""How the server codes articles (``POST /api/code`` and ``POST /api/ingest``): in worker processes.

The server process holds the database and answers reads; coding is CPU work that holds the interpreter
lock for seconds per batch, so by default it runs in ``coding_workers`` worker processes
(:class:`~dotterel.parallel.ProcessPipeline`), which also puts the per-article time limit (SIGALRM, main
thread only) in force. ``coding_workers=0`` codes in the server process instead (no time limit there).
A worker that dies (killed, out of memory) is replaced and the batch tried once more; a second death
answers 503 (nothing of the batch stored), and the next batch gets new workers.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from dotterel.errors import PipelineError
from dotterel.model import Article, Reject
from dotterel.rest.errors import ApiError

if TYPE_CHECKING:
    from dotterel.parallel import ProcessPipeline


ATTEMPTS = 2  # a batch whose worker died is tried once more on a new worker before the 503


class Coder:
    """Codes batches of articles one at a time, in worker processes (started on first use) or in-process.

    Args:
        workers: worker processes (0: code in this process, under a lock).
    """

    def __init__(self, workers: int = 1) -> None:
        self.workers = workers
        self._lock = threading.Lock()
        self._pool: ProcessPipeline | None = None

    def find_coded(self, articles: list[Article]) -> list[Article | Reject]:
        """Return the coded articles (or rejects) of ``articles``, in order.

        Raises:
            ApiError: 503 when a worker process died while coding the batch (nothing of it is stored).
        """
        with self._lock:
            if self.workers <= 0:
                from dotterel.api import default_pipeline

                return list(default_pipeline().code_articles(articles, strict=False))
            for attempt in range(1, ATTEMPTS + 1):
                try:
                    return list(self._opened().code_articles(articles, strict=False))
                except PipelineError as error:  # a worker died: start new ones, try once more
                    self._close_pool()
                    if attempt == ATTEMPTS:
                        stored = "nothing of this batch was stored, send it again"
                        raise ApiError(503, f"{error} ({ATTEMPTS} times); {stored}") from None
            raise AssertionError("unreachable")

    def _opened(self) -> ProcessPipeline:
        if self._pool is None:
            from dotterel.parallel import ProcessPipeline
            from dotterel.settings import load_settings

            self._pool = ProcessPipeline(load_settings(), self.workers)
        return self._pool

    def _close_pool(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def close(self) -> None:
        """Stop the worker processes (if any were started)."""
        with self._lock:
            self._close_pool()
