"""Evidence spans as highlights: which characters of an article show the source, action, target, date, place
and casualties of an event.

Spans are character offsets into the article text (the contract), so an article's highlights are the spans
of its mentions; :func:`to_segments` cuts the text at every span boundary so a page can wrap each piece in
the roles that cover it (spans may nest or overlap: "US troops" inside a longer source, a place inside it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ROLE_ORDER: tuple[str, ...] = (
    "source", "action", "target", "date", "place", "killed", "injured", "arrested", "abducted",
)  # fmt: skip


@dataclass(frozen=True)
class Segment:
    """A piece of the article text and the span roles covering it (empty: plain text)."""

    text: str
    roles: tuple[str, ...] = ()
    mention_ids: tuple[str, ...] = ()


def find_highlights(text: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the evidence spans of ``records`` (contract records of one article) that fall inside
    ``text``: ``{role, start, end, text, mention_id}``, by start offset then role order."""
    spans: list[dict[str, Any]] = []
    for record in records:
        evidence = record.get("evidence") or {}
        for role, bounds in (evidence.get("spans") or {}).items():
            if not isinstance(bounds, list | tuple) or len(bounds) != 2:
                continue
            start, end = int(bounds[0]), int(bounds[1])
            if 0 <= start < end <= len(text):
                spans.append(
                    {"role": role, "start": start, "end": end, "text": text[start:end],
                     "mention_id": record.get("event_id")}
                )  # fmt: skip
    rank = {role: index for index, role in enumerate(ROLE_ORDER)}
    spans.sort(key=lambda span: (span["start"], rank.get(span["role"], len(rank)), span["end"]))
    return spans


def to_segments(text: str, highlights: list[dict[str, Any]]) -> list[Segment]:
    """Return ``text`` cut at every highlight boundary, each piece with the roles and mentions covering it."""
    cuts = sorted({0, len(text), *(h["start"] for h in highlights), *(h["end"] for h in highlights)})
    segments: list[Segment] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [h for h in highlights if h["start"] <= start and end <= h["end"]]
        roles = tuple(dict.fromkeys(h["role"] for h in covering))
        mentions = tuple(dict.fromkeys(str(h["mention_id"]) for h in covering))
        segments.append(Segment(text[start:end], roles, mentions))
    return segments
