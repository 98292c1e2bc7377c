"""Casualty nouns an event word modifies: the toll of "the shooting death of a South Korean official".

An event noun or gerund that modifies a casualty noun names how the victims died or were hurt ("the shooting
death of a South Korean official", "two stabbing deaths", "bombing injuries"): the casualty noun's count is
the event's own, though the parser makes the event word the noun's modifier and not its head. A casualty
noun that modifies the event word is not this ("a murder investigation": no toll of the investigation, which
takes none anyway), nor an event word in a casualty noun's "of" phrase ("the deaths of the shooting's
victims": the noun is the head).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
HARM_NOUN_KINDS = frozenset({"killed", "injured"})


def find_modified_harm_ids(token: Any, resolve_role: Callable[[Any], tuple[str, str] | None]) -> set[int]:
    """The casualty noun ``token`` modifies ("shooting" in "the shooting death of X": "death"), as a set
    of token ids; empty when it modifies no casualty noun."""
    head = token.head
    if token.dep_ not in MODIFIER_DEPS or head.i == token.i or head.pos_ != "NOUN":
        return set()
    role = resolve_role(head)
    return {head.i} if role is not None and role[0] in HARM_NOUN_KINDS and role[1] == "noun" else set()
