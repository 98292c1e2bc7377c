"""What a named object is taken out of: "removes Sudan from the [list] of state [sponsors] of terrorism".

An "as" phrase says what a verb's named object becomes ("recognizes Guaidó as interim president"); a "from"
or "off" phrase of a common noun says what it stops being or belonging to ("removes Seoul from its list of
preferred trading partners", "drops Cuba from the terrorism blacklist"). Its head noun, and the head of that
noun's "of" phrase (the list's members: "the list of state sponsors"), tell a pattern of the verb what the
act is about, as the object itself would. A place left ("withdrew its envoy from Tehran") is a name, not a
common noun, and is not read.
"""

from __future__ import annotations

from typing import Any

LEFT_PREPS = frozenset({"from", "off"})


def find_left_nouns(verb: Any) -> list[Any]:
    """Return the common nouns of a verb's "from" / "off" phrase and of their "of" phrase: "removes X from the
    [list] of state [sponsors]"."""
    found: list[Any] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in LEFT_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
                continue
            found.append(noun)
            members = (g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
            found.extend(g for g in members if g.dep_ == "pobj" and g.pos_ == "NOUN")
    return found
