"""Attribution stage: doers and targets the clause of the trigger does not give.

- A responsibility claim names the source of the harm it is about: "Mortars hit the airport, wounding six.
  Al-Shabaab claims responsibility for the attack." -> the mortar attack's source is al-Shabaab; "the attack"
  the claim mentions is the same attack, not a second one (:mod:`dotterel.stages.claims`).
- A bare machine or weapon as the agent of a passive is the means, not the doer: "the refineries are
  attacked by drones" has no source (the place's country would otherwise be taken for it).
- Forces moved by a withdrawal are the side that withdraws when the subject names no actor: "The Africa
  Command evacuates a contingent of U.S. troops" -> USA.
- A collective action as the object stands for the people taking part in it: "ordered the police to quell
  the protests" targets protesters (PROT), "crushed a coup attempt" soldiers (MIL).
- A threat's condition names the party it is aimed at: "threatened to launch an offensive unless Baghdad
  accepted its conditions" -> Iraq; an act for a harm is aimed at the harm's target: "mobilized reservists
  for a war against Iraq" -> Iraq.
- An agentless passive act only a state does is done by the state where it happens: "a US national was
  arrested in Lebanon" -> Lebanon.
- Repression of a people with no country of their own, where no place gives one, is done at home: "The
  government of Gabon quashes a coup by soldiers" -> Gabonese soldiers.

Runs after the places stage (the place decides before the repressor's country) and before ``locals``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from dotterel.knowledge.attribution import AttributionWords, load_attribution_words
from dotterel.knowledge.wordlists import load_role_words
from dotterel.model import Actor, Article, Event, Span
from dotterel.stages.claims import to_claimed_events
from dotterel.stages.doc_tables import resolve_trigger_root, to_mention_index
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.merge import PASSIVE_DEPS
from dotterel.stages.retellings import to_retold_events
from dotterel.stages.roles import MentionIndex, find_agent, find_subject, is_own_people

ACTION_OBJECT_DEPS = frozenset({"dobj", "obj"})
ACTION_PATIENT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})  # "the rally was dispersed"
MAX_CLAUSE_HOPS = 3
OWNER_PREPS = frozenset({"from", "of"})  # "drones from Yemen", "drones of the coalition"


def _trigger_token(doc: Any, event: Event) -> Any | None:
    return resolve_trigger_root(doc, event.trigger)


def _token_span(token: Any) -> Span:
    return Span(token.idx, token.idx + len(token.text))


def _phrase_words(token: Any) -> list[str]:
    """The head's lemma and text, and its compounds joined with it: "coup d'état", "air strike"."""
    compounds = [c for c in token.lefts if c.dep_ == "compound"]
    joined = " ".join([*(c.text for c in compounds), token.text])
    lemma_joined = " ".join([*(str(c.lemma_) for c in compounds), str(token.lemma_)])
    return [str(token.lemma_), token.text, joined, lemma_joined, *(str(c.lemma_) for c in compounds)]


def _is_nameless(actor: Actor | None) -> bool:
    return actor is not None and actor.name is None and actor.actor_id is None


def drop_means_source(doc: Any, event: Event, words: AttributionWords) -> Event:
    """Return the event without a source that is a bare means as a passive's agent ("attacked by drones");
    an owner ("by US drones", "by drones from Yemen") keeps it."""
    verb = _trigger_token(doc, event)
    span = event.evidence.spans.get("source")
    if verb is None or span is None or event.source is None or not _is_nameless(event.source):
        return event
    agent = find_agent(verb) if any(c.dep_ in PASSIVE_DEPS for c in verb.children) else None
    if agent is None or not span.start <= agent.idx < span.end or event.source.country is not None:
        return event
    owned = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in OWNER_PREPS) for c in agent.children)
    if owned or not any(word.lower() in words.means_nouns for word in _phrase_words(agent)):
        return event
    spans = {key: value for key, value in event.evidence.spans.items() if key != "source"}
    return replace(event, source=None, evidence=replace(event.evidence, spans=spans))


