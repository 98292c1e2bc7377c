"""Divisions named by a hyphenated pair of names: "Miami-Dade County", "Kohgiluyeh-Boyer Ahmad Province".

Capitalised words joined by a hyphen with no space ("Miami-Dade") right before a capitalised administrative
noun ("County", "Province") name one division, which the gazetteer may not know: not the city its first word
names (Miami) and another place its second word names (a town Dade in China). Such a run is one unlisted name
(its country then comes from the text: "Miami-Dade County, Florida"). A pair the gazetteer knows as a whole
("Kohgiluyeh and Boyer-Ahmad", "Winston-Salem") is its entry, and a pair with a country ("the Iraq-Syria
Border Region") is two places' relation, not one name.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.stages.place_name_parts import to_grown_run_end

__all__ = ["to_hyphenated_division_end"]


def to_hyphenated_division_end(doc: Any, i: int, gazetteer: Gazetteer) -> int | None:
    """Return the end (before its administrative noun) of the hyphenated name opening at token ``i`` when a
    capitalised administrative noun follows it ("Miami-Dade" of "Miami-Dade County"), else None: no hyphen
    inside the run, the run the tail of a longer one, a known whole name, or a country among its words."""
    words = gazetteer.words
    first = doc[i]
    if first.tag_ not in ("NNP", "NNPS") or not first.text[:1].isupper():
        return None
    if first.lower_ in words.admin_suffixes:
        return None
    if i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        return None  # the tail of a hyphenated run is no name of its own
    end, grown = i + 1, True
    while end < len(doc) and grown:
        end, grown = to_grown_run_end(doc, end, words)
    after = doc[end] if end < len(doc) else None
    if after is None or after.lower_ not in words.admin_suffixes or not after.text[:1].isupper():
        return None
    span = doc[i:end]
    if not any(t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_ for t in span):
        return None
    if gazetteer.find_entries(span.text) or gazetteer.find_entries(doc[i : end + 1].text):
        return None
    parts = [t for t in span if t.text != "-"]
    if any(e.kind == "country" for t in parts for e in gazetteer.find_entries(t.text)):
        return None
    return end
