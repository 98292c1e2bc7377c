"""Integrity checks of an event store (``dotterel check``): ids, links, counts and evidence offsets.

Each check is one SQL query that returns the rows breaking a rule, as ``(subject, detail)``; a row is one
:class:`Problem`. The rules:

- every id is unique (articles, mentions, events, event sources, rejects, runs);
- links hold: a mention's article is stored and has the mention's article date, an event source names a
  stored mention of the same article and a stored event, an event's representative mention is one of its
  sources, a mention's run is recorded;
- counts agree: every mention is in exactly one event, every event has sources, an event's
  ``num_mentions``/``num_articles`` are those of its sources, an article's ``text_sha1`` is its text's;
- evidence holds: every mention's evidence is JSON with ``start <= end`` inside its article text, its
  ``sentence`` is the text at those offsets, and every span ``[start, end]`` lies inside the text.

Offsets are character (code point) offsets, as DuckDB's ``length`` and ``substring`` count them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dotterel.store.schema import LATEST_VERSION, resolve_schema_version

DEFAULT_LIMIT = 20
_UNIQUE_KEYS: tuple[tuple[str, str], ...] = (
    ("articles", "id"), ("mentions", "mention_id"), ("events", "event_id"), ("event_sources", "mention_id"),
    ("rejects", "id"), ("runs", "run_id"),
)  # fmt: skip
_START = "TRY_CAST(m.evidence->>'$.start' AS BIGINT)"
_END = "TRY_CAST(m.evidence->>'$.end' AS BIGINT)"
_SPAN_START = "TRY_CAST(k.value->>0 AS BIGINT)"
_SPAN_END = "TRY_CAST(k.value->>1 AS BIGINT)"


@dataclass(frozen=True)
class Problem:
    """One integrity problem: the rule it breaks (``mentions.article``) and what is wrong, on one line.

    A line that stands for ``more`` further problems of its check (past the limit) has ``more`` > 0.
    """

    check: str
    detail: str
    more: int = 0

    def __str__(self) -> str:
        return f"{self.check}: {self.detail}"


def count_problems(problems: list[Problem]) -> int:
    """Return the number of problems ``problems`` stands for (a "... and N more" line counts N)."""
    return sum(problem.more or 1 for problem in problems)


def _to_checks() -> tuple[tuple[str, str], ...]:
    """Return ``(check name, SQL selecting subject and detail of each breaking row)``, in report order."""
    unique = tuple(
        (f"{table}.unique", f"SELECT {key}, 'id stored ' || count(*) || ' times' FROM {table}"
                            f" GROUP BY {key} HAVING count(*) > 1")
        for table, key in _UNIQUE_KEYS
    )  # fmt: skip
    links = (
        ("mentions.article", """SELECT 'mention ' || m.mention_id, 'its article ' || m.article_id
            || ' is not stored' FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a
            WHERE a.id = m.article_id)"""),
        ("mentions.article_date", """SELECT 'mention ' || m.mention_id, 'article date '
            || m.article_date || ' but its article ' || a.id || ' is dated ' || a.date
            FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.article_date <> a.date"""),
        ("mentions.run", """SELECT 'mention ' || m.mention_id, 'its run ' || m.run_id || ' is not recorded'
            FROM mentions m WHERE m.run_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM runs r WHERE r.run_id = m.run_id)"""),
        ("event_sources.mention", """SELECT 'source ' || s.mention_id || ' of event ' || s.event_id,
            'no such mention' FROM event_sources s WHERE NOT EXISTS (SELECT 1 FROM mentions m
            WHERE m.mention_id = s.mention_id)"""),
        ("event_sources.article", """SELECT 'source ' || s.mention_id, 'names article ' || s.article_id
            || ' but the mention is of article ' || m.article_id
            FROM event_sources s JOIN mentions m ON m.mention_id = s.mention_id
            WHERE s.article_id <> m.article_id"""),
        ("event_sources.event", """SELECT 'source ' || s.mention_id, 'its event ' || s.event_id
            || ' is not stored' FROM event_sources s WHERE NOT EXISTS (SELECT 1 FROM events e
            WHERE e.event_id = s.event_id)"""),
        ("events.mention", """SELECT 'event ' || e.event_id, 'its representative mention ' || e.mention_id
            || ' is not one of its sources' FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_sources s
            WHERE s.event_id = e.event_id AND s.mention_id = e.mention_id)"""),
    )  # fmt: skip
    counts = (
        ("mentions.placed", """SELECT 'mention ' || m.mention_id, 'is in no event' FROM mentions m
            WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.mention_id = m.mention_id)"""),
        ("events.counts", """SELECT 'event ' || e.event_id, 'num_mentions ' || e.num_mentions
            || ', num_articles ' || e.num_articles || ' but it has ' || coalesce(c.mentions, 0)
            || ' mentions from ' || coalesce(c.articles, 0) || ' articles' FROM events e
            LEFT JOIN (SELECT event_id, count(*) AS mentions, count(DISTINCT article_id) AS articles
                FROM event_sources GROUP BY event_id) c ON c.event_id = e.event_id
            WHERE e.num_mentions IS DISTINCT FROM coalesce(c.mentions, 0)
               OR e.num_articles IS DISTINCT FROM coalesce(c.articles, 0)"""),
        ("articles.text_sha1", """SELECT 'article ' || id, 'text_sha1 ' || text_sha1
            || ' is not the sha1 of its text' FROM articles WHERE text_sha1 <> sha1(text)"""),
    )  # fmt: skip
    evidence = (
        ("evidence.json", f"""SELECT 'mention ' || m.mention_id,
            'evidence is not JSON with integer start and end' FROM mentions m
            WHERE NOT coalesce(json_valid(m.evidence), FALSE) OR {_START} IS NULL OR {_END} IS NULL"""),
        ("evidence.offsets", f"""SELECT 'mention ' || m.mention_id, 'evidence [' || {_START} || ', '
            || {_END} || ') is not inside its article text (' || length(a.text) || ' characters)'
            FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE NOT ({_START} BETWEEN 0 AND {_END} AND {_END} <= length(a.text))"""),
        ("evidence.sentence", f"""SELECT 'mention ' || m.mention_id, 'evidence sentence is not the text at ['
            || {_START} || ', ' || {_END} || ')' FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE {_START} BETWEEN 0 AND {_END} AND {_END} <= length(a.text)
            AND m.evidence->>'$.sentence'
                IS DISTINCT FROM substring(a.text, {_START} + 1, {_END} - {_START})"""),
        ("evidence.spans", f"""SELECT 'mention ' || m.mention_id, 'evidence span ' || k.key || ' '
            || k.value || ' is not inside its article text (' || length(a.text) || ' characters)'
            FROM mentions m JOIN articles a ON a.id = m.article_id,
            json_each(m.evidence, '$.spans') k
            WHERE coalesce(NOT ({_SPAN_START} BETWEEN 0 AND {_SPAN_END}
                AND {_SPAN_END} <= length(a.text)), TRUE)"""),
    )  # fmt: skip
    return unique + links + counts + evidence


CHECKS: tuple[tuple[str, str], ...] = _to_checks()


def find_problems(con: Any, limit: int = DEFAULT_LIMIT) -> list[Problem]:
    """Return the integrity problems of the store open on ``con``, at most ``limit`` (+1) per check.

    When a check finds more than ``limit`` rows, one last problem of that check says how many more there are.
    The database must be at the latest schema version (a problem says so otherwise, and nothing else runs).
    """
    version = resolve_schema_version(con)
    if version != LATEST_VERSION:
        return [Problem("schema", f"schema version {version}, expected {LATEST_VERSION}")]
    problems: list[Problem] = []
    for name, sql in CHECKS:
        rows = con.execute(
            f"SELECT *, count(*) OVER () FROM ({sql}) ORDER BY 1, 2 LIMIT {max(int(limit), 1)}"
        ).fetchall()
        problems.extend(Problem(name, f"{subject}: {detail}") for subject, detail, _ in rows)
        total = rows[0][2] if rows else 0
        if total > len(rows):
            more = total - len(rows)
            problems.append(Problem(name, f"... and {more} more", more))
    return problems
