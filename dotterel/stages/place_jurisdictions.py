"""Which names may stand for a government that issues a measure, whatever the tagger calls them.

A country's own name ("Slovakia will shut its schools", tagged ORG) and a first-level division's own name
when the tagger makes exactly that name an organisation ("Nunavut will close all non-essential services",
"prompting Île-de-France to shut down all bars"): the words are the name of the place, not words of an
organisation's longer name ("the Nunavut Tunngavik", "Ontario Power Generation" keep theirs).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import to_key
from dotterel.model import PlaceMention
from dotterel.stages.place_names import NameCandidate

__all__ = ["to_country_name_ids", "to_government_name_ids"]

Pairs = list[tuple[NameCandidate, PlaceMention]]
DIVISION_KINDS = frozenset({"admin1", "region"})


def _is_own_name(candidate: NameCandidate, mention: PlaceMention) -> bool:
    return candidate.text.lower() == mention.place.name.lower()


def to_country_name_ids(named: Pairs) -> frozenset[int]:
    """Return the tokens of the names that are a country's own name ("Slovakia", not "Czech"): the issuer of
    a measure even where the tagger calls the name an organisation ("Slovakia will shut its schools")."""
    return frozenset(
        i
        for candidate, mention in named
        if mention.place.kind == "country" and _is_own_name(candidate, mention)
        for i in range(candidate.start, candidate.end)
    )


def _is_whole_organisation(doc: Any, candidate: NameCandidate) -> bool:
    """True for a name that the tagger makes a whole organisation entity, no more and no less ("Nunavut",
    "Île-de-France" as ORG; not "Ontario" of "Ontario Power Generation")."""
    entity = next((e for e in doc.ents if e.start <= candidate.start < e.end), None)
    return (
        entity is not None
        and entity.label_ == "ORG"
        and (entity.start, entity.end)
        == (
            candidate.start,
            candidate.end,
        )
    )


def to_government_name_ids(doc: Any, named: Pairs) -> frozenset[int]:
    """Return the tokens of the names that may stand for an issuing government: a country's own name
    (:func:`to_country_name_ids`) and a first-level division's own name that the tagger makes a whole
    organisation ("Nunavut will close …"); not a division named inside a longer organisation's name."""
    divisions = frozenset(
        i
        for candidate, mention in named
        if mention.place.kind in DIVISION_KINDS
        and to_key(candidate.text) == to_key(mention.place.name)  # "Île-de-France" is "Ile-de-France"
        and _is_whole_organisation(doc, candidate)
        for i in range(candidate.start, candidate.end)
    )
    return to_country_name_ids(named) | divisions
