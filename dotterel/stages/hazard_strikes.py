"""A hazard that "strikes" read as a strike: "an earthquake with a magnitude of 6.5 [strikes] near Tonopah".

The tagger often takes the verb after a hazard's measure for a noun ("a magnitude of 4.1 [strikes]"), and the
lexicon then reads a labour strike (PROTEST). A strike word (``hazard_strike_words``) that hangs, through
"with" and "of" phrases only, on a hazard noun is the hazard striking: no political act. A strike "during"
or "after" a fire is a strike still: the path must hold no other preposition.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.hazards import HazardWords

MAX_STEPS = 6
MEASURE_PREPS = frozenset({"with", "of"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


def is_hazard_strike(token: Any, words: HazardWords, is_hazard: Any) -> bool:
    """True for a strike word whose head chain reaches a hazard noun through "with" and "of" phrases ("an
    earthquake [with] a magnitude [of] 4.1 strikes"). ``is_hazard(token)`` is the accidents stage's test of a
    hazard word."""
    if str(token.lemma_).lower() not in words.hazard_strike_words:
        return False
    node = token
    for _ in range(MAX_STEPS):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "ADP":
            if node.lower_ not in MEASURE_PREPS:
                return False
            continue
        if node.pos_ not in NOUN_POS and node.pos_ != "NUM":
            return False
        if is_hazard(node):
            return True
    return False
