"""The subject noun whose event a trigger verb tells, and the passive subjects a verb undoes.

A verb whose subject is an event noun tells that event ("the strikes killed 25 fighters": one attack), and
folds into it (:func:`dotterel.stages.nesting.find_content_host`). A passive subject is what the verb is done
to; when the verb takes an act back (a concession or a retreat: "all charges against the actor are dropped",
"the curfew was lifted"), the verb is the day's act, not a sequel of the noun. Other passives keep their
noun as the event ("petrol bombs were thrown at officers", "a loan that was agreed on Monday").
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.gapped_participles import is_gapped_participle
from dotterel.stages.roles import find_subject
from dotterel.stages.triggers import Trigger

UNDOING_TYPES = frozenset({"CONCEDE", "RETREAT"})


def find_host_subject(trigger: Trigger) -> Any | None:
    """Return the subject of the trigger's verb that may host it as its event noun; None when there is
    none, when it is a passive subject the verb undoes ("charges were dropped"), or when the verb is a gapped
    participle with victims of its own ("a riot leaves 46 dead and dozens more injured": the riot did not
    injure; :mod:`dotterel.stages.gapped_participles`)."""
    if is_gapped_participle(trigger.token):
        return None
    subject, passive = find_subject(trigger.token)
    if passive and trigger.pattern.type in UNDOING_TYPES:
        return None
    return subject
