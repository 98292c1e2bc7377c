"""A country's land, water or air named by the country's own name: "in the exclusive economic zone of Japan",
"into Russia's territorial waters", "off the coast of Libya".

A noun of ``territory_nouns`` ("waters", "airspace", "territory", "coast"), or a zone at sea named by the
word before it (``sea_zone_phrases``: "economic zone"), owned by a country's name (its possessive, or the
object of its "of") is a region of that country as :mod:`dotterel.stages.place_demonym_territories` reads
"in Japanese waters": the phrase as the text gives it, kind ``region``, the country, no point (not the
capital's point of the country's name). Only a country's own name: "off the coast of Sondok" is the town's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.model import Place, PlaceMention, Span


def _is_territory_noun(noun: Any, words: PlaceWords) -> bool:
    """True for a noun of a country's land, water or air ("waters", "airspace", "the economic zone")."""
    if noun.pos_ != "NOUN":
        return False
    before = noun.doc[noun.i - 1].lower_ if noun.i > 0 else ""
    return noun.lower_ in words.territory_nouns or f"{before} {noun.lower_}" in words.sea_zone_phrases


def _owned_territory(name: Any, words: PlaceWords) -> Any | None:
    """The territory noun the country name ``name`` owns by its possessive or its "of" phrase, if any."""
    if name.dep_ == "poss" and _is_territory_noun(name.head, words):
        return name.head
    of = name.head
    if name.dep_ == "pobj" and of.lower_ == "of" and of.dep_ == "prep" and _is_territory_noun(of.head, words):
        return of.head
    return None


def to_territory_mention(doc: Any, mention: PlaceMention | None, words: PlaceWords) -> PlaceMention | None:
    """Return ``mention``, or, when it is a country's name owning a territory noun (see the module), the
    region that phrase names: its text without a leading determiner, the country, no point."""
    if mention is None or mention.place.kind != "country":
        return mention
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    noun = None if span is None else _owned_territory(span.root, words)
    if span is None or noun is None:
        return mention
    words_before = [t for t in noun.lefts if t.dep_ not in ("det", "poss")]
    start = min([noun.i, span.start, *(t.left_edge.i for t in words_before)])
    while start < min(noun.i, span.start) and doc[start].dep_ in ("det", "predet"):
        start += 1  # "all the territory of Libya": "territory of Libya"
    end = max(noun.i + 1, span.end)
    phrase = doc[start:end]
    place = Place(phrase.text, mention.place.country, kind="region")
    return replace(mention, span=Span(phrase.start_char, phrase.end_char), place=place)
