"""A harm told again in the next sentence with "it" as its doer is the same happening.

"A car bomb explodes in Tell Abyad. It kills 13 people and wounds more than 30 others." -> "It" is the car
bomb: the killing is the bombing told again, so the bombing takes the toll (and any place, target or date
it lacks) and the killing is not coded as a second attack. Only "it" (an event or a thing, never a person
or a group) counts, only right after the sentence of the harm noun it points back to, in the same
paragraph, and only when both are told as happening (asserted or reported).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.model import Article, Event
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.merge import fill_gaps
from dotterel.stages.scope import resolve_span_root
from dotterel.stages.triggers import NOUN_POS

EVENT_PRONOUNS = frozenset({"it"})
FACTUAL = frozenset({"asserted", "reported"})


def _sentence_of(article: Article, offset: int) -> int | None:
    return next((n for n, s in enumerate(article.sentences) if s.span.start <= offset < s.span.end), None)


def _pronoun_subject(token: Any) -> Any | None:
    """Return the "it" of a main-clause harm verb whose only subject it is ("It kills 13 people"), or None;
    not in reported speech ("the army said it killed 12": "it" is the army)."""
    if token.pos_ != "VERB" or token.dep_ not in {"ROOT", "conj"}:
        return None
    if token.dep_ == "conj" and token.head.dep_ != "ROOT":
        return None
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return subjects[0] if len(subjects) == 1 and subjects[0].lower_ in EVENT_PRONOUNS else None


def _source_is_pronoun(event: Event, pronoun: Any) -> bool:
    """True when the event has no source, or only the one read from the pronoun itself."""
    span = event.evidence.spans.get("source")
    return event.source is None or (span is not None and span.start <= pronoun.idx < span.end)


def find_retold(article: Article) -> dict[int, int]:
    """Return, by position in ``article.events``, the harm events that retell a harm noun of the sentence
    before (its position)."""
    doc, events, retold = article.doc, article.events, {}
    roots = [
        resolve_span_root(doc, e.trigger) if e.action.type in HARM_TYPES and e.modality in FACTUAL else None
        for e in events
    ]
    for i, (event, token) in enumerate(zip(events, roots, strict=True)):
        pronoun = _pronoun_subject(token) if token is not None else None
        if pronoun is None or not _source_is_pronoun(event, pronoun):
            continue
        here = _sentence_of(article, event.trigger.start)
        if here is None or here == 0:
            continue
        before = article.sentences[here - 1]
        if before.paragraph != article.sentences[here].paragraph:
            continue
        nouns = [
            j
            for j, root in enumerate(roots)
            if root is not None
            and root.pos_ in NOUN_POS
            and before.span.start <= events[j].trigger.start < before.span.end
        ]
        if nouns:
            retold[i] = nouns[-1]
    return retold


def to_retold_events(article: Article) -> list[Event]:
    """Return the article's events with each pronoun retelling folded into the harm noun it points back to."""
    retold = find_retold(article)
    if not retold:
        return article.events
    events = list(article.events)
    for i, j in retold.items():
        events[j] = fill_gaps(events[j], replace(events[i], source=None))  # its source was read from "it"
    return [event for i, event in enumerate(events) if i not in retold]
