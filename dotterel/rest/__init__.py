"""The REST API: a FastAPI app over the event store (``dotterel serve``).

:func:`create_app` builds the app from a :class:`ServerConfig`; routes are thin shells over
:mod:`dotterel.rest.queries` and the library. See docs/web.md.
"""

from __future__ import annotations

from dotterel.rest.app import create_app
from dotterel.rest.config import ServerConfig

__all__ = ["ServerConfig", "create_app"]
