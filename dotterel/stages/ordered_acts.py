"""Acts ordered, not done: the to-infinitive of a verb of ordering tells what someone was told to do.

"Lukashenko instructs the committee's chairman to ask Russia for an explanation", "Trump ordered the Pentagon
to withdraw troops", "the troops were ordered to pull back", "tells Pakistan to improve its operations or face
the blacklist": the asking, the withdrawal, the pulling back and the improving have not happened by the
telling. An order is a demand (the codebook's REQUEST covers "requests, demands, and orders"); what it orders
is hypothetical, as a plan is. Only a to-infinitive counts: "told reporters that troops had withdrawn" reports
a happening, and "ordered the closure of schools" names the measure itself. So does an ordered sanction or
restriction (the CAMEO codes a decision puts in force, as in :mod:`dotterel.stages.recodings`): "businesses
ordered to close", "orders the party to be dissolved", "will be ordered to limit their gatherings" are the
measure, done by the order.
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.recodings import ANNOUNCED_CODES

# How the parser hangs the ordered act on the verb of ordering: "ordered the army [to withdraw]" (xcomp),
# "instructs the chairman [to ask] Russia" (the small model often makes it an adverbial clause).
ORDERED_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "ccomp"})
# The heads climbed from the act's verb: a verb under the ordered one ("ordered the army to [begin]
# withdrawing") or a bare infinitive coordinated with it ("to improve … or [face] the blacklist"); not a
# finite verb coordinated with it ("orders bars to close and [imposes] a curfew": the orderer's own act).
MAX_CLIMB = 2
BARE_INFINITIVE = "VB"


def is_to_infinitive(verb: Any) -> bool:
    """True for a verb with the infinitive marker "to" and no subject of its own ("[to] withdraw")."""
    children = list(verb.children)
    has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    return has_to and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in children)


def is_ordered_act(clause: Any, cameo: str, order_heads: frozenset[str]) -> bool:
    """True when the act's clause is, or hangs on, the to-infinitive a verb of ordering governs ("ordered the
    Pentagon [to withdraw] troops", "were told [to leave]"), and the act is not a measure the order puts in
    force (``ANNOUNCED_CODES``)."""
    if cameo.startswith(ANNOUNCED_CODES):
        return False
    node = clause
    for _ in range(MAX_CLIMB):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ in ORDERED_CLAUSE_DEPS and is_to_infinitive(node):
            return str(head.lemma_).lower() in order_heads
        climbs = node.dep_ == "xcomp" or (node.dep_ == "conj" and node.tag_ == BARE_INFINITIVE)
        if not climbs:
            return False
        node = head
    return False
