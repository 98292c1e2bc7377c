"""A bare singular person noun that opens its sentence as the subject: one person, as in a headline.

English gives a singular count noun a determiner ("An Argentine congressman is shot"); news summaries written
in headline style drop it ("Argentine congressman of the UCR party is shot by two assailants"). A person noun
in the singular with no determiner, possessor or number, that is the subject of its clause and whose phrase
opens the sentence, is that one person. Not a plural ("Protesters are injured"), nor a noun with a plural
verb ("Palestinian youth were injured": a group), nor a noun after the start of the sentence, where a bare
singular is a role or a title ("was elected president", "as mayor").
"""

from __future__ import annotations

from typing import Any

__all__ = ["is_headline_subject"]

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
COUNTING_DEPS = frozenset({"det", "poss", "nummod", "quantmod"})


def is_headline_subject(noun: Any) -> bool:
    """True for a singular common noun with no determiner of its own that is a clause's subject and whose
    phrase begins the sentence ("[Argentine congressman] of the UCR party is shot")."""
    if noun.tag_ != "NN" or noun.dep_ not in SUBJECTS:
        return False
    if any(c.dep_ in COUNTING_DEPS for c in noun.children):
        return False
    verbs = [noun.head, *(c for c in noun.head.children if c.dep_ in ("aux", "auxpass"))]
    if any(v.tag_ == "VBP" or v.lower_ == "were" for v in verbs):
        return False  # "Palestinian youth were injured": a plural verb, a group
    return noun.left_edge.i == noun.sent.start
