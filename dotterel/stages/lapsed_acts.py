"""Acts that a "no longer" ends: "Brazil no longer recognizes Maduro as president", "the party will no longer
support the coalition".

"no longer" says the act or stance stops: it is not done (any more), as "does not recognize" says. The
parser hangs "longer" on the verb as an adverb and "no" on "longer" as its negation, so the verb itself has no
``neg`` child.
"""

from __future__ import annotations

from typing import Any

NEGATORS = frozenset({"no"})
LAPSE_ADVERBS = frozenset({"longer"})


def is_no_longer(verb: Any) -> bool:
    """True when the verb has "no longer" as an adverb: "no" under "longer" or right before it."""
    for child in verb.children:
        if child.dep_ != "advmod" or child.lower_ not in LAPSE_ADVERBS:
            continue
        before = verb.doc[child.i - 1].lower_ if child.i > 0 else ""
        if before in NEGATORS or any(g.lower_ in NEGATORS for g in child.children):
            return True
    return False
