"""A headline's verb the tagger took for a plural noun run into the place that locates its subject.

"A court in Denmark [sentences] a former employee": after a place's name the small tagger may read a
third-person verb in -s as a plural noun, and the parser then builds "Denmark sentences" as the object of
"in", with the place as its compound, and the sentence has no verb. A sentence of news needs one: a
plural-noun-tagged object of a place preposition, hung right after a proper name it takes as its compound,
whose preposition hangs on a noun that the parse makes the sentence's root (so the sentence has no main verb),
is the sentence's verb, and that noun ("a court", "a judge") its subject; the place only says where the
subject is.
"""

from __future__ import annotations

from typing import Any

PLURAL_NOUN_TAG = "NNS"
NAME_TAGS = frozenset({"NNP", "NNPS"})
PLACE_PREPOSITIONS = frozenset({"in", "at"})


def find_located_headline_subject(token: Any) -> Any | None:
    """Return the noun a plural-noun-tagged verb's place phrase hangs on ("A [court] in Denmark sentences"),
    or None when the word is no such verb (see the module's docstring)."""
    if token.tag_ != PLURAL_NOUN_TAG or token.dep_ != "pobj" or token.i == token.sent.start:
        return None
    prep, name = token.head, token.doc[token.i - 1]
    if prep.lower_ not in PLACE_PREPOSITIONS or prep.dep_ != "prep" or prep.head.pos_ != "NOUN":
        return None
    if name.tag_ not in NAME_TAGS or name.dep_ != "compound" or name.head.i != token.i:
        return None
    return prep.head if prep.head.dep_ == "ROOT" else None
