"""Harm a person does to himself is no attack: "a woman is injured after throwing herself in front of a
train", "a man dies after he threw himself from a bridge".

CAMEO and PLOVER code acts of one actor on another; a suicide or its attempt is none (as "shoots himself",
"killed herself" in ``verbs.yaml``). A passive harm verb with no doer ("is injured", "is killed") whose
"after" clause is the victim's own act on himself (a reflexive object, "throwing [herself]") tells of such
harm. The clause has no subject of its own or a pronoun one ("after [he] threw himself"), and the victim is
one person, as the reflexive is: "five people are killed after a bomber blows himself up" keeps its attack.
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.triggers import Trigger

__all__ = ["is_self_harm"]

ASSAULT = "ASSAULT"
SINGULAR_REFLEXIVES = frozenset({"himself", "herself"})
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP", "PRP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def is_self_harm(trigger: Trigger) -> bool:
    """True for a doerless passive harm verb whose one victim harmed himself in its "after" clause: "a woman
    is [injured] after throwing herself in front of a train"."""
    verb = trigger.token
    if trigger.pattern.type != ASSAULT or trigger.is_nominal or not _is_doerless_passive(verb):
        return False
    victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if len(victims) != 1 or victims[0].tag_ not in SINGULAR_NOUN_TAGS:
        return False
    return any(_is_reflexive_act(clause) for clause in _after_clauses(verb))


def _is_doerless_passive(verb: Any) -> bool:
    deps = {c.dep_ for c in verb.children}
    return "nsubjpass" in deps and "agent" not in deps


def _after_clauses(verb: Any) -> list[Any]:
    """The verbs of the harm verb's "after" clause: "after [throwing] herself", "after he [threw] himself"."""
    found = []
    for child in verb.children:
        if child.dep_ == "advcl" and any(m.lower_ == "after" for m in child.children if m.dep_ == "mark"):
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ == "after":
            found.extend(c for c in child.children if c.dep_ == "pcomp")
    return found


def _is_reflexive_act(clause: Any) -> bool:
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if any(s.tag_ != "PRP" for s in subjects):
        return False  # "after a bomber blows himself up": another's act
    return any(c.dep_ == "dobj" and c.lower_ in SINGULAR_REFLEXIVES for c in clause.children)
