"""Capitalised words the tagger does not call proper nouns that still begin a place name.

Used by :class:`dotterel.stages.place_names.PlaceNameFinder`: a name word is a proper noun (NNP, NNPS), or
a capitalised word inside the sentence that the text itself marks as a name:

- right after a hyphenated participle of control ("in Turkish-controlled Suluk", "rebel-held Idlib"): the
  participle's modifier makes the tagger read the name as a common noun, yet the place held is named there;
- right before a proper noun that compounds onto an administrative noun ("in Tell Abyad District", where the
  tagger reads "Tell" as a verb): the division's name runs up to its noun.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.doc_tables import DocTable, to_doc_table

__all__ = ["has_name_word", "has_name_word_in", "is_proper_word", "starts_proper_run"]

PROPER_TAGS = ("NNP", "NNPS")
PLACE_LABELS = ("GPE", "LOC", "FAC")


def is_proper_word(table: DocTable, i: int, words: PlaceWords) -> bool:
    """True when the token at ``i`` of the document of ``table`` (:mod:`dotterel.stages.doc_tables`) may be a
    word of a place name: a proper noun, or a capitalised word (not the sentence's first) after a hyphenated
    control participle or before a division name's proper noun (see the module docstring)."""
    if table.tags[i] in PROPER_TAGS:
        return True
    text = table.texts[i]
    if not text[:1].isupper() or table.is_sent_start(i) or not text.isalpha():
        return False
    return _follows_control_participle(table, i, words) or _begins_division_name(table.doc, i, words)


def has_name_word(span: Any, words: PlaceWords) -> bool:
    """True when a word of ``span`` is a name word (:func:`is_proper_word`) or one the tagger calls a place
    (GPE, LOC, FAC): no known name is read from a run of common words ("a fire", "the sea")."""
    return has_name_word_in(to_doc_table(span.doc), span.start, span.end, words)


def has_name_word_in(table: DocTable, start: int, end: int, words: PlaceWords) -> bool:
    """:func:`has_name_word` of the tokens ``[start, end)`` of the document of ``table``, read without a
    ``Span``."""
    labels = table.read_ent_types()
    return any(is_proper_word(table, i, words) or labels[i] in PLACE_LABELS for i in range(start, end))


def starts_proper_run(table: DocTable, i: int, words: PlaceWords) -> bool:
    """True when the token at ``i`` of the document of ``table`` may open a run of proper nouns: a
    capitalised name word (:func:`is_proper_word`) that is not the sentence's first word."""
    return not table.is_sent_start(i) and table.texts[i][:1].isupper() and is_proper_word(table, i, words)


def _follows_control_participle(table: DocTable, i: int, words: PlaceWords) -> bool:
    """True for a common-noun tag right after "<modifier>-held", "<modifier>-controlled" ("Kurdish-held
    Suluk"); not a word after a spaced hyphen nor one after a participle alone ("the held Suluk")."""
    if i < 3 or table.tags[i] not in ("NN", "NNS"):
        return False
    return (
        table.lowers[i - 1] in words.control_participles
        and table.texts[i - 2] == "-"
        and not table.has_space_after(i - 2)
        and not table.has_space_after(i - 3)
    )


def _begins_division_name(doc: Any, i: int, words: PlaceWords) -> bool:
    """True for a word right before a capitalised proper noun that the parser compounds onto a later
    administrative noun of the same run ("Tell" of "Tell Abyad District"); not before a lone proper noun
    ("Tell Abyad", no division word), nor a demonym or direction (their own readings)."""
    if i + 2 >= len(doc) or token_is_modifier(doc[i], words):
        return False
    nxt = doc[i + 1]
    noun = nxt.head
    return (
        nxt.tag_ in PROPER_TAGS
        and nxt.text[:1].isupper()
        and nxt.dep_ == "compound"
        and noun.i > nxt.i
        and noun.lower_ in words.admin_suffixes
        and noun.text[:1].isupper()
        and all(t.tag_ in PROPER_TAGS and t.text[:1].isupper() for t in doc[nxt.i : noun.i + 1])
    )


def token_is_modifier(token: Any, words: PlaceWords) -> bool:
    """True for a direction or a known modifier word of place names ("North", "Greater"): they have their
    own readings (:mod:`dotterel.stages.place_name_parts`)."""
    return token.lower_ in words.directions or token.lower_ in words.name_prefixes or token.tag_ == "JJ"
