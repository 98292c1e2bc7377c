"""The past happening an anniversary marks takes no place from the gathering that marks it.

"Crowds gather in central Bogota to mark the first anniversary of the national strike": the strike of a
year before is not placed by where people gather today; only a place named
inside the anniversary's "of" phrase is theirs ("the 25th anniversary of the massacre in Srebrenica"). The
anniversary nouns are ``anniversary_nouns`` of ``dates.yaml`` (the dates stage dates the happening by them).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.date_words import load_date_words

__all__ = ["find_anniversary_ids"]


def find_anniversary_ids(token: Any) -> set[int]:
    """Return the tokens an anniversary's happening takes no place from: those of ``token``'s sentence
    outside the "of" phrase of the anniversary noun it is the happening of ("the first anniversary of the
    national strike": all but "of the national strike"); empty when ``token`` is no anniversary's
    happening."""
    of = token.head
    if token.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return set()
    nouns = {w.lower() for w in load_date_words().anniversary_nouns}
    if of.head.lower_ not in nouns:
        return set()
    inside = {t.i for t in of.subtree}
    return {t.i for t in token.sent if t.i not in inside}
