"""Notices of a hazard that are no political act, for :mod:`dotterel.stages.accidents`.

- An evacuation from a storm, a flood or a fire is people leaving danger, no party's retreat: "over a million
  people have been evacuated from the storm's path", "the town is evacuated after heavy rain and flooding".
  It stays a withdrawal when soldiers leave ("evacuates a contingent of U.S. troops from Libya") or the
  sentence tells of an attack or a fight.
- A weather or health warning is no threat: "hurricane warnings are issued", "warns that overseas cases of
  the virus could be the tip of the iceberg": a warning whose own words (its modifiers, its "of"/"about"
  object, the subject of its content clause) name a hazard, or a bare "issues a warning" in a sentence that
  tells of one.

The hazard is told in the notice's sentence, or in the nearest earlier sentence that tells of a hazard or an
attack (:func:`~dotterel.stages.accident_clues.is_toll_after_accident`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dotterel.knowledge.hazards import HazardWords
from dotterel.stages.accident_clues import has_attack_word, is_toll_after_accident
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
    if kind == "RETREAT" and lemma in words.evacuation_words:
        if has_attack_word(tokens, words):
            return False
        if any(str(token.lemma_).lower() in words.military_nouns for token in tokens):
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
        bare = not any(said)
        return bare and trigger.token.pos_ == "NOUN" and tells_of_hazard_here(tokens, words, is_hazard)
    return False


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
