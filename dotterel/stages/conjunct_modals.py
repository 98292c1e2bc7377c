"""The clause whose modal a joined verb shares, for :mod:`dotterel.stages.modality`.

A verb joined by "and" to a verb with "will", "would", "may" or "could", with no subject and no auxiliary of
its own, takes that verb's modal: in "says that it will deport five tourists and [ban] them from entering
Nepal" the ban is to come like the deportation; "the government would freeze their assets and [expel] them" is
as reported as the freeze. A conjunct with its own auxiliary or subject keeps its own reading ("Police
arrested the man and will charge him": the arrest took place).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.modality import ModalityWords
from dotterel.stages.advised_acts import has_aux

__all__ = ["to_modal_clause"]

OWN_DEPS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "neg", "mark"})
# The forms a modal governs: the base form ("will deport … and [ban]"), or a past participle after a passive
# verb ("will be detained and [deported]"); a finite verb ("… will never surrender and [calls] on …") is a
# conjunct of another verb the parser joined to the wrong one.
BASE_TAG = "VB"
# Conjunctions that share the modal (and its negation): not "but" ("will not attack foreign troops, but
# continue their operations": the operations go on).
SHARING_CONJUNCTIONS = frozenset({"and", "or"})
PARTICIPLE_TAG = "VBN"


def to_modal_clause(clause: Any, words: ModalityWords) -> Any:
    """The verb the clause is joined to when the clause is a bare conjunct of a verb with a modal of the
    future or of possibility (``future_aux``, ``reported_future_aux``, ``hypothetical_aux``); else the
    clause."""
    if clause.dep_ != "conj" or clause.pos_ not in {"VERB", "AUX"} or clause.head.pos_ != "VERB":
        return clause
    if any(child.dep_ in OWN_DEPS for child in clause.children) or not _is_bare_form(clause):
        return clause
    if _joining_word(clause) not in SHARING_CONJUNCTIONS:  # "will not attack X, but continue …"
        return clause
    modals = words.future_aux | words.reported_future_aux | words.hypothetical_aux
    return clause.head if has_aux(clause.head, modals) else clause


def _is_bare_form(clause: Any) -> bool:
    """True for a base form, or a past participle joined to a passive one ("be detained and [deported]")."""
    if clause.tag_ == BASE_TAG:
        return True
    passive = any(child.dep_ == "auxpass" for child in clause.head.children)
    return clause.tag_ == PARTICIPLE_TAG and clause.head.tag_ == PARTICIPLE_TAG and passive


def _joining_word(clause: Any) -> str:
    """The lower-cased conjunction nearest before the conjunct among its head's children ("" when none)."""
    marks = [c for c in clause.head.children if c.dep_ == "cc" and c.i < clause.i]
    return marks[-1].lower_ if marks else ""
