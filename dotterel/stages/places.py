"""Places stage: the places an article names as locations, and the place of each event.

Finding places (``article.places``): the longest run of capitalised tokens that names a gazetteer entry
(``places.gazetteer.v1``), a named region ("the Middle East", no point), a direction before a country
("northern Iraq": kind ``region`` of Iraq, no admin1, no point) or a city before an administrative noun ("the
Idlib Governorate") (``places.region.v1``). A name counts as a location only where the parse says so: the
object of a locative preposition ("in", "near", "outside", "from"; "to" after a verb of motion), the "of"
object of a place noun ("the city of Kirkuk", "north of Baghdad"), a name before a located facility
("Mogadishu Airport"), the object of a verb such as "strike" or "enter", or an apposition or conjunct of one
of those ("Lahore, Pakistan"). A country before a person, sector or owned facility noun is an actor modifier
("US President", "the US embassy"), a name before a hyphen is one too ("Tehran-backed"), and a subject is an
actor ("Washington said"): none of them is a place. Names inside a longer person name, and countries inside an
organisation's name, are skipped; the stop list in ``gazetteer.yaml`` removes people's names.

Ambiguous names go to the country the article is about: the countries of its other places, actor mentions and
demonyms (weight 1), or an adjacent country or demonym ("Tripoli, Lebanon", "the Lebanese port of Tripoli",
weight 10), then population (:meth:`Gazetteer.resolve`).

An event's place: from its own clause; else from its sentence, leaving out clauses and noun arguments that do
not contain the trigger and other events' clauses; else, inside a quotation, from its attribution sentence;
else none. The most specific place wins (city, then region of a country, then country, then world region),
then the nearest. A definite facility without a place ("hurled rocks at the US embassy") takes the place of a
fuller mention of the same facility elsewhere in the article ("the US embassy in Baghdad":
``places.facility-coref.v1``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry, PlaceWords
from dotterel.model import Article, Event, Place, PlaceMention, Span
from dotterel.stages.scope import (
    EventIndex,
    QuoteSegment,
    find_quote_segments,
    find_scope_ids,
    is_clause_break,
    is_verb,
    resolve_quote_segment,
)

RULE_GAZETTEER = "places.gazetteer.v1"
RULE_REGION = "places.region.v1"
RULE_FACILITY = "places.facility-coref.v1"
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss"})
NOUN_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "dative", "agent"})
LOCAL_WEIGHT, CONTEXT_WEIGHT = 10.0, 1.0


@dataclass
class _Candidate:
    """A gazetteer match in the text: tokens ``[start, end)``, its entries, and what the parse says it is."""

    start: int
    end: int
    text: str
    entries: list[GazetteerEntry]
    direction: str | None = None
    suffix: str | None = None
    locative: bool = False


def to_specificity(place: Place) -> int:
    """Return 0 for a city, 1 for a US state or a country's region, 2 for a country, 3 for other regions."""
    if place.kind == "city":
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
        words = self.words
        self.common_nouns = words.facilities | words.geo_nouns | words.admin_suffixes | words.directions

    def __call__(self, article: Article) -> Article:
        """Fill ``article.places`` and set ``place`` (with its evidence span) on every event."""
        doc = article.doc
        candidates = self.find_candidates(doc)
        context = self._context_countries(article, candidates)
        located = [c for c in candidates if c.locative]
        mentions = [self._to_mention(doc, c, context) for c in located]
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

    # --- finding names -------------------------------------------------------------------------------

    def find_candidates(self, doc: Any) -> list[_Candidate]:
        """Return the gazetteer matches of the document (longest first, left to right), marked locative."""
        found: list[_Candidate] = []
        i = 0
        while i < len(doc):
            candidate = self._match_at(doc, i)
            if candidate is None:
                i += 1
                continue
            self._extend(doc, candidate)
            candidate.locative = self._is_locative(doc, candidate)
            found.append(candidate)
            i = candidate.end
        return found

    def _match_at(self, doc: Any, i: int) -> _Candidate | None:
        if not doc[i].text[:1].isupper():
            return None
        for n in range(min(self.gazetteer.max_tokens, len(doc) - i), 0, -1):
            span = doc[i : i + n]
            last = span[-1]
            if not (last.text[:1].isupper() or last.text[:1].isdigit()) or any(
                t.is_sent_start for t in span[1:]
            ):
                continue
            if not any(t.tag_ in ("NNP", "NNPS") or t.ent_type_ in ("GPE", "LOC", "FAC") for t in span):
                continue
            if span.text.lower() in self.common_nouns:
                continue
            entries = self.gazetteer.find_entries(span.text)
            if n == 1 and span.text.isupper() and not any(e.kind in ("country", "region") for e in entries):
                continue  # an acronym ("DIG", "UND") is not a town that shares its letters
            if entries and not self._inside_longer_name(span, entries):
                return _Candidate(i, i + n, span.text, entries)
        return None

    @staticmethod
    def _inside_longer_name(span: Any, entries: list[GazetteerEntry]) -> bool:
        first, last = span[0], span[-1]
        for entity in span.doc.ents:
            longer = entity.start <= first.i and last.i < entity.end and len(entity) > len(span)
            if longer and (
                entity.label_ == "PERSON" or (entity.label_ == "ORG" and entries[0].kind == "country")
            ):
                return True
        return False

    def _extend(self, doc: Any, candidate: _Candidate) -> None:
        start = candidate.start
        for width in (1, 3):
            if start - width >= 0:
                before = doc[start - width : start].text.lower()
                if before in self.words.directions:
                    candidate.direction = before
                    break
        if candidate.end < len(doc) and doc[candidate.end].lower_ in self.words.admin_suffixes:
            candidate.suffix = doc[candidate.end].text
            candidate.end += 1

    def _is_locative(self, doc: Any, candidate: _Candidate) -> bool:
        after = doc[candidate.end] if candidate.end < len(doc) else None
        if after is not None and after.text == "-" and not doc[candidate.end - 1].whitespace_:
            return False  # "Tehran-backed", "US-led": a modifier, not a location
        token = doc[candidate.start : candidate.end].root
        kind = candidate.entries[0].kind
        while token.head.i != token.i:
            dep, head = token.dep_, token.head
            head_lemma = head.lemma_.lower()
            if dep == "pobj":
                return self._is_locative_prep(head)
            if dep in MODIFIER_DEPS:
                if head_lemma in self.words.located_facilities or head_lemma in self.words.geo_nouns:
                    return True
                return head_lemma in self.words.owned_facilities and kind != "country"
            if dep == "dobj":
                return head_lemma in self.words.locative_object_verbs
            if dep not in ("appos", "conj"):
                return False
            token = head
        return False

    def _is_locative_prep(self, prep: Any) -> bool:
        lower = prep.lower_
        if lower == "of":
            return prep.head.lemma_.lower() in self.words.geo_nouns
        if lower in self.words.destination_preps:
            return prep.head.lemma_.lower() in self.words.destination_verbs
        return lower in self.words.locative_preps

    # --- resolving names -----------------------------------------------------------------------------

    def _context_countries(self, article: Article, candidates: list[_Candidate]) -> dict[str, float]:
        countries: dict[str, float] = {}
        for candidate in candidates:
            codes = {
                e.country for e in self.gazetteer.find_entries(candidate.text, alternates=False) if e.country
            }
            if len(codes) == 1:
                countries[codes.pop()] = CONTEXT_WEIGHT
        for mention in article.mentions:
            if mention.actor.country and len(mention.actor.country) == 3:
                countries[mention.actor.country] = CONTEXT_WEIGHT
        for token in article.doc:
            code = self.gazetteer.resolve_demonym(token.text) if token.text[:1].isupper() else None
            if code:
                countries[code] = CONTEXT_WEIGHT
        return countries

    def _local_countries(self, doc: Any, candidate: _Candidate) -> dict[str, float]:
        root = doc[candidate.start : candidate.end].root
        near = [*root.children]
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            near += list(root.head.head.children)
        if candidate.end + 1 < len(doc) and doc[candidate.end].text == ",":
            near.append(doc[candidate.end + 1])
        local = {}
        for token in near:
            if token.i >= candidate.start and token.i < candidate.end:
                continue
            code = self.gazetteer.resolve_demonym(token.text)
            entry = self.gazetteer.resolve(token.text) if code is None else None
            code = code or (entry.country if entry is not None and entry.kind == "country" else None)
            if code:
                local[code] = LOCAL_WEIGHT
        return local

    def _to_mention(self, doc: Any, candidate: _Candidate, context: dict[str, float]) -> PlaceMention | None:
        weights = {**context, **self._local_countries(doc, candidate)}
        entry = self.gazetteer.resolve(candidate.text, weights)
        if entry is None:
            return None
        start, end = doc[candidate.start].idx, doc[candidate.end - 1].idx + len(doc[candidate.end - 1].text)
        if candidate.direction and entry.kind in ("country", "admin1"):
            direction_start = doc[candidate.start - len(candidate.direction.replace("-", " - ").split())].idx
            place = Place(f"{candidate.direction} {entry.name}", entry.country, None, None, None, "region")
            return PlaceMention(Span(direction_start, end), place, RULE_REGION)
        if candidate.suffix and entry.kind == "city":
            place = Place(
                f"{entry.name} {candidate.suffix}", entry.country, entry.admin1, None, None, "region"
            )
            return PlaceMention(Span(start, end), place, RULE_REGION)
        return PlaceMention(
            Span(start, end), entry.to_place(), RULE_REGION if entry.kind == "region" else RULE_GAZETTEER
        )

    # --- the place of an event -----------------------------------------------------------------------

    def _event_place(
        self,
        article: Article,
        event: Event,
        index: EventIndex,
        pairs: list[tuple[_Candidate, PlaceMention]],
        quotes: list[QuoteSegment],
    ) -> PlaceMention | None:
        token = index.token(event)
        if token is None:
            return None
        stops = index.other_trigger_ids(event)
        for ids in (find_scope_ids(token, stops), self._sentence_ids(token, stops)):
            inside = [(c, m) for c, m in pairs if article.doc[c.start : c.end].root.i in ids]
            if inside:
                return min(inside, key=lambda p: (to_specificity(p[1].place), abs(p[0].start - token.i)))[1]
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
    def _sentence_ids(token: Any, stops: frozenset[int]) -> set[int]:
        """The trigger's sentence without other clauses and other participants' noun phrases.

        A subject trigger keeps its verb's object ("A bomb hits a mosque in Ghazni"); an object trigger loses
        the subject ("The unrest outside the US embassy in Baghdad followed US air raids").
        """
        sentence = token.sent
        acted_on = token.head if token.dep_ in ("nsubj", "nsubjpass") else None
        ids = set(range(sentence.start, sentence.end))
        for other in sentence:
            if other.i == token.i or other.is_ancestor(token):
                continue
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
        return ids

    def _facility_place(
        self, doc: Any, ids: set[int], pairs: list[tuple[_Candidate, PlaceMention]]
    ) -> PlaceMention | None:
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

    @staticmethod
    def _modifiers(noun: Any) -> frozenset[str]:
        return frozenset(c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "nmod"))

    def _resolve_facility_elsewhere(
        self, doc: Any, noun: Any, pairs: list[tuple[_Candidate, PlaceMention]]
    ) -> Place | None:
        wanted = self._modifiers(noun)
        for other in doc:
            if other.i == noun.i or other.lemma_ != noun.lemma_ or not wanted <= self._modifiers(other):
                continue
            inside = [m for c, m in pairs if other.i < c.start and c.end - 1 <= other.right_edge.i]
            if inside:
                return min(inside, key=lambda m: to_specificity(m.place)).place
        return None
