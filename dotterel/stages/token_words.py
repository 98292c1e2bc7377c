"""Small readings of one spaCy token shared by the stages."""

from __future__ import annotations

from typing import Any

__all__ = ["lemma_of", "object_lemma"]

# The word a bare numeral stands for as a verb's object: "All eight were later released", "police freed 30".
NUMERAL_PEOPLE = "people"


def lemma_of(token: Any) -> str:
    """The token's lower-case lemma."""
    return str(token.lemma_).lower()


def object_lemma(token: Any) -> str:
    """The lemma a verb's object is matched by: a bare numeral ("all eight", "the eight", "freed 30"), with no
    noun and no "of" phrase of its own ("two of the tankers"), stands for people, as in news text a number
    told as the one acted on counts those people; a plural name's head gives its common noun ("the
    Self-Defense [Forces]": force), as the tagger keeps a proper noun's form as its lemma; any other token
    gives its lemma."""
    bare = not any(child.dep_ in {"prep", "nmod", "compound"} for child in token.children)
    if token.pos_ == "NUM" and token.dep_ in {"nsubjpass", "dobj", "obj"} and bare:
        return NUMERAL_PEOPLE
    lower = token.lower_
    if token.tag_ == "NNPS" and lower.endswith("s") and not lower.endswith("ss"):
        return lower[:-3] + "y" if lower.endswith("ies") else lower[:-1]
    return lemma_of(token)
