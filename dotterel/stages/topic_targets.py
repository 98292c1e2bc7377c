"""The topic of a meeting is no party to it: "Putin and Erdogan meet to discuss Syria", "Putin and Erdogan
hold talks on Syria".

When a meeting's subject names two parties or more, they meet each other: each is the other's target (the
reciprocal reading of stages/reciprocal.py). A country or group named only in the meeting's purpose clause
("to discuss X", "in order to resolve X") or in a topic phrase on the meeting ("talks on X", "met over X") is
what they talk about, not a party. A party the text adds with a side preposition ("meet with Rouhani") or as
the meeting verb's object ("meets Erdogan") is not a topic and stays the target.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dotterel.model import Mention
from dotterel.stages.triggers import Trigger

__all__ = ["is_topic_target"]

MAX_STEPS = 8
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def is_topic_target(
    doc: Any, trigger: Trigger, mention: Mention, words: Mapping[str, frozenset[str]]
) -> bool:
    """True when the target mention of a ``topic_types`` act lies in its purpose clause (a to-infinitive on
    the trigger or its verb) or in a ``topic_preps`` phrase hung on the trigger or its verb."""
    if trigger.pattern.type.lower() not in words["topic_types"]:
        return False
    span = doc.char_span(mention.head.start, mention.head.end, alignment_mode="expand")
    if span is None:
        return False
    holders = {trigger.token.i, *([trigger.clause.i] if trigger.clause is not None else [])}
    token = span.root
    for _ in range(MAX_STEPS):
        head = token.head
        if head.i == token.i or token.i in holders:
            return False
        if head.i in holders:
            return _is_topic_link(token, words["topic_preps"])
        token = head
    return False


def _is_topic_link(token: Any, topic_preps: frozenset[str]) -> bool:
    """True for a purpose clause ("to discuss …") or a topic preposition ("on", "over") on the meeting."""
    if token.dep_ == "prep":
        return str(token.lower_) in topic_preps
    return token.dep_ in PURPOSE_DEPS and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
