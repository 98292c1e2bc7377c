"""A country referred back to by a description: "the African country", "the Gulf state", "the island nation".

A definite noun of ``described_country_nouns`` (``knowledge/places.yaml``) with only description words
before it (``country_description_core_words``, at least one of them, and ``country_description_other_words``:
"the African country", "the small island nation", "the war-torn country"; not "the southern state", which may
be a US state; a capitalised noun makes a name: "the Central African Republic") and no name or "of" phrase of
its own ("the Gulf state of Qatar" names it) stands for the one country named before it in its sentence,
else in the sentence before ("Pope Francis sends a message to the people of Mozambique before his visit to
the African country": Mozambique). A name that modifies another noun ("U.S." of "U.S. Secretary of
Defense") does not count. None when no country or several are named there: a description never makes up a
country.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry, PlaceWords

__all__ = ["find_described_countries", "to_description_noun"]

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def to_description_noun(doc: Any, i: int, words: PlaceWords) -> Any | None:
    """Return the country noun that the description starting at token ``i`` describes ("African" of "the
    African country"), when "the" and only description words stand before it; else None."""
    described = words.country_description_core_words | words.country_description_other_words
    first = i
    while first > 0 and doc[first - 1].lower_ in described:
        first -= 1
    end = i
    while end < len(doc) and doc[end].lower_ in described:
        end += 1
    if end == i or end >= len(doc) or first == 0 or doc[first - 1].lower_ != "the":
        return None
    noun = doc[end]
    if noun.lower_ not in words.described_country_nouns or noun.text != noun.lower_:
        return None  # "the Central African Republic" is a name
    if not any(w in words.country_description_core_words for w in doc[first:end].text.lower().split()):
        return None  # "the southern state": maybe a US state ("war-torn" read whole)
    if any(c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children):
        return None  # "the Gulf state of Qatar": named there
    if end + 1 < len(doc) and doc[end + 1].text[:1].isupper() and doc[end + 1].pos_ == "PROPN":
        return None  # "the African country Mozambique"
    return noun


def find_described_countries(
    doc: Any, named: list[tuple[int, str]], gazetteer: Gazetteer, locatives: Any
) -> list[tuple[int, int, GazetteerEntry]]:
    """Return (first token, end, country entry) of each located description of a country ("in the African
    country") that stands for the one country named before it in its sentence, else in the sentence before;
    ``named``: (last token, ISO3) of the country names of the document; ``locatives``: the
    :class:`~dotterel.stages.place_uses.LocativeReader`."""
    words, out = gazetteer.words, []
    for token in doc:
        if token.lower_ not in words.described_country_nouns or token.i == 0:
            continue
        det = token.i - 1
        while det > 0 and doc[det].lower_ != "the" and doc[det].i >= token.left_edge.i:
            det -= 1
        noun = to_description_noun(doc, det + 1, words) if doc[det].lower_ == "the" else None
        if noun is None or noun.i != token.i:
            continue
        if not locatives.is_locative(doc, token.i, token.i + 1, "country"):
            continue
        code = _referent(doc, token, named)
        entry = gazetteer.resolve_country(code) if code else None
        if entry is not None:
            out.append((det, token.i + 1, entry))
    return out


def _referent(doc: Any, token: Any, named: list[tuple[int, str]]) -> str | None:
    """The one country named before ``token`` in its sentence, else in the sentence before; else None. A
    name that modifies another noun ("U.S." of "U.S. Secretary of Defense") names no country referred to."""
    start = token.sent.start
    before = doc[start - 1].sent.start if start > 0 else start
    heads = [(i, code) for i, code in named if doc[i].dep_ not in MODIFIER_DEPS]
    for first, last in ((start, token.i), (before, start)):
        codes = {code for i, code in heads if first <= i < last}
        if codes:
            return codes.pop() if len(codes) == 1 else None
    return None
