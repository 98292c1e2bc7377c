"""A "while" gerund with no subject of its own tells where its verb's subject was at the time.

"Forty people are arrested while protesting Operation Legend in Detroit", "a journalist is detained while
covering protests in Minsk": the arrested protested in Detroit, and were arrested there; the place of the
gerund's clause is the verb's too, though the gerund is an event of its own (the protest). A "while" clause
with a subject of its own ("kill 40 people while peace talks are taking place in Moscow") is another
happening's time, not its place (:mod:`dotterel.stages.place_tiers`).
"""

from __future__ import annotations

from typing import Any

GERUND_TAG = "VBG"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def is_shared_gerund(clause: Any) -> bool:
    """True for an adverbial gerund with no subject of its own: "[while] protesting … in Detroit"."""
    if clause.dep_ != "advcl" or clause.tag_ != GERUND_TAG:
        return False
    return not any(c.dep_ in SUBJECT_DEPS for c in clause.children)
