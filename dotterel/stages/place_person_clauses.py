"""A "who" clause the parser hangs on the place of a "from" phrase: the person's clause, not the place's.

"Police arrest a man from Dayton, Ohio, who had been plotting to attack a synagogue": the parser hangs "who
… plotting" on "Dayton", so the plot would sit inside the "from" phrase and take the man's origin as its
place.
"Who" stands for a person, never for a town: the clause is the man's, and "from Dayton" stays his origin
(:func:`dotterel.stages.place_origins.find_origin_ids`), no place of what the clause tells.
"""

from __future__ import annotations

from typing import Any

# Relative pronouns that stand for a person only.
PERSON_RELATIVES = frozenset({"who", "whom"})


def is_in_person_clause(token: Any, prep: Any) -> bool:
    """True when the trigger ``token`` is inside a relative clause opened by "who"/"whom" that hangs on the
    object of ``prep`` (or on a name in apposition to it: "from Dayton, Ohio, who …")."""
    node = token
    while node.head.i != node.i and node.i != prep.i:
        if node.dep_ == "relcl" and _is_object_of(node.head, prep):
            return any(c.lower_ in PERSON_RELATIVES for c in node.children)
        node = node.head
    return False


def _is_object_of(noun: Any, prep: Any) -> bool:
    """True for the object of ``prep`` or a word in apposition to it."""
    while noun.dep_ in ("appos", "conj") and noun.head.i != noun.i:
        noun = noun.head
    return bool(noun.dep_ == "pobj" and noun.head.i == prep.i)
