"""Helpers shared by the dates, places and casualties stages: clause scopes, quotations and numbers.

An event's *own clause* is its trigger's subtree without embedded clauses (complement, relative, subordinate
clauses with their own subject or marker, coordinated clauses with their own subject) and without the subtrees
of other events' triggers. A noun trigger keeps its own relative clauses ("missile attacks that killed a US
contractor"). Participial adjuncts ("…, killing six civilians") and infinitive complements ("threatened to
retaliate") stay in the clause. The *governors* of a token are its ancestors, nearest first.

A *quotation segment* runs from an opening quote mark to its closing mark or the end of the paragraph; its
*attribution* is the text outside quotes in the sentences that hold its opening and closing marks (``Khamenei
said: "…`` or ``"…," Esper told reporters``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from dotterel.knowledge.gazetteer import load_yaml_model
from dotterel.model import Article, Event, Sentence, Span
from dotterel.stages.quotes import find_quote_marks

CLAUSE_DEPS = frozenset({"ccomp", "csubj", "csubjpass", "parataxis", "relcl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
VERB_POS = frozenset({"VERB", "AUX"})
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")


def is_verb(token: Any) -> bool:
    """Return True for a verb or auxiliary (by part of speech or tag)."""
    return bool(token.pos_ in VERB_POS or token.tag_.startswith("VB"))


def is_clause_break(child: Any) -> bool:
    """Return True when ``child`` starts a clause of its own (the scope walk does not enter it)."""
    dep = child.dep_
    if dep in CLAUSE_DEPS:
        return True
    if dep not in ("advcl", "conj", "acl"):
        return False
    has_subject = any(c.dep_ in SUBJECT_DEPS for c in child.children)
    if dep == "advcl":
        return has_subject or any(c.dep_ == "mark" for c in child.children)
    return has_subject


def find_scope_ids(head: Any, stops: Iterable[int] = ()) -> set[int]:
    """Return the token indices of ``head``'s own clause, not entering the tokens in ``stops``.

    Args:
        head: the trigger (or governing) token.
        stops: token indices of other events' triggers.
    """
    stop_ids = set(stops) - {head.i}
    keep_relative = not is_verb(head)
    ids = {head.i}
    stack = [
        c
        for c in head.children
        if c.i not in stop_ids and (not is_clause_break(c) or (keep_relative and c.dep_ in ("relcl", "acl")))
    ]
    while stack:
        token = stack.pop()
        ids.add(token.i)
        stack.extend(c for c in token.children if c.i not in stop_ids and not is_clause_break(c))
    return ids


def find_shared_stops(token: Any, stops: Iterable[int], preps: frozenset[str]) -> frozenset[int]:
    """Return the other triggers that are event nouns of ``token``'s circumstance ("killed in a strike").

    They are the objects of one of ``preps`` ("in", "during") attached to the trigger or to a verb coordinated
    with it ("Two people are killed and two others are injured in attacks …"): the trigger's event happened
    when and where that one did.
    """
    doc = token.doc
    heads = {token.i, *(c.i for c in token.conjuncts if is_verb(c))}
    return frozenset(
        i
        for i in stops
        if not is_verb(doc[i])
        and doc[i].dep_ == "pobj"
        and doc[i].head.lower_ in preps
        and doc[i].head.head.i in heads
    )


def find_complement_ids(token: Any, ids: set[int], preps: frozenset[str]) -> set[int]:
    """Return the tokens of gerund complements inside ``ids`` that are actions of their own.

    "accusing him of having stoked unrest in early 2018", "charge a soldier with murdering two people in
    1972": the stoking and the murder have their own time. A complement that holds the trigger is kept.
    """
    out: set[int] = set()
    doc = token.doc
    for i in ids:
        verb = doc[i]
        if verb.dep_ == "pcomp" and is_verb(verb) and verb.head.lower_ in preps:
            subtree = {t.i for t in verb.subtree}
            if token.i not in subtree:
                out |= subtree
    return out


def find_governors(token: Any) -> list[Any]:
    """Return the ancestors of ``token``, nearest first."""
    return list(token.ancestors)


def resolve_span_root(doc: Any, span: Span) -> Any | None:
    """Return the syntactic root token of the character span, or None when it covers no token."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return None
    return tokens.root


