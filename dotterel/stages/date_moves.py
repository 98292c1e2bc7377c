"""The old and new days of a moved happening date no noun inside the move's phrase.

"The tribunal delays the verdict in the case concerning the assassination of X from August 7 to August 18",
"postpones the vote on the budget from March 3 to March 10": the days are those of the happening moved (the
verdict, the vote), told by the rescheduling verb; the parser often hangs them on the last noun ("the
assassination", "the budget"), which they do not date. A date after "from" or a preposition of the new day
(``reschedule_preps``) whose nearest verb up the tree is a rescheduling verb (``reschedule_verbs``) is such a
day; not one under another verb ("delays the trial of a man arrested on March 3").
"""

from __future__ import annotations

from typing import Any


def is_moved_day(root: Any, verbs: frozenset[str], preps: frozenset[str]) -> bool:
    """True when a date phrase (its ``root`` token) is the old or new day of a happening moved by a
    rescheduling verb (one of ``verbs``, lemmas): the object of "from" or of one of ``preps`` ("to",
    "until"), under that verb with no other verb between (a verb used as a preposition, "concerning",
    does not count)."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or (prep.lower_ != "from" and prep.lower_ not in preps):
        return False
    verb = next((t for t in prep.ancestors if t.pos_ in ("VERB", "AUX") and t.dep_ != "prep"), None)
    return verb is not None and verb.lemma_.lower() in verbs
