"""The words a verb's parts hang on: the verb, and a count aside the parser hangs the next phrase on.

"Eight people are shot, one fatally, following a dispute outside a bar in Seattle": the parser hangs
"following …" on "one" (``npadvmod`` of "shot"), the aside that tells how many of the shot died, where the
phrase is the verb's own. :func:`find_part_holders` returns the verb and such an aside (a number, with an
adverb of its own: "one fatally", "two critically"), so a reader of the verb's phrases reads both.
"""

from __future__ import annotations

from typing import Any

__all__ = ["find_part_holders"]


def is_count_aside(token: Any) -> bool:
    """True for a number set off as an adverbial aside with its own adverb: "one fatally", "two seriously"
    (``npadvmod`` ``CD`` with an ``advmod``); not a measured time ("two days after …": no adverb)."""
    return (
        token.dep_ == "npadvmod"
        and token.tag_ == "CD"
        and any(c.dep_ == "advmod" and c.tag_ == "RB" for c in token.children)
    )


def find_part_holders(verb: Any) -> list[Any]:
    """The verb, then its count asides ("are shot, one fatally, following …"), whose children are the
    verb's parts."""
    return [verb, *(c for c in verb.children if is_count_aside(c))]
