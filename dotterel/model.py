"""The one data model every stage reads and writes.

Value objects (:class:`Span`, :class:`Actor`, :class:`Place`, :class:`Evidence`, :class:`Event` …) are frozen
dataclasses; stages build new ones with :func:`dataclasses.replace`. :class:`Article` is the carrier that
flows through the pipeline: ingest fills ``id``/``date``/``text``, each stage adds its own field.

Every character offset is an offset into ``Article.text`` (the article body, without its ``date`` header).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

DatePrecision = Literal["day", "week", "month", "year", "unknown"]
Modality = Literal["asserted", "threatened", "conditional", "negated", "denied", "hypothetical", "reported"]
MODALITIES: tuple[str, ...] = (
    "asserted",
    "threatened",
    "conditional",
    "negated",
    "denied",
    "hypothetical",
    "reported",
)
HAPPENED_MODALITIES: frozenset[str] = frozenset({"asserted", "reported"})  # told as having happened
CountBound = Literal["at_least", "at_most", "about"]
COUNT_KINDS: tuple[str, ...] = ("killed", "injured", "arrested", "abducted")
TOLL_KINDS: tuple[str, ...] = ("killed", "injured")  # the counts of harm (a toll), not of taking
COUNT_BOUNDS: tuple[str, ...] = ("at_least", "at_most", "about")


@dataclass(frozen=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` in the article text."""

    start: int
    end: int

    def to_list(self) -> list[int]:
        """Return ``[start, end]`` as used in the JSON record."""
        return [self.start, self.end]

    def contains(self, other: Span) -> bool:
        """Return True when ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article: its span, its paragraph number and its text."""

    span: Span
    paragraph: int
    text: str


@dataclass(frozen=True)
class Actor:
    """A political actor as mentioned in the text and resolved through the actor book.

    ``text`` is the words in the article; ``name`` the canonical name (a person, organisation or
    country); ``country`` ISO 3166 alpha-3 (or an IGO code); ``sector`` a PLOVER/CAMEO agent code (GOV, MIL,
    NSA, PROT, CVL, …); ``actor_id`` the actor-book key, None when only a country or sector is known.
    """

    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    actor_id: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        """Return the JSON form: ``{text, name, country, sector, actor_id}``."""
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "actor_id": self.actor_id,
        }


@dataclass(frozen=True)
class Mention:
    """An actor found in the text: where, what it resolved to, how, and how sure.

    ``kind`` is ``name`` (an actor-book entry or country word), ``sector`` (a bare sector noun such as
    "protesters"), or ``pronoun`` (resolved to an earlier mention). ``head`` is the character span of the
    mention's syntactic head word, which the events stage matches against the dependency parse.
    """

    span: Span
    head: Span
    actor: Actor
    kind: Literal["name", "sector", "pronoun"]
    rule: str
    confidence: float = 1.0


@dataclass(frozen=True)
class Place:
    """A resolved place: name, ISO3 country, first-level division, coordinates, feature kind."""

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form: ``{name, country, admin1, lat, lon}``."""
        return {
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
        }


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text, resolved against the gazetteer."""

    span: Span
    place: Place
    rule: str


@dataclass(frozen=True)
class Evidence:
    """Why an event exists: its sentence and the span behind each field."""

    sentence: str
    start: int
    end: int
    spans: dict[str, Span] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form with spans as ``[start, end]`` lists."""
        return {
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "spans": {key: span.to_list() for key, span in self.spans.items()},
        }


@dataclass(frozen=True)
class Action:
    """What was done: PLOVER type and mode, CAMEO code, Goldstein score, QuadClass (1–4)."""

    type: str
    mode: str | None
    cameo: str
    goldstein: float
    quad_class: int


@dataclass(frozen=True)
class Event:
    """One coded event: who did what to whom, when, where, how bad, and why we think so.

    ``trigger`` is the span of the word(s) that fired the rule; stages after ``events`` use it (with the
    spaCy doc) to look at the event's own clause.

    The counts (``killed``, ``injured``, ``arrested``, ``abducted``) are people, as the text states them;
    ``count_bounds`` names the counts that are not exact, as (kind, bound) pairs in :data:`COUNT_KINDS`
    order: ``at_least`` ("at least 12", "more than 100", "dozens", the low end of "10 to 15"), ``at_most``
    ("up to 40", "nearly 30") or ``about`` ("some 30", "around 30"). A count without a bound is exact.
    """

    event_id: str
    article_id: str
    article_date: dt.date
    trigger: Span
    action: Action
    source: Actor | None
    target: Actor | None
    evidence: Evidence
    rule: str
    confidence: float
    modality: str = "asserted"
    date: dt.date | None = None
    date_precision: DatePrecision = "unknown"
    place: Place | None = None
    killed: int | None = None
    injured: int | None = None
    arrested: int | None = None
    abducted: int | None = None
    count_bounds: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the JSONL record of the public contract, keys in contract order."""
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "article_date": self.article_date.isoformat(),
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "type": self.action.type,
            "mode": self.action.mode,
            "cameo": self.action.cameo,
            "goldstein": self.action.goldstein,
            "quad_class": self.action.quad_class,
            "modality": self.modality,
            "place": self.place.to_dict() if self.place else None,
            "killed": self.killed,
            "injured": self.injured,
            "arrested": self.arrested,
            "abducted": self.abducted,
            "count_bounds": dict(self.count_bounds),
            "evidence": self.evidence.to_dict(),
            "rule": self.rule,
            "confidence": round(self.confidence, 3),
        }


@dataclass
class Article:
    """The carrier that flows through the pipeline.

    Ingest sets ``id``, ``date``, ``text`` and the provenance fields; each stage fills one or more of
    ``doc``, ``sentences``, ``mentions``, ``places``, ``events``.
    """

    id: str
    date: dt.date
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # "file:line" where the article was read
    doc: Any = None  # the spaCy Doc (transient: never stored)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


@dataclass(frozen=True)
class Reject:
    """An input that could not be coded: where it came from, which stage refused it, and why."""

    origin: str
    stage: str
    reason: str
    article_id: str | None = None
    text: str | None = None
