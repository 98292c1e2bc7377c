"""Code articles in local worker processes (``dotterel code --workers N``), order and rejects preserved.

Each worker process builds the pipeline once (spaCy model and knowledge), then codes chunks of
``batch_size`` items; the parent sends at most ``IN_FLIGHT_PER_WORKER`` chunks per worker ahead and yields
the results in input order, so memory stays bounded on a stream of any length. Rejects from ingest travel
inside their chunk and come back at their place. The workers start with ``forkserver`` where the platform
has it (a fresh server process forks the workers: no inherited threads or open database, and cheaper than
``spawn``), else ``spawn``; see docs/throughput.md for the measurements.
"""

from __future__ import annotations

import multiprocessing
import pickle
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TYPE_CHECKING, Any

from dotterel.errors import PipelineError
from dotterel.model import Article, Reject

if TYPE_CHECKING:
    from dotterel.pipeline import Pipeline
    from dotterel.settings import Settings

Item = Article | Reject
IN_FLIGHT_PER_WORKER = 2
PRELOADED_MODULES: tuple[str, ...] = ("spacy", "dotterel.pipeline", "dotterel.registry")

_worker_pipeline: Pipeline | None = None
_worker_error: Exception | None = None
_worker_barrier: Any = None
BARRIER_SECONDS = 600.0


def to_start_method(preferred: str | None = None) -> str:
    """Return the multiprocessing start method to use: ``preferred``, else forkserver where available."""
    methods = multiprocessing.get_all_start_methods()
    if preferred is not None:
        if preferred not in methods:
            raise PipelineError(f"start method {preferred!r} is not available here ({', '.join(methods)})")
        return preferred
    return "forkserver" if "forkserver" in methods else "spawn"


def code_in_processes(
    items: Iterable[Item],
    settings: Settings,
    workers: int,
    strict: bool = False,
    start_method: str | None = None,
) -> Iterator[Item]:
    """Yield each item coded (an Article with its events, or a Reject), in input order, using processes.

    Args:
        items: articles and ingest rejects, as :func:`dotterel.ingest.read_paths` yields them.
        settings: the settings every worker builds its pipeline from (``batch_size`` is the chunk size).
        workers: number of worker processes; 1 or less codes in this process.
        strict: re-raise the first stage error instead of turning it into a Reject.
        start_method: ``forkserver``, ``spawn`` or ``fork`` (default: :func:`to_start_method`).

    Raises:
        PipelineError: a worker process died (killed, or out of memory).
    """
    from dotterel.pipeline import Pipeline

    if workers <= 1:
        yield from Pipeline.from_settings(settings).code_articles(items, strict=strict)
        return
    with ProcessPipeline(settings, workers, start_method) as pipeline:
        yield from pipeline.code_articles(items, strict=strict)


class ProcessPipeline:
    """Worker processes that each build the pipeline once; :meth:`code_articles` works like Pipeline's.

    Args:
        settings: the settings every worker builds its pipeline from (``batch_size`` is the chunk size).
        workers: number of worker processes (2 or more to be useful).
        start_method: ``forkserver``, ``spawn`` or ``fork`` (default: :func:`to_start_method`).
    """

    def __init__(self, settings: Settings, workers: int, start_method: str | None = None) -> None:
        context = multiprocessing.get_context(to_start_method(start_method))
        if context.get_start_method() == "forkserver":
            context.set_forkserver_preload(list(PRELOADED_MODULES))
        self.workers = max(workers, 1)
        self.chunk_size = settings.batch_size
        self._barrier = context.Barrier(self.workers)
        self._pool = ProcessPoolExecutor(
            self.workers, context, initializer=_start_worker, initargs=(settings, self._barrier)
        )

    def __enter__(self) -> ProcessPipeline:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers (pending chunks are cancelled)."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def warm_up(self) -> None:
        """Start every worker and wait until each has built its pipeline (else the first chunks do it)."""
        futures = [self._pool.submit(_meet_the_others) for _ in range(self.workers)]
        for future in futures:
            future.result()

    def code_articles(self, items: Iterable[Item], strict: bool = False) -> Iterator[Item]:
        """Yield each item coded (an Article with its events, or a Reject), in input order.

        Raises:
            PipelineError: a worker process died (killed, or out of memory).
        """
        iterator = iter(items)
        window = self.workers * IN_FLIGHT_PER_WORKER
        pending: deque[Future[list[Item]]] = deque()
        try:
            while True:
                chunk = list(islice(iterator, self.chunk_size))
                if chunk:
                    pending.append(self._pool.submit(code_chunk_in_worker, chunk, strict))
                if pending and (len(pending) >= window or not chunk):
                    yield from pending.popleft().result()
                elif not chunk:
                    return
        except BrokenProcessPool as error:
            raise PipelineError(f"a worker process died (killed, or out of memory?): {error}") from error
        finally:
            for future in pending:
                future.cancel()


def _start_worker(settings: Settings, barrier: Any) -> None:
    """Build this worker's pipeline once (the process initializer); keep an error for the first chunk."""
    global _worker_pipeline, _worker_error, _worker_barrier
    from dotterel.pipeline import Pipeline

    _worker_barrier = barrier
    try:
        _worker_pipeline = Pipeline.from_settings(settings)
    except Exception as error:  # raised with the first chunk, where the parent sees it
        _worker_error = to_picklable_error(error)


def _meet_the_others() -> None:
    """Return once every worker has started (each runs one of these at the same time)."""
    if _worker_barrier is not None:
        _worker_barrier.wait(timeout=BARRIER_SECONDS)


def code_chunk_in_worker(chunk: list[Item], strict: bool) -> list[Item]:
    """Code one chunk with this worker's pipeline (runs in the worker process)."""
    if _worker_pipeline is None:
        raise _worker_error or PipelineError("the worker's pipeline was not built")
    try:
        return list(_worker_pipeline.code_articles(chunk, strict=strict))
    except Exception as error:  # strict mode: the first stage error, as the parent can unpickle it
        raise to_picklable_error(error) from None


def to_picklable_error(error: Exception) -> Exception:
    """Return ``error`` when it survives pickling, else a PipelineError with its message."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return PipelineError(f"{type(error).__name__}: {error}")
    return error
