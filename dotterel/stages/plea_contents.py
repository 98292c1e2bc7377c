"""The crime a defendant pleads to: "pleads guilty to murdering eight men", "pleaded not guilty to killing
51 people".

What one pleads guilty or not guilty to is the charge, and the act it names is told as the charge's
content, as it is after "charged with" (``allegation_words`` of ``modality.yaml``): a past crime answered in
court, not a happening of the article's day. The climb goes from the act through the preposition "to" and
the plea's complement ("guilty", "not guilty") to the plea verb (``plea_verbs`` of ``modality.yaml``).
"""

from __future__ import annotations

from typing import Any

# Dependencies from the act up to the plea verb: "murdering" (pcomp) -> "to" (prep) -> "guilty" (acomp) ->
# "pleads"; "to murder" may hang on the verb itself, and "to the murder of" puts a noun (pobj) first.
PLEA_PATH_DEPS = frozenset({"pcomp", "pobj", "prep", "acomp"})
MAX_PLEA_CLIMB = 4


def is_pleaded_charge(token: Any, clause: Any, plea_verbs: frozenset[str]) -> bool:
    """True when the act at ``token`` (a verb, or an event noun in the clause of ``clause``) is what a plea
    answers: "pleads guilty to [murdering] eight men", "pleaded not guilty to the [murder] of X"."""
    return any(_climbs_to_plea(start, plea_verbs) for start in {token, clause})


def _climbs_to_plea(node: Any, plea_verbs: frozenset[str]) -> bool:
    for _ in range(MAX_PLEA_CLIMB):
        if node.dep_ not in PLEA_PATH_DEPS or node.head.i == node.i:
            return False
        node = node.head
        if str(node.lemma_).lower() in plea_verbs:
            return True
    return False
