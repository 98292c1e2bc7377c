"""How the server runs: which database, whether it may write, its limits; and the shared store handle.

Read-only by default: the store is opened read-only unless a write key is given, and ``POST /api/ingest``
answers 403 without one. The write key comes from the ``DOTTEREL_API_KEY`` environment variable (never a
command-line flag, which other users of the machine could read) and is compared in constant time.
"""

from __future__ import annotations

import hmac
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dotterel.errors import StoreError
from dotterel.store import Store

API_KEY_ENV = "DOTTEREL_API_KEY"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


@dataclass(frozen=True)
class ServerConfig:
    """The server's settings.

    Attributes:
        db: the DuckDB file the server reads (and, with a write key, writes).
        write_key: the API key ``POST /api/ingest`` requires; None keeps the server read-only.
        max_body_bytes: the largest request body accepted (413 beyond).
        max_page: the largest ``limit`` of one page of events.
        cors_origins: origins allowed by CORS; empty (the default) adds no CORS headers at all.
        coding_workers: worker processes that code articles for ``/api/code`` and ``/api/ingest`` (started
            on first use); 0 codes in the server process, where reads then wait for the interpreter lock.
    """

    db: Path
    write_key: str | None = None
    max_body_bytes: int = 1_000_000
    max_page: int = 500
    cors_origins: tuple[str, ...] = ()
    coding_workers: int = 1

    @property
    def writable(self) -> bool:
        """Whether a write key is set (the store is then opened writable)."""
        return bool(self.write_key)

    def is_write_key(self, given: str | None) -> bool:
        """Return whether ``given`` is the write key, compared in constant time (False when none is set)."""
        if not self.write_key or given is None:
            return False
        return hmac.compare_digest(given.encode("utf-8"), self.write_key.encode("utf-8"))


def resolve_write_key(env: dict[str, str] | None = None) -> str | None:
    """Return the write key from ``DOTTEREL_API_KEY`` (None when unset or blank)."""
    value = (os.environ if env is None else env).get(API_KEY_ENV, "").strip()
    return value or None


class StoreHandle:
    """The server's one open :class:`Store` and a reader connection per request thread.

    DuckDB lets one process hold a database file for writing, so a writable server is the single writer:
    ``POST /api/ingest`` writes through :meth:`writing` (one write at a time), while every read goes
    through :meth:`using`, which gives the calling thread its own connection to the same database (a
    DuckDB cursor). Reads see the last committed write and never wait for one in progress.
    """

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self._write_lock = threading.Lock()
        self._readers_lock = threading.Lock()
        self._local = threading.local()
        self._readers: list[Store] = []
        self._store: Store | None = None
        self._generation = 0
        self.open()

    def open(self) -> None:
        """Open the store (again after :meth:`close`; nothing to do when it is open).

        Raises:
            StoreError: the database cannot be opened.
        """
        with self._readers_lock, self._write_lock:
            if self._store is None:
                self._store = Store(self.config.db, read_only=not self.config.writable)
                self._generation += 1

    @contextmanager
    def using(self) -> Iterator[Store]:
        """Yield this thread's reader store (opened on first use); it must not leave the thread."""
        reader: Store | None = getattr(self._local, "reader", None)
        if reader is None or self._local.generation != self._generation:
            with self._readers_lock:
                reader = self._opened().to_reader()
                self._readers.append(reader)
                self._local.reader, self._local.generation = reader, self._generation
        yield reader

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """Yield the writer store while holding the write lock (one write at a time)."""
        with self._write_lock:
            yield self._opened()

    def _opened(self) -> Store:
        if self._store is None:
            raise StoreError(f"{self.config.db}: the database is closed (the server is shutting down)")
        return self._store

    def close(self) -> None:
        """Close the readers, then the store (safe to call twice)."""
        with self._readers_lock, self._write_lock:
            for reader in self._readers:
                reader.close()
            self._readers.clear()
            if self._store is not None:
                self._store.close()
                self._store = None
