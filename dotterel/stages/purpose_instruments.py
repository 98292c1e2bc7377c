"""The purpose infinitive of an instrument verb: "police used tear gas [to disperse] the crowds".

The parser makes the infinitive after "use X" an open complement (``xcomp``), as if X did the dispersing; but
what one uses serves the user's aim: the infinitive is the purpose of the act of using, done by the same
doer, as "fired tear gas [to disperse] protesters" (an adverbial clause) is. The instrument verbs are
``instrument_verbs`` of ``constructions.yaml`` (the packaged list, read once: the nesting helpers that call
this take no word lists); verbs whose object does the infinitive ("urged the crowds to disperse") are not.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from dotterel.knowledge.constructions import load_construction_words

__all__ = ["is_instrument_purpose"]


def is_instrument_purpose(verb: Any) -> bool:
    """True for a to-infinitive complement of an instrument verb: "used water cannon [to disperse] them"."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _instrument_verbs():
        return False
    return any(child.dep_ == "aux" and child.tag_ == "TO" for child in verb.children)


@cache
def _instrument_verbs() -> frozenset[str]:
    return load_construction_words().instrument_verbs
