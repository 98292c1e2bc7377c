"""Parts of a place name's tokens: how far a run of name words grows, where a place noun ends it, and which
part the parse places.

Helpers of :class:`dotterel.stages.place_names.PlaceNameFinder`, pure functions of the parsed document.
"""

from __future__ import annotations

from typing import Any

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
