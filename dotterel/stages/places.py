"""Places stage: the places an article names as locations, and the place of each event.

Which names are places, which are locations and what they resolve to: :mod:`dotterel.stages.place_names`.

An event's place comes, in order, from:
1. its own clause (:func:`find_scope_ids`);
2. with the place phrase of a verb coordinated with it ("300 people were killed and wounded in air raids in
   southern Yemen"), when neither verb has an object;
3. an event noun its own clause holds as a circumstance ("killed … in a drone strike in Yemen", "during the
   mass shooting in Derry"): the event happened where that one did;
4. for a participial adjunct ("Gunmen storm a mosque in Parwan Province, killing seven"), the clauses it
   hangs on;
5. the aim of an operation ("an operation to recapture the city of Sirte"), a "when" clause of its verb
   ("ten people are killed when gunmen ambush a bus in Kotulo") or a progressive "while" clause about its
   participants ("burning them while they were sleeping … in Borno State"), the "after" clause of a passive
   casualty verb ("killed after militants attack two positions in Borno");
6. its verb's subject's place ("The Chinese embassy in Ottawa issues a rebuke");
7. for a result ("Clashes in Delhi continue, leaving 13 dead and 150 injured"), the event that caused it;
8. its sentence, leaving out clauses and noun arguments that do not contain the trigger and other events'
   clauses;
9. inside a quotation, its attribution sentence;
else none. Never from the object of a circumstance preposition ("talks amid the escalation in Idlib"), never
from another event's clause, never from a gerund complement that is an action of its own ("charge a soldier
with murdering two people in Derry" is not a charge in Derry). The most specific place wins (a locality or
city, then a region of a country, then a country, then a world region), then the nearest. A definite facility
without a place ("hurled rocks at the US embassy", "the same university", "the majority-Sunni city") takes the
place of a fuller mention of the same facility elsewhere in the article ("the US embassy in Baghdad", "Ghazni
University", "the southern city of Al-Sanamayn": ``places.facility-coref.v1``); a hyphenated adjective
describes, it does not name.
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
from dotterel.stages.place_resolution import PlaceNameResolver
from dotterel.stages.scope import (
    SUBJECT_DEPS,
    EventIndex,
    QuoteSegment,
    find_complement_ids,
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
RESULT_DEPS = frozenset({"conj", "oprd", "xcomp", "advcl", "acomp", "dobj"})
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
        self.resolver = PlaceNameResolver(gazetteer)

    def __call__(self, article: Article) -> Article:
        """Fill ``article.places`` and set ``place`` (with its evidence span) on every event."""
        doc = article.doc
        candidates = self.names.find_candidates(doc)
        context = self.resolver.find_context_countries(article, candidates)
        located = [c for c in candidates if c.locative]
        mentions = [self.resolver.to_mention(doc, c, context) for c in located]
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
        verb = self._clause_verb(token, stops)
        results = [] if verb is None else self._result_ids(verb, stops)
        elsewhere = self._circumstance_ids(token) - {i for ids in results for i in ids}
        for anchor, ids in self._place_tiers(token, stops, results):
            ids = ids - elsewhere - find_complement_ids(token, ids, self.words.complement_preps)
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

    def _rank(
        self, candidate: NameCandidate, mention: PlaceMention, anchor: Any
    ) -> tuple[int, bool, bool, int]:
        """The most specific place first (of regions, a district before a province: "Imam Sahib District,
        Kunduz Province"), a listed one before an unlisted one, then the nearest."""
        unlisted = mention.rule == RULE_UNLISTED
        words = mention.place.name.lower().split()
        province = not (words and words[-1] in self.words.local_admin_suffixes)
        return to_specificity(mention.place), province, unlisted, abs(candidate.start - anchor.i)

    def _place_tiers(
        self, token: Any, stops: frozenset[int], results: list[set[int]]
    ) -> list[tuple[Any, set[int]]]:
        """Own clause; with its circumstance event nouns; the clause an adjunct hangs on; the aim of an
        operation; a "when" clause of the same time and place; the happening a casualty followed; the
        subject's own place; the sentence."""
        tiers = [(token, find_scope_ids(token, stops))]
        conjoined = self._conjoined_place_ids(token)
        if conjoined:
            tiers.append((token, tiers[0][1] | conjoined))
        shared = self._shared_event_nouns(token, stops)
        if shared:
            circumstances = {t.i for i in shared for t in token.doc[i].head.subtree}
            tiers.append((token, find_scope_ids(token, stops - shared) | circumstances))
        adjunct = token
        while self._is_participial_adjunct(adjunct):  # "storm a mosque, killing seven and wounding 12"
            adjunct = adjunct.head
            tiers.append((adjunct, find_scope_ids(adjunct, stops)))
        tiers += [(aim, find_scope_ids(aim, stops)) for aim in self._purpose_clauses(token)]
        verb = self._clause_verb(token, stops)
        if verb is not None:
            clauses = [c for v in (verb, *self._adjuncts(verb)) for c in self._cotemporal_clauses(v, stops)]
            tiers += [(clause, find_scope_ids(clause, stops)) for clause in clauses]
            tiers += [(verb, ids) for ids in results]
            tiers += [(verb, ids) for ids in self._subject_place_ids(verb, stops)]
        cause = self._causing_event(token, stops)
        if cause is not None:  # "Clashes in North East Delhi continue, leaving 13 dead and 150 injured"
            tiers.append((cause, find_scope_ids(cause, stops)))
        tiers.append((token, self._sentence_ids(token, stops)))
        return tiers

    def _shared_event_nouns(self, token: Any, stops: frozenset[int]) -> frozenset[int]:
        """The event nouns of the trigger's circumstance (:func:`find_shared_stops`), also inside a quantity
        ("kills 27 soldiers in a series of coordinated attacks in northern Afghanistan")."""
        preps = self.words.shared_place_preps
        shared = set(find_shared_stops(token, stops, preps))
        doc = token.doc
        for i in stops - shared:
            of = doc[i].head
            quantity = doc[i].dep_ == "pobj" and of.lower_ == "of" and of.head.dep_ == "pobj"
            if quantity and find_shared_stops(token, {of.head.i}, preps):
                shared.add(i)
        return frozenset(shared)

    def _conjoined_place_ids(self, token: Any) -> set[int]:
        """The place phrases of a verb coordinated with the trigger that shares its subject: "kills nine
        people and injures 40 at a wedding in Nangarhar", "300 people were killed and wounded in air raids in
        southern Yemen" happened there too; "killed five people and fled to Pakistan" did not kill in
        Pakistan (only the prepositions of ``coordinated_place_preps``)."""
        ids: set[int] = set()
        if not is_verb(token):
            return ids
        conjuncts = [c for c in token.children if c.dep_ == "conj"]
        verbs = [c for c in conjuncts if is_verb(c)]
        # "Twelve people are killed and over 80 injured by car bombs …": the parser hangs "injured" on "80"
        verbs += [
            v for c in conjuncts if not is_verb(c) for v in c.children if v.dep_ == "acl" and is_verb(v)
        ]
        for verb in verbs:
            # a gapped passive shares the event ("a peacekeeper was killed and two others wounded in …")
            gapped = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            if not gapped and any(c.dep_ in SUBJECT_DEPS for c in verb.children):
                continue
            for prep in verb.children:  # "… killed and 40 others wounded by an attack on Ganja"
                located = prep.dep_ == "prep" and prep.lower_ in self.words.coordinated_place_preps
                if (located or prep.dep_ == "agent") and prep.i > verb.i:
                    ids |= {t.i for t in prep.subtree}
        return ids

    @staticmethod
    def _clause_verb(token: Any, stops: frozenset[int]) -> Any | None:
        """The verb whose clause the trigger's event is told in: the trigger itself, or the verb of an event
        noun that is its subject ("Clashes break out") or object ("issues a rebuke"), when that verb is no
        other event's trigger."""
        if is_verb(token):
            return token
        head = token.head
        if token.dep_ in (*SUBJECT_DEPS, "dobj") and is_verb(head) and head.i not in stops:
            return head
        return None

    @staticmethod
    def _causing_event(token: Any, stops: frozenset[int]) -> Any | None:
        """The event whose result the trigger is: the subject event of the verb its result phrase hangs on
        ("Clashes … continue, leaving 13 people dead and 150 injured": the injuries are the clashes')."""
        node = token
        for _ in range(4):
            if node.dep_ not in RESULT_DEPS or node.head.i == node.i:
                return None
            node = node.head
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return subjects[0] if subjects[0].i in stops else None
        return None

    def _cotemporal_clauses(self, verb: Any, stops: frozenset[int]) -> list[Any]:
        """The "when" clauses of ``verb`` ("ten people are killed when gunmen ambush a bus in Kotulo") and its
        progressive "while" clauses about its participants ("burning them while they were sleeping in their
        vehicles in Borno"; not "kill 40 people while peace talks are taking place in Moscow": another
        event's clause)."""
        words = self.words

        def own(clause: Any) -> bool:
            return clause.i not in stops and not any(
                c.dep_ in SUBJECT_DEPS and c.i in stops for c in clause.children
            )

        return [
            child
            for child in verb.children
            if child.dep_ == "advcl"
            and any(
                c.dep_ in ("advmod", "mark")
                and c.i < child.i
                and (
                    c.lower_ in words.cotemporal_markers
                    or (c.lower_ in words.progressive_markers and child.tag_ == "VBG" and own(child))
                )
                for c in child.children
            )
        ]

    def _adjuncts(self, verb: Any) -> list[Any]:
        """The participial adjuncts of ``verb``: "kill 30 people, burning them …" (their "while" clauses are
        the killing's too)."""
        return [c for c in verb.children if c.dep_ != "conj" and self._is_participial_adjunct(c)]

    def _result_ids(self, verb: Any, stops: frozenset[int]) -> list[set[int]]:
        """The "after" clause or phrase of a passive or intransitive casualty verb: "Twenty soldiers are
        killed after militants attack two positions in Borno" died where the attack was. Not an active
        verb ("kill a man after a protest near Qamishli"), not another verb ("resigned after …")."""
        words = self.words
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.lemma_ == "die"
        if verb.lemma_.lower() not in words.result_verbs or not passive:
            return []
        out = []
        for child in verb.children:
            # the clause opens with "after" (the parser may hang the mark on a word of the clause)
            marked = child.dep_ in ("advcl", "ccomp") and child.left_edge.lower_ in words.result_markers
            if marked:
                out.append(find_scope_ids(child, stops))
            elif child.dep_ == "prep" and child.lower_ in words.result_markers:
                out.append({t.i for t in child.subtree})
        return out

    def _purpose_clauses(self, token: Any) -> list[Any]:
        """The aim of an operation: "began a military operation to recapture the city of Sirte", "launch an
        offensive to retake Mosul" took place where it aims (verbs of ``locative_object_verbs`` only; not "an
        operation to help refugees")."""
        if is_verb(token):
            return []
        holders = [token, token.head] if token.dep_ == "dobj" else [token]
        return [
            c
            for holder in holders
            for c in holder.children
            if c.dep_ in ("acl", "xcomp", "advcl")
            and c.lemma_.lower() in self.words.locative_object_verbs
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]

    def _subject_place_ids(self, verb: Any, stops: frozenset[int]) -> list[set[int]]:
        """The place phrases of the verb's subject ("The Chinese embassy in Ottawa issues a rebuke"): where
        the actor is, it acts. Not a subject that is another event ("The unrest outside the embassy")."""
        out = []
        for subject in verb.children:
            if subject.dep_ not in ("nsubj", "nsubjpass") or subject.i in stops:
                continue
            for prep in subject.children:
                if prep.dep_ == "prep" and prep.lower_ in self.words.subject_place_preps:
                    out.append({t.i for t in prep.subtree} - set(stops))
        return out

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
        same university", "the majority-Sunni city": the end of a hyphenated adjective describes)."""
        doc = noun.doc
        return frozenset(
            c.lower_
            for c in noun.children
            if c.dep_ in ("compound", "amod", "nmod")
            and c.text[:1].isupper()
            and c.lower_ not in self.words.anaphoric_modifiers
            and not (c.i > 0 and doc[c.i - 1].text == "-" and not doc[c.i - 1].whitespace_)
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
