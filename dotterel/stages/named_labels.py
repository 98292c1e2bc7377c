"""A word used as a name for something else is no act of its own: "Putin calls the sanctions [an attack] on
Russia's sovereignty", "the opposition labelled the arrests [a crackdown] on dissent", "Tehran condemned the
raid as [an act of aggression]".

An act noun that is the object predicate of a verb of naming (``naming_verbs`` of constructions.yaml: call,
label, brand, describe ...), or the "as" object of one, while that verb has its own direct object (the thing
named), only names that object: the thing named is coded from its own words ("the raid"), if it is an act.
A naming verb with no object of its own keeps its noun ("called for an attack" is no naming: "for" is no
object predicate), and so does an act noun that is the verb's direct object ("condemned the attack"), and a
name given to a pronoun ("called it a blatant drone attack"): it may be the only words for an act told before.
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.triggers import Trigger

__all__ = ["is_named_label"]

OBJECT_DEPS = frozenset({"dobj", "obj"})
AS_WORDS = frozenset({"as"})


def is_named_label(trigger: Trigger, naming_verbs: frozenset[str]) -> bool:
    """True for an act noun that names the object of a verb of naming (``naming_verbs``): "calls the
    sanctions [an attack]", "described the killing as [an act] of war"."""
    token = trigger.token
    if not trigger.is_nominal:
        return False
    verb = _naming_verb(token)
    if verb is None or str(verb.lemma_).lower() not in naming_verbs:
        return False
    return any(c.dep_ in OBJECT_DEPS and c.i != token.i and c.pos_ != "PRON" for c in verb.children)


def _naming_verb(token: Any) -> Any | None:
    """The verb the noun is the name given by: its head as an object predicate ("oprd"), or the head of its
    "as" ("condemned the raid [as] aggression"); None otherwise."""
    if token.dep_ == "oprd":
        return token.head
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ in AS_WORDS and prep.dep_ == "prep" and not _is_as_well_as(prep):
        return prep.head
    return None


def _is_as_well_as(prep: Any) -> bool:
    """True for the last word of "as well as" ("condemned the raid as well as the arrests"): no naming."""
    return prep.i >= 1 and prep.nbor(-1).lower_ == "well"
