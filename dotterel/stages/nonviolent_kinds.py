"""A war, campaign, operation or attack of words, trade or persuasion is no use of force: "a trade war against
China", "a smear campaign against the journalist", "influence operations against the United States", "a
verbal attack on the judge".

An ASSAULT noun whose compound or adjective modifier names such a kind (``nonviolent_kinds`` of
constructions.yaml) tells of no assault; any act behind it (tariffs, an accusation) is coded from its own
words. Other modifiers keep the noun: "a military operation against militants", "an air campaign".
"""

from __future__ import annotations

from dotterel.stages.triggers import Trigger

__all__ = ["is_nonviolent_kind"]

ASSAULT = "ASSAULT"
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def is_nonviolent_kind(trigger: Trigger, kinds: frozenset[str]) -> bool:
    """True for an ASSAULT noun modified by a kind of words, trade or persuasion: "a [smear] campaign"."""
    token = trigger.token
    if not trigger.is_nominal or trigger.pattern.type != ASSAULT:
        return False
    return any(
        c.dep_ in MODIFIER_DEPS and (c.lower_ in kinds or str(c.lemma_).lower() in kinds)
        for c in token.children
    )
