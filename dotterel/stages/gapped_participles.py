"""Gapped casualty participles: "leaves 46 people dead and dozens more injured", "left one woman dead and
another injured". The participle is a clause of its own victims with its verb left out ("dozens more [were]
injured"); the parser joined it to the verb before it, whose subject it does not share: "the riot" did not
injure, the dozens were injured in it.
"""

from __future__ import annotations

from typing import Any

__all__ = ["is_gapped_participle"]

_GAPPED_VICTIM_DEPS = frozenset({"npadvmod", "nummod", "amod", "det"})
_OWN_CLAUSE_DEPS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "dobj"})


def is_gapped_participle(verb: Any) -> bool:
    """True for a past participle joined to an earlier verb with no auxiliary, subject or object of its own
    and a victim word hung before it ("and dozens[npadvmod] more injured", "and another[det] injured"): its
    victims are its own, not the objects of the earlier verb's subject."""
    if verb.tag_ != "VBN" or verb.dep_ != "conj" or verb.head.i > verb.i:
        return False
    if any(c.dep_ in _OWN_CLAUSE_DEPS for c in verb.children):
        return False
    return any(verb.head.i < c.i < verb.i and c.dep_ in _GAPPED_VICTIM_DEPS for c in verb.children)
