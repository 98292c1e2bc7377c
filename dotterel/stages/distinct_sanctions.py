"""A sanction participle of another kind than its host's sanction is an act of its own.

"Venezuela breaks off relations with the United States, [giving] American diplomats 72 hours to leave the
country": the comma participle is folded into its host when both are the same type (one act told twice,
:mod:`dotterel.stages.nesting`), but breaking off relations (CAMEO 161) and expelling diplomats (166) are two
measures, each coded on its own by the CAMEO coders. Two SANCTION acts whose three-digit codes differ, neither
of them the generic "reduce relations" (160, which the other only specifies), stay two events: "suspends the
talks, recalling its ambassador", "cuts ties, expelling the diplomats".
"""

from __future__ import annotations

from dotterel.stages.nesting import find_nested
from dotterel.stages.triggers import Trigger

SANCTION_TYPE = "SANCTION"
GENERIC_SANCTION = "160"


def find_distinct_sanctions(triggers: list[Trigger], preps: frozenset[str]) -> frozenset[int]:
    """Return the token indices of the nested triggers (``find_nested``; ``preps`` of a harm's circumstance)
    that are sanctions of another code than their host's."""
    by_token = {t.token.i: t for t in triggers}
    hosts = find_nested(triggers, preps)
    return frozenset(i for i, host in hosts.items() if is_distinct_sanction(by_token[i], host))


def is_distinct_sanction(inner: Trigger, host: Trigger) -> bool:
    """True when both triggers are SANCTION acts with different, non-generic three-digit codes."""
    codes = inner.pattern.cameo[:3], host.pattern.cameo[:3]
    if inner.pattern.type != SANCTION_TYPE or host.pattern.type != SANCTION_TYPE:
        return False
    return GENERIC_SANCTION not in codes and codes[0] != codes[1]
