"""Places stage: the places an article names as locations, and the place of each event.

Which names are places, which are locations and what they resolve to: :mod:`dotterel.stages.place_names`.

An event's place comes, in order, from:
1. its own clause (:func:`find_scope_ids`);
2. an event noun its own clause holds as a circumstance ("killed … in a drone strike in Yemen", "during the
   mass shooting in Derry"): the event happened where that one did;
3. for a participial adjunct ("Gunmen storm a mosque in Parwan Province, killing seven"), the clauses it
   hangs on;
4. its sentence, leaving out clauses and noun arguments that do not contain the trigger and other events'
   clauses;
5. inside a quotation, its attribution sentence;
else none. Never from the object of a circumstance preposition ("talks amid the escalation in Idlib"), never
from another event's clause. The most specific place wins (a locality or city, then a region of a country,
then a country, then a world region), then the nearest. A definite facility without a place ("hurled rocks at
the US embassy", "the same university") takes the place of a fuller mention of the same facility elsewhere in
the article ("the US embassy in Baghdad", "Ghazni University": ``places.facility-coref.v1``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, PlaceWords
from dotterel.model import Article, Event, Place, PlaceMention, Span
from dotterel.stages.place_names import (
    RULE_GAZETTEER,
    RULE_REGION,
    RULE_UNLISTED,
    NameCandidate,
    PlaceNameFinder,
)
from dotterel.stages.scope import (
    SUBJECT_DEPS,
    EventIndex,
    QuoteSegment,
    find_quote_segments,
    find_scope_ids,
    find_shared_stops,
    is_clause_break,
    is_verb,
    resolve_quote_segment,
)

__all__ = ["RULE_FACILITY", "RULE_GAZETTEER", "RULE_REGION", "RULE_UNLISTED", "PlacesStage", "to_specificity"]

RULE_FACILITY = "places.facility-coref.v1"
NOUN_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "dative", "agent"})
ADJUNCT_DEPS = frozenset({"advcl", "xcomp", "acl", "conj"})
Pairs = list[tuple[NameCandidate, PlaceMention]]


def to_specificity(place: Place) -> int:
    """Return 0 for a city or locality, 1 for a US state or a country's region, 2 for a country, else 3."""
    if place.kind in ("city", "locality"):
        return 0
    if place.kind in ("region", "admin1"):
        return 1 if place.country else 3
    return 2