class EventIndex:
    """The trigger token of every event of an article, and the triggers other than a given event's."""

    def __init__(self, doc: Any, events: Iterable[Event]) -> None:
        self._tokens: dict[tuple[int, int], Any] = {}
        for event in events:
            token = resolve_span_root(doc, event.trigger)
            if token is not None:
                self._tokens[(event.trigger.start, event.trigger.end)] = token

    def token(self, event: Event) -> Any | None:
        """Return the trigger's root token, or None when the trigger covers no token."""
        return self._tokens.get((event.trigger.start, event.trigger.end))

    def all_tokens(self) -> list[Any]:
        """Return the trigger tokens of all events."""
        return list(self._tokens.values())

    def other_trigger_ids(self, event: Event) -> frozenset[int]:
        """Return the token indices of the other events' triggers."""
        own = self.token(event)
        return frozenset(t.i for t in self._tokens.values() if own is None or t.i != own.i)


@dataclass(frozen=True)
class QuoteSegment:
    """A quotation: from its opening mark to its closing mark (or the paragraph end), and its attribution."""

    span: Span
    attribution: tuple[Span, ...]


def _outside(sentence: Sentence, quotes: list[Span]) -> list[Span]:
    parts, cursor = [], sentence.span.start
    for quote in sorted(quotes):
        if quote.end <= cursor or quote.start >= sentence.span.end:
            continue
        if quote.start > cursor:
            parts.append(Span(cursor, quote.start))
        cursor = max(cursor, quote.end)
    if cursor < sentence.span.end:
        parts.append(Span(cursor, sentence.span.end))
    return parts


def find_quote_segments(article: Article) -> list[QuoteSegment]:
    """Return the quotation segments of the article, paragraph by paragraph."""
    paragraphs: dict[int, list[Sentence]] = {}
    for sentence in article.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(sentence)
    by_paragraph: dict[int, list[Span]] = {}
    for marks in find_quote_marks(article.text, article.sentences):
        end = marks.closing + 1 if marks.closed else marks.closing
        by_paragraph.setdefault(marks.paragraph, []).append(Span(marks.opening, end))
    segments = []
    for number, sentences in paragraphs.items():
        quotes = by_paragraph.get(number, [])
        for quote in quotes:
            holders = [
                s
                for s in sentences
                if s.span.start <= quote.start < s.span.end or s.span.start < quote.end <= s.span.end
            ]
            attribution = tuple(part for s in holders for part in _outside(s, quotes))
            segments.append(QuoteSegment(quote, attribution))
    return segments


def resolve_quote_segment(segments: Iterable[QuoteSegment], offset: int) -> QuoteSegment | None:
    """Return the quotation segment that holds the character ``offset``, or None."""
    return next((s for s in segments if s.span.start <= offset < s.span.end), None)


class NumberWordsFile(BaseModel):
    """Schema of ``numbers.yaml``."""

    model_config = ConfigDict(extra="forbid")
    version: int
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, int]
    bound_words: list[str]


@lru_cache(maxsize=4)
def load_number_words(path: Path | None = None) -> NumberWordsFile:
    """Read and validate ``numbers.yaml`` (the packaged one by default); cached."""
    words: NumberWordsFile = load_yaml_model(
        path or Path(str(files("dotterel.knowledge") / "numbers.yaml")), NumberWordsFile
    )
    return words


def parse_number(words: Sequence[str], numbers: NumberWordsFile) -> int | None:
    """Return the number written by ``words`` ("25", "1,000", "twenty-five", "a dozen", "dozens"), or None.

    Vague plurals give their lower bound from ``numbers.yaml``; any word that is not a number gives None.
    """
    parts = [p for w in words for p in w.lower().replace("-", " ").split() if p != "and"]
    total, current, seen = 0, 0.0, False
    for part in parts:
        if _DIGITS.match(part):
            current += float(part.replace(",", ""))
        elif part in numbers.units or part in numbers.tens:
            current += numbers.units.get(part, numbers.tens.get(part, 0))
        elif part in numbers.scales:
            current = max(current, 1) * numbers.scales[part]
            if numbers.scales[part] >= 1000:
                total, current = total + int(current), 0
        elif part in numbers.vague:
            current = (
                current * numbers.vague[part]
                if current and part == "dozen"
                else current + numbers.vague[part]
            )
        else:
            return None
        seen = True
    return int(total + current) if seen and total + current < 2**31 else None  # stored as 32-bit INTEGER
