"""Killing nouns read for :class:`~dotterel.stages.casualty_counts.CasualtyFinder`: which ones tell one
victim by themselves, and which ones are only the complement of a verb that is the casualty word.

- A singular killing act (``one_victim_act_nouns`` in ``casualties.yaml``: murder, assassination) told with a
  definite determiner or a singular possessive pronoun (``singular_possessive_pronouns``) is one death, as
  "a murder" is: "Her assassination prompted protests", "The murder was the latest in a string of attacks".
  Not a noun modifying another ("an assassination attempt", "murder charges"), one with a modifier of many
  (``many_victim_act_modifiers``: "the double murder", "a mass murder"), a plural ("the murders"), nor one
  in a time phrase (``time_point_preps``: "prior to his murder", "after her assassination": a killing
  named as the time of another act, mostly one the article has told already).
- "shot to death", "beaten to death": the noun in "to" after a verb is the verb's complement, no count of its
  own; not a noun with its own "of" phrase ("leading to the injury of more than 300 people", "led to the
  deaths of 30 people": the noun names its victims).
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.scope import is_verb

__all__ = ["is_counted_singular", "is_verb_complement_noun"]


def is_counted_singular(noun: Any, dets: set[str], sets: dict[str, frozenset[str]]) -> bool:
    """True for a singular its determiners count as one: "a"/"an"/"one" ("a US contractor"), or a killing
    act with a definite determiner or a singular possessive pronoun ("the murder", "her assassination")."""
    if dets & sets["indefinite_determiners"]:
        return True
    if noun.tag_ != "NN" or noun.dep_ == "compound":
        return False
    if noun.lemma_.lower() not in sets["one_victim_act_nouns"]:
        return False
    children = list(noun.children)
    if any(c.lower_ in sets["many_victim_act_modifiers"] or c.like_num for c in children):
        return False  # "the double murder", "a mass murder"
    if _is_time_point(noun, sets["time_point_preps"]):
        return False  # "prior to his murder", "after her assassination": a time for another act
    owned = any(c.dep_ == "poss" and c.lower_ in sets["singular_possessive_pronouns"] for c in children)
    return owned or bool(dets & sets["definite_determiners"])


def _is_time_point(noun: Any, preps: frozenset[str]) -> bool:
    """True for a noun in a time phrase: "before his murder", "prior to his murder"."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ in preps or (prep.lower_ == "to" and prep.head.lower_ in preps)


def is_verb_complement_noun(noun: Any) -> bool:
    """True for a casualty noun in "to" after a verb ("shot to death"), the verb's complement; not one with
    its own "of" phrase ("leading to the injury of 300 people")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to" or not is_verb(noun.head.head):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
