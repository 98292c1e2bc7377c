"""Protests to a government and rewards offered: the codes a word's sense calls for.

- "Japan has protested to China over the incursion": a protest lodged *to* someone is an official complaint
  (ACCUSE 114), not a demonstration (PROTEST 141); the one protested to is the target.
- "offers a $15 million reward for his arrest": an offer whose object is a reward (``reward_nouns``) is no
  promise to cooperate (AGREE 030); no event is made of it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.codebook import Codebook
from dotterel.knowledge.modality import ModalityWords
from dotterel.model import Event
from dotterel.stages.roles import MentionIndex
from dotterel.stages.token_words import lemma_of

PROTEST_ROOT = "14"
COMPLAINT_CAMEO = "114"
COMPLAINT_RULE = "modality.complaint.v1"
OFFER_CAMEO = "030"


def to_complaint(
    event: Event, token: Any, index: MentionIndex, codebook: Codebook, words: ModalityWords
) -> Event:
    """An official complaint (ACCUSE 114) when the event is a protest "to" someone (``complaint_verbs``); else
    the event."""
    if not event.action.cameo.startswith(PROTEST_ROOT) or lemma_of(token) not in words.complaint_verbs:
        return event
    to = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    addressee = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    if addressee is None:
        return event
    target, spans = event.target, dict(event.evidence.spans)
    mention = index.resolve_phrase(addressee)
    if mention is not None:
        target, spans["target"] = mention.actor, mention.span
    return replace(
        event,
        action=codebook.to_action(COMPLAINT_CAMEO),
        target=target,
        rule=f"{COMPLAINT_RULE}+{event.rule}",
        evidence=replace(event.evidence, spans=spans),
    )


def is_reward_offer(event: Event, token: Any, words: ModalityWords) -> bool:
    """True when the event is an offer (AGREE 030) of a reward: "offers a reward for his arrest"."""
    if event.action.cameo != OFFER_CAMEO or lemma_of(token) not in words.offer_verbs:
        return False
    return any(c.dep_ == "dobj" and lemma_of(c) in words.reward_nouns for c in token.children)
