"""Notices of a hazard that are no political act, for :mod:`dotterel.stages.accidents`.

- An evacuation from a storm, a flood or a fire is people leaving danger, no party's retreat: "over a million
  people have been evacuated from the storm's path", "the town is evacuated after heavy rain and flooding".
  It stays a withdrawal when soldiers leave ("evacuates a contingent of U.S. troops from Libya") or the
  sentence tells of an attack or a fight.
- A weather or health warning is no threat: "hurricane warnings are issued", "warns that overseas cases of
  the virus could be the tip of the iceberg": a warning whose own words (its modifiers, its "of"/"about"
  object, the subject of its content clause) name a hazard, a bare "issues a warning" in a sentence that
  tells of one, or a warning of what may come told after a hazard's sentence (a sentence of its own with no
  attack word: "A tanker runs aground … The prime minister warns that the tanker may break in two").
- A carrying of people to safety is an evacuation, whatever its type: "Over 200 people are airlifted to
  safety after wildfires break out" (not AID: no party's help to another, people taken out of danger).
- A request to evacuate is an evacuation: "Authorities ask almost one million people to evacuate" after a
  sentence on heavy rain.

The hazard is told in the notice's sentence, or in the nearest earlier sentence that tells of a hazard or an
attack (:func:`~dotterel.stages.accident_clues.is_toll_after_accident`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dotterel.knowledge.hazards import HazardWords
from dotterel.stages.accident_clues import has_attack_word, is_toll_after_accident
from dotterel.stages.trigger_candidates import is_mistagged_verb
from dotterel.stages.triggers import Trigger

CONTENT_PREPS = frozenset({"of", "about"})
CONTENT_DEPS = frozenset({"ccomp", "xcomp"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def is_hazard_notice(
    trigger: Trigger, tokens: Any, words: HazardWords, is_hazard: Callable[[Any], bool]
) -> bool:
    """True for an evacuation from a hazard typed RETREAT or a warning of one typed THREATEN.

    Args:
        trigger: a trigger of the sentence.
        tokens: the sentence's spaCy span.
        words: the ``hazards.yaml`` lists.
        is_hazard: the accidents stage's test of a hazard word.
    """
    lemma, kind = str(trigger.token.lemma_).lower(), trigger.pattern.type
    evacuation = kind == "RETREAT" and lemma in words.evacuation_words
    evacuation = evacuation or is_carried_to_safety(trigger, words)  # "airlifted to safety"
    if evacuation or is_evacuation_request(trigger, words):
        if has_attack_word(tokens, words):
            return False
        if any(is_military(token, words) for token in tokens):
            return False
        here = tells_of_hazard_here(tokens, words, is_hazard)
        return here or is_toll_after_accident(tokens, words, is_hazard)
    if kind == "THREATEN" and lemma in words.warning_words:
        if has_attack_word(tokens, words):
            return False
        content = find_warning_words(trigger.token)
        if any(is_hazard_name(token, words, is_hazard) for token in content):
            return True
        said = (c.dep_ in CONTENT_DEPS or c.lower_ in CONTENT_PREPS for c in trigger.token.children)
        if not any(said):
            return trigger.token.pos_ == "NOUN" and tells_of_hazard_here(tokens, words, is_hazard)
        return is_toll_after_accident(tokens, words, is_hazard)  # the hazard told just before
    return False


def is_evacuation_request(trigger: Trigger, words: HazardWords) -> bool:
    """True for a request whose content is an evacuation: "Authorities ask almost one million people to
    [evacuate]", "urges residents to evacuate"."""
    content = (child for child in trigger.token.children if child.dep_ in CONTENT_DEPS)
    evacuating = any(str(child.lemma_).lower() in words.evacuation_words for child in content)
    return trigger.pattern.type == "REQUEST" and evacuating


def is_carried_to_safety(trigger: Trigger, words: HazardWords) -> bool:
    """True for a verb of carrying people with a "to" phrase naming a refuge: "are [airlifted] to safety"."""
    token = trigger.token
    if str(token.lemma_).lower() not in words.carry_to_safety_verbs:
        return False
    preps = (child for child in token.children if child.dep_ == "prep" and child.lower_ == "to")
    objects = (obj for prep in preps for obj in prep.children if obj.dep_ == "pobj")
    return any(obj.lower_ in words.refuge_nouns for obj in objects)


def is_military(token: Any, words: HazardWords) -> bool:
    """True for a noun of soldiers ("troops", "a contingent"); not the verb "force", even taken for a noun
    with an object of its own ("fires [force] residents to evacuate")."""
    noun = token.pos_ in {"NOUN", "PROPN"} and not is_mistagged_verb(token)
    return noun and str(token.lemma_).lower() in words.military_nouns


def is_hazard_name(token: Any, words: HazardWords, is_hazard: Callable[[Any], bool]) -> bool:
    """True for a hazard word, or a hazard noun as a modifier ("[hurricane] warnings", "[flood] warning")."""
    word = {str(token.lemma_).lower(), token.lower_}
    return is_hazard(token) or (token.dep_ in MODIFIER_DEPS and bool(word & words.hazard_nouns))


def tells_of_hazard_here(tokens: Any, words: HazardWords, is_hazard: Callable[[Any], bool]) -> bool:
    """True for a sentence with a hazard word or a hazard noun as a modifier."""
    return any(is_hazard_name(token, words, is_hazard) for token in tokens)


def find_warning_words(warning: Any) -> list[Any]:
    """The words that say what a warning is of: its modifiers ("flood warning"), its "of"/"about" objects with
    their phrases ("warns of landslides"), and the subject phrase and verb of its content clause ("warns that
    cases of the virus could be …")."""
    found = [child for child in warning.children if child.dep_ in MODIFIER_DEPS]
    for child in warning.children:
        if child.dep_ == "prep" and child.lower_ in CONTENT_PREPS:
            found += [token for obj in child.children if obj.dep_ == "pobj" for token in obj.subtree]
        if child.dep_ in CONTENT_DEPS:
            found.append(child)
            subjects = [c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}]
            found += [token for subject in subjects for token in subject.subtree]
    return found
