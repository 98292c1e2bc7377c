"""A body found in the state of a death its victim may have brought on himself tells of no attack: "a former
oil executive is found hanged in an apartment in Madrid", "the activist was found hanging in his home".

"X is found [participle]" tells the state in which someone was found, not an act; when the participle is a way
of dying a person may bring on himself as well as suffer (``found_death_manners`` in ``constructions.yaml``)
and no doer is named ("by ..."), the text leaves open whether anyone acted: no act of one actor on another.
A killing told the same way ("is found shot dead", "found stabbed to death") keeps its attack.
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.triggers import Trigger

__all__ = ["is_found_death"]

ASSAULT = "ASSAULT"
FINDING_VERB = "find"
STATE_DEPS = frozenset({"xcomp", "oprd", "acomp"})


def is_found_death(trigger: Trigger, manners: frozenset[str]) -> bool:
    """True for a doerless way of dying a person may bring on himself, told as the state a passive "found"
    finds its subject in: "is found [hanged] in an apartment"."""
    verb = trigger.token
    if trigger.pattern.type != ASSAULT or trigger.is_nominal or str(verb.lemma_).lower() not in manners:
        return False
    if verb.dep_ not in STATE_DEPS or str(verb.head.lemma_).lower() != FINDING_VERB:
        return False
    return _is_doerless_passive(verb.head) and not any(c.dep_ == "agent" for c in verb.children)


def _is_doerless_passive(verb: Any) -> bool:
    deps = {c.dep_ for c in verb.children}
    return "nsubjpass" in deps and "agent" not in deps
