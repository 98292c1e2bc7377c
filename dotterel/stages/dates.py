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
5. else, for a definite event noun ("the air raids", or a verb's subject), the date of an earlier mention of
   the same noun, or for a generic one ("the attack") of a more specific noun of its kind ("an armed raid");
6. else the article date with precision ``unknown``.
A date phrase inside a noun's phrase (a pre-modifier, an "of" complement, a relative or participial clause
of the noun, an infinitive of purpose) dates that noun and clause only; a start or end of a state ("from
December 16", "until April 30") dates its own clause only; an event "rescheduled to" a day takes it; a
past-perfect clause inherits nothing; more victims of a dated harm ("three other militants were wounded")
take its day; a day inside an "after …"/"because of …" phrase or clause dates that happening only, "for
<day>" only the thing planned, "by <day>" (a deadline) nothing, and standing nouns ("demands") take no day
(:mod:`dotterel.stages.date_scope`); a measure takes its start ("bans … starting September 14", "The measures
start on October 5": :mod:`dotterel.stages.date_measures`), also one told in a relative clause hung on its
clock time or in the participles that spell it out (:func:`date_relatives.find_told_nouns`). An asserted verb
with no future marker (a future or prospective auxiliary, an infinitive:
:mod:`dotterel.stages.date_prospects`) never takes a date after the article date ("agree to set a deadline by
13 December" happened on the article's day). An event in an "after"/"because" clause inherits from the clause
it hangs on only, not from a saying above it (:func:`dotterel.stages.date_anchors.find_date_governors`). A
measure's end ("until September 28", "extends … to October 2") is not its day
(:mod:`dotterel.stages.date_ends`); a day inside a coarser date wins ("(11
August) this year": :mod:`dotterel.stages.date_narrowing`); an undated event takes the day of a later
mention of it ("Saturday's arrests", "an incident … overnight": :mod:`dotterel.stages.date_retold`); a day it
is moved to lies ahead. A split-off mention takes the day of its first telling in the sentence before
(:mod:`dotterel.stages.date_splitoff`); a verb shares the time said after the verbs coordinated after it
(:mod:`dotterel.stages.date_conjuncts`); a date of a happening named as a topic dates it only
(:mod:`dotterel.stages.date_topics`); a past-perfect governor passes no date down; an event noun that is the
object of a verb of ending, or in the phrase of "ahead of" (to come: its own phrase's date only), takes no
day from the clause above.
Readings: :mod:`dotterel.stages.date_expressions`, :mod:`dotterel.stages.date_tenses`; the per-article
lookups: :mod:`dotterel.stages.date_context`.

Days counted from another date ("the next day", "two days after police shot a man on Sunday") are read in
:mod:`dotterel.stages.date_anchored_days` (moved out of this module: :func:`add_anchored_days`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from dotterel.knowledge.actor_book import ActorBook, load_actor_book
from dotterel.knowledge.readings import ReadingWords, load_reading_words
from dotterel.model import Article, Event, Span
from dotterel.stages.background import is_inside
from dotterel.stages.casualty_words import load_casualty_words
from dotterel.stages.date_anchored_days import add_anchored_days
from dotterel.stages.date_anchors import (
    find_date_governors,
    is_main_clause_time,
    resolve_date_before_relative,
    resolve_quote_mention,
)
from dotterel.stages.date_backgrounds import find_background_events, resolve_own_phrase_date
from dotterel.stages.date_comparisons import ComparisonWords, is_comparison_point, resolve_standing_region
from dotterel.stages.date_conjuncts import find_shared_conjunct_ids, resolve_trailing_time
from dotterel.stages.date_contents import find_all_starts, is_own_start
from dotterel.stages.date_context import ArticleDates, resolve_closest, to_dated_event
from dotterel.stages.date_continued_events import to_continued_events
from dotterel.stages.date_counted_back import add_counted_back
from dotterel.stages.date_ends import EndWords, is_lifted_object, is_measure_end, to_extension_end
from dotterel.stages.date_expressions import DateFinder, DateMention, DateWordsFile, load_date_words
from dotterel.stages.date_governors import resolve_governor_time
from dotterel.stages.date_kind_adjectives import is_kind_adjective
from dotterel.stages.date_late_relatives import find_clause_time_ids
from dotterel.stages.date_measures import MeasureWords, is_measure, to_clock_start, to_start_readings
from dotterel.stages.date_modifier_months import find_modifier_months
from dotterel.stages.date_narrowing import resolve_range_end
from dotterel.stages.date_national_days import CountryNamings, find_national_days
from dotterel.stages.date_present_clash import is_present_clash, is_sequence_object
from dotterel.stages.date_pro_verbs import find_pro_verb_act, find_pro_verb_clause_ids
from dotterel.stages.date_prospects import find_purpose_stops, is_barred_time, may_lie_ahead
from dotterel.stages.date_refined import to_split_off_and_refined_days
from dotterel.stages.date_relatives import (
    find_antecedent_time_ids,
    find_told_nouns,
)
from dotterel.stages.date_retold import RetoldWords, find_earlier_mentions, resolve_later_day
from dotterel.stages.date_same_time import find_split_compound_ids
from dotterel.stages.date_scope import (
    ScopeWords,
    find_modifier_years,
    resolve_bound_region,
    resolve_planned_region,
    resolve_possessed_noun,
    resolve_rescheduled_day,
    to_period_kind,
)
from dotterel.stages.date_tenses import TenseWords, is_past_start, to_tense_reading
from dotterel.stages.date_told_sequels import is_later_step
from dotterel.stages.date_topics import find_bound_date_ids, find_topic_date_ids
from dotterel.stages.date_totals import TotalWords, resolve_total_region
from dotterel.stages.date_weekday_holidays import find_weekday_holidays
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.scope import (
    EventIndex,
    find_complement_ids,
    find_quote_segments,
    find_shared_stops,
)

__all__ = ["DateFinder", "DateMention", "DatesStage", "is_main_clause_time", "load_date_words"]


MATERIAL_TYPES = HARM_TYPES | {"PROTEST"}  # acts done in a circumstance ("killed in an overnight attack")


class DatesStage:
    """Date every event from its clause, its governing clause, its quotation or the article date."""

    name = "dates"
    requires: tuple[str, ...] = ("doc", "sentences", "events")
    assigns: tuple[str, ...] = ("events",)

    def __init__(
        self,
        words: DateWordsFile | None = None,
        readings: ReadingWords | None = None,
        actor_book: ActorBook | None = None,
    ) -> None:
        self.words = words or load_date_words()
        self.readings = readings or load_reading_words()
        book = load_actor_book() if actor_book is None else actor_book
        self.countries = CountryNamings(book)  # "Independence Day" in Kazakhstan: its country's names
        self.finder = DateFinder(self.words)
        self.future_aux = frozenset(w.lower() for w in self.words.future_aux)
        self.prospective = frozenset(w.lower() for w in self.words.prospective_aux)
        self.blockers = frozenset(w.lower() for w in self.words.inheritance_blockers)
        self.definite = frozenset(w.lower() for w in self.words.definite_determiners)
        self.complement_preps = frozenset(w.lower() for w in self.words.complement_preps)
        self.shared_preps = frozenset(w.lower() for w in self.words.shared_time_preps)
        self.scope = ScopeWords.from_words(self.words)
        self.measures = MeasureWords.from_words(self.words)
        self.ends = EndWords.from_words(self.words)
        self.deadline = frozenset(w.lower() for w in self.words.deadline_preps)
        self.past_count = frozenset(w.lower() for w in self.words.past_count_words)  # "blames … last year"
        self.sequence = frozenset(w.lower() for w in self.words.sequence_verbs)  # "follow an offer of …"
        self.comparisons = ComparisonWords.from_words(self.words)
        self.standing = frozenset(w.lower() for w in self.words.standing_nouns)
        self.clock = self.words.to_start_phrases()
        self.anterior = frozenset(w.lower() for w in self.words.anterior_aux)
        self.prospect_heads = frozenset(w.lower() for w in self.words.prospect_heads)
        self.tenses = TenseWords.from_words(self.words)
        self.speech = frozenset(w.lower() for w in self.words.attribution_verbs)
        self.sequel = frozenset(w.lower() for w in self.words.sequel_preps)
        self.told = RetoldWords.from_words(self.words)
        self.prospect_preps = frozenset(w.lower() for w in self.words.prospect_preps)
        self.retelling = frozenset(w.lower() for w in self.words.retelling_pronouns)  # "It is the worst …"
        self.doers = frozenset(w.lower() for w in self.words.doer_nouns)  # "The attackers abducted …"
        self.relatives = frozenset(w.lower() for w in self.words.relative_pronouns)  # "…, who was kidnapped"
        self.pro_verbs = frozenset(w.lower() for w in self.words.pro_verbs)  # "which the latter did …"
        self.totals = TotalWords.from_words(load_casualty_words())  # "bringing the toll since May to 90"
        self.anaphors = {
            k.lower(): frozenset(v.lower() for v in vs) for k, vs in self.words.anaphor_nouns.items()
        }

    def __call__(self, article: Article) -> Article:
        """Set ``date``, ``date_precision`` and the ``date`` evidence span of every event."""
        if not article.events:  # nothing to date: skip finding the date expressions
            return article
        ctx = self._context(article)
        nouns, clauses = find_background_events(article.events, ctx, self.readings)
        tokens = [(e.event_id, ctx.index.token(e)) for e in article.events]
        noun_ids = frozenset(t.i for event_id, t in tokens if event_id in nouns and t is not None)
        dated = []
        for event in article.events:
            token = ctx.index.token(event)
            inside = token is not None and is_inside(token, noun_ids)  # "the assassination … in a killing"
            if event.event_id in nouns or event.event_id in clauses or inside:
                found = resolve_own_phrase_date(event, ctx)
                if found is not None:
                    dated.append(to_dated_event(event, ctx, found))
            else:
                dated.append(self._dated(event, ctx, article.date))
        dated = to_continued_events(article, dated, ctx.index.token, self.scope.continuations)
        article.events = to_split_off_and_refined_days(
            article, dated, ctx.index.token, self.definite, self.retelling, self.doers, self.relatives
        )
        return article

    def _context(self, article: Article) -> ArticleDates:
        doc = article.doc
        index = EventIndex(doc, article.events)
        ctx = ArticleDates(doc, [], [], [], find_quote_segments(article), index, {}, text=doc.text)
        ctx.types = {t.i: e.action.type for e in article.events if (t := ctx.index.token(e)) is not None}
        ctx.told = find_told_nouns(doc, self.prospect_heads, self.scope, self.measures)  # "…, closing …"
        triggers = frozenset(ctx.types)
        material = frozenset(i for i, kind in ctx.types.items() if kind in MATERIAL_TYPES)
        for mention in self._find_mentions(article):
            tokens = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            if tokens is None or not len(tokens) or is_kind_adjective(tokens.root, self.words):
                continue
            if is_comparison_point(tokens, self.comparisons):  # "the highest number of cases since March 8"
                continue
            last = len(ctx.mentions) - 1
            opened = ctx.mentions[last].span if last in ctx.periods else None  # "from December 16 [to …]"
            period = (
                to_period_kind(ctx.doc, tokens, self.scope, opened)
                or to_extension_end(tokens[0], self.ends)  # "extends the order to October 2"
                or to_clock_start(ctx.text, mention.span, self.clock)
            )
            region = resolve_standing_region(tokens.root, self.comparisons) or resolve_bound_region(
                tokens.root, self.scope, triggers, mention.link is None, material
            )  # "the president, in power since 1994, resigns": the date is the president's standing
            region = region or resolve_total_region(tokens.root, self.totals)  # "bringing the toll since …"
            if region:  # with the noun a participle of prospect tells ("talks, expected to start Thursday")
                region |= find_pro_verb_act(tokens.root, self.pro_verbs, self.relatives)  # "which X did …"
                told = frozenset(n for n, ids in ctx.told.items() if tokens.root.i in ids)
                ctx.bound[len(ctx.mentions)] = region | told
            if period:
                ctx.periods[len(ctx.mentions)] = period
            planned = resolve_planned_region(tokens.root)  # "a meeting for Friday": the meeting's, ahead
            if planned or (period == "end" and tokens.root.head.lower_ in self.deadline):
                ctx.bound[len(ctx.mentions)] = planned  # "withdraw by January 15": a deadline dates nothing
                ctx.planned.update(dict.fromkeys(planned, len(ctx.mentions)))
            ctx.mentions.append(mention)
            ctx.roots.append(resolve_possessed_noun(tokens.root, self.scope.time_nouns) or tokens.root)
            tense = to_tense_reading(mention, tokens.root, self.tenses, bool(period))
            ctx.readings.append(mention.forward_date if planned else tense)  # a plan lies ahead
        add_anchored_days(ctx, article, self._resolve_in_clauses)  # "the next day", "a day after …"
        ctx.starts = find_all_starts(
            ctx.index.all_tokens(), ctx.roots, ctx.periods, article.sentences, self.measures, self.words
        )
        starts = {k for k in ctx.starts.values() if not is_past_start(ctx.roots[k], self.tenses)}  # "began"
        ctx.readings = to_start_readings(ctx.mentions, ctx.readings, starts - ctx.counted, article.date)
        add_counted_back(ctx, self.words, article.date)  # "the 30th anniversary of …"
        return ctx

    def _find_mentions(self, article: Article) -> list[DateMention]:
        """The date expressions of the text, and the bare years before a noun ("the 1921 massacre")."""
        mentions = self.finder.find(article.text, article.date)
        for start, end, day in find_modifier_years(article.doc, self.scope.causes.happenings):
            if not any(m.span.start < end and start < m.span.end for m in mentions):
                mentions.append(DateMention.fixed(Span(start, end), day, "year"))
        mentions += find_modifier_months(article, self.words.months, mentions)  # "a February summit"
        mentions += find_national_days(article, self.words, mentions, self.countries)  # "Independence Day"
        mentions += find_weekday_holidays(article, self.words, mentions, self.countries)  # "Thanksgiving"
        return sorted(mentions, key=lambda m: m.span)

    def _dated(self, event: Event, ctx: ArticleDates, article_date: dt.date) -> Event:
        token = ctx.index.token(event)
        moved = None if token is None else resolve_rescheduled_day(token, ctx.roots, self.scope)
        if moved is not None:  # "the rally … is rescheduled to June 20": the new day lies ahead
            ctx.readings[moved] = ctx.mentions[moved].forward_date
            return to_dated_event(event, ctx, moved)
        found = None if token is None else self._resolve_event_mention(token, event, ctx)
        if found is not None and is_measure_end(
            token, ctx.periods.get(found), ctx.roots[found], self.measures, self.ends
        ):
            found = None  # "a curfew … until September 28": the measure's end, not its day
        elif found is not None and not is_measure(token, self.measures):  # "from last week to last night"
            found = resolve_range_end(found, ctx.mentions, ctx.periods, ctx.text, self.scope.range_joints)
        if found is None and token is not None:  # "… are arrested. … Saturday morning's arrests came after …"
            found = resolve_later_day(token, event.action.type, ctx.roots, ctx.bound, ctx.mentions, self.told)
        start = None if token is None else ctx.starts.get(token.i, ctx.planned.get(token.i))
        later = found is not None and (found in ctx.periods or ctx.readings[found] > article_date)
        later = later or is_own_start(token, ctx.starts, ctx.roots)  # "a lockdown on March 27, beginning …"
        if start is not None and (found is None or later):
            return to_dated_event(event, ctx, start)  # "bans … starting May 4", "a meeting for Friday"
        ahead = found is not None and ctx.readings[found] > article_date and found not in ctx.counted
        anchored = found is not None and ctx.mentions[found].offset is not None
        ahead = ahead and not (anchored and is_later_step(token, self.sequel))  # "… resigns the next day"
        if ahead and not may_lie_ahead(token, event.modality, self.future_aux, self.prospective, anchored):
            found = None  # "agree to set a deadline by 13 December": the agreeing is not in the future
        if found is not None and is_present_clash(
            token, ctx.mentions[found], ctx.readings[found], article_date, self.past_count, ctx.text
        ):
            found = None  # "blames the withdrawal from the deal last year": the withdrawal's year
        if found is None:
            return replace(event, date=article_date, date_precision="unknown")
        return to_dated_event(event, ctx, found)

    def _resolve_event_mention(self, token: Any, event: Event, ctx: ArticleDates) -> int | None:
        stops = ctx.index.other_trigger_ids(event)
        if token.pos_ == "NOUN" and token.lemma_.lower() in self.standing:  # "protesters' demands"
            return resolve_closest(self._own_ids(token, stops), token, ctx)
        found = self._resolve_in_clauses(token, ctx, stops)
        if found is None:
            found = resolve_quote_mention(ctx.quotes, ctx.mentions, event.trigger.start)
        if found is None:
            found = self._resolve_by_anaphora(token, ctx)
        return None if found is not None and is_barred_time(token, found, ctx) else found  # "a plot to …"

    def _own_ids(self, token: Any, stops: frozenset[int]) -> set[int]:
        """The trigger's clause without gerund complements that are actions of their own."""
        ids = find_clause_time_ids(token, stops)
        ids |= find_split_compound_ids(token.doc, ids, self.scope.topic_nouns)  # "an honor killing in 2008"
        return ids - find_complement_ids(token, ids, self.complement_preps)

    def _resolve_in_clauses(self, token: Any, ctx: ArticleDates, stops: frozenset[int]) -> int | None:
        shared_time = find_shared_conjunct_ids(token, self.blockers) | find_bound_date_ids(token, ctx)
        own = self._own_ids(token, stops) | ctx.told.get(token.i, frozenset()) | shared_time
        own |= find_topic_date_ids(token, ctx.roots, self.scope.topic_nouns, self.scope.topic_preps)
        own |= find_pro_verb_clause_ids(token, self.pro_verbs, self.relatives)  # "which X did two days prior"
        found = resolve_closest(own, token, ctx)
        if found is None:  # "killing 39 people and injuring 79 more … in 2017"
            found = resolve_trailing_time(token, self.blockers, ctx)
        shared = find_shared_stops(token, stops, self.shared_preps) | find_purpose_stops(token, stops)
        if found is None and shared:  # "murdering two people during the mass shooting … in 1972"
            circumstances = {t.i for i in shared for t in token.doc[i].head.subtree}
            found = resolve_closest(self._own_ids(token, stops - shared) | circumstances, token, ctx)
        own_time = {c.lower_ for c in token.children if c.dep_ == "advmod"} & self.blockers or {
            c.lower_ for c in token.children if c.dep_ == "aux"
        } & self.anterior  # "said later", "after they had attacked": a time of its own
        if found is not None or own_time:
            return found
        if token.dep_ == "pcomp" and token.head.lower_ in self.complement_preps:
            return None  # "charged on Thursday with murdering": the murder has its own time
        found = resolve_date_before_relative(token, ctx.mentions)
        if found is None and (antecedent := find_antecedent_time_ids(token)):
            found = resolve_closest(set(antecedent), token.head, ctx)  # "an attack on Sunday, in which …"
        if found is not None:
            return found
        for governor in find_date_governors(token, self.scope.happening_preps, self.speech):
            if is_lifted_object(token, governor, self.ends):
                return None  # "will lift its suspension of flights on September 15": the end, not its day
            if is_sequence_object(token, governor, self.sequence):  # "The pardons this week follow an offer"
                later = {i for i in self._own_ids(governor, stops) if i > governor.i}
                return resolve_closest(later, token, ctx)  # its own date after the verb, not the subject's
            if governor.lower_ in self.prospect_preps:  # "ahead of the planned entry of aid on February 23"
                return resolve_closest({t.i for t in governor.subtree}, token, ctx)
            ids = self._own_ids(governor, stops) if governor.pos_ in ("VERB", "AUX") else {governor.i}
            found = resolve_governor_time(token, governor, ids, stops, ctx, self.shared_preps)
            if found is not None or any(
                c.dep_ == "aux" and c.lower_ in self.anterior for c in governor.children
            ):
                return found  # "officers who had taken part in his detention": earlier than what is above
        return None

    def _resolve_by_anaphora(self, token: Any, ctx: ArticleDates) -> int | None:
        for earlier in find_earlier_mentions(token, self.definite, self.anaphors):
            found = self._resolve_in_clauses(earlier, ctx, frozenset())
            if found is not None:
                return found
        return None