class PlacesStage:
    """Find the places of an article and give each event the place of its own clause."""

    name = "places"
    requires: tuple[str, ...] = ("doc", "sentences", "events")
    assigns: tuple[str, ...] = ("places", "events")

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.words: PlaceWords = gazetteer.words
        self.names = PlaceNameFinder(gazetteer)

    def __call__(self, article: Article) -> Article:
        """Fill ``article.places`` and set ``place`` (with its evidence span) on every event."""
        doc = article.doc
        candidates = self.names.find_candidates(doc)
        context = self.names.find_context_countries(article, candidates)
        located = [c for c in candidates if c.locative]
        mentions = [self.names.to_mention(doc, c, context) for c in located]
        pairs = [(c, m) for c, m in zip(located, mentions, strict=True) if m is not None]
        article.places = [m for _, m in pairs]
        index = EventIndex(doc, article.events)
        quotes = find_quote_segments(article)
        events = []
        for event in article.events:
            found = self._event_place(article, event, index, pairs, quotes)
            events.append(event if found is None else self._with_place(event, found))
            if found is not None and found.rule == RULE_FACILITY and found not in article.places:
                article.places.append(found)
        article.events = events
        return article

    @staticmethod
    def _with_place(event: Event, mention: PlaceMention) -> Event:
        spans = {**event.evidence.spans, "place": mention.span}
        return replace(event, place=mention.place, evidence=replace(event.evidence, spans=spans))

    def _event_place(
        self, article: Article, event: Event, index: EventIndex, pairs: Pairs, quotes: list[QuoteSegment]
    ) -> PlaceMention | None:
        token = index.token(event)
        if token is None:
            return None
        stops = index.other_trigger_ids(event)
        elsewhere = self._circumstance_ids(token)
        for anchor, ids in self._place_tiers(token, stops):
            ids = ids - elsewhere
            inside = [(c, m) for c, m in pairs if article.doc[c.start : c.end].root.i in ids]
            if inside:
                return min(inside, key=lambda p: self._rank(p[0], p[1], anchor))[1]
            facility = self._facility_place(article.doc, ids, pairs)
            if facility is not None:
                return facility
        segment = resolve_quote_segment(quotes, event.trigger.start)
        if segment is not None:
            for _candidate, mention in pairs:
                if any(part.contains(mention.span) for part in segment.attribution):
                    return mention
        return None

    @staticmethod
    def _rank(candidate: NameCandidate, mention: PlaceMention, anchor: Any) -> tuple[int, bool, int]:
        """The most specific place first, a listed one before an unlisted one, then the nearest."""
        unlisted = mention.rule == RULE_UNLISTED
        return to_specificity(mention.place), unlisted, abs(candidate.start - anchor.i)

    def _place_tiers(self, token: Any, stops: frozenset[int]) -> list[tuple[Any, set[int]]]:
        """Own clause; with its circumstance event nouns; the clause an adjunct hangs on; the sentence."""
        tiers = [(token, find_scope_ids(token, stops))]
        shared = find_shared_stops(token, stops, self.words.shared_place_preps)
        if shared:
            circumstances = {t.i for i in shared for t in token.doc[i].head.subtree}
            tiers.append((token, find_scope_ids(token, stops - shared) | circumstances))
        adjunct = token
        while self._is_participial_adjunct(adjunct):  # "storm a mosque, killing seven and wounding 12"
            adjunct = adjunct.head
            tiers.append((adjunct, find_scope_ids(adjunct, stops)))
        tiers.append((token, self._sentence_ids(token, stops)))
        return tiers

    @staticmethod
    def _is_participial_adjunct(token: Any) -> bool:
        """True for "…, killing seven" or "storm … and kill": an adjunct that shares its governor's clause."""
        if token.dep_ not in ADJUNCT_DEPS or not is_verb(token) or not is_verb(token.head):
            return False
        if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in token.children):
            return False
        return token.dep_ == "conj" or token.tag_ in ("VBG", "VBN")

    def _circumstance_ids(self, token: Any) -> set[int]:
        """Tokens under a circumstance preposition ("amid the escalation in Idlib") without the trigger."""
        ids: set[int] = set()
        for other in token.sent:
            if other.lower_ in self.words.circumstance_preps and other.dep_ == "prep":
                subtree = {t.i for t in other.subtree}
                if token.i not in subtree:
                    ids |= subtree
        return ids

    @staticmethod
    def _sentence_ids(token: Any, stops: frozenset[int]) -> set[int]:
        """The trigger's sentence without other clauses and other participants' noun phrases.

        A subject trigger keeps its verb's object ("A bomb hits a mosque in Ghazni"); an object trigger loses
        the subject ("The unrest outside the US embassy in Baghdad followed US air raids").
        """
        sentence = token.sent
        acted_on = token.head if token.dep_ in ("nsubj", "nsubjpass") else None
        ids = set(range(sentence.start, sentence.end))
        ancestors = {a.i for a in token.ancestors}
        for other in sentence:
            if other.i == token.i or other.i in ancestors or other.i not in ids:
                continue  # an ancestor, or already cut away with an ancestor's subtree
            argument = other.dep_ in NOUN_ARGUMENT_DEPS and is_verb(other.head)
            if (
                argument
                and acted_on is not None
                and other.head.i == acted_on.i
                and other.dep_ in ("dobj", "attr")
            ):
                argument = False
            if other.i in stops or is_clause_break(other) or argument:
                ids -= {t.i for t in other.subtree}
        return ids  # linear in the sentence: each cut subtree is visited once

    # --- facilities ------------------------------------------------------------------------------------

    def _facility_place(self, doc: Any, ids: set[int], pairs: Pairs) -> PlaceMention | None:
        for i in sorted(ids):
            noun = doc[i]
            if noun.lemma_.lower() not in self.words.facilities or not self._is_definite(noun):
                continue
            if any(c.start >= noun.left_edge.i and c.end - 1 <= noun.right_edge.i for c, _ in pairs):
                continue
            place = self._resolve_facility_elsewhere(doc, noun, pairs)
            if place is not None:
                span = Span(noun.left_edge.idx, noun.idx + len(noun.text))
                return PlaceMention(span, place, RULE_FACILITY)
        return None

    def _is_definite(self, noun: Any) -> bool:
        indefinite = self.words.indefinite_determiners
        return any(c.dep_ in ("det", "poss") and c.lower_ not in indefinite for c in noun.children)

    def _modifiers(self, noun: Any) -> frozenset[str]:
        """The modifiers that name ("the US embassy", "Ghazni University"), not those that describe ("the
        same university", "the majority-Sunni city")."""
        return frozenset(
            c.lower_
            for c in noun.children
            if c.dep_ in ("compound", "amod", "nmod")
            and c.text[:1].isupper()
            and c.lower_ not in self.words.anaphoric_modifiers
        )

    def _resolve_facility_elsewhere(self, doc: Any, noun: Any, pairs: Pairs) -> Place | None:
        wanted, lemma = self._modifiers(noun), noun.lemma_.lower()
        for other in doc:
            if other.i == noun.i or other.lemma_.lower() != lemma or not wanted <= self._modifiers(other):
                continue
            inside = [m for c, m in pairs if other.left_edge.i <= c.start and c.end - 1 <= other.right_edge.i]
            if inside:
                return min(inside, key=lambda m: to_specificity(m.place)).place
        return None
