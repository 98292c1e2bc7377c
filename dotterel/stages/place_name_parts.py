"""Parts of a place name's tokens: how far a run of name words grows, where a place noun ends it, and which
part the parse places.

Helpers of :class:`dotterel.stages.place_names.PlaceNameFinder`, pure functions of the parsed document.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry
from dotterel.knowledge.place_words import PlaceWords
from dotterel.stages.place_uses import names_word


def follows_place_noun(doc: Any, start: int, end: int, nouns: frozenset[str]) -> bool:
    """True for the name at tokens ``[start, end)`` as the "of" object of a place noun of ``nouns`` ("the town
    of Kansafra", "the villages of Kafr Nabl"); not a name only a comma's known place marks ("Khurais, Saudi
    Arabia")."""
    root = doc[start:end].root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and names_word(root.head.head, nouns)


def to_placed_part_end(doc: Any, start: int, end: int) -> int:
    """Return the end of the part of the name at tokens ``[start, end)`` that the parse places: up to a spaced
    lower-case word inside it ("in Newcastle upon Tyne": the parser hangs "upon Tyne" elsewhere, "Newcastle"
    is the object of "in"), else ``end`` ("Stratford-upon-Avon", "Maarrat al-Nu'man": a joined particle)."""
    for k in range(start + 1, end - 1):
        word = doc[k]
        if word.text.isalpha() and word.text.islower() and doc[k - 1].whitespace_ and word.whitespace_:
            return k
    return end


def to_grown_run_end(doc: Any, end: int, words: PlaceWords) -> tuple[int, bool]:
    """Return the run's end after one more name word, "-Name" or "al-Name" at ``end``, and whether it grew;
    an administrative noun ends the run ("Imam Sahib District")."""
    nxt = doc[end]
    if nxt.lower_ in words.admin_suffixes:
        return end, False
    if nxt.tag_ in ("NNP", "NNPS") and nxt.text[:1].isupper() and nxt.text != "-":
        return end + 1, True
    joined = end + 1 < len(doc) and not nxt.whitespace_
    if joined and nxt.text == "-" and doc[end + 1].text[:1].isupper():
        return end + 2, True
    if (
        joined
        and nxt.lower_ in words.name_particles
        and nxt.text.islower()
        and end + 2 < len(doc)
        and doc[end + 1].text == "-"
        and not doc[end + 1].whitespace_
        and doc[end + 2].text[:1].isupper()
    ):
        return end + 3, True
    return end, False


def ends_in_place_noun(doc: Any, i: int, end: int, words: PlaceWords) -> bool:
    """True for a name whose last word, or the lower-case singular noun it modifies right after it, is a
    place noun of ``name_head_nouns``: "the ISIL-occupied Qanus Island", "in Tel Halef village"; not a
    description ("a Dogon village", "Dogon villages": a people's villages)."""
    heads = words.name_head_nouns
    if end - i >= 2 and names_word(doc[end - 1], heads):
        return True
    if end >= len(doc):
        return False
    after, root = doc[end], doc[i:end].root
    if not (after.text.islower() and after.tag_ == "NN" and names_word(after, heads)):
        return False
    articles = words.indefinite_determiners
    indefinite = any(c.dep_ == "det" and c.lower_ in articles for c in after.children)
    return bool(root.head.i == after.i and not indefinite)


def joins_particle(doc: Any, k: int, end: int, words: PlaceWords) -> bool:
    """True when a hyphenated particle at ``k`` continues the name up to ``end``: "Bir al-Abd" is one name,
    not the known "Bir" and a tail."""
    return bool(k + 1 < end and doc[k].lower_ in words.name_particles and doc[k + 1].text == "-")


def to_direction_before(doc: Any, start: int, directions: frozenset[str]) -> str | None:
    """Return the direction words right before the name at ``start``, lower case ("north-western" of three
    tokens before "western", "southern"), or None."""
    for width in (3, 1):  # "north-western" (three tokens) before "western"
        if start - width >= 0:
            before = doc[start - width : start].text.lower()
            if before in directions or (width == 3 and before.replace("-", "") in directions):
                # "North-east England" is written as "northeast" in the list, not cut to "east England"
                return before
    return None


def is_name_direction(doc: Any, start: int) -> bool:
    """True when the one direction word before the name at ``start`` is a word of the name: a capitalised
    proper noun ("North Waziristan", "Upper Dir"), not a description ("northern Waziristan")."""
    word = doc[start - 1] if start > 0 else None
    return bool(word is not None and word.text[:1].isupper() and word.tag_ in ("NNP", "NNPS"))


def starts_longer_name(doc: Any, start: int, end: int, words: PlaceWords) -> bool:
    """True when the name at tokens ``[start, end)`` is the first part of a longer proper name: a capitalised
    proper noun it modifies follows it ("the Green Zone", "the Ferguson Police Department"), and is no
    facility, landmark, administrative noun or place noun that ends a name ("Mosul Dam", "Idlib Governorate",
    "Kabul Airport", "Qanus Island")."""
    if end >= len(doc) or not doc[end - 1].whitespace_:
        return False
    after, last = doc[end], doc[end - 1]
    nouns = words.facilities | words.admin_suffixes | words.name_head_nouns  # not "zone", "area", "centre"
    return bool(
        after.text[:1].isupper()
        and after.tag_ in ("NNP", "NNPS")
        and not after.is_sent_start
        and last.dep_ == "compound"
        and last.head.i >= after.i
        and after.lower_ not in nouns | words.landmark_nouns
    )


def is_inside_longer_name(
    span: Any, entries: list[GazetteerEntry], ents: list[Any], gazetteer: Gazetteer
) -> bool:
    """True when the known name at ``span`` is part of a longer name: a longer PERSON entity, a longer ORG
    entity for a country's name, or a capitalised proper-noun compound before it that is no place and no name
    prefix ("Okba Ibn Nafa Air Base" is not Naha). ``ents`` are the document's entities (start, end, label,
    lower-cased last word)."""
    words = gazetteer.words
    first, last = span[0], span[-1]
    for entity in ents:
        longer = entity.start <= first.i and last.i < entity.end and entity.end - entity.start > len(span)
        if entity.last_lower in words.admin_suffixes:
            continue  # "the northern Aleppo Governorate" is no person, whatever the tagger says
        if longer and (entity.label == "PERSON" or (entity.label == "ORG" and entries[0].kind == "country")):
            return True
    before = span.doc[first.i - 1] if first.i > 0 else None
    return bool(
        before is not None
        and not first.is_sent_start
        and before.tag_ in ("NNP", "NNPS")
        and before.text[:1].isupper()
        and before.lower_ not in words.name_prefixes
        and before.dep_ == "compound"
        and first.i <= before.head.i
        and not gazetteer.find_entries(before.text)
    )


def starts_with_particle(doc: Any, i: int, words: PlaceWords) -> bool:
    """True when a lower-case particle joined by a hyphen to a capitalised word opens a name at ``i``: "in
    al-Hasakah", "the town of al-Qaim" (written as "Al-Hasakah" elsewhere); not a particle inside a name
    ("Maarrat al-Nu'man": the capitalised word before it is the name's start)."""
    token = doc[i]
    if not (token.text.islower() and token.lower_ in words.name_particles and i + 2 < len(doc)):
        return False
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.text[:1].isupper() and before.whitespace_ and not before.is_sent_start:
        return False
    return bool(
        doc[i + 1].text == "-"
        and not token.whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].text[:1].isupper()
    )


def is_named_by_own_words(
    doc: Any, i: int, end: int, words: PlaceWords, feature_prefixes: frozenset[str]
) -> bool:
    """True when the name at tokens ``[i, end)`` is a place by its own words: a place noun ends it
    (:func:`ends_in_place_noun`: "Qanus Island") or a feature word of ``feature_prefixes`` opens it before
    another word ("Mount Hermon", "Mt. Elgon")."""
    first = doc[i]  # "Mt." opens a mountain's name, the capitals "MT" a tanker's ("the MT New Diamond")
    opened = end - i > 1 and first.lower_.rstrip(".") in feature_prefixes and not first.text.isupper()
    return opened or ends_in_place_noun(doc, i, end, words)
