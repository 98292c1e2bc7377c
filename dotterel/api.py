"""The Python API for notebooks and scripts; the CLI, the REST API and the Dask runner call these.

>>> import dotterel
>>> events = dotterel.code("US troops withdrew from the base on Sunday.", date="2020-01-02")
>>> [e.action.type for e in events]
['RETREAT']
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

from dotterel.errors import InputError
from dotterel.model import Article, Event, Reject
from dotterel.pipeline import Pipeline


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """Return the default pipeline, built once per process from the settings in force."""
    return Pipeline.from_settings()


def to_article(text: str, date: str | dt.date, article_id: str | None = None, **fields: Any) -> Article:
    """Build an Article from text and its date, with a stable id when none is given."""
    from dotterel.ingest import to_article_id

    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date)
        except ValueError as error:
            raise InputError("<argument>", f"not a date (YYYY-MM-DD): {date!r}") from error
    text = text.strip()
    return Article(id=article_id or to_article_id(date, text), date=date, text=text, **fields)


def code(
    text: str, date: str | dt.date, article_id: str | None = None, pipeline: Pipeline | None = None
) -> list[Event]:
    """Code one article's text, dated ``date``, into events (errors raise)."""
    article = to_article(text, date, article_id)
    result = (pipeline or default_pipeline()).code_article(article, strict=True)
    return result.events if isinstance(result, Article) else []


def code_articles(
    items: Iterable[Article | Reject | Mapping[str, Any]],
    pipeline: Pipeline | None = None,
    strict: bool = False,
) -> Iterator[Article | Reject]:
    """Code a stream of articles (Article objects or dicts with ``text`` and ``date``), yielding results."""

    def articles() -> Iterator[Article | Reject]:
        for item in items:
            if isinstance(item, Mapping):
                extra = {k: item[k] for k in ("title", "url", "source") if item.get(k) is not None}
                yield to_article(str(item["text"]), item["date"], item.get("id"), **extra)
            else:
                yield item

    yield from (pipeline or default_pipeline()).code_articles(articles(), strict=strict)
