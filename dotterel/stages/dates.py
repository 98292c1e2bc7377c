"""Dates stage: when each event happened, resolved against the article date (never the clock).

Where an event's date comes from, in order (the ``date`` evidence span points at the expression used):
1. a date expression in the event's own clause (:func:`find_scope_ids`), nearest first, leaving out gerund
   complements that are actions of their own ("accusing him of having stoked unrest in early 2018");
2. else one in the clause of an event noun it happened in ("killed … during the mass shooting in 1972");
3. else the date phrase right before its relative pronoun ("the attack in Mali on 1 November that killed 54",
   wherever the parser hangs the clause), else the date of a clause that governs it: the verb of a relative
   or subordinate clause, the verb whose object or subject the event noun is, a speech verb over reported
   content. An event whose own clause says
   its time differs ("said later"), or a gerund complement ("charged on Thursday with murdering"), inherits
   nothing; a background reference (an earlier happening cited as the cause or time of another event:
   :mod:`dotterel.stages.background`) inherits nothing either, and with no date in its own phrase it is
   dropped;
4. else, inside a quotation, the date in the attribution sentence outside quotes;
5. else, for a definite event noun ("the air raids"), the date of an earlier mention of the same noun, or
   for a generic one ("the attack", "the incident") of a more specific noun of its kind ("an armed assault");
6. else the article date with precision ``unknown``.
An asserted verb with no future marker never takes a date after the article date ("agree to set a deadline
by 13 December" happened on the article's day). Expressions and their readings:
:mod:`dotterel.stages.date_expressions`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from dotterel.knowledge.readings import ReadingWords, load_reading_words
from dotterel.model import Article, Event
from dotterel.stages.background import (
    find_own_phrase_ids,
    is_background_clause,
    is_background_noun,
    is_inside,
)
from dotterel.stages.date_expressions import (
    DateFinder,
    DateMention,
    DateWordsFile,
    load_date_words,
)
from dotterel.stages.scope import (
    EventIndex,
    QuoteSegment,
    find_complement_ids,
    find_governors,
    find_quote_segments,
    find_scope_ids,
    find_shared_stops,
    is_verb,
    resolve_quote_segment,
)

__all__ = ["DateFinder", "DateMention", "DatesStage", "load_date_words"]


@dataclass
class _ArticleDates:
    """Per-article lookups: the mentions by root token, and the quotation segments."""

    doc: Any
    mentions: list[DateMention]
    roots: list[Any]
    readings: list[dt.date]
    quotes: list[QuoteSegment]
    index: EventIndex
    types: dict[int, str]


class DatesStage:
    """Date every event from its clause, its governing clause, its quotation or the article date."""

    name = "dates"
    requires: tuple[str, ...] = ("doc", "sentences", "events")
    assigns: tuple[str, ...] = ("events",)

    def __init__(self, words: DateWordsFile | None = None, readings: ReadingWords | None = None) -> None:
        self.words = words or load_date_words()
        self.readings = readings or load_reading_words()
        self.finder = DateFinder(self.words)
        self.future_aux = frozenset(w.lower() for w in self.words.future_aux)
        self.blockers = frozenset(w.lower() for w in self.words.inheritance_blockers)
        self.definite = frozenset(w.lower() for w in self.words.definite_determiners)
        self.complement_preps = frozenset(w.lower() for w in self.words.complement_preps)
        self.shared_preps = frozenset(w.lower() for w in self.words.shared_time_preps)
        self.anaphors = {
            k.lower(): frozenset(v.lower() for v in vs) for k, vs in self.words.anaphor_nouns.items()
        }

    def __call__(self, article: Article) -> Article:
        """Set ``date``, ``date_precision`` and the ``date`` evidence span of every event."""
        if not article.events:  # nothing to date: skip finding the date expressions
            return article
        ctx = self._context(article)
        nouns, clauses = self._find_background(article.events, ctx)
        tokens = [(e.event_id, ctx.index.token(e)) for e in article.events]
        noun_ids = frozenset(t.i for event_id, t in tokens if event_id in nouns and t is not None)
        dated = []
        for event in article.events:
            token = ctx.index.token(event)
            inside = token is not None and is_inside(token, noun_ids)  # "the assassination … in a killing"
            if event.event_id in nouns or event.event_id in clauses or inside:
                found = self._own_phrase_date(event, ctx)
                if found is not None:
                    dated.append(self._with_date(event, ctx, found))
            else:
                dated.append(self._dated(event, ctx, article.date))
        article.events = dated
        return article

    def _find_background(self, events: list[Event], ctx: _ArticleDates) -> tuple[set[str], set[str]]:
        """The ids of the events that are earlier happenings cited as the cause or time of another event:
        those told by a noun, and those told by a clause."""
        nouns: set[str] = set()
        clauses: set[str] = set()
        for event in events:
            token = ctx.index.token(event)
            if token is None:
                continue
            if is_background_noun(token, ctx.index.other_trigger_ids(event), self.readings):
                nouns.add(event.event_id)
            elif is_background_clause(token, event.action.type, ctx.types, self.readings):
                clauses.add(event.event_id)
        return nouns, clauses

    def _own_phrase_date(self, event: Event, ctx: _ArticleDates) -> int | None:
        token = ctx.index.token(event)
        ids = find_own_phrase_ids(token) if token is not None else frozenset()
        return self._closest(set(ids), token, ctx) if token is not None else None

    def _context(self, article: Article) -> _ArticleDates:
        doc = article.doc
        mentions, roots, readings = [], [], []
        for mention in self.finder.find(article.text, article.date):
            tokens = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            if tokens is None or not len(tokens):
                continue
            mentions.append(mention)
            roots.append(tokens.root)
            readings.append(self._read(mention, tokens.root))
        index = EventIndex(doc, article.events)
        types = {token.i: e.action.type for e in article.events if (token := index.token(e)) is not None}
        return _ArticleDates(doc, mentions, roots, readings, find_quote_segments(article), index, types)

    def _read(self, mention: DateMention, root: Any) -> dt.date:
        """Pick the reading for the tense of the verb it hangs on ("will" → forward, past → past)."""
        verb = next((t for t in (root, *root.ancestors) if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return mention.date
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in self.future_aux for c in auxiliaries):
            return mention.forward_date
        if verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ == "have" for c in auxiliaries):
            return mention.past_date
        return mention.date

    def _dated(self, event: Event, ctx: _ArticleDates, article_date: dt.date) -> Event:
        token = ctx.index.token(event)
        found = None if token is None else self._resolve_event_mention(token, event, ctx)
        if found is not None and ctx.readings[found] > article_date and not self._may_lie_ahead(token, event):
            found = None  # "agree to set a deadline by 13 December": the agreeing is not in the future
        if found is None:
            return replace(event, date=article_date, date_precision="unknown")
        return self._with_date(event, ctx, found)

    @staticmethod
    def _with_date(event: Event, ctx: _ArticleDates, found: int) -> Event:
        mention = ctx.mentions[found]
        day = ctx.readings[found]
        spans = {**event.evidence.spans, "date": mention.span}
        return replace(
            event, date=day, date_precision=mention.precision, evidence=replace(event.evidence, spans=spans)
        )

    def _resolve_event_mention(self, token: Any, event: Event, ctx: _ArticleDates) -> int | None:
        stops = ctx.index.other_trigger_ids(event)
        found = self._resolve_in_clauses(token, ctx, stops)
        if found is None:
            found = self._resolve_in_quote(event, ctx)
        if found is None:
            found = self._resolve_by_anaphora(token, ctx)
        return found

    def _may_lie_ahead(self, token: Any, event: Event) -> bool:
        """False for an asserted verb with no future marker on it or above it: its date is not ahead."""
        if event.modality in ("threatened", "conditional", "hypothetical") or not is_verb(token):
            return True
        return any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in self.future_aux
            for verb in (token, *token.ancestors)
            for c in verb.children
        )

    def _own_ids(self, token: Any, stops: frozenset[int]) -> set[int]:
        """The trigger's clause without gerund complements that are actions of their own."""
        ids = find_scope_ids(token, stops)
        return ids - find_complement_ids(token, ids, self.complement_preps)

    def _resolve_in_clauses(self, token: Any, ctx: _ArticleDates, stops: frozenset[int]) -> int | None:
        found = self._closest(self._own_ids(token, stops), token, ctx)
        shared = find_shared_stops(token, stops, self.shared_preps)
        if found is None and shared:  # "murdering two people during the mass shooting … in 1972"
            circumstances = {t.i for i in shared for t in token.doc[i].head.subtree}
            found = self._closest(self._own_ids(token, stops - shared) | circumstances, token, ctx)
        if found is not None or any(c.dep_ == "advmod" and c.lower_ in self.blockers for c in token.children):
            return found
        if token.dep_ == "pcomp" and token.head.lower_ in self.complement_preps:
            return None  # "charged on Thursday with murdering": the murder has its own time
        found = self._date_before_relative(token, ctx)
        if found is not None:
            return found
        for governor in find_governors(token):
            ids = self._own_ids(governor, stops) if governor.pos_ in ("VERB", "AUX") else {governor.i}
            found = self._closest(ids, governor, ctx, direct_only=governor.pos_ not in ("VERB", "AUX"))
            if found is not None:
                return found
        return None

    @staticmethod
    def _closest(ids: set[int], head: Any, ctx: _ArticleDates, direct_only: bool = False) -> int | None:
        ranked = []
        for position, root in enumerate(ctx.roots):
            inside = root.head.i == head.i if direct_only else root.i in ids
            if inside:
                ranked.append(((0 if root.head.i == head.i else 1, abs(root.i - head.i)), position))
        return min(ranked)[1] if ranked else None

    @staticmethod
    def _date_before_relative(token: Any, ctx: _ArticleDates) -> int | None:
        """The date phrase right before the relative pronoun of a relative-clause event: "the attack in Mali
        on 1 November that killed 54" dates the noun the clause describes, wherever the parser hangs them."""
        if token.dep_ != "relcl":
            return None
        pronoun = next(
            (
                c
                for c in token.children
                if c.i < token.i and c.tag_ in ("WDT", "WP") and c.dep_.startswith(("nsubj", "dobj"))
            ),
            None,
        )
        if pronoun is None or pronoun.i == 0:
            return None
        before = pronoun.doc[pronoun.i - 1]
        if before.is_punct and before.text == "," and before.i > 0:
            before = pronoun.doc[before.i - 1]
        for position, mention in enumerate(ctx.mentions):
            if mention.span.start <= before.idx < mention.span.end:
                return position
        return None

    @staticmethod
    def _resolve_in_quote(event: Event, ctx: _ArticleDates) -> int | None:
        segment = resolve_quote_segment(ctx.quotes, event.trigger.start)
        if segment is None:
            return None
        for position, mention in enumerate(ctx.mentions):
            if any(part.contains(mention.span) for part in segment.attribution):
                return position
        return None

    def _resolve_by_anaphora(self, token: Any, ctx: _ArticleDates) -> int | None:
        if token.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in self.definite for c in token.children
        ):
            return None
        modifiers = {c.lemma_.lower() for c in token.children if c.dep_ == "compound"}
        lemmas = {token.lemma_.lower()} | self.anaphors.get(token.lemma_.lower(), frozenset())
        for earlier in reversed(ctx.doc[: token.sent.start]):
            if earlier.pos_ != "NOUN" or earlier.lemma_.lower() not in lemmas:
                continue
            if modifiers - {c.lemma_.lower() for c in earlier.children if c.dep_ == "compound"}:
                continue
            found = self._resolve_in_clauses(earlier, ctx, frozenset())
            if found is not None:
                return found
        return None
