"""The act called for is no act of the callers: "defying U.S. and NATO calls to cancel the deal".

The to-infinitive right after a noun of request (``request_nouns``: "calls to cancel the deal", "demands to
expel the envoy") is the act asked for (:func:`dotterel.stages.unrealized_acts.is_requested`). Its doer is
whoever is called on, left unsaid by this construction; the callers only ask. An event of such an infinitive
whose source the roles took from the callers (the request word's own subject or modifiers) is the callers'
demand (REQUEST, CAMEO 100), asserted, with no target; one whose source is someone else (the one called on:
"Britain rejects calls to expel the envoy") is kept.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.codebook import Codebook
from dotterel.knowledge.modality import ModalityWords
from dotterel.model import Event
from dotterel.stages.unrealized_acts import is_requested

DEMAND_CAMEO = "100"
DEMAND_RULE = "modality.called-for.v1"


def _callers(clause: Any) -> list[Any]:
    """The tokens of the request word's phrase outside the infinitive: "U.S. and NATO calls"."""
    to = next(c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to")
    word = clause.doc[to.i - 1]
    inner = {t.i for t in clause.subtree}
    return [t for t in word.subtree if t.i not in inner and t.i != word.i]


def to_callers_demand(
    event: Event, token: Any, clause: Any, words: ModalityWords, codebook: Codebook
) -> Event:
    """The callers' demand when the event is an act called for given the callers as doer; else the event."""
    span = event.evidence.spans.get("source")
    if event.source is None or span is None or not is_requested(token, clause, words):
        return event
    if not any(t.idx < span.end and span.start < t.idx + len(t) for t in _callers(clause)):
        return event
    spans = {key: value for key, value in event.evidence.spans.items() if key != "target"}
    return replace(
        event,
        action=codebook.to_action(DEMAND_CAMEO),
        target=None,
        modality="asserted",
        rule=f"{DEMAND_RULE}+{event.rule}",
        evidence=replace(event.evidence, spans=spans),
    )
