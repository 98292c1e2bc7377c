"""Request and response schemas of the REST API (pydantic, so /docs and /openapi.json describe them).

:class:`EventOut` is the event record of the contract (``dotterel code --format jsonl``), keys in contract
order, followed by the counts of a merged event or the ``merged_event_id`` of a mention.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

MAX_TEXT_CHARS = 200_000
MAX_INGEST_ARTICLES = 200
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def to_iso_date(value: object) -> dt.date:
    """Return the date of a ``YYYY-MM-DD`` string (or a date given as one, from Python).

    Request bodies are read strictly: pydantic's lax mode would take ``0`` or ``"1577923200"`` for a date
    (a Unix timestamp), which is never what an article's date means here.

    Raises:
        ValueError: anything else (a number, a timestamp, another date format, a day that does not exist).
    """
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        raise ValueError("expected a date as a YYYY-MM-DD string")
    return dt.date.fromisoformat(value)


IsoDate = Annotated[dt.date, BeforeValidator(to_iso_date)]


class ActorOut(BaseModel):
    """One side of an event."""

    text: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    actor_id: str | None = None


class PlaceOut(BaseModel):
    """Where an event happened."""

    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None


class EvidenceOut(BaseModel):
    """The sentence behind an event and the span (article character offsets) behind each field."""

    sentence: str
    start: int
    end: int
    spans: dict[str, list[int]] = Field(default_factory=dict)


class EventOut(BaseModel):
    """The event record of the contract, then a merged event's counts or a mention's merged event."""

    event_id: str
    article_id: str
    article_date: str
    date: str | None = None
    date_precision: str | None = None
    source: ActorOut | None = None
    target: ActorOut | None = None
    type: str | None = None
    mode: str | None = None
    cameo: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    modality: str | None = None
    place: PlaceOut | None = None
    killed: int | None = None
    injured: int | None = None
    arrested: int | None = None
    abducted: int | None = None
    count_bounds: dict[str, Literal["at_least", "at_most", "about"]] = Field(
        default_factory=dict, description="The counts that are not exact: kind -> at_least, at_most or about."
    )
    evidence: EvidenceOut
    rule: str | None = None
    confidence: float | None = None
    num_mentions: int | None = None
    num_articles: int | None = None
    num_sources: int | None = None
    merged_event_id: str | None = None


class EventPageOut(BaseModel):
    """One page of events; pass ``next_cursor`` as ``cursor`` for the next (None on the last page)."""

    events: list[EventOut]
    count: int = Field(description="Events on this page.")
    total: int = Field(description="Events passing the filters, all pages.")
    next_cursor: str | None = None


class HighlightOut(BaseModel):
    """An evidence span in an article: its role (source, action, target, date, place, or a count's kind)."""

    role: str
    start: int
    end: int
    text: str
    mention_id: str | None = None


class ArticleOut(BaseModel):
    """A stored article: text and provenance."""

    id: str
    date: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    publisher: str | None = None
    origin: str | None = None
    text: str


class ArticleDetailOut(ArticleOut):
    """An article with every mention coded from it."""

    mentions: list[EventOut] = Field(default_factory=list)


class ArticleEvidenceOut(ArticleOut):
    """An article reporting an event, with the event's evidence spans in it."""

    highlights: list[HighlightOut] = Field(default_factory=list)


class MentionOut(BaseModel):
    """A mention of a merged event: where it came from and why it joined."""

    mention_id: str
    article_id: str
    publisher: str | None = None
    role: str
    reason: str | None = None
    record: EventOut


class EventDetailOut(BaseModel):
    """A merged event with its mentions, their articles and the highlighted evidence."""

    event: EventOut
    merge_rule: str | None = None
    mentions: list[MentionOut]
    articles: list[ArticleEvidenceOut]


class ActorRowOut(BaseModel):
    """A stored actor and the number of events it is a side of."""

    actor_key: str
    actor_id: str | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    first_date: str | None = None
    last_date: str | None = None
    events: int


class ActorsOut(BaseModel):
    """Actors matching a search, busiest first."""

    actors: list[ActorRowOut]
    count: int


class SeriesOut(BaseModel):
    """Zero-filled dyadic series rows (see ``dotterel series``), or the top dyads with their totals."""

    by: str
    measure: str
    level: str
    rows: list[dict[str, Any]]
    top: list[dict[str, Any]] = Field(default_factory=list)


class AlertsOut(BaseModel):
    """Alerts from the early-warning module, newest first."""

    alerts: list[dict[str, Any]]
    count: int


class ArticleIn(BaseModel):
    """A dated article to code: its text and date, optional provenance."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    date: IsoDate
    id: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=200)


class CodeOut(BaseModel):
    """The events coded from one text (nothing stored)."""

    article_id: str
    events: list[EventOut]


class IngestIn(BaseModel):
    """Articles to code and store."""

    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, max_length=MAX_INGEST_ARTICLES)


class IngestOut(BaseModel):
    """What an ingest stored: articles, mentions, rejects, and how mentions were merged into events."""

    articles: int
    events: int
    rejects: int
    founded: int
    joined: int
    rejected: list[dict[str, Any]] = Field(default_factory=list)
