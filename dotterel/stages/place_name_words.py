"""Capitalised words before a known name that make it part of a longer, unknown name.

"HM Prison Full Sutton" is no prison in Sutton: "Full", a capitalised adjective in mid-sentence that the
tagger hangs on "Sutton", is a word of the prison's name, as a proper-noun compound is ("Okba Ibn Nafa Air
Base" is not Naha). A demonym ("Syrian Idlib" is rare, but "the Kurdish Kobani" keeps Kobani) or a word the
gazetteer knows is no such word; the caller also lets name prefixes ("Greater", "Northern") through.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer


def is_name_word_before(before: Any, gazetteer: Gazetteer) -> bool:
    """True for the token before a known name when it reads as a word of a longer name: a proper-noun
    compound of the name, or a capitalised adjective modifying it ("Full Sutton") that is no demonym."""
    if before.tag_ in ("NNP", "NNPS"):
        return bool(before.dep_ == "compound")
    return bool(
        before.tag_ == "JJ"
        and before.dep_ == "amod"
        and before.i + 1 == before.head.i
        and not gazetteer.resolve_demonym(before.text)
    )
