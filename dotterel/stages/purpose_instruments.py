"""The purpose infinitive of an instrument verb: "police used tear gas [to disperse] the crowds".

The parser makes the infinitive after "use X" an open complement (``xcomp``), as if X did the dispersing; but
what one uses serves the user's aim: the infinitive is the purpose of the act of using, done by the same
doer, as "fired tear gas [to disperse] protesters" (an adverbial clause) is. Verbs whose object does the
infinitive ("urged the crowds to disperse", "forced residents to flee") are not instrument verbs.
"""

from __future__ import annotations

from typing import Any

__all__ = ["INSTRUMENT_VERBS", "is_instrument_purpose"]

# Verbs whose object is a means, never the doer of the infinitive after it: "use X to", "employ X to".
INSTRUMENT_VERBS = frozenset({"use", "employ", "utilize", "utilise"})


def is_instrument_purpose(verb: Any) -> bool:
    """True for a to-infinitive complement of an instrument verb: "used water cannon [to disperse] them"."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in INSTRUMENT_VERBS:
        return False
    return any(child.dep_ == "aux" and child.tag_ == "TO" for child in verb.children)
