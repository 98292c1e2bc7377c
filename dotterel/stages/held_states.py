"""Being held is a state, not an arrest: "the number of migrants in U.S. detention", "he died in police
detention", "a tenth member remains in custody".

An arrest noun (a pattern of mode ``arrest``: "detention", "custody", "internment") in the singular as the
object of "in" tells where someone is, not that anyone was detained that day. A placing verb codes the act
itself ("police placed him in detention", "hold the activists in detention", :mod:`.placements`: its trigger
is the verb, and a phrase under such a verb is left alone). A noun with an article or a possessive names one
act ("resulting in the detention of some journalists", "took part in his detention") and stays an event, and
so does a plural ("clashes result in arrests": arrests made).
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.triggers import Trigger

__all__ = ["is_held_state"]

ARREST_MODE = "arrest"
ARTICLES = frozenset({"a", "an", "the"})
VERB_POS = frozenset({"VERB", "AUX"})


def is_held_state(trigger: Trigger, placement_verbs: frozenset[str]) -> bool:
    """True for an arrest noun that is the object of "in" with no article or possessive: "migrants in U.S.
    [detention]"; not "resulted in the [detention] of two reporters", "result in [arrests]" (a plural: arrests
    made) nor "placed him in [detention]" (the verb's event, also when the parser hangs "in" on the placed:
    ``placement_verbs``)."""
    token = trigger.token
    if not trigger.is_nominal or trigger.pattern.mode != ARREST_MODE:
        return False
    if token.dep_ != "pobj" or token.head.lower_ != "in" or token.tag_ == "NNS":
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ARTICLES) for c in token.children):
        return False
    return str(_find_clause_verb(token.head).lemma_).lower() not in placement_verbs


def _find_clause_verb(token: Any) -> Any:
    """The verb the phrase hangs on, through the nouns between: "place the leader [in] detention"."""
    while token.pos_ not in VERB_POS and token.head.i != token.i:  # spaCy makes a new Token on each access
        token = token.head
    return token
