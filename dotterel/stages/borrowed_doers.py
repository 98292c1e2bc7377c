"""Acts whose doer is borrowed from another clause: a gerund after a preposition.

"Taiwan will require visitors from China to be quarantined before [arriving] in the country", "after
[arriving] in Tokyo, the minister met his counterpart": a gerund that is the object of a preposition has no
subject of its own, and the doer the roles stage finds for it belongs to another clause (here a name inside
the object, "visitors from China"). For a pattern whose event depends on who does it (``own_subject``: an
official's arrival is a visit, a traveller's is none) such a borrowed doer is too weak: no event. A
participle that hangs on its doer's noun ("the minister, [arriving] in Tokyo, said") names its doer and
stays, as does a finite verb ("Pompeo is arriving in Baghdad").
"""

from __future__ import annotations

from typing import Any

# A gerund governed by a preposition: "before [arriving]", "upon [arriving]".
PREP_COMPLEMENT_DEP = "pcomp"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def is_borrowed_doer_act(trigger: Any) -> bool:
    """True for a verb trigger of an ``own_subject`` pattern that is a gerund after a preposition with no
    subject of its own ("before arriving in the country"); not a finite verb or a participle on its doer."""
    if not trigger.pattern.own_subject or trigger.is_nominal:
        return False
    token = trigger.token
    if token.dep_ != PREP_COMPLEMENT_DEP or token.tag_ != "VBG":
        return False
    return not any(child.dep_ in SUBJECT_DEPS for child in token.children)
