"""Which reading of a date without a year fits its clause: the last one, the next one, or the nearer.

A weekday or a day without a year ("on Sunday", "March 3") has three readings (:class:`DateMention`): the
nearer of its last and next occurrence, the last one (a past-tense clause) and the next one (a future or
prospective clause, a start or end of a period). :func:`to_tense_reading` picks one for the verb the date
hangs on. A present-tense clause of condition or time under a future clause tells the future ("will back a
referendum unless Wednesday sees the deal passed": the coming Wednesday; ``condition_marks`` in
``dates.yaml``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dotterel.stages.date_expressions import DateMention
from dotterel.stages.date_prospects import is_prospect_complement


@dataclass(frozen=True)
class TenseWords:
    """Lower-cased words of ``dates.yaml`` that set a clause's time: future and prospective auxiliaries,
    the participles and adjectives of prospect."""

    future_aux: frozenset[str]
    prospective: frozenset[str]
    prospect_heads: frozenset[str]
    condition_marks: frozenset[str] = frozenset()


def to_tense_reading(mention: DateMention, root: Any, words: TenseWords, period: bool = False) -> dt.date:
    """Pick the reading for the tense of the verb the date (its ``root`` token) hangs on ("will", "would",
    "expected to start" → forward, past → past); after a period preposition ("starting on Thursday", "until
    Friday") forward unless the verb is past."""
    verb = next((t for t in (root, *root.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return mention.forward_date if period else mention.date
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if (
        any(c.lower_ in words.future_aux for c in auxiliaries)
        or is_prospect_complement(verb, words.prospect_heads)
        or is_future_condition(verb, words)
    ):
        return mention.forward_date  # "will meet on Friday", "talks expected to start Thursday"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ == "have" for c in auxiliaries):
        return mention.past_date
    prospect = any(c.lower_ in words.prospective for c in auxiliaries)  # "would be signed on Monday"
    return mention.forward_date if period or prospect else mention.date


def is_future_condition(verb: Any, words: TenseWords) -> bool:
    """True for a present-tense clause of condition or time ("unless", "if", "once", "until": words of
    ``condition_marks``) that hangs on a clause with a future auxiliary: "will support a referendum unless
    Wednesday sees the deal passed", "will resume once the ceasefire holds on Friday"."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in words.condition_marks for c in verb.children):
        return False
    head = verb.head
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words.future_aux for c in head.children)
