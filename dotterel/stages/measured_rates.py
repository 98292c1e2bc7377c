"""A rate or level of violence is a condition, not an act: "protests about the country's high level of sexual
violence", "the rate of murders in the region", "the prevalence of rape".

An assault noun (PLOVER ASSAULT) that is the "of" object of a noun of measure (``rate_nouns`` of
constructions.yaml: level, rate, prevalence, incidence) names how common such acts are, not one act done by
someone to someone. Counted or serial acts stay events: "a wave of attacks", "a series of bombings"; so does a
measure moved to a level, an act of a government ("moved to the highest level of restrictions", "the strictest
level of lockdown").
"""

from __future__ import annotations

from dotterel.stages.triggers import Trigger

__all__ = ["is_measured_rate"]

VIOLENCE_TYPE = "ASSAULT"


def is_measured_rate(trigger: Trigger, rate_nouns: frozenset[str]) -> bool:
    """True for an assault noun that is the "of" object of a noun of measure (``rate_nouns``): "a high [level]
    of violence"."""
    token = trigger.token
    if not trigger.is_nominal or trigger.pattern.type != VIOLENCE_TYPE:
        return False
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    measure = token.head.head
    return measure.pos_ == "NOUN" and str(measure.lemma_).lower() in rate_nouns
