"""A court dropping a measure: the court's ruling against it, not a change of one's own policy.

A government suspending, annulling or revoking its own decree backs down (CONCEDE 0832,
``verbs.concede-reverse``); a court doing it to another's measure rules against it ("A federal judge suspends
the executive order", "the Constitutional Court annuls the decree": REJECT 120, as a court blocking or
striking down a measure). The lexicon holds the court's reading as a pattern with the same verbs and objects
and a ``requires_source_sectors`` naming the courts; this module swaps it in once the source is known (as
:mod:`dotterel.stages.state_raids` does for the police's raids).
"""

from __future__ import annotations

from dotterel.knowledge.lexicon import Lexicon, Pattern

CONCEDE_TYPE = "CONCEDE"
COURT_SECTOR = "JUD"


def find_court_reading(pattern: Pattern, sector: str, lexicon: Lexicon) -> Pattern | None:
    """The court's pattern with the conceding pattern's verbs and objects when ``sector`` is a court's, or
    None ("suspends the executive order" by a judge: REJECT 120)."""
    if sector != COURT_SECTOR or pattern.type != CONCEDE_TYPE or not pattern.verbs:
        return None
    for other in lexicon.patterns:
        if other.type == CONCEDE_TYPE or sector not in other.requires_source_sectors:
            continue
        if other.verbs == pattern.verbs and other.requires_object == pattern.requires_object:
            return other
    return None
