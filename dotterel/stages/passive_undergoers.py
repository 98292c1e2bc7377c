"""Whom a passive verb's act befalls: its own passive subject, or that of the passive verb it completes.

"Strikes were carried out against the camp": the passive subject of a verb is its object in the active. So is
the passive subject of a verb of finding or leaving for the participle that tells the state it was found in:
"a journalist is found [beaten] to death in his home" is, in the active, "they found a journalist beaten to
death", whom someone beat; "two men were left stabbed in the street". The participle is the passive verb's
open complement (``xcomp``): it has no subject of its own and takes its head's.
"""

from __future__ import annotations

from typing import Any

PARTICIPLE_TAG = "VBN"
COMPLEMENT_DEP = "xcomp"


def find_passive_subject(verb: Any) -> Any | None:
    """Return the passive subject of ``verb`` ("strikes were carried out"), or, for a participle completing a
    passive verb ("is found [beaten] to death"), that verb's passive subject; else None."""
    own = _own_passive_subject(verb)
    if own is not None or verb.tag_ != PARTICIPLE_TAG or verb.dep_ != COMPLEMENT_DEP:
        return own
    return _own_passive_subject(verb.head)


def _own_passive_subject(verb: Any) -> Any | None:
    if not any(child.dep_ == "auxpass" for child in verb.children):
        return None
    return next((child for child in verb.children if child.dep_ == "nsubjpass"), None)
