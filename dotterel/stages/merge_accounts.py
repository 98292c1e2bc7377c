"""The doers' own account of an incident told in the next sentence names the same incident.

"More than 100 people are killed in a Saudi airstrike on a detention centre in Dhamar. Saudi Arabia says it
hit a Houthi military facility" and "a Taliban truck bomb outside a hospital in Qalat kills 39 people. The
Taliban say they targeted a security building nearby" tell one strike twice: the second time as the doers
tell it, a clause reported by the party whose pronoun is its subject ("X says it hit …", "X say they
targeted …"). Such a mention states no count of its own and shares the first telling's
(:mod:`dotterel.stages.merge_splitoff`). A clause whose subject is a noun ("Saudi Arabia says its jets hit
a convoy") or another party's ("Iran says they hit …" after a Saudi strike) is no such account.
"""

from __future__ import annotations

from typing import Any

from dotterel.model import Actor, Event
from dotterel.stages.doc_tables import resolve_trigger_root

__all__ = ["is_doers_account", "is_one_party"]


def is_one_party(a: Actor | None, b: Actor | None) -> bool:
    """True when two actors are one resolved party: one id when both have one, else one name ("Saudi"
    resolved to Saudi Arabia without an id, "it" to the country's id)."""
    if a is None or b is None:
        return False
    if a.actor_id and b.actor_id:
        return a.actor_id == b.actor_id
    return bool(a.name) and a.name == b.name


def _reported_by_antecedent(head: Any, pronouns: frozenset[str]) -> bool:
    """True when the verb ``head`` has a personal pronoun as subject and is the clause reported by a verb
    whose subject is a noun ("Saudi Arabia says it hit", "The Taliban say they targeted")."""
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in pronouns or head.dep_ != "ccomp":
        return False
    speaker = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return speaker is not None and speaker.pos_ in ("NOUN", "PROPN")


def is_doers_account(doc: Any, first: Event, later: Event, pronouns: frozenset[str]) -> bool:
    """True when ``later`` is the doers' own report of ``first``: a clause reported by ``first``'s doers
    with their pronoun (``pronouns``: merge.yaml account_pronouns) as its subject, both events' sources one
    party."""
    head = resolve_trigger_root(doc, later.trigger)
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return False
    return _reported_by_antecedent(head, pronouns) and is_one_party(first.source, later.source)
