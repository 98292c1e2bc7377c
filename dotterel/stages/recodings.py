"""Recodings of the modality stage for vows and preparations (see :mod:`dotterel.stages.modality`).

- a promise not to do a cooperative act is a refusal: "vowed not to return the Golan Heights" (REJECT); a
  promise not to use force stays a promise ("pledged not to attack");
- a promise to fight that coded no attack of its own is a threat of force: "vowed to fight on until the
  government falls" (THREATEN, the fight pattern's threat code, else 138);
- getting ready to attack is a military move short of the use of force: "the army prepared to resume
  shelling" (MOBILIZE 150).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.codebook import Codebook
from dotterel.knowledge.lexicon import Lexicon, Pattern
from dotterel.model import Actor, Event
from dotterel.stages.prospects import resolve_vowed_content

ASSAULT = "ASSAULT"
CONFLICT_QUAD_CLASS = 4
DEFAULT_THREAT_CAMEO = "138"
THREAT_RULE = "modality.threat.v1"
PREPARATION_CAMEO = "150"
PREPARATION_RULE = "modality.preparation.v1"
# What makes a fight no threat of force: an object or a complement ("fight corruption"), a cause ("for").
FIGHT_OBJECT_DEPS = frozenset({"dobj", "ccomp"})


def _lemma(token: Any) -> str:
    return str(token.lemma_).lower()


def is_vowed_refusal(verb: Any, lexicon: Lexicon, codebook: Codebook) -> bool:
    """True when the promise verb governs a negated cooperative act: "vowed not to return the Golan"."""
    content = resolve_vowed_content(verb, negated=True)
    if content is None:
        return False
    patterns = lexicon.find_verb_patterns(_lemma(content))
    return CONFLICT_QUAD_CLASS not in {codebook.to_action(p.cameo).quad_class for p in patterns}


def resolve_vowed_force(verb: Any, lexicon: Lexicon) -> Pattern | None:
    """Return the attack pattern of the fight a promise verb governs ("vowed to fight on until the government
    falls"), or None; "vowed to fight corruption" and "fight for their rights" are no threats."""
    content = resolve_vowed_content(verb, negated=False)
    if content is None or any(g.dep_ in FIGHT_OBJECT_DEPS or g.lower_ == "for" for g in content.children):
        return None
    attacks = [p for p in lexicon.find_verb_patterns(_lemma(content)) if p.type == ASSAULT]
    return attacks[0] if attacks else None


def to_vowed_threat(event: Event, force: Pattern, codebook: Codebook, target: Actor | None) -> Event:
    """The vow as a threat of force by the one who vows, against ``target`` when the vow names none."""
    return replace(
        event,
        action=codebook.to_action(force.threat_cameo or DEFAULT_THREAT_CAMEO),
        target=event.target or target,
        modality="threatened",
        rule=f"{THREAT_RULE}+{force.id}",
    )


def to_preparation(event: Event, codebook: Codebook) -> Event:
    """The attack an actor gets ready for as the military move it is: MOBILIZE (150), asserted."""
    return replace(
        event,
        action=codebook.to_action(PREPARATION_CAMEO),
        modality="asserted",
        rule=f"{PREPARATION_RULE}+{event.rule}",
    )
