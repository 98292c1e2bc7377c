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
from dotterel.stages.doc_tables import CLAUSE_DEPS, SUBJECT_DEPS, VERB_POS, resolve_doc_table, to_doc_table
from dotterel.stages.quotes import find_quote_marks

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")


RELATIVE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def resolve_relative_subject(token: Any, steps: int) -> Any | None:
    """Return the relative pronoun ("which", "that": tag WDT) that is the subject of the clause ``token`` is
    told in: the subject of the first verb at or above ``token``, within ``steps`` nodes, that has one; None
    when that subject is no relative pronoun ("a shooting that left four dead" → "that")."""
    node = token
    for _ in range(steps):
        if is_verb(node):
            subject = next((c for c in node.children if c.dep_ in RELATIVE_SUBJECT_DEPS), None)
            if subject is not None:
                return subject if subject.tag_ == "WDT" else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def is_verb(token: Any) -> bool:
    """Return True for a verb or auxiliary (by part of speech or tag)."""
    table = resolve_doc_table(token.doc)
    if table is not None:
        return table.verbs[token.i]
    return bool(token.pos_ in VERB_POS or token.tag_.startswith("VB"))


def is_clause_break(child: Any) -> bool:
    """Return True when ``child`` starts a clause of its own (the scope walk does not enter it)."""
    table = resolve_doc_table(child.doc)
    if table is not None:
        return table.breaks[child.i]
    dep = child.dep_
    has_subject = any(c.dep_ in SUBJECT_DEPS for c in child.children)
    if dep in CLAUSE_DEPS:  # not "dead" of "shoots dead two policemen": the verb's own result word
        bare = child.pos_ == "ADJ" and child.head.i == child.i - 1 and is_verb(child.head) and not has_subject
        return not (dep == "ccomp" and bare)
    if dep not in ("advcl", "conj", "acl"):
        return False
    if dep == "advcl":
        return has_subject or any(c.dep_ == "mark" for c in child.children)
    return has_subject


def find_scope_ids(head: Any, stops: Iterable[int] = ()) -> set[int]:
    """Return the token indices of ``head``'s own clause, not entering the tokens in ``stops``.

    Args:
        head: the trigger (or governing) token.
        stops: token indices of other events' triggers.
    """
    table = to_doc_table(head.doc)
    within, breaks, deps = table.clause_children, table.breaks, table.deps
    stop_ids = set(stops) - {head.i}
    keep_relative = not table.verbs[head.i]
    ids = {head.i}
    stack = [
        c
        for c in table.children[head.i]
        if c not in stop_ids and (not breaks[c] or (keep_relative and deps[c] in ("relcl", "acl")))
    ]
    while stack:
        i = stack.pop()
        ids.add(i)
        stack += [c for c in within[i] if c not in stop_ids] if stop_ids else within[i]
    return ids


def find_shared_stops(token: Any, stops: Iterable[int], preps: frozenset[str]) -> frozenset[int]:
    """Return the other triggers that are event nouns of ``token``'s circumstance ("killed in a strike").

    They are the objects of one of ``preps`` ("in", "during") attached to the trigger or to a verb coordinated
    with it ("Two people are killed and two others are injured in attacks …"): the trigger's event happened
    when and where that one did.
    """
    table = to_doc_table(token.doc)
    verbs, deps, heads, lowers = table.verbs, table.deps, table.heads, table.lowers
    found = [i for i in stops if not verbs[i] and deps[i] == "pobj" and lowers[heads[i]] in preps]
    if not found:
        return frozenset()
    governors = {token.i, *(c.i for c in token.conjuncts if verbs[c.i])}
    return frozenset(i for i in found if heads[heads[i]] in governors)


def find_complement_ids(token: Any, ids: set[int], preps: frozenset[str]) -> set[int]:
    """Return the tokens of gerund complements inside ``ids`` that are actions of their own.

    "accusing him of having stoked unrest in early 2018", "charge a soldier with murdering two people in
    1972": the stoking and the murder have their own time. A complement that holds the trigger is kept.
    """
    out: set[int] = set()
    doc = token.doc
    table = to_doc_table(doc)
    deps, verbs, heads, lowers = table.deps, table.verbs, table.heads, table.lowers
    for i in ids:
        if deps[i] == "pcomp" and verbs[i] and lowers[heads[i]] in preps:
            subtree = {t.i for t in doc[i].subtree}
            if token.i not in subtree:
                out |= subtree
    return out


def find_governors(token: Any) -> list[Any]:
    """Return the ancestors of ``token``, nearest first."""
    return list(token.ancestors)


def resolve_span_root(doc: Any, span: Span) -> Any | None:
    """Return the syntactic root token of the character span, or None when it covers no token."""
    return to_doc_table(doc).resolve_root(span.start, span.end)


class EventIndex:
    """The trigger token of every event of an article, and the triggers other than a given event's."""

    def __init__(self, doc: Any, events: Iterable[Event]) -> None:
        self._tokens: dict[tuple[int, int], Any] = {}
        for event in events:
            token = resolve_span_root(doc, event.trigger)
            if token is not None:
                self._tokens[(event.trigger.start, event.trigger.end)] = token
        self._ids = frozenset(token.i for token in self._tokens.values())

    def token(self, event: Event) -> Any | None:
        """Return the trigger's root token, or None when the trigger covers no token."""
        return self._tokens.get((event.trigger.start, event.trigger.end))

    def all_tokens(self) -> list[Any]:
        """Return the trigger tokens of all events."""
        return list(self._tokens.values())

    def trigger_ids(self) -> frozenset[int]:
        """Return the token indices of all events' triggers (built once per index)."""
        return self._ids

    def other_trigger_ids(self, event: Event) -> frozenset[int]:
        """Return the token indices of the other events' triggers."""
        own = self.token(event)
        return self._ids if own is None else self._ids - {own.i}


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

    Vague plurals give their lower bound from ``numbers.yaml``; a number before a vague word multiplies it
    ("a dozen" 12, "two dozen" 24, "a couple" 2, "a handful" 3); a vague plural before "of" and a plural
    scale is that many of the scale ("tens of thousands" 20,000, "hundreds of millions" 200,000,000: the
    lower bounds of :func:`join_vague_magnitude`); any word that is not a number gives None.
    """
    parts = join_vague_magnitude([p for w in words for p in w.lower().replace("-", " ").split()], numbers)
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
            current = current * numbers.vague[part] if current else numbers.vague[part]  # "a couple": 2
        else:
            return None
        seen = True
    return int(total + current) if seen and total + current < 2**31 else None  # stored as 32-bit INTEGER


def join_vague_magnitude(parts: list[str], numbers: NumberWordsFile) -> list[str]:
    """The words of a number without "and", a vague plural's "of" before a plural scale dropped and the
    scale made singular: "tens of thousands" -> "tens thousand" (two tens of a thousand at least, as
    "dozens" is two dozen), "hundreds of millions" -> "hundreds million"; any other "of" stays (no number)."""
    joined: list[str] = []
    for i, part in enumerate(parts):
        after = parts[i + 1] if i + 1 < len(parts) else ""
        vague_of = part == "of" and joined and joined[-1] in numbers.vague and is_plural_scale(after, numbers)
        if part == "and" or vague_of:
            continue
        joined.append(part[:-1] if is_plural_scale(part, numbers) and joined else part)
    return joined


def is_plural_scale(word: str, numbers: NumberWordsFile) -> bool:
    """True for the plural of a scale word ("thousands", "millions", "hundreds")."""
    return word.endswith("s") and word[:-1] in numbers.scales
