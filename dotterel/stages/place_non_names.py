"""Capitalised runs that name no place though a place name may stand in them: an operation's name and a word
that describes a country.

"Operation Car Wash", "Operation Lava Jato", "Operation Peace Spring" name an operation or an investigation
(``operation_name_words`` of ``knowledge/places.yaml`` before a capitalised word): no place, nor any name
inside them ("Car Wash" is no town). A capitalised word that describes a country referred back to ("the
Gulf state", "the Caribbean nation": :mod:`dotterel.stages.place_described_countries`) is no place either
("Gulf state" is no division of Papua New Guinea's Gulf Province).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_described_countries import to_description_noun

__all__ = ["is_in_non_place_name"]


def is_in_non_place_name(doc: Any, start: int, words: PlaceWords) -> bool:
    """True when a name found at token ``start`` is part of an operation's name ("Car Wash" of "Operation
    Car Wash", or that whole run) or a description of a country ("Gulf" of "the Gulf state")."""
    if to_description_noun(doc, start, words) is not None:
        return True
    first = start
    while first > 0 and doc[first - 1].text[:1].isupper() and not doc[first].is_sent_start:
        first -= 1  # back to the run's first word
    for i in range(first, start + 1):
        opens = doc[i].lower_ in words.operation_name_words and doc[i].text[:1].isupper()
        if opens and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            return True
    return False
