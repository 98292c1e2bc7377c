"""The doer an event noun's own relative clause names: "the sanctions [the United States] imposed", "the
sanctions imposed by [the EU]", "the strikes [Israel] carried out".

An event noun that is the object of another verb ("China will reciprocate the sanctions", "Russia retaliates
for the sanctions") takes that verb's subject as its source by default; but when a relative clause on the
noun tells who imposed or carried it out with a light verb (``light_verbs`` of the lexicon: impose, carry out,
launch …) whose object is the noun itself, that clause's subject, or the by-agent of its passive participle,
is the noun's doer, and the one who reciprocates or retaliates is not.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

RELATIVE_DEPS = frozenset({"relcl", "acl"})
SUBJECT_DEPS = frozenset({"nsubj"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
RELATIVE_WORDS = frozenset({"that", "which", "who"})


def find_relative_doer(noun: Any, light_verb_lemmas: Collection[str]) -> Any | None:
    """Return the subject (or the passive by-agent) of a light verb in a relative clause on ``noun`` whose
    object is the noun itself (no object of its own), or None."""
    for clause in noun.children:
        if clause.dep_ not in RELATIVE_DEPS or str(clause.lemma_).lower() not in light_verb_lemmas:
            continue
        if clause.i < noun.i or any(c.dep_ in OBJECT_DEPS for c in clause.children):
            continue  # "sanctions that imposed costs": the clause has an object of its own
        for child in clause.children:
            if child.dep_ in SUBJECT_DEPS and child.lower_ not in RELATIVE_WORDS:
                return child  # "the sanctions [the United States] imposed"
            if child.dep_ == "agent" and clause.tag_ == "VBN":  # "the sanctions imposed by [the EU]"
                return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None
