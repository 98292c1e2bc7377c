"""Modality stage: did the action happen, or was it threatened, conditional, negated, denied or hypothetical?

Then the recodings a human coder makes:
- a material action that is only promised ("we will take military action", "prepared to strike", "shall not
  hesitate to intervene") is a THREATEN event (the pattern's ``threat_cameo``, else 138), made by the speaker
  when the speaker stands for the acting state;
- a declined cooperative action ("will not accept refugees", "declined to resign") is a REJECT event;
- a promised cooperative action ("Finland will give Tanzania a grant", "Syria is willing to withdraw") is
  an AGREE event, with the 03x code matching the action's root (``intent_codes``);
- an obligation stated by someone of another side ("Russia said Sudan must return the helicopter") is the
  speaker's REQUEST (demand) of the actor;
- a possible action ("may", "might", "could") reported by someone of another side ("Esper said Iran may be
  planning attacks") is the speaker's ACCUSE (allegation) against the actor, not an attack.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from dotterel.knowledge.codebook import Codebook
from dotterel.knowledge.lexicon import Lexicon
from dotterel.knowledge.modality import ModalityWords
from dotterel.model import Actor, Article, Event, Mention
from dotterel.stages.nesting import is_alleged, is_errand_purpose
from dotterel.stages.roles import MentionIndex, find_subject

MAX_CLIMB = 6
DEFAULT_THREAT_CAMEO = "138"
ALLEGATION_CAMEO = "112"
THREAT_RULE = "modality.threat.v1"
ALLEGATION_RULE = "modality.allegation.v1"
CONFLICT_QUAD_CLASS = 4
COOPERATIVE_QUAD_CLASSES = frozenset({1, 2})
REFUSAL_CAMEO = "120"
REFUSAL_RULE = "modality.refusal.v1"
MOBILIZE = "MOBILIZE"
INTENT_RULE = "modality.intent.v1"
DEMAND_CAMEO = "100"
DEMAND_RULE = "modality.demand.v1"


def _lemma(token: Any) -> str:
    return str(token.lemma_).lower()


def _ancestors(token: Any) -> Iterator[Any]:
    """Yield the token's heads up to the sentence root (at most MAX_CLIMB)."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.head.i == current.i:
            return
        current = current.head
        yield current


