"""The coded :class:`~dotterel.model.Event` of a trigger and its source and target, with its stable id.

Moved out of :mod:`dotterel.stages.events`, which finds the triggers and their roles and builds each event
here (:func:`to_coded_event`).
"""

from __future__ import annotations

import hashlib

from dotterel.knowledge.codebook import Codebook
from dotterel.model import Article, Event, Evidence, Mention, Sentence, Span
from dotterel.stages.triggers import Trigger


def to_event_id(article_id: str, trigger: Span, rule: str) -> str:
    """Return a stable event id from the article id, the trigger offsets and the rule id."""
    digest = hashlib.sha1(f"{article_id}|{trigger.start}|{trigger.end}|{rule}".encode()).hexdigest()
    return digest[:16]


def to_coded_event(
    article: Article,
    sentence: Sentence,
    trigger: Trigger,
    actors: tuple[Mention | None, Mention | None],
    codebook: Codebook,
    expanded: bool = False,
) -> Event:
    """Return the event of ``trigger`` with its (source, target) ``actors``; ``expanded`` when the trigger
    gives several events, whose ids the actors then tell apart."""
    source, target = actors
    pattern = trigger.pattern
    rule_key = pattern.id
    if expanded:  # several events from one trigger: the actors tell them apart
        rule_key += "|" + "|".join(str(m.span.start) if m else "-" for m in (source, target))
    spans: dict[str, Span] = {"action": trigger.span}
    if source is not None:
        spans["source"] = source.span
    if target is not None:
        spans["target"] = target.span
    confidence = 0.5 + 0.25 * _weight(source) + 0.2 * _weight(target)
    return Event(
        event_id=to_event_id(article.id, trigger.span, rule_key),
        article_id=article.id,
        article_date=article.date,
        trigger=trigger.span,
        action=codebook.to_action(pattern.cameo, pattern.mode),
        source=source.actor if source else None,
        target=target.actor if target else None,
        evidence=Evidence(sentence.text, sentence.span.start, sentence.span.end, spans),
        rule=pattern.id,
        confidence=min(confidence, 0.95),
    )


def _weight(mention: Mention | None) -> float:
    return 0.0 if mention is None else mention.confidence
