"""An ordinal standing for one more victim: "four men are beaten to death and a fifth is severely injured",
"and a fifth severely injured" (1 injured). "A" (or "an") with an ordinal and no noun after it names the next
person of a group already counted, one person; "a fifth of the residents" (a share, with its "of" object) and
"the fifth victim" (the ordinal modifies a noun) are not read here.
"""

from __future__ import annotations

from typing import Any

__all__ = ["find_lone_ordinal_after", "is_ordinal_victim"]

_ONE_DETERMINERS = frozenset({"a", "an"})


def is_ordinal_victim(noun: Any, ordinals: frozenset[str]) -> bool:
    """True for "a fifth" standing alone for one person: an ordinal of ``ordinals`` right after "a"/"an",
    heading its own phrase or hung on the casualty verb ("a fourth[amod] wounded[VBN]"), not before a noun,
    no "of" share after it."""
    if noun.lower_ not in ordinals or noun.i == 0 or noun.doc[noun.i - 1].lower_ not in _ONE_DETERMINERS:
        return False
    if noun.dep_ in ("amod", "compound", "nummod") and noun.head.pos_ in ("NOUN", "PROPN"):
        return False  # "a fifth victim": the noun is counted
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)  # "a fifth of the residents"


def find_lone_ordinal_after(verb: Any) -> list[Any]:
    """The word after "a"/"an" right after a casualty verb that the parser hung on another word as a bare
    noun phrase ("kills two and wounds a [third] in Kabul", ``npadvmod``): a lone ordinal standing for one
    more victim once counted (:func:`is_ordinal_victim`); none if no such word follows."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ not in _ONE_DETERMINERS:
        return []
    word = doc[verb.i + 2]
    return [word] if word.dep_ == "npadvmod" and word.ent_type_ == "ORDINAL" else []
