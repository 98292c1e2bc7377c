"""The doer of an act a verb of blame lays on its object: "accusing the security forces of raiding ... and
arresting four of its employees".

A gerund after "of" or "for" under a verb of blame or credit ("accuse", "blame", "suspect", "praise") has no
subject of its own: its doer is that verb's object ("Turkey accuses Egypt's police of arresting ..."), or the
verb's passive subject ("the police are accused of arresting ..."), also for a gerund joined to the first by
"and". Without this the roles stage guessed the nearest name, often a noun inside the first gerund's object
("the offices of the Anadolu News Agency").
"""

from __future__ import annotations

from typing import Any

BLAME_PREPS = frozenset({"of", "for"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass"})
MAX_CONJUNCTS = 3


def find_blamed_doer(verb: Any, verbs: frozenset[str]) -> Any | None:
    """The token of the object a verb of blame (of ``verbs``: ``blame_verbs`` of roles.yaml) lays the gerund
    ``verb`` on, or None.

    "accuses Colombian troops of entering its territory and arresting two soldiers" -> troops (for both
    gerunds); "the police are accused of beating protesters" -> police; "accused of beating" with no object
    or subject -> None.
    """
    node = verb
    for _ in range(MAX_CONJUNCTS):
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    prep = node.head
    if node.dep_ != "pcomp" or node.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ not in BLAME_PREPS:
        return None
    blamer = prep.head
    if blamer.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS and str(blamer.head.lemma_).lower() in verbs:
        return blamer  # "of" hung on the object: "accuses [Colombian troops of entering]"
    if str(blamer.lemma_).lower() not in verbs:
        return None
    objects = [c for c in blamer.children if c.dep_ in OBJECT_DEPS]
    subjects = [c for c in blamer.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    return (objects or subjects or [None])[0]
