"""The terms of a treaty, a law or a resolution: what it says, not an act of the day.

A participle or relative clause on a treaty, law, resolution or agreement noun tells its content: "withdrew
from the 1987 treaty [banning] both countries from possessing or [testing] missiles", "in violation of a UN
resolution [calling] for the withdrawal", "under a law that [bans] face coverings". The ban, the call or the
test is no act anyone did on the day: the treaty or the law is (no event). When the noun is what the clause's
verb passes, adopts, signs or votes on ("the Senate passes a resolution condemning the attack", "Parliament
approves a bill banning rallies"), its content is the act of the day and is kept. The nouns are
``term_nouns``, the verbs ``enacting_verbs`` (``constructions.yaml``).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.constructions import ConstructionWords
from dotterel.stages.token_words import lemma_of
from dotterel.stages.triggers import Trigger

CONTENT_DEPS = frozenset({"acl", "relcl"})
# How an enacting verb holds the noun: its object, its passive subject, or the object of its preposition
# ("votes on a bill", "voted for a resolution"); "approval of the bill" is not read.
HELD_DEPS = frozenset({"dobj", "nsubjpass", "pobj", "conj", "appos"})


def is_treaty_term(trigger: Trigger, words: ConstructionWords) -> bool:
    """True when the trigger is inside a participle or relative clause on one of ``term_nouns`` that no
    enacting verb of its sentence passes, adopts or votes on (see the module doc)."""
    if not words.term_nouns:
        return False
    for token in [trigger.token, *trigger.token.ancestors]:
        if token.dep_ == "conj" and token.tag_ != token.head.tag_:
            return False  # "restricting ..., and [dissolves] the party": a clause of its own
        if token.dep_ in CONTENT_DEPS and lemma_of(token.head) in words.term_nouns:
            return is_term_clause(token) and not is_enacted(token.head, words)
    return False


def is_term_clause(verb: Any) -> bool:
    """True for a clause whose doer is the noun it hangs on: an active participle ("the treaty [banning]"), a
    to-infinitive ("a law [to silence] critics"), a relative clause with "which" or "that" as its subject ("a
    law that [bans]"); not a passive participle ("an agreement [brokered] by the UN")."""
    if verb.dep_ == "acl":
        return verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    return any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in verb.children)


def is_enacted(noun: Any, words: ConstructionWords) -> bool:
    """True when the noun is held by one of ``enacting_verbs``: its object or passive subject ("passes [a
    resolution]", "[the bill] was approved"), the object of its preposition ("voted on [the bill]"), or a
    conjunct or apposition of such a noun."""
    token = noun
    while token.dep_ in HELD_DEPS and token.head.i != token.i:
        head = token.head
        if token.dep_ != "pobj" and head.pos_ in {"VERB", "AUX"}:
            return lemma_of(head) in words.enacting_verbs
        if token.dep_ == "pobj" and head.head.pos_ in {"VERB", "NOUN"}:
            return lemma_of(head.head) in words.enacting_verbs
        token = head
    return False
