"""A noun's required preposition, or the "that" of its content clause: "a warning [to] Iran", "a warning
[that] it would respond".

A pattern may list "that" among its required prepositions: then a content clause hung on the noun meets it,
as the "to" phrase does ("issues a warning that it would retaliate" tells the threat as "warns that" does).
A content clause is a clause (``acl``) opened by the conjunction "that"; a relative clause opened by the
pronoun "that" ("the warning that he ignored") is no content clause: there "that" is the clause's subject or
object, not its marker.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

CONTENT_MARK = "that"


def has_required_prep(token: Any, preps: Collection[str]) -> bool:
    """True when ``token`` has one of ``preps`` as a preposition ("warning [to] Taipei"), or ``preps`` lists
    "that" and the token has a "that" content clause ("a warning [that] it would respond")."""
    wanted = {p.lower() for p in preps}
    if any(child.dep_ in {"prep", "agent"} and child.lower_ in wanted for child in token.children):
        return True
    return CONTENT_MARK in wanted and any(_is_content_clause(child) for child in token.children)


def _is_content_clause(child: Any) -> bool:
    return child.dep_ == "acl" and any(
        g.dep_ == "mark" and g.lower_ == CONTENT_MARK for g in child.children if g.i < child.i
    )
