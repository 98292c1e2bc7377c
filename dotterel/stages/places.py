"""Places stage: the places an article names as locations, and the place of each event.

Which names are places, which are locations and what they resolve to: :mod:`dotterel.stages.place_names`.

An event's place comes, in order (the tiers: :mod:`dotterel.stages.place_tiers`), from:
1. its own clause (:func:`find_scope_ids`);
2. with the place phrase of a verb coordinated with it or with the verb of its subject noun ("300 people were
   killed and wounded in air raids in southern Yemen", "A truck bombing kills three and injures 41 in Balkh
   Province"), when the second verb has no subject of its own;
3. an event noun its own clause or its relative clause holds as a circumstance ("killed … in a drone strike
   in Yemen", "an attack that was carried out in a drive-by shooting in Wana"): it happened there too;
4. for a participial adjunct ("Gunmen storm a mosque in Parwan Province, killing seven") or a gerund after a
   time preposition ("shot dead by police in Montfavet after threatening a trader"), the clauses it hangs on;
5. the aim of an operation ("an operation to recapture the city of Sirte"), a "when" clause of its verb
   ("ten people are killed when gunmen ambush a bus in Kotulo") or a progressive "while" clause about its
   participants ("burning them while they were sleeping … in Borno State"), the "after" clause of a passive
   casualty verb ("killed after militants attack two positions in Borno");
6. its verb's subject's place ("The Chinese embassy in Ottawa issues a rebuke"), or the subject itself when
   it is the target ("Several cities in Artsakh are under attack", "Kismayo was hit by a suicide bombing");
7. for a result ("Clashes in Delhi … leave dozens of people injured"), the event that caused it; for a cause,
   the clause of its result ("A car bombing leaves five dead and 12 injured in Tel Halef village");
8. its sentence, leaving out clauses and noun arguments without the trigger, and other events' clauses;
9. in a quotation, its attribution sentence; 10. a tied clause's event (:mod:`dotterel.stages.place_linked`);
else none. Right after its own clause come the clauses about its object ("kill 25 people who were blocking a
bridge in Nasiriyah") and, for a government measure, where it applies ("Sweden bans …", "restrictions for its
capital Tehran", "French Polynesia will be placed under curfew", "Poland declares a state of epidemic":
:mod:`dotterel.stages.place_measures`, :mod:`dotterel.stages.place_objects`), and for an attack or a crackdown
on another event, that event's place phrase ("a crackdown on protests in Oromia Region"); after the sentence,
the division of the local officials who report it.
A traveller's origin ("people arriving from Germany"), the other side of a border ("closes its borders with
Aruba") and the source of a demand ("demands for a truce from Russia") are never the place; nor, for an event
inside a "since"/"despite" phrase, the rest of its sentence ("since the end of a truce …"). Never from the
object of a circumstance preposition ("talks amid the escalation in Idlib"), nor from another happening
("arrested for the mass shooting in Sonora", "in retaliation for the Pulwama attack"), nor from the content of
a verb of agreeing, asking or accusing ("agree to a ceasefire in Idlib"), nor from another event's clause, nor
from a gerund complement that is an action of its own ("charge a soldier with murdering two people in Derry"
is not a charge in Derry). A name inside another ("Spin Boldak, Kandahar", "Pattani's Yarang District") wins
over its container; then the most specific place (a locality or city, then a region of a country, then a
country, then a world region; a name before ", <its container>" before the container: "Spin Boldak, Kandahar";
a possessed name before its possessor: "eastern Afghanistan's Khost Province"), then the nearest; a coarser
place whose phrase follows a name and a comma describes that name, which is given instead ("ships passing
Fujairah, off the coast of the United Arab Emirates"). A definite facility without a place ("hurled rocks at
the US embassy", "the same university", "the majority-Sunni city") takes the place of a fuller mention of the
same facility elsewhere in the article ("the US embassy in Baghdad", "Ghazni University", "the southern city
of Al-Sanamayn": ``places.facility-coref.v1``); a hyphenated adjective describes, it does not name; not for a
verb whose object is a topic ("denies owning the tanker"), nor from a "from" phrase of motion ("a tanker
traveling from the UAE"). A bare definite place noun ("withdrew from the town", "retreated to his town")
stands for the one fitting place named before it (:mod:`dotterel.stages.place_anaphora`,
``places.anaphora.v1``). The origin of goods ("a tariff on products from Mexico") and what an accusation is
about ("accuses Iran of seizing a tanker held at Qeshm") are never the place.

The specificity ranks, the names inside a container and the names a following place phrase describes
(:func:`to_specificity`, :func:`to_jurisdiction_rank`, :func:`to_container_starts`, :func:`to_elaborations`)
moved to :mod:`dotterel.stages.place_specificity`; they stay importable from here.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, PlaceWords
from dotterel.knowledge.small_towns import SmallTownTable
from dotterel.model import Article, Event, Place, PlaceMention, Span
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.place_aims_abroad import HomeMeasureReach
from dotterel.stages.place_anaphora import (
    RULE_ANAPHORA,
    find_clause_ids,
    find_there_ids,
    resolve_anaphoric_place,
    resolve_capital_reference,
)
from dotterel.stages.place_anniversaries import find_anniversary_ids
from dotterel.stages.place_border_owners import find_border_owner_ids, to_border_side_names
from dotterel.stages.place_case_forces import find_case_force_tiers
from dotterel.stages.place_contents import to_final_places
from dotterel.stages.place_county_states import to_county_state_mentions
from dotterel.stages.place_destinations import find_passage_ids
from dotterel.stages.place_facility_antecedents import is_facility_antecedent
from dotterel.stages.place_frames import to_framed_tiers
from dotterel.stages.place_grievances import find_grievance_outside_ids
from dotterel.stages.place_joint_issuers import resolve_joint_or_shared_place
from dotterel.stages.place_jurisdictions import to_country_name_ids, to_government_name_ids
from dotterel.stages.place_left import find_meeting_ids, find_spoken_complement_ids
from dotterel.stages.place_linked import with_place
from dotterel.stages.place_list_targets import to_listed_target_places
from dotterel.stages.place_measures import (
    ISSUER,
    SCOPE,
    find_clause_place_ids,
    find_country_noun_candidates,
    find_other_side_ids,
)
from dotterel.stages.place_name_parts import follows_place_noun
from dotterel.stages.place_names import (
    RULE_GAZETTEER,
    RULE_REGION,
    RULE_UNLISTED,
    NameCandidate,
    PlaceNameFinder,
)
from dotterel.stages.place_namings import find_naming_outside_ids
from dotterel.stages.place_near import find_near_elsewhere
from dotterel.stages.place_objects import find_measured_ids, find_object_clause_ids, find_reporter_tiers
from dotterel.stages.place_particle_towns import to_particle_town_candidates
from dotterel.stages.place_possessed_acts import PossessedActClauses
from dotterel.stages.place_resolution import PlaceNameResolver
from dotterel.stages.place_specificity import (
    to_container_starts,
    to_elaborations,
    to_jurisdiction_rank,
    to_specificity,
)
from dotterel.stages.place_uses import names_word
from dotterel.stages.scope import (
    EventIndex,
    QuoteSegment,
    find_quote_segments,
    is_verb,
    resolve_quote_segment,
)

__all__ = [
    "RULE_FACILITY",
    "RULE_GAZETTEER",
    "RULE_REGION",
    "RULE_UNLISTED",
    "PlacesStage",
    "find_target_event_ids",
    "to_container_starts",
    "to_country_name_ids",
    "to_elaborations",
    "to_jurisdiction_rank",
    "to_specificity",
]

RULE_FACILITY = "places.facility-coref.v1"
Pairs = list[tuple[NameCandidate, PlaceMention]]


def find_target_event_ids(token: Any, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """Return the place phrases of the happening an attack or a crackdown is on ("a military crackdown on
    protests in Oromia Region" was where the protests were); the happening is another event, whose phrase
    the trigger's own clause leaves out."""
    if is_verb(token) or not names_word(token, words.attack_nouns | words.located_events):
        return set()
    return {
        t.i
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in words.place_noun_preps
        for target in prep.children
        if target.dep_ == "pobj" and target.i in stops
        for place in target.children
        if place.dep_ == "prep" and place.lower_ in words.target_place_preps
        for t in place.subtree
    }


class PlacesStage:
    """Find the places of an article and give each event the place of its own clause.

    Args:
        gazetteer: the gazetteer.
        small_towns: the table of GeoNames towns of 500+ people (the packaged one when None; its file is
            opened on the first question).
    """

    name = "places"
    requires: tuple[str, ...] = ("doc", "sentences", "events")
    assigns: tuple[str, ...] = ("places", "events")

    def __init__(self, gazetteer: Gazetteer, small_towns: SmallTownTable | None = None) -> None:
        self.gazetteer = gazetteer
        self.words: PlaceWords = gazetteer.words
        self.names = PlaceNameFinder(gazetteer)
        self.resolver = PlaceNameResolver(gazetteer, small_towns)  # towns of 500+ people, named like bays too
        self.clauses = PossessedActClauses(self.words)  # a sanction, a person's past act: own clause only
        self.measures = HomeMeasureReach(self.words)

    def __call__(self, article: Article) -> Article:
        """Fill ``article.places`` and set ``place`` (with its evidence span) on every event."""
        doc = article.doc
        candidates = self.names.find_candidates(doc)
        candidates = to_particle_town_candidates(
            doc, candidates, self.gazetteer, self.resolver.chains.small_towns
        )
        candidates += find_country_noun_candidates(doc, self.gazetteer, candidates)  # "Iceland" tagged NN
        context = self.resolver.find_context_countries(article, candidates)
        candidates += self.names.find_country_candidates(doc, candidates, context)
        candidates.sort(key=lambda c: c.start)
        resolved = to_county_state_mentions(self.resolver, doc, candidates, context)  # county's own state
        pairs = [(c, m) for c, m in resolved if c.locative and m is not None]
        named = [(c, m) for c, m in resolved if m is not None]  # also not locative: "Sweden bans …"
        article.places = [m for _, m in pairs]
        index = EventIndex(doc, article.events)
        quotes = find_quote_segments(article)
        events = []
        containers = to_container_starts(doc, pairs)
        elaborations = to_elaborations(doc, pairs)
        roots = {id(c): doc[c.start : c.end].root.i for c, _ in named}  # each name's root, read once
        countries = to_government_name_ids(doc, named)  # "Slovakia", "Nunavut" tagged ORG
        placed: list[tuple[int, PlaceMention]] = []  # the trigger and place of each event placed so far
        for event in article.events:
            located = (pairs, containers, named, roots, countries)
            found = self._event_place(article, event, index, located, quotes)
            found = elaborations.get(found.span.start, found) if found is not None else None
            token = index.token(event)
            if found is None and token is not None:  # "Canada and Mexico close their borders", "the ensuing
                found = resolve_joint_or_shared_place(event, token, (named, placed), self.words)  # fighting"
            if found is not None and token is not None:
                placed.append((token.i, found))
            events.append(event if found is None else with_place(event, found))
            if (
                found is not None
                and found.rule in (RULE_FACILITY, RULE_ANAPHORA)
                and found not in article.places
            ):
                article.places.append(found)
        events = to_final_places(events, index, placed, self.words)  # "killed when … attacks X"
        article.events = to_listed_target_places(events, article.places)  # "visit to Mozambique, Madagascar"
        return article

    def _event_place(
        self,
        article: Article,
        event: Event,
        index: EventIndex,
        located: tuple[Pairs, frozenset[int], Pairs, dict[int, int], frozenset[int]],
        quotes: list[QuoteSegment],
    ) -> PlaceMention | None:
        pairs, containers, named, roots, countries = located
        token = index.token(event)
        if token is None:
            return None
        stops = index.other_trigger_ids(event)
        stops = stops - find_meeting_ids(token, stops, self.words)  # "pull out of talks in Geneva"
        verb = self.clauses.resolve_clause_verb(token, stops)
        results = [] if verb is None else self.clauses.find_result_ids(verb, stops)
        elsewhere = self.clauses.find_elsewhere_ids(token, stops, {i for ids in results for i in ids})
        origin = find_passage_ids(token, self.words)  # "arriving from Germany", "a flight heading to Dubai"
        origin |= find_other_side_ids(token, self.words.border_nouns)  # "closes its borders with Aruba"
        origin |= find_grievance_outside_ids(token, self.words)  # "amid anger over the arrest of …"
        origin |= find_naming_outside_ids(token, self.words) | find_anniversary_ids(token)  # "describes as"
        tiers = self._find_tiers(token, verb, stops, (pairs, named), countries)
        for anchor, ids, names in tiers + find_case_force_tiers(event, token, stops, self.words, pairs):
            if names is pairs:
                ids = ids - find_spoken_complement_ids(token, ids, self.words)
            ids = ids - (origin if SCOPE in ids else elsewhere | origin)
            inside = [(c, m) for c, m in names if roots[id(c)] in ids]
            if inside and ISSUER in ids:  # the issuing government's jurisdiction: the coarsest it names
                return max(inside, key=lambda p: to_jurisdiction_rank(p[1].place))[1]
            if inside:
                inside = find_near_elsewhere(article.doc, inside, self.words.proximity_preps)
                return min(inside, key=lambda p: self._rank(p[0], p[1], anchor, containers))[1]
            topic = token.lemma_.lower() in self.words.topic_verbs  # "denies owning the tanker": no place
            facility = None if topic else self._facility_place(article.doc, ids, pairs)
            if facility is not None:
                return facility
            if names is pairs:  # "retreated to his town": the one town named before
                anchors = {token.i} if verb is None else {token.i, verb.i}
                clause = ids & find_clause_ids(token, anchors)
                referred = resolve_anaphoric_place(article.doc, clause, named, self.words)
                referred = referred or resolve_capital_reference(article.doc, clause, named, self.gazetteer)
                if referred is not None:
                    return referred
        segment = resolve_quote_segment(quotes, event.trigger.start)
        if segment is not None:
            for candidate, mention in pairs:
                if roots[id(candidate)] in elsewhere | origin:
                    continue  # a scare quote's sentence: 'has "called off" talks over the attack in Kabul'
                if any(part.contains(mention.span) for part in segment.attribution):
                    return mention
        return None

    def _find_tiers(
        self,
        token: Any,
        verb: Any | None,
        stops: frozenset[int],
        names: tuple[Pairs, Pairs],
        countries: frozenset[int],
    ) -> list[tuple[Any, set[int], Pairs]]:
        """The tiers of :class:`PlaceClauses`, each with the names it may read (the located ones), and after
        the own clause the clauses about the event's object (:mod:`dotterel.stages.place_objects`) and, for a
        measure, where it applies, read with every name (:mod:`dotterel.stages.place_measures`); last, the
        division of the local officials who report it ("Officials in Takhar Province", not "in Ottawa")."""
        pairs, named = names
        framed = to_framed_tiers(self.clauses, token, stops, self.words)  # "attempt to storm": the frame's
        tiers = [(anchor, ids, pairs) for anchor, ids in framed]
        if self.measures.is_measure(token, verb):  # "Sweden bans …": after its own clause, where it applies
            covered = self.measures.find_tiers(token, verb, stops, countries)
            tiers[1:1] = [(anchor, ids, named) for anchor, ids in covered]
            if verb is not None and verb.i != token.i:  # "Spain imposes a lockdown in Madrid": the verb's own
                tiers[1:1] = [(verb, find_clause_place_ids(verb, stops), pairs)]
        owners = find_border_owner_ids(token, verb, stops, self.words)  # "opens its border with Syria"
        tiers[1:1] = [(token, owners | {ISSUER}, to_border_side_names(named))] if owners else []  # no point
        targets = find_target_event_ids(token, stops, self.words)  # "a crackdown on protests in Oromia"
        measured = find_measured_ids(token, stops, self.words)  # "eases curbs in X", "X enters level 3"
        tiers[1:1] = [(token, ids, names) for ids, names in ((targets, pairs), (measured, named)) if ids]
        there = find_there_ids(token, verb)  # "such an attack has occurred there": the place named before
        tiers[1:1] = [(token, there, pairs)] if there else []
        victims = find_object_clause_ids(verb, stops, self.words)  # "kill 25 people who were blocking …"
        tiers[1:1] = [(token, victims, pairs)] if victims else []
        return tiers + find_reporter_tiers(token, verb, stops, self.words, pairs)  # "Officials in Takhar say"

    def _rank(
        self, candidate: NameCandidate, mention: PlaceMention, anchor: Any, containers: frozenset[int]
    ) -> tuple[bool, int, bool, bool, int]:
        """A place named before its container ("Spin Boldak, Kandahar") or after its possessor ("Pattani's
        Yarang District", the province given as its town) first, then the most specific place (of regions, a
        district before a province: "Imam Sahib District, Kunduz Province"), a listed one before an unlisted
        one not named by a town noun ("the town of Kansafra" ranks as listed, though not before a known town
        of its list, whose country it may have borrowed), then the nearest."""
        named = follows_place_noun(anchor.doc, candidate.start, candidate.end, self.words.town_nouns)
        known = self.resolver.readings.has_known_member  # "the villages of Dioura and Welingara": Welingara
        unlisted = mention.rule == RULE_UNLISTED and (
            not named or known(anchor.doc, candidate, mention.place.country)
        )
        words = mention.place.name.lower().split()
        province = not (words and words[-1] in self.words.local_admin_suffixes)
        container = candidate.start in containers
        return container, to_specificity(mention.place), province, unlisted, abs(candidate.start - anchor.i)

    def _facility_place(self, doc: Any, ids: set[int], pairs: Pairs) -> PlaceMention | None:
        lemmas, facilities = to_doc_table(doc).lemmas, self.words.facilities
        for i in sorted(ids):
            if lemmas[i] not in facilities:
                continue
            noun = doc[i]
            if not self._is_definite(noun):
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
        wanted = self._modifiers(noun)  # "the embassy" is the one named before, not "other embassies"
        for other in (t for t in doc if is_facility_antecedent(noun, t, wanted, self._modifiers(t))):
            origin = find_passage_ids(other, self.words)  # "a tanker traveling from the UAE"
            inside = [
                m
                for c, m in pairs
                if other.left_edge.i <= c.start and c.end - 1 <= other.right_edge.i and c.start not in origin
            ]
            if inside:
                return min(inside, key=lambda m: to_specificity(m.place)).place
        return None
