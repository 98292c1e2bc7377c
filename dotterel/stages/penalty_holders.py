"""Who a court's act on a penalty befalls: the owner or the "of"-object of the conviction or sentence.

"The Court of Appeals overturns the death sentence of [Dzhokhar Tsarnaev]", "the High Court quashes [George
Pell]'s convictions", "the conviction of [the former governor] is overturned", "the king commutes the death
sentence of [two men]": the verb's direct object (or its passive subject) is a penalty (``roles.yaml``
``penalty_nouns``), and the one convicted or sentenced, its owner or its "of"-object, is the act's target
before any other actor of the clause (a place named for the court is not: "An appeals court in Ontario
overturns the convictions of Raed Jaser"). Only for patterns with ``role_targets``, the acts on persons
accused or convicted.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from dotterel.model import Mention, Span
from dotterel.stages.named_undergoers import to_name_mention
from dotterel.stages.noun_roles import to_role_mention
from dotterel.stages.roles import MentionIndex, find_direct_object, find_prep_objects, find_subject
from dotterel.stages.trigger_candidates import is_person_name
from dotterel.stages.triggers import Trigger


def find_penalty_holder(verb: Any, penalty_nouns: Collection[str]) -> Any | None:
    """The owner ("[Pell]'s convictions") or the first "of"-object ("the sentence of [two men]") of the
    verb's direct object or passive subject where that is a penalty noun; None otherwise."""
    subject, passive = find_subject(verb)
    penalty = subject if passive else find_direct_object(verb)
    if penalty is None or str(penalty.lemma_).lower() not in penalty_nouns:
        return None
    owners = [c for c in penalty.children if c.dep_ == "poss"]
    holders = owners + find_prep_objects(penalty, ("of",))
    return holders[0] if holders else None


def resolve_penalty_holder(
    trigger: Trigger, index: MentionIndex, penalty_nouns: Collection[str]
) -> Mention | None:
    """The target of a verb acting on a penalty (:func:`find_penalty_holder`): the actor the book knows, else
    a role noun of the pattern ("the [bomber]") or a person's name the book lacks; None for a noun trigger,
    a pattern with no ``role_targets`` or a penalty with no holder named."""
    if trigger.is_nominal or not trigger.pattern.role_targets:
        return None
    verb = trigger.clause if trigger.clause is not None else trigger.token
    holder = find_penalty_holder(verb, penalty_nouns)
    if holder is None:
        return None
    found = index.resolve_phrase(holder)
    if found is not None and is_person_name(holder) and not found.span.contains(to_token_span(holder)):
        return to_name_mention(holder)  # "Georgia teenager [Skylar Mack]": the person, not a word before her
    return found or to_role_mention([holder], trigger.pattern.role_targets)


def to_token_span(token: Any) -> Span:
    """The token's own character span."""
    return Span(token.idx, token.idx + len(token.text))
