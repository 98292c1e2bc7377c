"""dotterel: dated news articles in, political event data with evidence out.

The library comes first; the CLI, the REST API and the Dask runner are thin shells over it::

    import dotterel
    events = dotterel.code(text, date="2020-01-02")
    records = [event.to_dict() for event in events]
"""

from dotterel.api import code, code_articles
from dotterel.errors import DotterelError, InputError, KnowledgeError
from dotterel.model import Actor, Article, Event, Place, Reject

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "DotterelError",
    "Event",
    "InputError",
    "KnowledgeError",
    "Place",
    "Reject",
    "Store",
    "__version__",
    "code",
    "code_articles",
]


def __getattr__(name: str) -> object:
    """Import the store lazily: coding needs no database."""
    if name == "Store":
        from dotterel.store import Store

        return Store
    raise AttributeError(name)