def add_mover_source(
    doc: Any, event: Event, index: MentionIndex, role_words: Mapping[str, frozenset[str]]
) -> Event:
    """Return the event with the moved forces' side as source when it has none: "The Africa Command
    evacuates a contingent of U.S. troops from Libya" -> USA."""
    verb = _trigger_token(doc, event)
    if event.source is not None or verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return event
    for child in verb.children:
        if child.dep_ in ACTION_OBJECT_DEPS and is_own_people(verb, child, role_words):
            mention = index.resolve_phrase(child)
            if mention is not None and mention.actor.country is not None:
                spans = {**event.evidence.spans, "source": mention.span}
                return replace(event, source=mention.actor, evidence=replace(event.evidence, spans=spans))
    return event


def add_participant_target(doc: Any, event: Event, index: MentionIndex, words: AttributionWords) -> Event:
    """Return the event with the people of a collective action as target when its object (or passive
    subject) names the action and no actor: "quell the protests" -> PROT, "foiled a coup attempt" -> MIL,
    "the rally was dispersed" -> PROT."""
    verb = _trigger_token(doc, event)
    if event.target is not None or verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return event
    for child in verb.children:
        if child.dep_ not in ACTION_PATIENT_DEPS or index.resolve_token(child) is not None:
            continue
        sector = words.resolve_action_sector(_phrase_words(child))
        if sector is None:
            continue
        start = min([child.idx, *(c.idx for c in child.lefts if c.dep_ == "compound")])
        span = Span(start, child.idx + len(child.text))
        target = Actor(text=doc.text[span.start : span.end], sector=sector)
        spans = {**event.evidence.spans, "target": span}
        return replace(event, target=target, evidence=replace(event.evidence, spans=spans))
    return event


def add_condition_target(doc: Any, event: Event, index: MentionIndex, words: AttributionWords) -> Event:
    """Return a threat with no target aimed at the party its condition names: "Iran threatened to launch an
    offensive unless Baghdad accepted its conditions" -> Iraq."""
    token = _trigger_token(doc, event)
    if event.target is not None or token is None or event.action.type.lower() not in words.condition_types:
        return event
    verbs = [token, *(c for c in token.children if c.dep_ in {"xcomp", "ccomp"})]
    for verb in verbs:
        for clause in (c for c in verb.children if c.dep_ == "advcl"):
            if not any(c.dep_ == "mark" and c.lower_ in words.condition_marks for c in clause.children):
                continue
            subject, passive = find_subject(clause)  # "if its embassy is attacked": a victim, no target
            mention = index.resolve_phrase(subject) if subject is not None and not passive else None
            if mention is not None and not _is_same_party(mention.actor, event.source):
                spans = {**event.evidence.spans, "target": mention.span}
                return replace(event, target=mention.actor, evidence=replace(event.evidence, spans=spans))
    return event


def add_purpose_target(doc: Any, event: Event, harms: Mapping[int, Event]) -> Event:
    """Return an event with no target aimed at the target of the harm it is for: "Britain mobilized
    reservists for a war against Iraq" -> Iraq (``harms``: harm events with a target, by trigger token)."""
    verb = _trigger_token(doc, event)
    if event.target is not None or verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return event
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            harm = harms.get(noun.i)
            if harm is not None and harm.target is not None and not _is_same_party(harm.target, event.source):
                spans = dict(event.evidence.spans)
                if "target" in harm.evidence.spans:
                    spans["target"] = harm.evidence.spans["target"]
                return replace(event, target=harm.target, evidence=replace(event.evidence, spans=spans))
    return event


