"""A country's land, water or air named by its demonym: "in the Syrian desert", "on Venezuelan soil", "off
the Libyan coast", "in Iranian airspace".

A noun of ``territory_nouns`` (``places.yaml``) with a demonym as its adjective names a region of that
country: the phrase as the text gives it ("Syrian desert"), kind ``region``, the demonym's country, no point.
Only where the noun is used as a location (the object of a locative preposition not denied: "though not
within Japanese territory" is no place; "on … soil" always names one), with a demonym right before
it (not of a compound between: "Albanian rebel-held territory" is held by Albanian rebels, not Albania's; nor
"Lebanese-Israeli waters", of no single country) and no name after it ("the Libyan coast city of
Sirte" is named by that name).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry
from dotterel.stages.place_uses import LocativeReader

__all__ = ["find_demonym_territories"]


def find_demonym_territories(
    doc: Any, gazetteer: Gazetteer, locatives: LocativeReader
) -> list[tuple[int, int, GazetteerEntry]]:
    """Return (first token, end, region entry) of each located "<demonym> <territory noun>" phrase: the
    first token is the demonym, the entry a region of its country named as the text names it."""
    out = []
    for token in doc:
        if token.lower_ not in gazetteer.words.territory_nouns or token.pos_ != "NOUN":
            continue
        joined = token.i >= 2 and doc[token.i - 2].text == "-"  # "Lebanese-Israeli waters": of no one country
        adjectives = [c for c in token.children if c.dep_ in ("amod", "compound") and c.i == token.i - 1]
        adjectives = [] if joined else adjectives
        codes = {code for c in adjectives if (code := gazetteer.resolve_demonym(c.text)) is not None}
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if len(codes) != 1 or (nxt is not None and nxt.pos_ == "PROPN"):
            continue
        first = min(c.i for c in adjectives if gazetteer.resolve_demonym(c.text) is not None)
        denied = any(c.dep_ == "neg" for c in token.head.children)  # "though not within Japanese territory"
        on_soil = token.lower_ == "soil" and token.head.lower_ == "on"  # "on Venezuelan soil": only a place
        if denied or not (on_soil or locatives.is_locative(doc, token.i, token.i + 1, "region")):
            continue
        name = doc[first : token.i + 1].text
        out.append((first, token.i + 1, GazetteerEntry(name, codes.pop(), None, None, None, "region")))
    return out
