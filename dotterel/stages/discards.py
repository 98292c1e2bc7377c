"""Discards stage: text a discard list marks as not political-event text gives no event.

A CAMEO/PETRARCH discard list (:func:`~dotterel.knowledge.cameo_dict.load_discards`) names phrases that mark
sports results, weather, entertainment … ("World Cup", "typhoon"). As in PETRARCH, a sentence holding a
discard phrase gives no event, and a story-level phrase (a ``+`` entry) anywhere in the article drops every
event of the article. The stage runs right after ``events``, so no later stage (``merge`` in particular) folds
a discarded sentence into an event of another one. With no discard list loaded it does nothing.

Phrases match whole words in any letter case, with only white space between their words: a word is a run of
letters and digits, so "baseball" matches "Baseball's" and "baseball-mad" but not "baseballs", and "World Cup"
does not match "World. Cup". A sentence that ends with a colon or a dash (a heading or a dateline:
"CRICKET:", "BASEBALL --") is one with the sentence it introduces. :meth:`DiscardsStage.find_matches` tells
which entries matched where and what each discards: the coded output itself keeps no trace of dropped events.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from dotterel.knowledge.cameo_dict import CameoDiscard
from dotterel.model import Article, Event, Sentence, Span

_LETTER_OR_DIGIT = r"[^\W_]"
INTRODUCING_ENDS: tuple[str, ...] = (":", "-", "\u2013", "\u2014")  # a colon, hyphen, en dash, em dash


@dataclass(frozen=True)
class DiscardMatch:
    """A discard entry found in an article: the entry, the words it matched, and the span it discards (their
    sentence, or the whole text for a story-level entry)."""

    discard: CameoDiscard
    span: Span
    scope: Span


def to_key(phrase: str) -> str:
    """Return a phrase as compared: its words lower-cased and joined by single spaces."""
    return " ".join(phrase.split()).lower()


def find_sentence_spans(sentences: Sequence[Sentence]) -> list[Span]:
    """Return the spans of the sentences as the stage sees them: a sentence ending with a colon or a dash
    (``INTRODUCING_ENDS``) is joined with the next one."""
    spans: list[Span] = []
    joins_next = False
    for sentence in sentences:
        if joins_next and spans:
            spans[-1] = Span(spans[-1].start, sentence.span.end)
        else:
            spans.append(sentence.span)
        joins_next = sentence.text.rstrip().endswith(INTRODUCING_ENDS)
    return spans


def to_discard_pattern(phrases: Sequence[str]) -> re.Pattern[str] | None:
    """Return one case-insensitive pattern matching any of ``phrases`` as whole words (the longest first, so
    "World Cup final" wins over "World Cup"), or None when there is no phrase."""
    keys = sorted({to_key(p) for p in phrases if p.strip()}, key=len, reverse=True)
    if not keys:
        return None
    choices = "|".join(r"\s+".join(re.escape(word) for word in key.split()) for key in keys)
    return re.compile(rf"(?<!{_LETTER_OR_DIGIT})(?:{choices})(?!{_LETTER_OR_DIGIT})", re.IGNORECASE)


class DiscardsStage:
    """Drop the events of sentences (or articles) that hold a discard phrase; assigns ``events``.

    Args:
        discards: the discard entries, in the order read (for a phrase listed twice, the first one is
            reported).
    """

    name = "discards"
    requires: tuple[str, ...] = ("sentences", "events")
    assigns: tuple[str, ...] = ("events",)

    def __init__(self, discards: Sequence[CameoDiscard] = ()) -> None:
        self.discards = tuple(discards)
        self._entries: dict[tuple[bool, str], CameoDiscard] = {}
        for discard in self.discards:
            self._entries.setdefault((discard.story, to_key(discard.phrase)), discard)
        self._story = to_discard_pattern([d.phrase for d in self.discards if d.story])
        self._sentence = to_discard_pattern([d.phrase for d in self.discards if not d.story])

    def find_matches(self, article: Article) -> list[DiscardMatch]:
        """Return the discard entries found in the article: story-level ones (any of which discards the whole
        article), then sentence-level ones, each in text order."""
        matches = []
        if self._story is not None:
            whole = Span(0, len(article.text))
            for found in self._story.finditer(article.text):
                matches.append(DiscardMatch(self._entry(True, found[0]), Span(*found.span()), whole))
        if self._sentence is not None:
            spans = find_sentence_spans(article.sentences)
            starts = [span.start for span in spans]
            for found in self._sentence.finditer(article.text):
                index = bisect.bisect_right(starts, found.start()) - 1
                if index >= 0 and found.end() <= spans[index].end:
                    scope = spans[index]
                    matches.append(DiscardMatch(self._entry(False, found[0]), Span(*found.span()), scope))
        return matches

    def _entry(self, story: bool, text: str) -> CameoDiscard:
        entry = self._entries.get((story, to_key(text)))
        if entry is not None:
            return entry
        # lower() and the pattern's IGNORECASE can differ on rare letters: try each entry on its own
        return next(d for d in self.discards if d.story is story and _matches_alone(d.phrase, text))

    def __call__(self, article: Article) -> Article:
        """Drop the events of discarded sentences, or all the article's events for a story-level discard."""
        if not self.discards or not article.events:
            return article
        scopes = [match.scope for match in self.find_matches(article)]
        article.events = [event for event in article.events if not _is_inside_any(event, scopes)]
        return article


def _matches_alone(phrase: str, text: str) -> bool:
    pattern = to_discard_pattern([phrase])
    return pattern is not None and pattern.fullmatch(text) is not None


def _is_inside_any(event: Event, scopes: Sequence[Span]) -> bool:
    return any(scope.start <= event.trigger.start < scope.end for scope in scopes)
