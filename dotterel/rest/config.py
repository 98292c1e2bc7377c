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
    """

    db: Path
    write_key: str | None = None
    max_body_bytes: int = 1_000_000
    max_page: int = 500
    cors_origins: tuple[str, ...] = ()

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
    """One open :class:`Store` shared by the request threads; :meth:`using` serialises access to it.

    DuckDB connections are not safe for concurrent use from several threads, and queries here take
    milliseconds, so requests take turns rather than opening connections of their own.
    """

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self._lock = threading.Lock()
        self._store = Store(config.db, read_only=not config.writable)

    @contextmanager
    def using(self) -> Iterator[Store]:
        """Yield the store while holding the lock."""
        with self._lock:
            yield self._store

    def close(self) -> None:
        """Close the store."""
        with self._lock:
            self._store.close()
