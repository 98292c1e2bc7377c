"""Warnings that threaten no one: an advisory told with the noun, and a pessimistic comment.

NGEC THREATEN is a coercive or forceful warning with serious repercussions the speaker would bring about.

- An advisory noun is no threat: "issued a warning against travel to Iraq", "increased warnings against
  traveling to South Korea", "a travel warning for the region", "a warning to its citizens". A warning noun
  whose modifiers or whose "against"/"to"/"for"/"about" objects are one of ``advisory_objects``
  (``constructions.yaml``: one's own people, the public, travel) advises; it does not threaten, as the verb
  does not ("warns its citizens against travel", ``excludes_object`` of ``verbs.threaten-generic.v1``).
- A pessimistic comment is no threat: "warns that a million Peruvians are at risk of poverty", "warns that
  the health system could collapse", "warns that 51,000 children could die", "warning the country faces
  famine", "warning the government's resignation will lead to chaos". CAMEO 012 (make a pessimistic
  comment) has no PLOVER type, so it is no event. A warning that names no one warned (no direct object:
  "warns Israel that ..." addresses a threat) and whose content clause's verb, or that verb's complement or
  object (or the object of its "at", "of", "into", "in" or "to"), is one of ``predicament_words`` (a
  collapse, a death, a risk, a shortage, chaos) tells of a predicament, not of an act the speaker would
  take. "warns that any country that attacks will be destroyed" and "warns that it will sanction anyone" keep
  their threat.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.constructions import ConstructionWords
from dotterel.stages.token_words import lemma_of
from dotterel.stages.triggers import Trigger

__all__ = ["is_no_threat_warning"]

THREATEN = "THREATEN"
ADVISORY_PREPS = frozenset({"against", "to", "for", "about"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
CONTENT_DEPS = frozenset({"ccomp"})
OBJECT_DEPS = frozenset({"dobj", "obj", "dative"})
COMPLEMENT_DEPS = frozenset({"acomp", "attr", "dobj", "obj", "oprd", "xcomp"})
COMPLEMENT_PREPS = frozenset({"at", "of", "into", "in", "to"})


def is_no_threat_warning(trigger: Trigger, words: ConstructionWords) -> bool:
    """True for a warning typed THREATEN that is an advisory noun (:func:`is_advisory_warning`) or a
    pessimistic comment (:func:`is_pessimistic_warning`)."""
    token = trigger.token
    if trigger.pattern.type != THREATEN or lemma_of(token) not in words.warning_heads:
        return False
    return is_advisory_warning(token, words) or is_pessimistic_warning(token, words)


def is_advisory_warning(warning: Any, words: ConstructionWords) -> bool:
    """True for a warning noun about travel or to one's own people: "a [travel] warning", "warnings [against]
    traveling to Italy", "a warning [to] its citizens"."""
    if warning.pos_ not in {"NOUN", "PROPN"}:
        return False
    found = [c for c in warning.children if c.dep_ in MODIFIER_DEPS]
    for prep in (c for c in warning.children if c.dep_ == "prep" and c.lower_ in ADVISORY_PREPS):
        found += [g for g in prep.children if g.dep_ in {"pobj", "pcomp"}]
    return any(lemma_of(word) in words.advisory_objects for word in found)


def is_pessimistic_warning(warning: Any, words: ConstructionWords) -> bool:
    """True for a warning to no one named whose content tells of a predicament: "warns that the system
    [could collapse]", "warning the country [is at risk]", "warns that the number [could rise]"."""
    if any(c.dep_ in OBJECT_DEPS for c in warning.children):
        return False
    contents = [c for c in warning.children if c.dep_ in CONTENT_DEPS]
    return any(_tells_predicament(verb, words) for verb in contents)


def _tells_predicament(verb: Any, words: ConstructionWords) -> bool:
    found = [verb, *(c for c in verb.children if c.dep_ in COMPLEMENT_DEPS)]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS):
        found += [g for g in prep.children if g.dep_ == "pobj"]
    predicament = words.predicament_words
    return any(lemma_of(word) in predicament or word.lower_ in predicament for word in found)
