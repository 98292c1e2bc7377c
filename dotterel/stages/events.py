"""Events stage: lexicon triggers plus source and target from the parse become coded events.

Two triggers that describe one happening are folded into one event:
- a verb whose subject is an event noun ("missile attacks that killed a US contractor") lends the noun its
  object as target;
- an action in the to-infinitive of a verbal event ("threatened to retaliate against Iran", "agreed to
  withdraw") lends the outer event its target, and is not coded on its own. A clause with its own subject
  ("denied that its troops shelled …") is an event of its own;
- a harm told twice, an act's purpose and the content of a verbal event: see :mod:`dotterel.stages.nesting`.

The violent reading of a trigger done by a state or armed actor moved to
:mod:`dotterel.stages.violent_readings` (:func:`to_violent_reading`); the coded event of a trigger and its id
to :mod:`dotterel.stages.event_records` (:func:`to_coded_event`; :func:`to_event_id` stays importable here).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from dotterel.knowledge.codebook import Codebook
from dotterel.knowledge.constructions import load_construction_words
from dotterel.knowledge.hazards import HazardWords
from dotterel.knowledge.lexicon import Lexicon
from dotterel.knowledge.place_resolution import load_place_resolution_words
from dotterel.knowledge.readings import load_reading_words
from dotterel.knowledge.wordlists import load_reciprocal_words, load_role_words
from dotterel.model import Article, Event, Mention, Sentence
from dotterel.stages.abuse_warnings import to_abuse_charge
from dotterel.stages.accidents import is_accident
from dotterel.stages.accused_doers import find_blamed_doer
from dotterel.stages.agreed_measures import is_agreed_sanction
from dotterel.stages.background import is_background_noun
from dotterel.stages.blade_readings import to_blade_reading
from dotterel.stages.constructions import (
    DEMAND_PATTERN_ID,
    find_nominal_objects,
    find_sentence_triggers,
    is_unasserted_content,
    to_joint_reading,
    to_reported_demand_pattern,
)
from dotterel.stages.distinct_sanctions import find_distinct_sanctions
from dotterel.stages.doc_tables import to_mention_index
from dotterel.stages.elicited_sources import resolve_from_source
from dotterel.stages.enacted_documents import find_enacting_verb
from dotterel.stages.event_records import to_coded_event, to_event_id
from dotterel.stages.labour_strike_verbs import to_labour_strike_verb
from dotterel.stages.named_doers import resolve_subject_name
from dotterel.stages.named_undergoers import (
    find_undergoer,
    is_undergoer_verb,
    resolve_person_object,
    resolve_subject_undergoer,
)
from dotterel.stages.nearest_actors import SentenceMentions
from dotterel.stages.nesting import (
    HARM_TYPES,
    VERBAL_QUAD_CLASSES,
    find_content_host,
    fold_nested,
    to_content_target,
)
from dotterel.stages.non_acts import is_non_act
from dotterel.stages.non_events import is_issued_measure, is_unsourced_measure
from dotterel.stages.noun_roles import (
    find_relative_clause_objects,
    has_of_doer,
    resolve_between_party,
    resolve_claimant,
    resolve_first,
    resolve_issuer,
    resolve_of_doer,
    resolve_participant,
    resolve_role_target,
    resolve_victim,
)
from dotterel.stages.own_missions import is_own_mission
from dotterel.stages.passive_noun_agents import resolve_passive_agent, resolve_passive_undergoer
from dotterel.stages.penalty_holders import resolve_penalty_holder
from dotterel.stages.possessed_act_objects import find_possessed_of_objects
from dotterel.stages.pronoun_names import resolve_pronoun_name
from dotterel.stages.readings import (
    is_revenge_purpose,
    resolve_affiliate,
    resolve_announcer,
    resolve_death_victim,
    resolve_mobilize_target,
    to_strike_reading,
)
from dotterel.stages.reciprocal import find_actor_pairs, is_same_actor, is_unfought
from dotterel.stages.reduced_passives import is_reduced_passive
from dotterel.stages.relative_doers import find_relative_doer
from dotterel.stages.reported_doers import resolve_reported_source
from dotterel.stages.roles import (
    MentionIndex,
    find_agent,
    find_governing_verb,
    find_noun_source_tokens,
    find_prep_objects,
    find_subject,
)
from dotterel.stages.state_raids import to_state_raid_reading
from dotterel.stages.subject_offices import resolve_subject_office
from dotterel.stages.titled_triggers import is_titled_trigger
from dotterel.stages.trade_blocks import is_untargeted_trade_block
from dotterel.stages.trigger_candidates import resolve_happening_verb
from dotterel.stages.triggers import Trigger
from dotterel.stages.untargeted_blames import is_untargeted_blame
from dotterel.stages.verb_targets import find_verb_target_tokens
from dotterel.stages.violent_readings import to_violent_reading

__all__ = ["CONFLICT_QUAD_CLASS", "EventsStage", "to_event_id"]

CONFLICT_QUAD_CLASS = 4


@dataclass
class _Roles:
    source: Mention | None = None
    target: Mention | None = None


class EventsStage:
    """Code events from lexicon triggers; assigns ``events``."""

    name = "events"
    requires: tuple[str, ...] = ("doc", "sentences", "mentions")
    assigns: tuple[str, ...] = ("events",)

    def __init__(
        self,
        lexicon: Lexicon,
        codebook: Codebook,
        hazards: HazardWords,
        role_words: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.codebook = codebook
        self.hazards = hazards
        self.reciprocal = load_reciprocal_words()
        self.role_words = role_words if role_words is not None else load_role_words()
        self.readings = load_reading_words()
        self.constructions = load_construction_words()
        self.title_words = load_place_resolution_words()
        self.reported_demand = to_reported_demand_pattern(lexicon.resolve_pattern(DEMAND_PATTERN_ID))

    def __call__(self, article: Article) -> Article:
        """Find the events of every sentence of the article."""
        index = to_mention_index(article.doc, article.mentions)
        events: list[Event] = []
        for sentence in article.sentences:
            tokens = article.doc.char_span(sentence.span.start, sentence.span.end, alignment_mode="expand")
            if tokens is not None:
                events.extend(self._sentence_events(article, sentence, tokens, index))
        article.events = events
        return article

    def _sentence_events(
        self, article: Article, sentence: Sentence, tokens: Any, index: MentionIndex
    ) -> list[Event]:
        words = self.readings
        found = find_sentence_triggers(tokens, self.lexicon, index, self.constructions, self.reported_demand)
        triggers = [t for t in found if not is_revenge_purpose(t, words)]
        by_token = {t.token.i: t for t in triggers}
        nearby = SentenceMentions(index, tokens)
        roles = {t.token.i: self._roles(self._happening_clause(t), index, by_token, nearby) for t in triggers}
        triggers = [
            to_violent_reading(t, roles[t.token.i].source, self.lexicon, self.role_words) for t in triggers
        ]
        triggers = [to_state_raid_reading(t, roles[t.token.i].source, self.lexicon) for t in triggers]
        joint = self.lexicon, self.constructions  # "French and Egyptian warships launched war games"
        triggers = [to_joint_reading(t, roles[t.token.i].source, index, *joint) for t in triggers]
        triggers = [to_strike_reading(t, tokens, self.lexicon, words) for t in triggers]
        triggers = [to_labour_strike_verb(t, roles[t.token.i].source, self.lexicon, words) for t in triggers]
        triggers = [to_abuse_charge(to_blade_reading(t, self.lexicon, words), self.lexicon) for t in triggers]
        preps = self.role_words["victim_preps"]
        distinct = find_distinct_sanctions(triggers, preps)  # "cuts ties, expelling diplomats": two acts
        triggers, nested = fold_nested(triggers, roles, self.codebook.to_action, preps)
        nested -= distinct
        by_token = {t.token.i: t for t in triggers}
        kept, promises = [], set()
        for trigger in triggers:
            host = find_content_host(trigger, by_token, self.codebook.to_action)
            if host is not None and (
                self._is_promised_force(host, trigger)
                or self._is_harm_of(host, trigger)
                or is_agreed_sanction(host, trigger)  # "agree to impose sanctions": the sanction decided
            ):
                promises.add(host.token.i)  # "vowed to strike", "the strikes killed 25": harm is the event
                own = roles[trigger.token.i]
                own.source = own.source or roles[host.token.i].source
                host = None
            if host is None or is_unsourced_measure(host, roles[host.token.i].source):
                kept.append(trigger)  # a host dropped for its source leaves its content standing
                continue
            host_roles, content = roles[host.token.i], to_content_target(trigger, roles[trigger.token.i])
            if host_roles.target is None and content and not is_same_actor(content, host_roles.source):
                host_roles.target = content
        kept = [t for t in kept if t.token.i not in promises and t.token.i not in nested]
        kept = [t for t in kept if not is_unasserted_content(t, by_token, self.constructions, index)]
        kept = [t for t in kept if not is_accident(t, roles[t.token.i].source, tokens, self.hazards)]
        kept = [t for t in kept if not is_unsourced_measure(t, roles[t.token.i].source)]
        kept = [t for t in kept if not is_untargeted_trade_block(t, roles[t.token.i].target)]
        blames = self.role_words["cause_blame_verbs"]  # "blames bad weather"
        kept = [t for t in kept if not is_untargeted_blame(t, roles[t.token.i].target, index, blames)]
        kept = [t for t in kept if not is_titled_trigger(t.token, self.title_words)]
        cons = self.constructions
        kept = [t for t in kept if not is_non_act(t, cons)]
        sides = self.reciprocal
        kept = [t for t in kept if not is_unfought(article.doc, t, roles[t.token.i].source, index, sides)]
        events: list[Event] = []
        for trigger in kept:
            pairs = self._expand(article.doc, self._happening_clause(trigger), roles[trigger.token.i], index)
            for pair in pairs:  # several events from one trigger: the actors tell their ids apart
                actors, several = (pair.source, pair.target), len(pairs) > 1
                events.append(to_coded_event(article, sentence, trigger, actors, self.codebook, several))
        return events

    def _expand(self, doc: Any, trigger: Trigger, roles: _Roles, index: MentionIndex) -> list[_Roles]:
        """One event per coordinated actor, and one each way for acts on each other (:mod:`.reciprocal`)."""
        pairs = find_actor_pairs(doc, trigger, (roles.source, roles.target), index, self.reciprocal)
        return [_Roles(source, target) for source, target in pairs]

    def _between_party(self, trigger: Trigger, index: MentionIndex) -> Mention | None:
        """ "talks between A and B": A, whose coordinated B makes the act one each way (reciprocal types)."""
        if trigger.pattern.type.lower() not in self.reciprocal["reciprocal_types"]:
            return None
        return resolve_between_party(trigger.token, index)

    def _happening_clause(self, trigger: Trigger) -> Trigger:
        """An event noun that is the subject of a happening verb ("clashes broke out between A and B") takes
        that verb as its clause for its roles: the verb's phrases name its sides."""
        if not trigger.is_nominal or trigger.clause is not None:
            return trigger
        verb = resolve_happening_verb(trigger.token, self.lexicon.happening_verbs)
        return trigger if verb is None else replace(trigger, clause=verb)

    def _is_reaction(self, trigger: Trigger) -> bool:
        """True for a reaction's type ("condemnation", "praise": roles.yaml ``reaction_types``)."""
        return trigger.pattern.type.lower() in self.role_words["reaction_types"]

    def _is_harm_of(self, host: Trigger, inner: Trigger) -> bool:
        """A harm verb whose subject is a non-violent event noun: "the strikes killed 25 fighters" tells
        that these strikes were attacks, whatever the noun alone suggested (a labour strike)."""
        return host.is_nominal and inner.pattern.type in HARM_TYPES and host.pattern.type not in HARM_TYPES

    def _is_promised_force(self, host: Trigger, inner: Trigger) -> bool:
        """A promise (AGREE: vow, pledge) whose content is force: coded by the modality stage as a threat."""
        inner_quad = self.codebook.to_action(inner.pattern.cameo).quad_class
        return host.pattern.type == "AGREE" and inner_quad == CONFLICT_QUAD_CLASS and not inner.is_nominal

    def _roles(
        self, trigger: Trigger, index: MentionIndex, by_token: dict[int, Trigger], nearby: SentenceMentions
    ) -> _Roles:
        roles, words = _Roles(), self.role_words
        if trigger.clause is not None and is_undergoer_verb(trigger.pattern, trigger.is_nominal):
            roles.target = resolve_subject_undergoer(trigger.clause, index)  # "X goes on trial"
            roles.target = roles.target or resolve_pronoun_name(find_undergoer(trigger.clause))
        elif trigger.clause is not None:
            subject, passive = self._issuer(*find_subject(trigger.clause))
            blamed = find_blamed_doer(trigger.clause, words["blame_verbs"]) if subject is None else None
            if blamed is not None:
                subject, passive = blamed, False  # "accuses the police of arresting ...": the police
            passive = passive or is_reduced_passive(trigger.clause, subject)  # "a girl abducted by"
            if subject is None and not trigger.is_nominal:
                if find_agent(trigger.clause) is None:
                    return _Roles(*nearby.guess_roles(trigger.token))
                passive = True  # "hospitalized after being stabbed by a man": the agent, not a guess
            if passive:
                found = index.resolve_phrase(subject) if subject is not None else None
                roles.target = found or resolve_pronoun_name(subject)  # "He is convicted"
                agent = find_agent(trigger.clause)
                roles.source = index.resolve_phrase(agent) if agent is not None else None
            elif subject is not None and subject.i not in by_token:
                roles.source = index.resolve_phrase(subject) or resolve_subject_office(subject, index)
        others = frozenset(by_token) - {trigger.token.i}
        if trigger.is_nominal and is_background_noun(trigger.token, others, self.readings):
            # a happening cited as a cause: only its own modifiers name its source ("the U.S. killing")
            roles.source = resolve_first(index, find_noun_source_tokens(trigger.token))
        elif has_of_doer(trigger) and roles.source is None:  # "accepts the resignation of Tom Thabane"
            roles.source = resolve_first(index, find_noun_source_tokens(trigger.token)) or resolve_of_doer(
                index, trigger
            )
        elif trigger.is_nominal and roles.source is None:
            roles.source = (
                resolve_first(index, find_noun_source_tokens(trigger.token))
                or resolve_from_source(
                    trigger.token, index, words["eliciting_verbs"], self._is_reaction(trigger)
                )
                or resolve_passive_agent(trigger.token, index)  # "taken into custody by police"
                or self._between_party(trigger, index)
                or self._planner(trigger.token, index)
                or resolve_participant(
                    trigger.token, index, self.role_words["participation_preps"], self.hazards.victim_verbs
                )
                or resolve_claimant(trigger.token, index, self.role_words["claim_nouns"])
                or resolve_first(index, find_nominal_objects(trigger.token, self.constructions, words))
            )
        doer = find_relative_doer(trigger.token, self.lexicon.light_verb_lemmas)
        if trigger.is_nominal and roles.source is not None and doer is not None:  # "retaliates for the
            roles.source = index.resolve_phrase(doer) or roles.source  # sanctions [X] set": X
        verbal = self.codebook.to_action(trigger.pattern.cameo).quad_class in VERBAL_QUAD_CLASSES
        announcer = resolve_announcer(trigger, index, self.lexicon.speech_verbs, verbal)
        source = roles.source or announcer
        roles.source = resolve_reported_source(trigger, index, source, self.lexicon.speech_verbs)
        if roles.source is None and is_issued_measure(trigger.pattern, self.hazards.measure_modes):
            degrees = self.lexicon.degree_nouns
            roles.source = resolve_issuer(trigger, index, self.lexicon.issuing_verbs, degrees)
        if roles.target is None and not trigger.pattern.undergoer_subject:  # not "on trial in [Koblenz]"
            roles.target = resolve_person_object(trigger, index) or self._target(trigger, index, roles.source)
        if roles.target is None and trigger.is_nominal:
            roles.target = resolve_victim(
                trigger.token, index, self.role_words["victim_preps"], self.hazards.victim_verbs
            )
        roles.target = resolve_death_victim(trigger, index, self.readings) or roles.target
        roles.target = resolve_mobilize_target(trigger, roles.source, roles.target, index, self.readings)
        penalty_nouns = self.role_words["penalty_nouns"]  # "overturns the conviction of [X]"
        roles.target = resolve_penalty_holder(trigger, index, penalty_nouns) or roles.target
        roles.target = (
            roles.target or resolve_passive_undergoer(trigger.token, index) or resolve_role_target(trigger)
        )
        roles.source = roles.source or resolve_subject_name(trigger, roles.target)  # "Andrew Sabisky resigns"
        if roles.target is not None and is_same_actor(roles.target, roles.source):  # not its own target
            roles.target = None
        return roles

    def _issuer(self, subject: Any | None, passive: bool) -> tuple[Any | None, bool]:
        """A statement noun as subject ("a joint statement calling on Haftar") stands for its issuer."""
        if subject is not None and (enactor := find_enacting_verb(subject, self.role_words)) is not None:
            return find_subject(enactor)  # "passed a bill imposing sanctions": the Senate imposes them
        if subject is None or str(subject.lemma_).lower() not in self.role_words["statement_nouns"]:
            return subject, passive
        verb = find_governing_verb(subject)
        return find_subject(verb) if verb is not None else (subject, passive)

    def _planner(self, noun: Any, index: MentionIndex) -> Mention | None:
        """The subject of a plan or wish whose object is the event noun: "Iran may be planning attacks"."""
        head = noun.head
        if noun.dep_ not in {"dobj", "obj"} or str(head.lemma_).lower() not in self.lexicon.volition_verbs:
            return None
        subject, passive = find_subject(head)
        return None if subject is None or passive else index.resolve_phrase(subject)

    def _target(self, trigger: Trigger, index: MentionIndex, source: Mention | None) -> Mention | None:
        pattern, token = trigger.pattern, trigger.token
        candidates: list[Any] = []
        if trigger.is_nominal:
            preps = self.lexicon.target_preps(pattern, "noun")
            candidates.extend(find_prep_objects(token, preps))
            if trigger.clause is not None:
                candidates.extend(find_prep_objects(trigger.clause, preps))
            elif token.dep_ in {"dobj", "pobj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX", "ADP"}:
                candidates.extend(find_prep_objects(token.head, self.role_words["misattached_preps"]))
            candidates.extend(find_relative_clause_objects(token) + find_possessed_of_objects(token))
            candidates.extend(find_nominal_objects(token, self.constructions, self.role_words, movers=False))
        else:
            candidates.extend(find_verb_target_tokens(trigger, self.lexicon, self.codebook, self.role_words))
        for candidate in candidates:
            mention = index.resolve_phrase(candidate) or resolve_affiliate(candidate, index, self.readings)
            if mention is not None and not is_same_actor(mention, source):
                return None if is_own_mission(candidate, mention, source, self.role_words) else mention
        return None
