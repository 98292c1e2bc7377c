"""The stage protocol: a small callable over the :class:`~dotterel.model.Article` carrier.

A stage declares the Article fields it ``requires`` and the ones it ``assigns``; the pipeline checks the chain
when it is built. Stages are pure: no I/O, no clock; knowledge comes in through the constructor.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from dotterel.model import Article

ARTICLE_FIELDS_FROM_INGEST: tuple[str, ...] = ("id", "date", "text")


@runtime_checkable
class Stage(Protocol):
    """What every stage provides."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, article: Article) -> Article:
        """Return the article with this stage's fields filled in."""
        ...


@runtime_checkable
class BatchStage(Stage, Protocol):
    """A stage that is faster over a batch (the NLP stage batches through ``nlp.pipe``)."""

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Yield the articles, in order, with this stage's fields filled in."""
        ...
