"""An order to leave the country is an expulsion: "Russia orders two Dutch diplomats to leave the country",
"the government gives the commission 24 hours to leave the country", "he was given 72 hours to leave".

NGEC SANCTION/expel is "permanently or temporarily expel an entity from a group, organization, political
party, or country". An order verb (``order_verbs`` of ``constructions.yaml``) or "give" (a time to leave:
"gives it 24 hours to leave") whose to-infinitive "leave" has a country as its object ("the country", a
country's name) expels the one told to leave: it codes the lexicon's expel pattern on the ordering verb
instead of a plain demand (REQUEST). "Police ordered protesters to leave the square" stays a demand.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dotterel.knowledge.lexicon import Lexicon
from dotterel.model import Span
from dotterel.stages.triggers import Trigger

__all__ = ["to_expulsion_orders"]

EXPEL_PATTERN_ID = "verbs.sanction-expel.v1"
GIVE = "give"  # "gives it 24 hours to leave the country": a time to leave given is an order to leave
LEAVE = "leave"
COUNTRY_NOUN = "country"
COUNTRY_ENTITIES = frozenset({"GPE"})
ORDERED_DEPS = frozenset({"xcomp", "advcl"})
TIME_ENTITIES = frozenset({"TIME", "DATE"})


def to_expulsion_orders(
    triggers: list[Trigger], verbs: Iterable[Any], lexicon: Lexicon, order_verbs: frozenset[str]
) -> list[Trigger]:
    """The triggers with an order to leave the country coded as an expulsion on its ordering verb (replacing
    the demand found there, or added)."""
    expel = lexicon.resolve_pattern(EXPEL_PATTERN_ID)
    if expel is None:
        return triggers
    orders = {v.i: v for v in (_find_ordering_verb(verb, order_verbs) for verb in verbs) if v is not None}
    if not orders:
        return triggers
    kept = [t for t in triggers if t.token.i not in orders]
    found = [Trigger(v, v, expel, Span(v.idx, v.idx + len(v.text))) for v in orders.values()]
    return kept + found


def _find_ordering_verb(leave: Any, order_verbs: frozenset[str]) -> Any | None:
    """The verb that orders ``leave`` when it is "to leave" a country: "orders X [to leave] the country"."""
    is_to_leave = str(leave.lemma_).lower() == LEAVE and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in leave.children
    )
    if not is_to_leave or not any(c.dep_ == "dobj" and _is_country(c) for c in leave.children):
        return None
    head = leave.head
    if leave.dep_ == "relcl" and head.ent_type_ in TIME_ENTITIES:  # "gives it 24 [hours] to leave"
        leave, head = head, head.head
    elif leave.dep_ not in ORDERED_DEPS:
        return None
    lemma = str(head.lemma_).lower()
    return head if lemma in order_verbs or lemma == GIVE else None


def _is_country(token: Any) -> bool:
    return str(token.lemma_).lower() == COUNTRY_NOUN or token.ent_type_ in COUNTRY_ENTITIES
