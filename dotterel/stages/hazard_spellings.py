"""The closed-up spellings of a hazard noun written in two words, for :mod:`dotterel.stages.accidents`.

News text writes one hazard noun three ways: "a pileup", "a pile-up", "a pile up"; "a mudslide", "a
mud-slide", "a mud slide"; "a heatwave", "a heat wave". spaCy splits the hyphenated and the spaced forms into
two tokens ("pile" "-" "up"; "heat" "wave"), so the word lists of ``hazards.yaml``, written closed up, miss
them. This module joins a token with the word before it (after a hyphen, or a space when that word is its
compound modifier: "mud slide", "heat wave") and with its particle after it ("a vehicle pile [up]") and gives
the closed-up forms; a list word matched so names the same hazard as the closed-up word.
"""

from __future__ import annotations

from typing import Any

__all__ = ["is_joined_form_lemma", "to_joined_forms"]

HYPHEN = "-"
JOINED_DEPS = frozenset({"compound", "amod", "nmod"})  # the first part, a modifier of the second
PARTICLE_DEPS = frozenset({"prt"})  # "a vehicle pile [up]": the second part as a particle of the first


def to_joined_forms(token: Any) -> frozenset[str]:
    """The closed-up words a two-part spelling ending or starting at the token gives: "up" of "pile-up" gives
    "pileup", "wave" of "heat wave" gives "heatwave", "pile" of "pile up" (its particle) gives "pileup"; the
    empty set for a token with no such partner."""
    forms: set[str] = set()
    first = _first_part(token)
    if first is not None:
        forms |= {first.lower_ + token.lower_, first.lower_ + str(token.lemma_).lower()}
    for child in token.children:
        if child.dep_ in PARTICLE_DEPS and child.i == token.i + 1:
            forms.add(token.lower_ + child.lower_)
    return frozenset(forms)


def is_joined_form_lemma(lowers: Any, i: int, listed: frozenset[str]) -> bool:
    """The cheap test on a document's lower-case words before the parse is read: the word at ``i`` closed up
    with the word before it (across a hyphen or a space) or after it is in ``listed``."""
    before = lowers[i - 2] if i >= 2 and lowers[i - 1] == HYPHEN else (lowers[i - 1] if i >= 1 else "")
    after = lowers[i + 1] if i + 1 < len(lowers) else ""
    return bool({before + lowers[i], lowers[i] + after} & listed)


def _first_part(token: Any) -> Any | None:
    """The word before the token that is its first part: its modifier right before it ("mud slide") or
    before a hyphen that touches both ("pile-up")."""
    doc, i = token.doc, token.i
    if i >= 2 and doc[i - 1].text == HYPHEN and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        first = doc[i - 2]
        return first if first.head.i == i else None
    if i >= 1 and doc[i - 1].head.i == i and doc[i - 1].dep_ in JOINED_DEPS:
        return doc[i - 1]
    return None
