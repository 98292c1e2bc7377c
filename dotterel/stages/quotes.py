"""Quotations and their speakers, and pronouns resolved to earlier mentions.

:func:`find_quotes` pairs quote marks paragraph by paragraph (straight ``"`` alternate; curly “ ” open and
close). A quotation still open at the end of a paragraph continues in the next one (the news convention of
re-opening without closing). Its speaker is the subject of the attribution after the closing mark
(``"…," Esper told reporters``, ``"…," said Esper``) or before the opening one (``Esper said: "…"``);
an unattributed quotation keeps the speaker of the previous quotation of the same paragraph or of the
paragraph it continues.

:func:`find_pronoun_mentions` resolves "he"/"she" to the last named person of the paragraph (else of the
previous paragraph), "it" to the last country or organisation of the sentence (else of the previous
sentence of the paragraph), "they" to the last plural group, and "we"/"I"/"our" inside a quotation to its
speaker; "we" outside quotations is left alone. :func:`to_possessed_sectors` then gives "its troops" the
country of "its".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from dotterel.knowledge.actor_book import ActorBook
from dotterel.model import Article, Mention, Sentence, Span
from dotterel.stages.bound_pronouns import is_bound_elsewhere
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.possessive_subjects import find_binding_subject, is_bound_by_other_person

RULE_PRONOUN = "actors.pronoun.v1"
RULE_QUOTE_PRONOUN = "actors.pronoun-quote.v1"
RULE_POSSESSED_SECTOR = "actors.possessed-sector.v1"
_CONFIDENCE = {"person": 0.7, "thing": 0.6, "group": 0.5, "speaker": 0.8}
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_PLURAL_TAGS = ("NNS", "NNPS")
_OPENING, _CLOSING, _STRAIGHT = "\u201c", "\u201d", '"'
_QUOTE_MARK = re.compile(f"[{_OPENING}{_CLOSING}{_STRAIGHT}]")


@dataclass(frozen=True)
class Quote:
    """A quotation: the quoted words (without the marks) and who said them, when that is known."""

    span: Span
    speaker: Mention | None


@dataclass(frozen=True)
class QuoteMarks:
    """Where a quotation opens and closes (``closed`` False: it runs to the paragraph's end)."""

    opening: int
    closing: int
    closed: bool
    paragraph: int


def find_quote_marks(text: str, sentences: Sequence[Sentence]) -> list[QuoteMarks]:
    """Pair the quote marks of each paragraph (straight quotes alternate; curly ones open and close)."""
    paragraphs: dict[int, tuple[int, int]] = {}
    for s in sentences:
        start, _ = paragraphs.get(s.paragraph, (s.span.start, s.span.end))
        paragraphs[s.paragraph] = (start, s.span.end)
    marks: list[QuoteMarks] = []
    for number, (start, end) in sorted(paragraphs.items()):
        opening: int | None = None
        for found in _QUOTE_MARK.finditer(text, start, end):  # only the quote marks: nothing else counts
            pos, ch = found.start(), found.group()
            if ch == _OPENING or (ch == _STRAIGHT and opening is None):
                opening = pos if opening is None else opening
            elif ch in (_CLOSING, _STRAIGHT) and opening is not None:
                marks.append(QuoteMarks(opening, pos, True, number))
                opening = None
        if opening is not None:
            marks.append(QuoteMarks(opening, end, False, number))
    return marks


class _Index:
    """Tokens and sentences by character offset."""

    def __init__(self, article: Article) -> None:
        self.sentences = article.sentences
        self.starts = [s.span.start for s in article.sentences]
        self.doc = article.doc
        # offset -> token index, from the offsets column: a Token object is built only for a mention's head
        self.token_at = dict(zip(to_token_offsets(article.doc), range(len(article.doc)), strict=True))
        self._sentence_at: dict[int, int] = {}  # offset -> sentence index, worked out once

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding character ``offset``."""
        sentence = self._sentence_at.get(offset)
        if sentence is None:
            sentence = self._sentence_at[offset] = max(bisect.bisect_right(self.starts, offset) - 1, 0)
        return sentence

    def token(self, mention: Mention) -> Any:
        """The token at the mention's head, or None (a modifier inside a hyphenated token)."""
        i = self.token_at.get(mention.head.start)
        return None if i is None else self.doc[i]


def to_token_offsets(doc: Any) -> list[int]:
    """Return the character offset of every token (``token.idx``), read from ``Doc.to_array``."""
    from spacy.attrs import IDX

    return doc.to_array(IDX).reshape(-1).tolist() if len(doc) else []


def _is_subject(index: _Index, mention: Mention) -> bool:
    tok = index.token(mention)
    return tok is not None and tok.dep_ in _SUBJECT_DEPS and tok.head.pos_ in ("VERB", "AUX")


def _speaker_of(index: _Index, marks: QuoteMarks, mentions: Sequence[Mention]) -> Mention | None:
    if marks.closed:
        sentence = index.sentences[index.sentence_of(marks.closing)]
        after = [m for m in mentions if marks.closing < m.head.start < sentence.span.end]
        speaker = next((m for m in after if _is_subject(index, m)), None)
        if speaker is not None:
            return speaker
    sentence = index.sentences[index.sentence_of(marks.opening)]
    lead = sentence.text[: marks.opening - sentence.span.start].rstrip()
    if not lead.endswith((":", ",")):
        return None
    before = [m for m in mentions if sentence.span.start <= m.head.start < marks.opening]
    return next((m for m in reversed(before) if _is_subject(index, m)), None)


def _find_quotes(article: Article, mentions: Sequence[Mention]) -> list[Quote]:
    index = _Index(article)
    marks = find_quote_marks(article.text, article.sentences)
    speakers = [_speaker_of(index, m, mentions) for m in marks]
    for i in range(len(marks)):  # forward: same paragraph, or the paragraph a quotation continues into
        previous = marks[i - 1] if i else None
        if (
            speakers[i] is None
            and previous is not None
            and (
                previous.paragraph == marks[i].paragraph
                or (not previous.closed and previous.paragraph + 1 == marks[i].paragraph)
            )
        ):
            speakers[i] = speakers[i - 1]
    for i in range(len(marks) - 2, -1, -1):  # backward: an open quotation attributed in the next paragraph
        if speakers[i] is None and not marks[i].closed and marks[i + 1].paragraph == marks[i].paragraph + 1:
            speakers[i] = speakers[i + 1]
    return [Quote(Span(m.opening + 1, m.closing), s) for m, s in zip(marks, speakers, strict=True)]


def find_quotes(article: Article) -> list[Quote]:
    """Return the article's quotations in text order, each with its speaker mention (or None).

    Needs ``article.doc``, ``article.sentences`` and ``article.mentions`` (run after the actors stage).
    """
    return _find_quotes(article, sorted(article.mentions, key=lambda m: m.span.start))


def _is_person(m: Mention) -> bool:
    return (m.actor.actor_id or "").startswith("person:") or m.rule == "actors.titled-unknown.v1"


def _fits(book: ActorBook, index: _Index, kind: str, m: Mention) -> bool:
    if m.rule == "actors.modifier.v1" or _is_person(m):
        return kind == "person" and _is_person(m)
    if m.kind == "pronoun":
        return book.resolve_pronoun(m.actor.text) == kind
    tok = index.token(m)
    plural = tok is not None and tok.tag_ in _PLURAL_TAGS
    if kind == "thing":
        return tok is not None and not plural
    return kind == "group" and (plural or (m.actor.actor_id or "").startswith("org:"))


def _antecedent(
    book: ActorBook, index: _Index, kind: str, tok: Any, mentions: Sequence[Mention]
) -> Mention | None:
    here = index.sentence_of(tok.idx)
    paragraph = index.sentences[here].paragraph
    if kind == "person":
        scopes = [
            lambda s: index.sentences[s].paragraph == paragraph,
            lambda s: index.sentences[s].paragraph == paragraph - 1,
        ]
    else:
        scopes = [lambda s: s == here, lambda s: s == here - 1 and index.sentences[s].paragraph == paragraph]
    for in_scope in scopes:
        found = [
            m
            for m in mentions
            if m.head.end <= tok.idx
            and in_scope(index.sentence_of(m.head.start))
            and _fits(book, index, kind, m)
        ]
        if found:
            return found[-1]
    return None


def _clause_subject(
    book: ActorBook, index: _Index, kind: str, tok: Any, mentions: Sequence[Mention]
) -> Mention | None:
    """The subject of the saying verb binds the subject pronoun of its clause: "militants said they tried"."""
    if (bound := find_binding_subject(tok)) is not None:  # "X announces his resignation"
        return _subject_mention(book, index, kind, bound, mentions)
    if tok.dep_ not in _SUBJECT_DEPS or tok.head.dep_ != "ccomp":
        return None
    subject = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i >= tok.i:
        return None
    return _subject_mention(book, index, kind, subject, mentions)


def _subject_mention(
    book: ActorBook, index: _Index, kind: str, subject: Any, mentions: Sequence[Mention]
) -> Mention | None:
    """The mention the subject token heads, when it fits the pronoun's kind."""
    heads = [m for m in mentions if m.head.start == subject.idx and m.kind != "pronoun"]
    return heads[0] if heads and _fits(book, index, kind, heads[0]) else None


def _is_expletive(tok: Any) -> bool:
    if tok.dep_ == "expl":
        return True
    deps = {child.dep_ for child in tok.head.children}
    return (
        tok.dep_ == "nsubj"
        and tok.head.pos_ == "AUX"
        and bool(deps & {"acomp", "attr"})
        and bool(deps & {"xcomp", "ccomp", "csubj"})
    )


def _pronoun(tok: Any, antecedent: Mention, kind: str) -> Mention:
    span = Span(tok.idx, tok.idx + len(tok))
    rule = RULE_QUOTE_PRONOUN if kind == "speaker" else RULE_PRONOUN
    return Mention(span, span, replace(antecedent.actor, text=tok.text), "pronoun", rule, _CONFIDENCE[kind])


def find_pronoun_mentions(book: ActorBook, article: Article, mentions: Sequence[Mention]) -> list[Mention]:
    """Return mentions for the pronouns that resolve to one of ``mentions`` (or to a quotation's speaker)."""
    index = _Index(article)
    known = sorted(mentions, key=lambda m: m.span.start)
    found: list[Mention] = []
    pronouns = [article.doc[i] for i, pos in enumerate(to_doc_table(article.doc).pos) if pos == "PRON"]
    for tok in pronouns:
        kind = book.resolve_pronoun(tok.text)
        if kind in (None, "speaker") or (kind == "thing" and _is_expletive(tok)):
            continue
        ordered = sorted([*known, *found], key=lambda m: m.head.start)
        antecedent = _clause_subject(book, index, kind, tok, known) or _antecedent(
            book, index, kind, tok, ordered
        )
        if antecedent is None or is_bound_elsewhere(tok, kind, antecedent):
            continue
        if not is_bound_by_other_person(tok, kind, antecedent.span.start, antecedent.span.end):
            found.append(_pronoun(tok, antecedent, kind))
    quotes = _find_quotes(article, sorted([*known, *found], key=lambda m: m.span.start))
    for tok in pronouns:
        if book.resolve_pronoun(tok.text) != "speaker":
            continue
        quote = next((q for q in quotes if q.span.start <= tok.idx < q.span.end), None)
        if quote is not None and quote.speaker is not None:
            found.append(_pronoun(tok, quote.speaker, "speaker"))
    return found


def to_possessed_sectors(
    article: Article, mentions: Sequence[Mention], pronouns: Sequence[Mention]
) -> list[Mention]:
    """Return ``mentions`` where a sector noun owned by a resolved pronoun takes the pronoun's country:
    "its troops" after "Pakistan" is PAK MIL, "our personnel" in Esper's quotation USA MIL."""
    heads = {t.idx: t for t in article.doc}
    owners = {p.span.start: p for p in pronouns if p.actor.country is not None}
    result: list[Mention] = []
    for mention in mentions:
        head = heads.get(mention.head.start) if mention.kind == "sector" else None
        owned = [owners[c.idx] for c in head.children if c.dep_ == "poss" and c.idx in owners] if head else []
        if not owned:
            result.append(mention)
            continue
        span = Span(min(owned[0].span.start, mention.span.start), mention.span.end)
        text = article.text[span.start : span.end]
        actor = replace(mention.actor, text=text, country=owned[0].actor.country)
        result.append(replace(mention, span=span, actor=actor, rule=RULE_POSSESSED_SECTOR, confidence=0.6))
    return result
