"""A verb's "that" clause the parser hung on it as a relative clause.

When the tagger reads a headline verb as a plural noun ("A state court [rules] that the order is unlawful"),
the parser makes its "that" clause a relative clause (``relcl``) or a noun's clause (``acl``) of that "noun"
("The High Court rules [that the mask ban violates the Basic Law]"). A true relative clause has
"that" as its own subject or object, a pronoun ("the rules [that] govern trials", "the rules [that] the
court set"); a clause whose "that" is the conjunction (``mark``) says what the verb states: it is the verb's
complement, read as a ``ccomp`` is.
"""

from __future__ import annotations

from typing import Any

COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})
# The parser's readings of a "that" clause hung on a verb it took for a noun.
MISPARSED_DEPS = frozenset({"relcl", "acl"})
CONTENT_MARK = "that"


def is_complement_clause(clause: Any) -> bool:
    """True for a verb's complement clause (``ccomp``, ``xcomp``), or a relative or noun clause opened by the
    conjunction "that" ("court rules [that the ban is unlawful]"), not by the pronoun ("rules [that
    govern]")."""
    if clause.dep_ in COMPLEMENT_DEPS:
        return True
    return clause.dep_ in MISPARSED_DEPS and any(
        child.dep_ == "mark" and child.lower_ == CONTENT_MARK and child.i < clause.i
        for child in clause.children
    )
