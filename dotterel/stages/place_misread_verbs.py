"""A place name the parser made a modifier of the sentence's verb ("A court in Denmark sentences a man …").

When a present-tense verb in "-s" follows a subject's "in <name>", the parser may read the verb as a plural
noun ("Denmark sentences" as one noun phrase, the object of "in") and the name as its modifier. A plural noun
followed at once by a determiner or a number opening a noun phrase ("sentences a former employee", "fines the
company") is no noun: English noun phrases do not run on into another one so. The name is then the object
of the preposition, and a location when the preposition places the subject where it acts
(``subject_place_preps``: "in", "at"; not "A man from Lyon stabs three people in Paris", an origin).
"""

from __future__ import annotations

from typing import Any

# Words that open the object noun phrase of the misread verb.
OBJECT_OPENERS = frozenset({"DT", "CD", "PRP$"})


def is_misread_verb_place(doc: Any, start: int, end: int, preps: frozenset[str]) -> bool:
    """True for the name at tokens ``[start, end)`` that modifies a plural "noun" right after it which is
    really the sentence's verb: "in Denmark sentences a former employee" (the name is the object of "in")."""
    if start == 0 or end + 1 >= len(doc):
        return False
    token, head, after = doc[start:end].root, doc[end], doc[end + 1]
    if token.dep_ != "compound" or token.head.i != end or head.tag_ != "NNS" or head.dep_ != "pobj":
        return False
    if head.head.i != start - 1 or head.head.lower_ not in preps:
        return False
    return after.tag_ in OBJECT_OPENERS and after.lower_ not in ("that", "which")
