"""Known place names inside the name of a court case: "Ukraine v. Russia", "Brown v. Board of Education".

A case is named by its parties joined by "v." ("versus", "vs."): the name is the case's, not a location
("Canada backs the judgment in Ukraine v. Russia": no event in Ukraine). A known name right before the
joining word, or right after it, with a capitalised word on its other side, is a word of the case name; a
place named beside the case stays one ("a ruling in The Hague in Ukraine v. Russia": The Hague).
"""

from __future__ import annotations

from typing import Any

__all__ = ["CASE_JOINERS", "is_in_case_name"]

CASE_JOINERS = frozenset({"v.", "v", "vs.", "vs", "versus"})  # the word that joins a case's two parties


def is_in_case_name(span: Any) -> bool:
    """True when the known name at ``span`` is a party of a case name: "Ukraine" of "Ukraine v. Russia"
    (a capitalised word after the joining word) or "Russia" of it (one before); not a name with no joining
    word beside it."""
    doc = span.doc
    after = span.end + 1 < len(doc) and _joins(doc[span.end]) and _is_capitalised(doc[span.end + 1])
    before = span.start >= 2 and _joins(doc[span.start - 1]) and _is_capitalised(doc[span.start - 2])
    return after or before


def _joins(token: Any) -> bool:
    """True for the lower-case joining word of a case name."""
    return token.text in CASE_JOINERS


def _is_capitalised(token: Any) -> bool:
    """True for a word that may end or open a party's name: one with a capital."""
    return token.text[:1].isupper()