def add_state_source(doc: Any, event: Event, words: AttributionWords) -> Event:
    """Return an agentless passive act only a state does with the state of its place as source: "a US
    national was arrested in Lebanon", "was put under investigation in Italy" -> the place's country."""
    place, span = event.place, event.evidence.spans.get("place")
    if event.source is not None or event.action.cameo not in words.state_act_codes or place is None:
        return event
    trigger = _trigger_token(doc, event)
    verb = _clause_verb(trigger)
    if span is None or place.country is None or trigger is None or verb is None:
        return event
    if not _is_agentless_passive(verb):
        return event
    if not _is_adjunct_of(doc, span, {verb.i, trigger.i}):
        return event  # "a missionary from Calgary was arrested": where he is from is not where it happened
    return replace(event, source=Actor(text=place.name, country=place.country))


def _is_adjunct_of(doc: Any, span: Span, heads: set[int]) -> bool:
    """True when the place span is the object of a preposition on one of the ``heads`` tokens."""
    place = doc.char_span(span.start, span.end, alignment_mode="expand")
    if place is None:
        return False
    prep = place.root.head
    return place.root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i in heads


def _clause_verb(token: Any | None) -> Any | None:
    """The trigger if a verb, else the verb its noun phrase hangs on ("put under investigation")."""
    for _ in range(MAX_CLAUSE_HOPS):
        if token is None or token.pos_ in {"VERB", "AUX"}:
            return token
        token = token.head if token.head.i != token.i else None
    return None


def _is_agentless_passive(verb: Any) -> bool:
    deps = {child.dep_ for child in verb.children}
    return bool(deps & PASSIVE_DEPS) and "agent" not in deps


def _is_same_party(actor: Actor, other: Actor | None) -> bool:
    if other is None:
        return False
    if actor.actor_id is not None and actor.actor_id == other.actor_id:
        return True
    return actor.name is None and other.name is None and actor.country == other.country


def to_home_target(event: Event, words: AttributionWords) -> Event:
    """Return the event with its repressed, countryless target in the repressor's country when no place
    gives one: "The government of Gabon quashes a coup by soldiers" -> GAB soldiers."""
    target, source = event.target, event.source
    if event.action.cameo not in words.repression_codes or target is None or source is None:
        return event
    if not _is_nameless(target) or target.country is not None or source.country is None:
        return event
    if (target.sector or "").lower() not in words.home_target_sectors:
        return event
    if (source.sector or "gov").lower() not in words.repressor_sectors:
        return event
    if event.place is not None and event.place.country is not None:
        return event  # the locals stage gives the place's country
    return replace(event, target=replace(target, country=source.country))


class AttributionStage:
    """Attribute doers and targets the trigger's clause leaves out; assigns ``events``."""

    name = "attribution"
    requires: tuple[str, ...] = ("doc", "sentences", "mentions", "events")
    assigns: tuple[str, ...] = ("events",)

    def __init__(
        self,
        role_words: Mapping[str, frozenset[str]] | None = None,
        words: AttributionWords | None = None,
    ) -> None:
        self.role_words = role_words if role_words is not None else load_role_words()
        self.words = words if words is not None else load_attribution_words()

    def __call__(self, article: Article) -> Article:
        """Attribute the article's events."""
        if not article.events or article.doc is None:
            return article
        doc, words = article.doc, self.words
        index = to_mention_index(doc, article.mentions, self.role_words)
        harms: dict[int, Event] = {}
        for event in article.events:
            token = _trigger_token(doc, event) if event.action.type in HARM_TYPES else None
            if token is not None and event.target is not None:
                harms.setdefault(token.i, event)
        events = []
        for event in article.events:
            event = drop_means_source(doc, event, words)
            event = add_mover_source(doc, event, index, self.role_words)
            event = add_participant_target(doc, event, index, words)
            event = add_condition_target(doc, event, index, words)
            event = add_purpose_target(doc, event, harms)
            event = add_state_source(doc, event, words)
            events.append(to_home_target(event, words))
        article.events = to_claimed_events(article, events, index, self.role_words, words)
        article.events = to_retold_events(article)  # "A car bomb explodes … It kills 13 people"
        return article
