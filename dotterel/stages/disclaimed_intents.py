"""Acts disclaimed by a "no" on a noun of intent: "has no interest in talks with Washington", "has no
intention of meeting the envoy", "says it has no plans to discuss oil markets", "does not have any desire to
negotiate".

The act hangs under the intent noun by its "in" or "of" phrase or its to-infinitive; the noun is disclaimed
by the determiner "no", or by "any" under a negated verb. The modality stage makes a disclaimed cooperative
act a refusal (REJECT) and any other disclaimed act negated. The nouns are ``intent_nouns`` in
``modality.yaml``.
"""

from __future__ import annotations

from typing import Any

# How an act hangs under the intent noun: "interest [in] [talks]", "intention [of] [meeting]", "plans [to
# discuss]".
INTENT_PATH_DEPS = frozenset({"pobj", "pcomp", "prep", "acl", "xcomp"})
INTENT_PREPS = frozenset({"in", "of"})
MAX_HOPS = 3


def is_disclaimed(token: Any, intent_nouns: frozenset[str]) -> bool:
    """True when the act of ``token`` (a trigger's head) is what a disclaimed intent noun is about."""
    node = token
    for _ in range(MAX_HOPS):
        if node.dep_ not in INTENT_PATH_DEPS or node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.lower_ not in INTENT_PREPS:
            return False
        node = node.head
        if node.pos_ == "NOUN" and str(node.lemma_).lower() in intent_nouns:
            return _is_denied_noun(node)
    return False


def _is_denied_noun(noun: Any) -> bool:
    """ "no interest", or "any interest" under a negated verb ("does not have any interest")."""
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if "no" in dets:
        return True
    return "any" in dets and any(c.dep_ == "neg" for c in noun.head.children)
