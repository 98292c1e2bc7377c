"""An order to leave the country is an expulsion: "Russia orders two Dutch diplomats to leave the country",
"the government gives the commission 24 hours to leave the country", "he was given 72 hours to leave".

NGEC SANCTION/expel is "permanently or temporarily expel an entity from a group, organization, political
party, or country". An order verb (``order_verbs`` of ``constructions.yaml``) or "give" (a time to leave:
"gives it 24 hours to leave") whose to-infinitive "leave" has a country as its object ("the country", a
country's name) expels the one told to leave: it codes the lexicon's expel pattern on the ordering verb
instead of a plain demand (REQUEST). "Police ordered protesters to leave the square" stays a demand. A
headline's "orders" the tagger took for a plural noun leaves "to leave" as the root of the sentence, with the
one told to leave as its subject ("Benin [orders] EU ambassador Oliver Nette to leave the country"): the order
word that the headline's word order makes a verb (:func:`~dotterel.stages.headline_verbs.is_headline_verb`)
before that root is the ordering verb.

So is a reported obligation to leave the country with no expeller named: "the government says the diplomats
must leave the country within 72 hours", "Burundi says the experts will have to leave Burundi". The reported
demand found on the report verb (``REPORTED_DEMAND_RULE``, :mod:`.constructions`) whose complement is "must
leave" or "have to leave" a country is the speaker's expulsion instead. "says residents must leave their
homes" stays a demand.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dotterel.knowledge.lexicon import Lexicon
from dotterel.model import Span
from dotterel.stages.plural_noun_verbs import is_headline_verb
from dotterel.stages.triggers import Trigger

__all__ = ["to_expulsion_orders"]

EXPEL_PATTERN_ID = "verbs.sanction-expel.v1"
GIVE = "give"  # "gives it 24 hours to leave the country": a time to leave given is an order to leave
LEAVE = "leave"
COUNTRY_NOUN = "country"
COUNTRY_ENTITIES = frozenset({"GPE"})
ROOT_DEP = "ROOT"
ORDERED_DEPS = frozenset({"xcomp", "advcl"})
TIME_ENTITIES = frozenset({"TIME", "DATE"})
REPORTED_DEMAND_RULE = "verbs.request-reported-demand.v1"
COMPLEMENT_DEPS = frozenset({"ccomp", "conj"})


def to_expulsion_orders(
    triggers: list[Trigger], verbs: Iterable[Any], lexicon: Lexicon, order_verbs: frozenset[str]
) -> list[Trigger]:
    """The triggers with an order to leave the country coded as an expulsion on its ordering verb (replacing
    the demand found there, or added)."""
    expel = lexicon.resolve_pattern(EXPEL_PATTERN_ID)
    if expel is None:
        return triggers
    orders = {v.i: v for v in (_find_ordering_verb(verb, order_verbs) for verb in verbs) if v is not None}
    orders |= {t.token.i: t.token for t in triggers if _is_reported_leaving(t)}  # "says X must leave Iraq"
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
    if leave.dep_ == ROOT_DEP:  # "Benin [orders] EU ambassador X to leave the country": a noun-tagged verb
        return _find_headline_order(leave, order_verbs)
    if leave.dep_ == "relcl" and head.ent_type_ in TIME_ENTITIES:  # "gives it 24 [hours] to leave"
        leave, head = head, head.head
    elif leave.dep_ not in ORDERED_DEPS:
        return None
    lemma = str(head.lemma_).lower()
    return head if lemma in order_verbs or lemma == GIVE else None


def _find_headline_order(leave: Any, order_verbs: frozenset[str]) -> Any | None:
    """The order word before a root "to leave" that the headline's word order makes a verb, or None."""
    words = leave.doc[leave.sent.start : leave.i]
    return next((w for w in words if str(w.lemma_).lower() in order_verbs and is_headline_verb(w)), None)


def _is_country(token: Any) -> bool:
    return str(token.lemma_).lower() == COUNTRY_NOUN or token.ent_type_ in COUNTRY_ENTITIES


def _is_reported_leaving(trigger: Trigger) -> bool:
    """True for a reported demand whose content is leaving a country: "says they [must leave] Burundi",
    "said the diplomats [will have to leave] the country"."""
    if trigger.pattern.id != REPORTED_DEMAND_RULE:
        return False
    clauses = [c for c in trigger.token.children if c.dep_ in COMPLEMENT_DEPS]
    clauses += [g for c in clauses for g in c.children if g.dep_ in COMPLEMENT_DEPS | ORDERED_DEPS]
    return any(_is_leaving_country(clause) for clause in clauses)


def _is_leaving_country(verb: Any) -> bool:
    is_leave = str(verb.lemma_).lower() == LEAVE
    return is_leave and any(c.dep_ == "dobj" and _is_country(c) for c in verb.children)
