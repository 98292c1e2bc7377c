"""Known place names inside the body an office holder's title names: "The chairman for the Republican Party
in North Carolina", "President of Arctic Academy of Sciences in St. Petersburg".

An office of a body carries the body, with the place the body is of or sits in, in the title, wherever its
holder acts ("The chairman for the Republican Party in North Carolina, Robin Hayes, is charged with bribery"
names no place of the charging). A known name in the "in" phrase right after a capitalised body name (over
capitalised words and "of", "the" or "and") that is the "of" or "for" phrase of an office noun
(``office_titles`` of ``place_resolution.yaml``: "chairman", "president", "speaker") is a word of the
title. Not when a person's name stands in the run ("Secretary of State Mike Pompeo in Jerusalem": the
place of his act), nor after an office of command ("the leader of the Islamic State in Somalia": where the
group fights), nor a place phrase with no body before it ("the chairman in Raleigh").
"""

from __future__ import annotations

from typing import Any

__all__ = ["is_in_office_body"]

JOINING_WORDS = frozenset({"of", "the", "and"})  # "Arctic Academy of Sciences", "the Party of Regions"
OPENING_PREPS = frozenset({"of", "for"})  # "chairman for the Republican Party", "President of Arctic Academy"


def is_in_office_body(doc: Any, start: int, titles: frozenset[str]) -> bool:
    """True when the name starting at token ``start`` of ``doc`` is in the "in" phrase of a body named in
    the "of" or "for" phrase of an office noun of ``titles`` (see the module)."""
    i = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
    if i < 4 or doc[i - 1].lower_ != "in":
        return False
    capitals = 0
    for j in range(i - 2, 0, -1):
        word = doc[j]
        if word.ent_type_ == "PERSON":
            return False
        if word.lower_ in OPENING_PREPS and capitals and doc[j - 1].lower_ in titles:
            return True
        if not (word.lower_ in JOINING_WORDS or word.text[:1].isupper()):
            return False
        capitals += word.text[:1].isupper()
    return False
