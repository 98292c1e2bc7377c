"""A thing blamed is no accusation: "the prime minister blames bad weather for the slow response".

To blame (or fault) is to accuse only when someone is blamed: "blamed Iran for the tanker attacks",
"blames the recession on the opposition" (the one blamed is the target, as the object or after "on"). When
the direct object is a thing (weather, a pandemic, messages) no actor is named as the target, and the
sentence states a cause, not an ACCUSE event of the generic accusation pattern. The object is a thing when no
actor mention, name or pronoun is in it: "blames the New IRA", "blames local Fulani", "blame each other",
"blames Myanmar's armed forces" stay accusations even before their target is found.
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.reciprocal import RECIPROCAL_PRONOUNS
from dotterel.stages.roles import MentionIndex
from dotterel.stages.triggers import Trigger

GENERIC_ACCUSATION_PATTERN = "verbs.accuse-generic.v1"
ACTOR_TAGS = frozenset({"PROPN", "PRON"})


def is_untargeted_blame(
    trigger: Trigger, target: Any | None, index: MentionIndex, verbs: frozenset[str]
) -> bool:
    """True for a blaming verb of ``verbs`` (``cause_blame_verbs`` of roles.yaml: "blame", "fault") with no
    target and an object naming no actor: "blames bad weather"."""
    token = trigger.token
    if trigger.pattern.id != GENERIC_ACCUSATION_PATTERN or target is not None:
        return False
    if str(token.lemma_).lower() not in verbs:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return bool(objects) and not any(_names_actor(t, index) for o in objects for t in o.subtree)


def _names_actor(token: Any, index: MentionIndex) -> bool:
    mentioned = index.resolve_token(token, allow_modifier=True) is not None
    return mentioned or token.pos_ in ACTOR_TAGS or token.lower_ in RECIPROCAL_PRONOUNS  # "blame each other"
