"""Whose name a known place name is part of: the place's own, a facility's, an organisation's.

News names organisations and facilities with place names in them. A name after a membership noun's "of"
names an organisation ("Greece, a member state of NATO", "the member countries of OPEC"), not a place; a
countryless region after "<Group> in the" is a word of the group's name ("Al-Qaeda in the Arabian
Peninsula", "Islamic State in the Greater Sahara"); a ship's name right after a lower-case vessel noun
(``vessel_nouns``) is the ship's, not the town it is named for ("struck its naval support ship Konarak"; not
"a ship off Konarak", nor "the tanker Iran seized", a subject); but a known city after a capitalised facility
noun that opens the facility's name ("Naval Air Station Pensacola", "Naval Station Norfolk") is the city the
facility is named for, and so its place, not a word of a longer name. The words come from
``place_resolution.yaml`` (``membership_words``, ``vessel_nouns``, ``facility_name_heads``).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry
from dotterel.knowledge.place_resolution import PlaceResolutionWords
from dotterel.stages.place_name_parts import is_inside_longer_name, is_membership_object

__all__ = [
    "follows_facility_head",
    "is_group_name_region",
    "is_owned_by_other_name",
    "is_vessel_name",
]


def is_group_name_region(
    doc: Any, start: int, entries: list[GazetteerEntry], vessel_nouns: frozenset[str] = frozenset()
) -> bool:
    """True for a countryless region at ``start`` right after "<Group> in the", the group a proper noun the
    tagger calls an organisation ("Al-Qaeda in the Arabian Peninsula", "Islamic State in the Greater
    Sahara"): the region is a word of the group's name; not "the role of Russia in the Middle East", nor a
    country ("Islamic State in Iraq"), nor a ship's name after a vessel noun of ``vessel_nouns`` ("seizes
    tanker Mesdar in the Persian Gulf", "oil tanker British Heritage in the Persian Gulf"): the ship is
    there."""
    if start < 3 or not entries or any(e.country or e.kind != "region" for e in entries):
        return False
    name, prep, the = doc[start - 3], doc[start - 2], doc[start - 1]
    return (
        the.lower_ == "the"
        and prep.lower_ == "in"
        and name.tag_ in ("NNP", "NNPS")
        and name.ent_type_ == "ORG"
        and name.text[:1].isupper()
        and not _follows_vessel_noun(doc, name.i, vessel_nouns)
    )


def _follows_vessel_noun(doc: Any, last: int, vessel_nouns: frozenset[str]) -> bool:
    """True when the capitalised run ending at ``last`` comes right after a lower-case vessel noun ("tanker
    Mesdar", "tanker British Heritage")."""
    i = last
    while i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].tag_ in ("NNP", "NNPS", "JJ"):
        i -= 1
    return i > 0 and doc[i - 1].lower_ in vessel_nouns and doc[i - 1].text.islower()


def is_vessel_name(span: Any, vessel_nouns: frozenset[str]) -> bool:
    """True when the known name at ``span`` ends a capitalised run right after a lower-case vessel noun of
    ``vessel_nouns``, so it names the ship ("its naval support ship Konarak", "the ferry Estonia"); not a
    name after a preposition ("a ship off Konarak"), nor a clause's subject ("the tanker Iran seized")."""
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in span):
        return False
    return _follows_vessel_noun(span.doc, span.end - 1, vessel_nouns)


def follows_facility_head(span: Any, heads: frozenset[str]) -> bool:
    """True when the known name at ``span`` comes right after a capitalised facility noun of ``heads`` that
    closes a capitalised run ("Naval Air Station Pensacola", "Joint Base San Antonio"): the facility is named
    for the city; not a lone "Base" opening a sentence, nor "the Station" before a name."""
    first = span[0]
    if first.i < 2 or first.is_sent_start:
        return False
    head, before = span.doc[first.i - 1], span.doc[first.i - 2]
    return (
        head.lower_ in heads
        and head.text[:1].isupper()
        and not head.is_sent_start
        and before.text[:1].isupper()
        and before.tag_ in ("NNP", "NNPS")
    )


def is_owned_by_other_name(
    span: Any,
    entries: list[GazetteerEntry],
    ents: list[Any],
    gazetteer: Gazetteer,
    words: PlaceResolutionWords,
) -> bool:
    """True when the known name at ``span`` is no place of its own: a word of a longer name
    (:func:`~dotterel.stages.place_name_parts.is_inside_longer_name`) unless a facility is named for it, an
    organisation after a membership noun, a ship's name, or a region of a group's name. ``ents`` are the
    document's entities (start, end, label, lower-cased last word)."""
    doc = span.doc
    if is_membership_object(doc, span.start, span.end, words.membership_words):
        return True
    if is_vessel_name(span, words.vessel_nouns):
        return True
    if is_group_name_region(doc, span.start, entries, words.vessel_nouns):
        return True
    inside = is_inside_longer_name(span, entries, ents, gazetteer)
    return inside and not follows_facility_head(span, words.facility_name_heads)
