"""A trigger word that names what an institution is for is no event: "the Court of Appeal in Kyiv rules …",
"Belgium's court of appeal", "a court of appeals".

An "of" phrase after an institution noun (``institution_nouns`` of ``place_resolution.yaml``: "court",
"university", "bank") whose object is a bare noun, with no determiner or possessive of its own, tells which
kind of institution it is, as a name or a common noun: no appeal is lodged in "the Court of Appeal". An
object with a determiner is an act of the institution's ("the court of the appeal", rare) and is left alone.
"""

from __future__ import annotations

from typing import Any

__all__ = ["is_institution_kind_word"]

# Children that make an "of" object a phrase of its own, not a kind: "the court of [the] appeal".
OWN_PHRASE_DEPS = frozenset({"det", "poss", "nummod"})


def is_institution_kind_word(token: Any, institution_nouns: frozenset[str]) -> bool:
    """True when ``token`` is the bare noun of an "of" phrase after an institution noun: "the Court of
    [Appeal]", "a court of [appeals]"; not "the court heard an [appeal]" nor "appealed to the court"."""
    if not str(token.tag_).startswith("NN") or token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    institution = token.head.head
    if str(institution.lemma_).lower() not in institution_nouns or institution.i > token.i:
        return False
    return not any(c.dep_ in OWN_PHRASE_DEPS for c in token.children)
