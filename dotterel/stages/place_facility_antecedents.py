"""Which other mention of a facility noun a definite one ("the district", "the embassy") refers back to.

"the Spanish embassy in Caracas … López had been at the embassy": the second embassy is the first, and takes
its place. Another mention is one only when it is the same noun with at least the naming modifiers of the
definite one, and could be the same one thing: a noun marked as different ("other districts including
Mong Kok and Sha Tin", "another embassy") never is, nor is a plural for a singular ("clashes in the shopping
district" is not one of "districts including Mong Kok and Sha Tin").
"""

from __future__ import annotations

from typing import Any

__all__ = ["DIFFERENCE_WORDS", "is_facility_antecedent"]

DIFFERENCE_WORDS = frozenset({"other", "another"})  # a noun marked as not the one named before


def is_facility_antecedent(noun: Any, other: Any, wanted: frozenset[str], modifiers: frozenset[str]) -> bool:
    """True when ``other`` may be the same facility as the definite ``noun``: another token of its lemma,
    with the naming modifiers ``wanted`` of ``noun`` among its own ``modifiers``, not marked "other" nor
    plural where ``noun`` is singular."""
    if other.i == noun.i or other.lemma_.lower() != noun.lemma_.lower() or not wanted <= modifiers:
        return False
    if any(c.lower_ in DIFFERENCE_WORDS for c in other.children):
        return False
    return not (other.tag_ in ("NNS", "NNPS") and noun.tag_ in ("NN", "NNP"))
