"""A place name between a subject and its verb that the parser hung on the verb's object.

"Authorities in Texas drop charges against the protesters": the small tagger reads "drop" as a noun and the
parser builds "Texas drop charges" as one noun phrase, the object of "in". The name right before the verb is
then no subject head but the end of a place phrase ("in Texas") that follows the subject's common noun; the
compound-verb rule (:mod:`dotterel.stages.compound_verbs`) may read past it to that noun.
"""

from __future__ import annotations

from typing import Any

NAME_TAGS = frozenset({"NNP", "NNPS"})
SUBJECT_HEAD_TAGS = frozenset({"NN", "NNS"})
PLACE_PREPS = frozenset({"in"})


def is_placed_name(token: Any) -> bool:
    """True for the proper name right before a compound-verb-shaped ``token`` that closes a place phrase
    after a common noun: the names are compounds of the verb's noun, and the word before them is "in" hung on
    the common noun right before it ("Authorities [in] [Texas] drop charges")."""
    start = token.i
    while start > token.sent.start and token.doc[start - 1].tag_ in NAME_TAGS:
        start -= 1
        name = token.doc[start]
        if name.dep_ != "compound" or not (name.head.i == token.head.i or start < name.head.i <= token.i):
            return False  # "New York": a name's compound hangs on the next name
    if start == token.i or start - 2 < token.sent.start:
        return False
    prep, subject = token.doc[start - 1], token.doc[start - 2]
    return prep.lower_ in PLACE_PREPS and prep.head.i == subject.i and subject.tag_ in SUBJECT_HEAD_TAGS
