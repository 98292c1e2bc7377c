"""What an act is done to counter or bring about: the object of its infinitive of purpose.

"after cutting the internet off nationwide four days ago to contain protests": the protests are what the
cutting meant to contain, a happening going on before it, not one that took place at the cutting's time or
at the places of the clause the cutting is a part of ("restores the internet to parts of Baghdad"). Read by
:func:`dotterel.stages.date_prospects.is_barred_time` (no day from the act served) and
:func:`find_outside_purpose_ids` (no place phrase outside the clause of the act served).
"""

from __future__ import annotations

from typing import Any

__all__ = ["find_served_act", "find_outside_purpose_ids"]

PURPOSE_DEPS = frozenset({"advcl"})  # not a complement: "prompting the premier to announce a curfew"
OBJECT_DEPS = frozenset({"dobj"})
PART_DEPS = frozenset({"pcomp", "advcl"})  # "after cutting it off …", "as it cut it off …": a clause part


def find_served_act(token: Any) -> Any | None:
    """Return the verb whose infinitive of purpose has ``token`` as its object ("cut it off to contain
    protests": "cut"), or None; the infinitive must be no trigger's own clause word (``token`` a noun)."""
    verb = token.head
    if token.dep_ not in OBJECT_DEPS or token.pos_ not in ("NOUN", "PROPN") or verb.dep_ not in PURPOSE_DEPS:
        return None
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children)
    served = verb.head
    return served if infinitive and served.pos_ in ("VERB", "AUX") and served.i != verb.i else None


def find_outside_purpose_ids(token: Any) -> set[int]:
    """Return the tokens of ``token``'s sentence outside the part (a gerund or adverbial clause) that holds
    the act its purpose clause serves: another act's place phrases, none of the object's."""
    served = find_served_act(token)
    if served is None or served.dep_ not in PART_DEPS:
        return set()
    part = served.head if served.dep_ == "pcomp" else served
    inside = {t.i for t in part.subtree}
    return {t.i for t in token.sent if t.i not in inside}
