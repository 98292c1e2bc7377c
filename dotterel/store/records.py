"""Flatten event records to table rows and back.

The JSONL record (:meth:`dotterel.model.Event.to_dict`) is the contract; a row is the same record with
``source``/``target``/``place`` spread into prefixed columns, ``count_bounds`` into one ``<kind>_bound``
column per count (NULL for an exact count) and ``evidence`` as JSON text. The column tables
here are the one description of the rows: the Arrow schemas, the CSV header and the round trip use them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from dotterel.model import COUNT_KINDS, Article, Event, Reject

ACTOR_FIELDS: tuple[str, ...] = ("text", "name", "country", "sector", "actor_id")
PLACE_FIELDS: tuple[str, ...] = ("name", "country", "admin1", "lat", "lon")
NESTED: dict[str, tuple[str, ...]] = {"source": ACTOR_FIELDS, "target": ACTOR_FIELDS, "place": PLACE_FIELDS}
RECORD_KEYS: tuple[str, ...] = (
    "event_id", "article_id", "article_date", "date", "date_precision", "source", "target", "type",
    "mode", "cameo", "goldstein", "quad_class", "modality", "place", "killed", "injured", "arrested",
    "abducted", "count_bounds", "evidence", "rule", "confidence",
)  # fmt: skip
BOUND_COLUMNS: tuple[str, ...] = tuple(f"{kind}_bound" for kind in COUNT_KINDS)
_KINDS: dict[str, str] = {
    "article_date": "date", "date": "date", "goldstein": "float", "quad_class": "int", "place_lat": "float",
    "place_lon": "float", "killed": "int", "injured": "int", "arrested": "int", "abducted": "int",
    "evidence": "json", "confidence": "float",
}  # fmt: skip


def _to_event_columns() -> tuple[tuple[str, str], ...]:
    columns: list[tuple[str, str]] = []
    for key in RECORD_KEYS:
        names = [f"{key}_{name}" for name in NESTED[key]] if key in NESTED else [key]
        names = list(BOUND_COLUMNS) if key == "count_bounds" else names
        columns.extend((name, _KINDS.get(name, "str")) for name in names)
    return tuple(columns)


EVENT_COLUMNS: tuple[tuple[str, str], ...] = _to_event_columns()
MENTION_COLUMNS: tuple[tuple[str, str], ...] = (
    (("mention_id", "str"),) + EVENT_COLUMNS[1:] + (("run_id", "str"),)
)
COUNT_KEYS: tuple[str, ...] = ("num_mentions", "num_articles", "num_sources")
ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "str"), ("date", "date"), ("title", "str"), ("url", "str"), ("source", "str"), ("origin", "str"),
    ("text", "str"), ("text_sha1", "str"),
)  # fmt: skip
REJECT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "str"), ("origin", "str"), ("stage", "str"), ("reason", "str"), ("article_id", "str"),
    ("text_sha1", "str"),
)  # fmt: skip


def to_sha1(text: str) -> str:
    """Return the hex sha1 of ``text`` (UTF-8)."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def to_event_row(event: Event) -> dict[str, Any]:
    """Return the flat row of one event (dates as ``datetime.date``, evidence as JSON text)."""
    return to_row(event.to_dict())


def to_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """Flatten a contract record: nested objects into prefixed columns, evidence into JSON text."""
    row: dict[str, Any] = {}
    for key in RECORD_KEYS:
        value = record.get(key)
        if key in NESTED:
            for name in NESTED[key]:
                row[f"{key}_{name}"] = value.get(name) if value else None
        elif key == "evidence":
            row[key] = json.dumps(value, ensure_ascii=False)
        elif key == "count_bounds":
            row.update({f"{kind}_bound": (value or {}).get(kind) for kind in COUNT_KINDS})
        elif key in ("article_date", "date") and isinstance(value, str):
            row[key] = dt.date.fromisoformat(value)
        else:
            row[key] = value
    return row


def to_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """Rebuild the contract record (keys in contract order) from a flat row as read from the store."""
    record: dict[str, Any] = {}
    for key in RECORD_KEYS:
        if key in NESTED:
            present = row.get(f"{key}_{NESTED[key][0]}") is not None
            record[key] = {name: row.get(f"{key}_{name}") for name in NESTED[key]} if present else None
        elif key == "evidence":
            value = row.get(key)
            record[key] = json.loads(value) if isinstance(value, str) else value
        elif key == "count_bounds":
            bounds = {kind: row.get(f"{kind}_bound") for kind in COUNT_KINDS}
            record[key] = {kind: bound for kind, bound in bounds.items() if bound is not None}
        elif key in ("article_date", "date"):
            value = row.get(key)
            record[key] = value.isoformat() if isinstance(value, dt.date) else value
        else:
            record[key] = row.get(key)
    return record


def to_mention_row(event: Event, run_id: str) -> dict[str, Any]:
    """Return the ``mentions`` row of one coded event (its ``event_id`` becomes ``mention_id``)."""
    row = to_event_row(event)
    return {"mention_id": row.pop("event_id"), **row, "run_id": run_id}


def to_event_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """Return the contract record of a merged event row followed by its mention, article, source counts."""
    record = to_record(row)
    for key in COUNT_KEYS:
        if key in row:
            record[key] = row[key]
    return record


def to_article(row: Mapping[str, Any]) -> Article:
    """Rebuild an :class:`Article` (text and provenance, no coding) from an ``articles`` row."""
    day = row["date"]
    return Article(
        id=row["id"],
        date=day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)),
        text=row["text"],
        title=row.get("title"),
        url=row.get("url"),
        source=row.get("source"),
        origin=row.get("origin"),
    )


def to_article_row(article: Article) -> dict[str, Any]:
    """Return the ``articles`` row of an article."""
    return {
        "id": article.id,
        "date": article.date,
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "origin": article.origin,
        "text": article.text,
        "text_sha1": to_sha1(article.text),
    }


def to_reject_row(reject: Reject) -> dict[str, Any]:
    """Return the ``rejects`` row of a reject; its id is the sha1 of origin, stage and reason."""
    return {
        "id": to_sha1(f"{reject.origin}\n{reject.stage}\n{reject.reason}")[:16],
        "origin": reject.origin,
        "stage": reject.stage,
        "reason": reject.reason,
        "article_id": reject.article_id,
        "text_sha1": to_sha1(reject.text) if reject.text is not None else None,
    }


def to_arrow_table(rows: list[dict[str, Any]], columns: tuple[tuple[str, str], ...]) -> Any:
    """Return a pyarrow Table of ``rows`` with the types of ``columns`` (JSON travels as text)."""
    import pyarrow as pa

    types = {
        "str": pa.string(),
        "json": pa.string(),
        "date": pa.date32(),
        "int": pa.int64(),
        "float": pa.float64(),
    }
    schema = pa.schema([(name, types[kind]) for name, kind in columns])
    return pa.Table.from_pylist(rows, schema=schema)
