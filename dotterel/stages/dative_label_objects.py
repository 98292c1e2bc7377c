"""The object and the label of "designate X a Y" where the small parser misreads them.

"designates [the Muslim Brotherhood] a terrorist organisation" comes out as a dative "Brotherhood" with
"organisation" its apposition and no direct object; "designated [the Muslim Brotherhood] a terrorist group"
as two direct objects. Naming a thing what it becomes is an object and its predicate, never a recipient: the
dative is the verb's object (:func:`find_labelled_dative`), and its apposition or the second object what the
verb makes it (:func:`find_second_object_labels`; :func:`dotterel.stages.trigger_candidates.find_object_nouns`
reads both)."""

from __future__ import annotations

from typing import Any

OBJECT_DEPS = frozenset({"dobj", "obj"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})  # "told [Reuters], a news agency, that ...": an addressee
LABEL_POS = frozenset({"NOUN"})


def find_labelled_dative(verb: Any) -> Any | None:
    """The verb's dative that has a common-noun apposition after it, when the verb has no direct object and
    no clause of its own: "designates [the Muslim Brotherhood] a terrorist organisation"; None otherwise
    ("told [Reuters] that ..." keeps its addressee)."""
    children = list(verb.children)
    if any(c.dep_ in OBJECT_DEPS or c.dep_ in CLAUSE_DEPS for c in children):
        return None
    for child in children:
        if child.dep_ != "dative" or child.i < verb.i:
            continue
        if any(c.dep_ == "appos" and c.pos_ in LABEL_POS and c.i > child.i for c in child.children):
            return child
    return None


def find_second_object_labels(verb: Any, obj: Any) -> list[Any]:
    """The common nouns the parser makes the verb's second direct object after a named one: "designated [the
    Muslim Brotherhood] a terrorist [group]", the label the named object is given."""
    if obj.pos_ != "PROPN":
        return []
    return [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > obj.i and c.pos_ in LABEL_POS]
