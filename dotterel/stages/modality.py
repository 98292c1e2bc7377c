"""Modality stage: did the action happen, or was it threatened, conditional, negated, denied or hypothetical?

Then the recodings a human coder makes:
- a material action that is only promised ("we will take military action", "prepared to strike", "shall not
  hesitate to intervene") is a THREATEN event (the pattern's ``threat_cameo``, else 138), made by the speaker
  when the speaker stands for the acting state;
- a declined cooperative action ("will not accept refugees", "declined to resign") is a REJECT event;
- a promised cooperative action ("Finland will give Tanzania a grant", "Syria is willing to withdraw") is
  an AGREE event, with the 03x code matching the action's root (``intent_codes``);
- an obligation stated by someone of another side ("Russia said Sudan must return the helicopter", "the rebels
  said the government must agree") is the speaker's REQUEST (demand) of the actor;
- a sanction announced as a decision ("India announced it will impose tariffs") is the sanction itself;
- getting ready to attack is MOBILIZE, a cooperative act ruled out or vowed not to be done is REJECT, a vow to
  fight is THREATEN; prospects, foretold consequences, punishments' reasons and one's own measures told in the
  plain future are hypothetical (:mod:`dotterel.stages.prospects`, :mod:`~.recodings`, :mod:`~.own_plans`);
- a possible action ("may", "might", "could") reported by someone of another side ("Esper said Iran may be
  planning attacks") is the speaker's ACCUSE (allegation) against the actor, not an attack.

What a clause's own words say of its act (negated, incapable, scheduled; its tense tags) moved to
:mod:`dotterel.stages.clause_modalities`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from dotterel.knowledge.codebook import Codebook
from dotterel.knowledge.constructions import load_construction_words
from dotterel.knowledge.lexicon import Lexicon
from dotterel.knowledge.modality import ModalityWords
from dotterel.model import Actor, Article, Event, Mention
from dotterel.stages.advised_acts import has_aux
from dotterel.stages.announced_passives import is_own_passive_future
from dotterel.stages.claimed_contents import is_told_content
from dotterel.stages.clause_bounds import (
    is_asked,
    is_denied,
    is_warned_background,
    to_governing_chain,
)
from dotterel.stages.clause_modalities import is_incapable, is_negated, is_scheduled, to_tense_tags
from dotterel.stages.clause_objects import is_for_infinitive
from dotterel.stages.commitment_links import has_commitment_head
from dotterel.stages.conjunct_modals import to_modal_clause
from dotterel.stages.disclaimed_intents import is_disclaimed
from dotterel.stages.doc_tables import resolve_trigger_root, to_doc_table, to_mention_index
from dotterel.stages.lapsed_acts import is_no_longer
from dotterel.stages.modality_recodings import ModalityRecoder
from dotterel.stages.modality_retypes import clause_verb
from dotterel.stages.nested_modalities import is_errand_purpose
from dotterel.stages.occasion_settings import is_setting_of_alleged_deed
from dotterel.stages.open_options import is_option_kept_open
from dotterel.stages.ordered_acts import is_ordered_act
from dotterel.stages.own_plans import is_own_plan
from dotterel.stages.prospects import (
    is_aim_infinitive,
    is_consequence,
    is_prospect,
    is_punishment_reason,
    is_ruled_out,
    resolve_preparation,
)
from dotterel.stages.recodings import (
    ANNOUNCED_CODES,
    is_vowed_opposition,
    is_vowed_refusal,
    resolve_vowed_force,
    to_announced_act,
    to_preparation,
    to_vowed_threat,
)
from dotterel.stages.result_participles import is_result_participle
from dotterel.stages.retold_acts import drop_retold_acts
from dotterel.stages.roles import MentionIndex, find_subject
from dotterel.stages.token_words import lemma_of
from dotterel.stages.unasserted_contents import is_unachieved
from dotterel.stages.unrealized_acts import is_promised, is_unrealized

MAX_CLIMB = 6
CONFLICT_QUAD_CLASS = 4
COOPERATIVE_QUAD_CLASSES = frozenset({1, 2})
MATERIAL_QUAD_CLASSES = frozenset({2, 4})
MOBILIZE = "MOBILIZE"
ATTACK_ROOTS = frozenset({"18", "19", "20"})
INTENT_ROOT = "03"
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
PAST_TAG = "VBD"


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
        self.recoder = ModalityRecoder(words, lexicon, codebook)
        self.warning_heads = load_construction_words().warning_heads  # shared with stages/warning_comments.py

    def __call__(self, article: Article) -> Article:
        """Classify and, where needed, recode every event of the article."""
        index = to_mention_index(article.doc, article.mentions)
        events = drop_retold_acts(article, self.words.retelling_ordinals)  # "the second minister to resign"
        article.events = self.recoder.retype(article, [self._classify(article, e, index) for e in events])
        return article

    def _classify(self, article: Article, event: Event, index: MentionIndex) -> Event:
        token = resolve_trigger_root(article.doc, event.trigger)
        if token is None:
            return event
        clause = to_modal_clause(clause_verb(token), self.words)  # "will deport five tourists and [ban] them"
        modality = self._modality(token, clause)
        if is_option_kept_open(clause, modality, self.words.ruling_out_verbs):
            modality = "hypothetical"  # "will not rule out seeking help": an option kept open, no refusal
        if modality == "hypothetical" and is_setting_of_alleged_deed(token, clause, event, self.words):
            modality = "asserted"  # "charged for firing at a police station during protests": real protests
        if modality == "hypothetical" and event.action.quad_class == CONFLICT_QUAD_CLASS:
            modality = "asserted" if self._is_attempted(clause) else modality
        if modality == "asserted" and self._is_charged_deed(event, token, clause):
            modality = "hypothetical"  # "arrested for collaborating with Israel": what the punisher alleges
        if modality == "asserted" and is_ordered_act(clause, event.action.cameo, self.words.order_heads):
            modality = "hypothetical"  # "ordered the army to withdraw": what was ordered, not what was done
        root = event.action.cameo[:2]
        intended = root in self.recoder.intent_codes
        if modality == "threatened" and not intended and is_scheduled(clause, self.words):
            modality = "hypothetical"  # "is set to annex", "are due to march": arranged, no one's threat
        speaker = self._speaker(token, index)
        recoded = self._recode_readiness(article, event, token, clause, modality)
        if recoded is not None:
            return recoded
        own = is_own_passive_future(
            clause, event.action.cameo, event.source, speaker, self.words.generic_target_words
        )
        if modality == "threatened" and (own or self._is_announced(event, clause)):  # "… will be expelled"
            return to_announced_act(event, speaker)  # "announced it will impose tariffs / a lockdown"
        plan = is_own_plan(token, clause, event, self.words, self.warning_heads)
        if modality == "threatened" and not intended and plan:
            modality = "hypothetical"  # "Norway will impose a quarantine": one's plan, no threat
        if modality in {"threatened", "conditional"}:
            if event.action.type == MOBILIZE and not _is_foreign(event.source, event.target):
                return replace(event, modality="hypothetical")  # a planned deployment, not a threat
            if event.action.quad_class == CONFLICT_QUAD_CLASS:
                return self.recoder.to_threat(article, event, modality, speaker)
            pattern = self.lexicon.resolve_pattern(event.rule)
            if pattern is not None and pattern.threat_cameo:  # "will withdraw its peacekeepers unless ..."
                return self.recoder.to_threat(article, event, modality, speaker)
            if root in self.recoder.intent_codes:
                return self.recoder.to_intent(event, modality, speaker)
        if speaker is not None and has_aux(clause, self.words.obligation_aux) and not is_asked(clause):
            return self.recoder.to_demand(event, speaker) or replace(event, modality=modality)
        possible = any(has_aux(t, self.words.hypothetical_aux) for t in [clause, *_ancestors(clause)][:3])
        if event.action.quad_class == CONFLICT_QUAD_CLASS and possible and speaker is not None:
            alleged = self.recoder.to_allegation(event, speaker)
            if alleged is not None:
                return alleged
        return replace(event, modality=modality)

    def _is_refused(self, clause: Any, modality: str) -> bool:
        """A cooperative act declined: "will not accept aid", "does not recognize it", "declined to go"."""
        chain = [clause, *_ancestors(clause)]
        if modality == "negated" and (
            has_aux(clause, self.words.future_aux)
            or lemma_of(clause) in self.words.stance_verbs
            or has_commitment_head(chain, self.words, 1, 3)
        ):
            return True
        return clause.dep_ == "xcomp" and lemma_of(clause.head) in self.words.refusal_heads

    def _recode_readiness(
        self, article: Article, event: Event, token: Any, clause: Any, modality: str
    ) -> Event | None:
        """The preparation of an attack (MOBILIZE), a refusal (a cooperative act declined, ruled out or vowed
        not to be done: REJECT) or a vow to fight (THREATEN); None when the event is none of these."""
        root = event.action.cameo[:2]
        if root in ATTACK_ROOTS and self._is_prepared(token, clause):
            return to_preparation(event, self.codebook)
        if event.action.quad_class in COOPERATIVE_QUAD_CLASSES and (
            self._is_refused(clause, modality)
            or is_ruled_out(token, clause, self.words.refusal_predicates)
            or is_disclaimed(token, self.words.intent_nouns)
        ):
            return self.recoder.to_refusal(event)
        if root != INTENT_ROOT or modality != "asserted":
            return None
        if is_vowed_refusal(token, self.lexicon, self.codebook) or is_vowed_opposition(token, self.words):
            return self.recoder.to_refusal(event)
        force = resolve_vowed_force(token, self.lexicon)
        if force is None:
            return None
        spans = dict(event.evidence.spans)
        context = self.recoder.resolve_context_target
        target = context(article, event, event.source, spans) if event.target is None else None
        threat = to_vowed_threat(event, force, self.codebook, target)
        return replace(threat, evidence=replace(event.evidence, spans=spans))

    def _is_announced(self, event: Event, clause: Any) -> bool:
        """True when the future act is a sanction or restriction decided and announced ("India announced it
        will impose tariffs on Sunday"), not a warning ("warned it would impose sanctions")."""
        ancestors = list(_ancestors(clause))[:3]
        decided = any(lemma_of(t) in self.words.decision_verbs for t in ancestors)
        return decided and event.action.cameo.startswith(ANNOUNCED_CODES)

    def _is_prepared(self, token: Any, clause: Any) -> bool:
        """An attack an actor is asserted to get ready for: "the army prepared to resume shelling"."""
        verb = resolve_preparation(token, clause, self.words.preparation_verbs)
        return verb is not None and self._modality(verb, clause_verb(verb)) == "asserted"

    def _modality(self, token: Any, clause: Any) -> str:
        words, chain = self.words, [clause, *_ancestors(clause)]
        if any(self._is_condition(t) for t in chain[:3]):  # negated or not: "if they do not release him"
            return "hypothetical"  # inside the if-clause itself: "if we get word of attacks"
        if is_negated(token, words) or is_negated(clause, words, by_subject=False) or is_no_longer(clause):
            return "negated"
        if is_incapable(clause, words) or is_unachieved(token, clause, words):  # "foiled", "failed to"
            return "negated"
        if is_disclaimed(token, words.intent_nouns):  # "has no interest in talks"
            return "negated"
        if is_denied(chain, words.denial_verbs, words.contrast_marks):
            return "denied"
        if self._is_prospective(token, clause) or is_warned_background(token, self.warning_heads):
            return "hypothetical"  # a prospect; an act named in a warning's subject, not threatened
        conditional = any(self._has_condition(t) for t in chain[:3])
        governing = to_governing_chain(clause, chain[1:], words, token)  # not "talks broken off after a raid"
        reported_future = has_aux(clause, words.reported_future_aux) and any(
            lemma_of(t) in self.lexicon.speech_verbs for t in governing[1:4]
        )  # "they said they would boycott"
        promised = (
            has_aux(clause, words.future_aux)
            or reported_future
            or has_commitment_head(governing, words, complement_only=True)  # not a verb coordinated with it
            or is_scheduled(clause, words)
            or is_promised(token, clause, words)  # "ready for talks", "is to release" (unrealized_acts)
        )
        if promised or (conditional and any(has_aux(t, words.future_aux) for t in chain[:3])):
            generic = self._has_generic_target(clause)  # a promise against "any party who …"
            return "conditional" if conditional or generic else "threatened"
        planned = token.dep_ in {"dobj", "xcomp"} and lemma_of(token.head) in words.plan_heads
        if (
            planned
            or is_told_content(token, clause, words)  # "suspected of", "pleads guilty to", "claims that X"
            or is_errand_purpose(clause, words.errand_verbs)  # "sent experts to Bosnia to investigate"
            or is_for_infinitive(clause)  # "calls for the government to release the journalist"
            or has_aux(clause, words.hypothetical_aux)
            or (
                not is_result_participle(clause, words.result_participles)  # "attempt to storm, leading to"
                and any(lemma_of(t) in words.plan_heads for t in governing[1:3])
            )
        ):
            return "hypothetical"
        return "conditional" if conditional else "asserted"

    def _is_prospective(self, token: Any, clause: Any) -> bool:
        """A prospect or a consequence foretold (see :mod:`dotterel.stages.prospects`): "a possible war
        against Iraq", "would create a climate for peace talks", "would lead to talks"."""
        words = self.words
        auxiliaries = words.future_aux | words.reported_future_aux | words.hypothetical_aux
        heads = words.prospective_heads
        return (
            is_prospect(token, words.prospective_modifiers, heads, words.prospective_preps)
            or is_aim_infinitive(token, heads)
            or is_consequence(token, clause, words.consequence_verbs, auxiliaries)
            or is_unrealized(token, clause, words)  # "to avoid arrest", "was to visit", "ahead of the summit"
        )

    def _is_charged_deed(self, event: Event, token: Any, clause: Any) -> bool:
        """A material act given as a punishment's reason is alleged: "arrested for collaborating with Israel",
        "jailed for spying"; a public verbal act stays a happening: "jailed for protesting", "arrested for
        criticizing the verdict"."""
        words = self.words
        material = event.action.quad_class in MATERIAL_QUAD_CLASSES
        if not material or event.action.type.lower() in words.public_act_types:
            return False
        return is_punishment_reason(token, clause, words.punishment_heads, words.reason_preps)

    def _is_attempted(self, clause: Any) -> bool:
        """True when the act is what an asserted attempt tried: "militants tried to assassinate the prime
        minister" (an attempted attack is an attack), not "did not try to" or "may try to"."""
        head = clause.head
        if clause.dep_ != "xcomp" or lemma_of(head) not in self.words.attempt_heads:
            return False
        return self._modality(head, clause_verb(head)) == "asserted"

    def _is_condition(self, verb: Any) -> bool:
        """True for the verb of an if-clause (the condition, not the consequence), or of a clause of time in
        the present under a future, negated or past verb: "will not disarm until the prisoners are released",
        "opposed the force until their demands are met"."""
        if verb.dep_ != "advcl":
            return False
        marks = {g.lower_ for g in verb.children if g.dep_ == "mark"}
        if marks & self.words.conditional_marks:
            return True
        if not marks & self.words.future_time_marks or not to_tense_tags(verb) & PRESENT_TAGS:
            return False
        head, words = verb.head, self.words  # "are held before police shoot": a present of narration
        modals = words.future_aux | words.hypothetical_aux | words.obligation_aux | words.reported_future_aux
        return has_aux(head, modals) or is_negated(head, words) or PAST_TAG in to_tense_tags(head)

    def _has_condition(self, verb: Any) -> bool:
        table, marks = to_doc_table(verb.doc), self.words.conditional_marks
        deps, lowers, children = table.deps, table.lowers, table.children
        return any(
            deps[c] == "advcl" and any(deps[g] == "mark" and lowers[g] in marks for g in children[c])
            for c in children[verb.i]
        )

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
            if lemma_of(node) in self.lexicon.speech_verbs and node.pos_ == "VERB":
                subject, _ = find_subject(node)
                return index.resolve_phrase(subject) if subject is not None else None
        return None


def _is_foreign(source: Actor | None, target: Actor | None) -> bool:
    """True when the target is an actor of another country than the source."""
    return target is not None and target.country not in {None, source.country if source else None}
