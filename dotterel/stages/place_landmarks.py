"""Landmarks the gazetteer lacks: a run of capitalised words ending in a landmark noun ("Trafalgar Square",
"Tahrir Square", "Gorky Park", "Rustaveli Avenue") names one place, even when its first word is a town the
gazetteer knows elsewhere ("Trafalgar", a town in Spain): a square is named after a battle or a person as
often as after a small town (a big town's landmark, "London Bridge", stays the town). The whole name is an
unlisted place; its country comes from the sentence as for any other unlisted name. Not a facility noun
("Kabul International Airport"): a town before one is where it is.

A feature named after a country ("the Jordan Valley", "the Congo River", "the Panama Canal":
``country_feature_nouns`` of ``place_resolution.yaml``) is one name too: the feature, not the country.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry

MAX_LANDMARK_TOKENS = 5
# A landmark named after a town of at least this many people, or after a division or country, is in that town
# ("London Bridge"); after a smaller town it is more often named after something else ("Trafalgar Square").
HOME_TOWN_POPULATION = 100_000


def resolve_landmark_end(doc: Any, i: int, gazetteer: Gazetteer, nouns: frozenset[str]) -> int | None:
    """The end of a landmark name starting at token ``i`` ("Trafalgar Square"), or None: two to
    :data:`MAX_LANDMARK_TOKENS` capitalised proper nouns, the last a noun of ``landmark_nouns``, the first
    preceded by no other capitalised proper noun (not the tail of a longer name), none of them a demonym or
    a country, and the whole unknown to the gazetteer; or a feature named after a country ("the Jordan
    Valley": :func:`resolve_country_feature_end`, with the feature nouns ``nouns``)."""
    feature = resolve_country_feature_end(doc, i, gazetteer, nouns)
    if feature is not None:
        return feature
    words = gazetteer.words
    if i > 0 and _is_name_word(doc[i - 1]) and not doc[i].is_sent_start:
        return None
    if i > 1 and _joins_words(doc, i - 1):
        return None  # "Dame Cathedral" is the tail of "Notre-Dame Cathedral"
    end = i
    while end < len(doc) and end - i < MAX_LANDMARK_TOKENS and _is_name_word(doc[end]):
        if doc[end].lower_ in words.landmark_nouns and end > i:
            return _checked(doc, i, end + 1, gazetteer)
        end += 2 if end + 2 < len(doc) and _joins_words(doc, end + 1) else 1  # "Notre-Dame Cathedral"
    return None


def resolve_country_feature_end(doc: Any, i: int, gazetteer: Gazetteer, nouns: frozenset[str]) -> int | None:
    """The end of a feature's name that starts with a country's name at token ``i`` ("the Jordan Valley",
    "the Congo River"), or None: the country's name, then one capitalised noun of ``nouns`` that ends the
    name (no capitalised proper noun after it: "the Jordan River Foundation" is an institution), the whole
    unknown to the gazetteer and not the tail of a longer name."""
    if i > 0 and _is_name_word(doc[i - 1]) and not doc[i].is_sent_start:
        return None
    for end in range(i + 2, min(i + MAX_LANDMARK_TOKENS, len(doc)) + 1):
        last = doc[end - 1]
        if not (_is_name_word(last) and last.lower_ in nouns):
            continue
        if (end < len(doc) and _is_name_word(doc[end])) or gazetteer.find_entries(doc[i:end].text):
            return None
        entries = gazetteer.find_entries(doc[i : end - 1].text, alternates=False)
        return end if any(e.kind == "country" for e in entries) else None
    return None


def is_country_feature(doc: Any, start: int, end: int, gazetteer: Gazetteer, nouns: frozenset[str]) -> bool:
    """True for a feature's name made of a country's name and a noun of ``nouns`` ("the Congo River")."""
    return resolve_country_feature_end(doc, start, gazetteer, nouns) == end


def _checked(doc: Any, i: int, end: int, gazetteer: Gazetteer) -> int | None:
    """``end`` when the name ``doc[i:end]`` is no known place, holds no demonym or country and is not
    followed by one more capitalised word of the same name ("Trafalgar Square Gardens" ends later)."""
    if end < len(doc) and _is_name_word(doc[end]) and doc[end].lower_ in gazetteer.words.landmark_nouns:
        return None
    if gazetteer.find_entries(doc[i:end].text) or gazetteer.is_not_place(doc[i : end - 1].text):
        return None
    if any(_is_home_town(e) for e in gazetteer.find_entries(doc[i : end - 1].text)):
        return None  # "London Bridge": a big town's landmark is in the town
    for token in doc[i : end - 1]:
        if gazetteer.resolve_demonym(token.text):
            return None
        if any(e.kind == "country" for e in gazetteer.find_entries(token.text)):
            return None
    return end


def is_small_town_alias(gazetteer: Gazetteer, name: str, entry: GazetteerEntry) -> bool:
    """True for a landmark's name (the last word a noun of ``landmark_nouns``) that the gazetteer knows only
    as another name of ``entry``, a small town ("Central Park", an old name of the hamlet Bethpage, New York,
    is the park): the landmark is meant, not the town."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in gazetteer.words.landmark_nouns:
        return False
    return (
        entry.kind == "city"
        and not _is_home_town(entry)
        and not gazetteer.find_entries(name, alternates=False)
    )


def _is_home_town(entry: GazetteerEntry) -> bool:
    """True for a place a landmark named after it lies in: a town of :data:`HOME_TOWN_POPULATION` people or
    more, a division, a region or a country."""
    return entry.kind != "city" or entry.population >= HOME_TOWN_POPULATION


def _joins_words(doc: Any, k: int) -> bool:
    """True when token ``k`` is a hyphen written with no space between two capitalised proper nouns, which
    it joins into one word of a name ("Notre-Dame", "Saint-Denis")."""
    if k < 1 or k + 1 >= len(doc) or doc[k].text != "-" or doc[k].whitespace_ or doc[k - 1].whitespace_:
        return False
    return _is_name_word(doc[k - 1]) and _is_name_word(doc[k + 1])


def _is_name_word(token: Any) -> bool:
    """True for a capitalised proper noun."""
    return bool(token.tag_ in ("NNP", "NNPS") and token.text[:1].isupper())
