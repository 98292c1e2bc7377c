"""A place name right after a place noun's "of" that the parser hung on a later noun.

"Greek police on the island of Lesbos fire tear gas …" is parsed with "Lesbos" a compound of "fire tear gas",
the "of" object: the name is what the place noun ("island", "city", "archipelago") names, wherever the parser
put it. The name stands where the "of" object would: see :mod:`dotterel.stages.place_uses`.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss"})


def find_broken_of(doc: Any, start: int, token: Any, words: PlaceWords) -> Any | None:
    """The "of" of a place noun the name at ``start`` directly follows ("the island of Lesbos"), when the
    name's root ``token`` is a modifier of a noun inside that "of"'s object; else None."""
    if start < 2 or token.dep_ not in MODIFIER_DEPS:
        return None
    of, noun = doc[start - 1], doc[start - 2]
    if of.lower_ != "of" or of.head.i != noun.i:
        return None
    lower = {str(noun.lemma_).lower(), noun.lower_}
    if not lower & (words.geo_nouns | words.described_place_nouns):
        return None
    return of if any(a.i == of.i for a in token.ancestors) else None
