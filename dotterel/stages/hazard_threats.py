"""A hazard that threatens is no threat: "a storm … threatening many parts of Central America", "floods
threaten thousands of homes", for :mod:`dotterel.stages.accidents`.

A threat is a party's act; weather, fire, floods and disease threaten without anyone acting (the house rule
on accidents and hazards). A THREATEN trigger whose subject (found as the roles stage finds it, so an
adverbial participle takes its clause's subject) is a hazard noun (``hazard_nouns`` of ``hazards.yaml``), or
a name led by one ("Tropical [Storm] Iota", "[Hurricane] Eta"), is no event. A warning of a hazard is
:mod:`.hazard_notices`'s.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.hazards import HazardWords
from dotterel.stages.roles import find_subject
from dotterel.stages.triggers import Trigger

__all__ = ["is_hazard_threat"]

NAME_DEPS = frozenset({"compound", "amod"})


def is_hazard_threat(trigger: Trigger, words: HazardWords) -> bool:
    """True for a THREATEN trigger whose subject is a hazard: "Hurricane Eta … [threatening] Honduras",
    "rising floods [threaten] the town"; not "the rebels threaten the town" nor "the minister warns of
    floods" (a warning's own test)."""
    if trigger.pattern.type != "THREATEN":
        return False
    subject, passive = find_subject(trigger.token)
    if subject is None or passive:
        return False
    return is_hazard_head(subject, words)


def is_hazard_head(token: Any, words: HazardWords) -> bool:
    """True for a hazard noun ("floods") or a name whose modifier is one ("Tropical [Storm] Iota")."""
    if {str(token.lemma_).lower(), token.lower_} & words.hazard_nouns:
        return True
    modifiers = (child for child in token.children if child.dep_ in NAME_DEPS)
    return any({str(m.lemma_).lower(), m.lower_} & words.named_hazards for m in modifiers)
