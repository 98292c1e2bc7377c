"""Recodings of the modality stage for vows and preparations (see :mod:`dotterel.stages.modality`).

- a promise not to do a cooperative act is a refusal: "vowed not to return the Golan Heights" (REJECT); a
  promise not to use force stays a promise ("pledged not to attack");
- a promise to oppose is a refusal, not an agreement: "vowed to resist the plan", "vows to fight India's
  decision", "has vowed to challenge the results in court" (REJECT; ``opposing_verbs``, and
  ``contesting_verbs`` with a measure or decision as object, in ``modality.yaml``);
- a promise to fight that coded no attack of its own is a threat of force: "vowed to fight on until the
  government falls", "vowed to keep fighting", "has sworn to fight until ..." (THREATEN, the fight pattern's
  threat code, else 138), and so is a promise to answer an attack or a named adversary (``answer_verbs`` in
  ``constructions.yaml``): "vowed to respond to the attack", "vows to respond to Israel"; so is a
  promise to sue: "vows to sue Nevada" (THREATEN 131, a threat of a non-violent act), not AGREE;
- getting ready to attack is a military move short of the use of force: "the army prepared to resume
  shelling" (MOBILIZE 150);
- a sanction or a restriction on people announced as decided is the act itself, not a threat: "India
  announced it will impose tariffs", "the government announces that a lockdown will begin on March 24"
  (``ANNOUNCED_CODES``); with no source of its own, its source is the announcer.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.codebook import Codebook
from dotterel.knowledge.constructions import load_construction_words
from dotterel.knowledge.lexicon import Lexicon, Pattern
from dotterel.knowledge.modality import ModalityWords
from dotterel.model import Actor, Event, Mention
from dotterel.stages.prospects import resolve_vowed_content
from dotterel.stages.token_words import lemma_of

ASSAULT = "ASSAULT"
CONFLICT_QUAD_CLASS = 4
DEFAULT_THREAT_CAMEO = "138"
THREAT_RULE = "modality.threat.v1"
PREPARATION_CAMEO = "150"
PREPARATION_RULE = "modality.preparation.v1"
ANNOUNCED_CODES = ("16", "172")  # reductions of relations (sanctions, tariffs); restrictions on people
# What makes a fight no threat of force: an object or a complement ("fight corruption"), a cause ("for").
FIGHT_OBJECT_DEPS = frozenset({"dobj", "ccomp"})
# How many verbs that are no event a vow may govern before its act: "vowed to [keep] [fighting]".
MAX_CONTENT_DEPTH = 2
# The verb whose pattern a vowed answer to an attack threatens: "vowed to respond to the attack".
RETALIATION_VERB = "retaliate"
# A lawsuit (CAMEO 115) only vowed is a threat of a non-violent act (131): "vows to sue Nevada".
LAWSUIT_CAMEO = "115"
LAWSUIT_PATTERN = "verbs.accuse-sue.v1"  # its verbs sue; not "go" (on trial)
LAWSUIT_THREAT_CAMEO = "131"


def is_vowed_refusal(verb: Any, lexicon: Lexicon, codebook: Codebook) -> bool:
    """True when the promise verb governs a negated cooperative act: "vowed not to return the Golan"."""
    content = resolve_vowed_content(verb, negated=True)
    if content is None:
        return False
    patterns = lexicon.find_verb_patterns(lemma_of(content))
    return CONFLICT_QUAD_CLASS not in {codebook.to_action(p.cameo).quad_class for p in patterns}


def is_vowed_opposition(verb: Any, words: ModalityWords) -> bool:
    """True when the promise verb governs an act of opposition: "vowed to resist the plan", "vows to fight
    India's decision"; not "vowed to fight corruption" nor "pledged to contest the election"."""
    content = resolve_vowed_content(verb, negated=False)
    if content is None:
        return False
    if lemma_of(content) in words.opposing_verbs:
        return True
    objects = [c for c in content.children if c.dep_ in {"dobj", "obj"}]
    contested = any(lemma_of(o) in words.contested_objects for o in objects)
    return lemma_of(content) in words.contesting_verbs and contested


def resolve_vowed_force(verb: Any, lexicon: Lexicon) -> Pattern | None:
    """Return the attack pattern of the fight a promise verb governs ("vowed to fight on until the government
    falls", "vowed to keep fighting", "vowed to respond to the attack"), or the lawsuit pattern with its
    threat code ("vows to sue Nevada"), or None; "vowed to fight corruption" and "fight for their rights" are
    no threats."""
    content = resolve_vowed_content(verb, negated=False)
    for _ in range(MAX_CONTENT_DEPTH):
        coded = content is None or lexicon.find_verb_patterns(lemma_of(content))
        inner = None if coded else _inner_content(content)
        if inner is None:
            break
        content = inner  # "vowed to [keep] fighting", "swore to [go] on fighting"
    if content is None:
        return None
    answered = _answered_attack(content, lexicon)
    if answered is not None:
        return answered
    patterns = lexicon.find_verb_patterns(lemma_of(content))
    lawsuits = [p for p in patterns if p.cameo == LAWSUIT_CAMEO]  # "vows to sue Nevada"; not "to go to"
    suing = lexicon.resolve_pattern(LAWSUIT_PATTERN)
    if suing is not None and lemma_of(content) in suing.verbs and lawsuits:
        return lawsuits[0].model_copy(update={"threat_cameo": LAWSUIT_THREAT_CAMEO})
    if any(g.dep_ in FIGHT_OBJECT_DEPS or g.lower_ == "for" for g in content.children):
        return None
    attacks = [p for p in patterns if p.type == ASSAULT]
    return attacks[0] if attacks else None


def _inner_content(verb: Any) -> Any | None:
    """The verb complement of a verb that is no event itself: "keep [fighting]", "continue [to fight]"."""
    return next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"), None)


def _answered_attack(content: Any, lexicon: Lexicon) -> Pattern | None:
    """The retaliation pattern when a vowed answer answers an attack or a named adversary: "vowed to respond
    [to the attack]", "vows to respond [to Israel]" (a threat of force, not of the attack answered)."""
    if lemma_of(content) not in load_construction_words().answer_verbs:
        return None
    preps = [c for c in content.children if c.dep_ == "prep" and c.lower_ == "to"]
    answered = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    if not any(g.pos_ == "PROPN" or _is_attack_noun(g, lexicon) for g in answered):
        return None
    answers = [p for p in lexicon.find_verb_patterns(RETALIATION_VERB) if p.type == ASSAULT]
    return answers[0] if answers else None


def _is_attack_noun(noun: Any, lexicon: Lexicon) -> bool:
    return any(p.type == ASSAULT for p in lexicon.find_noun_patterns(lemma_of(noun)))


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


def to_announced_act(event: Event, speaker: Mention | None) -> Event:
    """The announced act, asserted; with no source of its own, the announcer (``speaker``) is its source."""
    if event.source is not None or speaker is None:
        return replace(event, modality="asserted")
    spans = {**event.evidence.spans, "source": speaker.span}
    evidence = replace(event.evidence, spans=spans)
    return replace(event, source=speaker.actor, modality="asserted", evidence=evidence)