class ModalityStage:
    """Assign each event a modality and recode promised and alleged actions; assigns ``events``."""

    name = "modality"
    requires: tuple[str, ...] = ("doc", "sentences", "mentions", "events")
    assigns: tuple[str, ...] = ("events",)

    def __init__(self, words: ModalityWords, lexicon: Lexicon, codebook: Codebook) -> None:
        self.words = words
        self.lexicon = lexicon
        self.codebook = codebook
        self.intent_codes = dict(pair.split(":", 1) for pair in words.intent_codes)

    def __call__(self, article: Article) -> Article:
        """Classify and, where needed, recode every event of the article."""
        index = MentionIndex(article.doc, article.mentions)
        article.events = [self._classify(article, event, index) for event in article.events]
        return article

    def _classify(self, article: Article, event: Event, index: MentionIndex) -> Event:
        span = article.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if span is None:
            return event
        token = span.root
        clause = self._clause_verb(token)
        modality = self._modality(token, clause)
        if modality == "hypothetical" and event.action.quad_class == CONFLICT_QUAD_CLASS:
            modality = "asserted" if self._is_attempted(clause) else modality
        speaker = self._speaker(token, index)
        root = event.action.cameo[:2]
        if event.action.quad_class in COOPERATIVE_QUAD_CLASSES and self._is_refused(clause, modality):
            return self._to_refusal(event)
        if modality in {"threatened", "conditional"}:
            if event.action.type == MOBILIZE and not _is_foreign(event.source, event.target):
                return replace(event, modality="hypothetical")  # a planned deployment, not a threat
            if event.action.quad_class == CONFLICT_QUAD_CLASS:
                return self._to_threat(article, event, modality, speaker, index)
            if root in self.intent_codes:
                return self._to_intent(event, modality, speaker)
        if speaker is not None and _has_aux(clause, self.words.obligation_aux):
            return self._to_demand(event, speaker) or replace(event, modality=modality)
        possible = any(_has_aux(t, self.words.hypothetical_aux) for t in [clause, *_ancestors(clause)][:3])
        if event.action.quad_class == CONFLICT_QUAD_CLASS and possible and speaker is not None:
            alleged = self._to_allegation(event, speaker)
            if alleged is not None:
                return alleged
        return replace(event, modality=modality)

    def _is_refused(self, clause: Any, modality: str) -> bool:
        """A cooperative act declined: "will not accept more refugees", "declined to resign", "failed to
        reach agreement"."""
        chain = [clause, *_ancestors(clause)]
        if modality == "negated" and (
            _has_aux(clause, self.words.future_aux)
            or any(_lemma(t) in self.words.commitment_heads for t in chain[1:3])
        ):
            return True
        return clause.dep_ == "xcomp" and _lemma(clause.head) in self.words.refusal_heads

    def _to_refusal(self, event: Event) -> Event:
        """The refusal of a cooperative act is a REJECT event between the same actors."""
        return replace(
            event,
            action=self.codebook.to_action(REFUSAL_CAMEO),
            modality="asserted",
            rule=f"{REFUSAL_RULE}+{event.rule}",
        )

    def _to_intent(self, event: Event, modality: str, speaker: Mention | None) -> Event:
        """A promised cooperative action is the promise: AGREE with the matching 03x code."""
        source, spans = event.source, dict(event.evidence.spans)
        if speaker is not None and (source is None or source.country == speaker.actor.country):
            source, spans["source"] = speaker.actor, speaker.span
        return replace(
            event,
            action=self.codebook.to_action(self.intent_codes[event.action.cameo[:2]]),
            source=source,
            modality="asserted" if modality == "threatened" else modality,
            rule=f"{INTENT_RULE}+{event.rule}",
            evidence=replace(event.evidence, spans=spans),
        )

    def _to_demand(self, event: Event, speaker: Mention) -> Event | None:
        """ "X said Y must do Z": X demands of Y (REQUEST), unless X speaks of its own side."""
        if event.source is None or event.source.country == speaker.actor.country:
            return None
        return self._to_speaker_act(event, speaker, DEMAND_CAMEO, DEMAND_RULE)

    def _to_speaker_act(self, event: Event, speaker: Mention, cameo: str, rule: str) -> Event:
        """The speaker does ``cameo`` to the event's actor: a demand of it, an allegation against it."""
        spans = dict(event.evidence.spans)
        spans["target"], spans["source"] = spans.get("source", event.trigger), speaker.span
        return replace(
            event,
            action=self.codebook.to_action(cameo),
            source=speaker.actor,
            target=event.source,
            modality="asserted",
            rule=f"{rule}+{event.rule}",
            evidence=replace(event.evidence, spans=spans),
        )

    @staticmethod
    def _clause_verb(token: Any) -> Any:
        """The verb of the clause the trigger belongs to (the trigger itself when it is a verb)."""
        node = token
        for _ in range(MAX_CLIMB):
            if node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
                return node
            node = node.head
        return node

    def _modality(self, token: Any, clause: Any) -> str:
        words = self.words
        if _is_negated(token, words) or _is_negated(clause, words):
            return "negated"
        chain = [clause, *_ancestors(clause)]
        if any(_lemma(t) in words.denial_verbs for t in chain[1:]):
            return "denied"
        if any(self._is_condition(t) for t in chain[:3]):
            return "hypothetical"  # inside the if-clause itself: "if we get word of attacks"
        conditional = any(self._has_condition(t) for t in chain[:3])
        reported_future = _has_aux(clause, words.reported_future_aux) and any(
            _lemma(t) in self.lexicon.speech_verbs for t in chain[1:4]
        )  # "they said they would boycott"
        promised = (
            _has_aux(clause, words.future_aux)
            or reported_future
            or any(_lemma(t) in words.commitment_heads for t in chain[1:4])
        )
        if promised or (conditional and any(_has_aux(t, words.future_aux) for t in chain[:3])):
            generic = self._has_generic_target(clause)  # a promise against "any party who …"
            return "conditional" if conditional or generic else "threatened"
        planned = token.dep_ in {"dobj", "xcomp"} and _lemma(token.head) in words.plan_heads
        if (
            planned
            or is_alleged(token, clause, words.allegation_words)  # "suspected of blowing up a plane"
            or is_errand_purpose(clause, words.errand_verbs)  # "sent experts to Bosnia to investigate"
            or _has_aux(clause, words.hypothetical_aux)
            or any(_lemma(t) in words.plan_heads for t in chain[1:3])
        ):
            return "hypothetical"
        return "conditional" if conditional else "asserted"

    def _is_attempted(self, clause: Any) -> bool:
        """True when the act is what an asserted attempt tried: "militants tried to assassinate the prime
        minister" (an attempted attack is an attack), not "did not try to" or "may try to"."""
        head = clause.head
        if clause.dep_ != "xcomp" or _lemma(head) not in self.words.attempt_heads:
            return False
        return self._modality(head, self._clause_verb(head)) == "asserted"

    def _is_condition(self, verb: Any) -> bool:
        """True for the verb of an if-clause (the condition, not the consequence)."""
        return verb.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in self.words.conditional_marks for g in verb.children
        )

    def _has_condition(self, verb: Any) -> bool:
        for child in verb.children:
            if child.dep_ == "advcl" and any(
                g.dep_ == "mark" and g.lower_ in self.words.conditional_marks for g in child.children
            ):
                return True
        return False

    def _has_generic_target(self, verb: Any) -> bool:
        """True when the verb's (or a coordinated verb's) object is generic: "a blow to any party"."""
        verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        objects = [c for v in verbs for c in v.children if c.dep_ in {"dobj", "dative"}]
        objects += [
            g for v in verbs for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
        ]
        for obj in [*objects, *(g for o in objects for g in o.children if g.dep_ == "prep")]:
            words = (
                [obj, *obj.children] if obj.dep_ != "prep" else [g for g in obj.children if g.dep_ == "pobj"]
            )
            if any(w.lower_ in self.words.generic_target_words for w in words):
                return True
        return False

    def _speaker(self, token: Any, index: MentionIndex) -> Mention | None:
        for node in _ancestors(token):
            if _lemma(node) in self.lexicon.speech_verbs and node.pos_ == "VERB":
                subject, _ = find_subject(node)
                return index.resolve_phrase(subject) if subject is not None else None
        return None

    def _to_threat(
        self, article: Article, event: Event, modality: str, speaker: Mention | None, index: MentionIndex
    ) -> Event:
        pattern = self.lexicon.resolve_pattern(event.rule)
        cameo = (pattern.threat_cameo if pattern and pattern.threat_cameo else None) or DEFAULT_THREAT_CAMEO
        source, spans = event.source, dict(event.evidence.spans)
        if speaker is not None and (source is None or source.country == speaker.actor.country):
            source = speaker.actor
            spans["source"] = speaker.span
        target = event.target or self._context_target(article, event, source, spans)
        return replace(
            event,
            action=self.codebook.to_action(cameo),
            source=source,
            target=target,
            modality=modality,
            rule=f"{THREAT_RULE}+{event.rule}",
            evidence=replace(event.evidence, spans=spans),
        )

    def _context_target(
        self, article: Article, event: Event, source: Actor | None, spans: dict
    ) -> Actor | None:
        """The first actor of another country named in the same sentence (a threat's addressee)."""
        own = source.country if source else None
        for mention in article.mentions:
            inside = event.evidence.start <= mention.span.start < event.evidence.end
            foreign = mention.kind == "name" and mention.actor.country not in {None, own}
            if inside and foreign and not mention.rule.startswith("actors.modifier"):
                spans["target"] = mention.span
                return mention.actor
        return None

    def _to_allegation(self, event: Event, speaker: Mention) -> Event | None:
        """ "X said Y may be planning attacks": X alleges Y (ACCUSE), unless Y is of X's own side."""
        if event.source is None or event.source.country in {None, speaker.actor.country}:
            return None
        return self._to_speaker_act(event, speaker, ALLEGATION_CAMEO, ALLEGATION_RULE)


def _is_foreign(source: Actor | None, target: Actor | None) -> bool:
    """True when the target is an actor of another country than the source."""
    return (
        target is not None
        and target.country is not None
        and (source is None or source.country != target.country)
    )


def _is_negated(token: Any, words: ModalityWords) -> bool:
    return any(
        child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no") for child in token.children
    )


def _has_aux(verb: Any, auxiliaries: frozenset[str]) -> bool:
    return any(
        child.dep_ == "aux" and (child.lower_ in auxiliaries or _lemma(child) in auxiliaries)
        for child in verb.children
    )
