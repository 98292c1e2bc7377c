"""Which reading of a date without a year fits its clause: the last one, the next one, or the nearer.

A weekday or a day without a year ("on Sunday", "March 3") has three readings (:class:`DateMention`): the
nearer of its last and next occurrence, the last one (a past-tense clause) and the next one (a future or
prospective clause, a start or end of a period). :func:`to_tense_reading` picks one for the verb the date
hangs on. A present-tense clause of condition or time under a future clause tells the future ("will back a
referendum unless Wednesday sees the deal passed": the coming Wednesday; ``condition_marks`` in
``dates.yaml``). A measure's start told in the present ("the curfew begins Sunday", "the rules take effect on
Saturday", "come into force on Monday", "the order is effective Friday") lies ahead, like a future clause: the
next such day (:func:`is_present_start`); told in the past ("began on Saturday") it stays the last.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dotterel.knowledge.date_words import DateWordsFile
from dotterel.stages.date_expressions import DateMention
from dotterel.stages.date_measures import MeasureWords, is_measure
from dotterel.stages.date_prospects import find_auxiliaries, find_clause_verb, is_prospect_complement

PRESENT_TAGS = frozenset({"VBZ", "VBP"})


@dataclass(frozen=True)
class TenseWords:
    """Lower-cased words of ``dates.yaml`` that set a clause's time: future and prospective auxiliaries,
    the participles and adjectives of prospect."""

    future_aux: frozenset[str]
    prospective: frozenset[str]
    prospect_heads: frozenset[str]
    condition_marks: frozenset[str] = frozenset()
    measures: MeasureWords | None = None

    @classmethod
    def from_words(cls, words: DateWordsFile) -> TenseWords:
        """Return the tense words of a validated ``dates.yaml``."""
        return cls(
            frozenset(w.lower() for w in words.future_aux),
            frozenset(w.lower() for w in words.prospective_aux),
            frozenset(w.lower() for w in words.prospect_heads),
            frozenset(w.lower() for w in words.condition_marks),
            MeasureWords.from_words(words),
        )


def to_tense_reading(mention: DateMention, root: Any, words: TenseWords, period: bool = False) -> dt.date:
    """Pick the reading for the tense of the verb the date (its ``root`` token) hangs on ("will", "would",
    "expected to start" → forward, past → past); after a period preposition ("starting on Thursday", "until
    Friday") forward unless the verb is past."""
    verb = find_clause_verb(root)
    if verb is None:
        return mention.forward_date if period else mention.date
    auxiliaries = find_auxiliaries(verb)
    if (
        any(c.lower_ in words.future_aux for c in auxiliaries)
        or is_prospect_complement(verb, words.prospect_heads)
        or is_future_condition(verb, words)
        or is_present_start(verb, words.measures)
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


def is_present_start(verb: Any, words: MeasureWords | None) -> bool:
    """True for a measure's start told in the present: "take effect", "come into force", "go into effect"
    (``measure_effect_verbs`` with ``measure_effect_nouns``), "is effective" (``measure_effect_adjectives``),
    or a start verb (``measure_start_verbs``) whose subject, or the noun of whose relative clause, is a
    measure ("the curfew begins Sunday", "a lockdown that starts on Monday"); not "began", "has started", nor
    a start of anything else ("the protests begin on Monday")."""
    return words is not None and _is_present(verb) and _is_start(verb, words)


def is_past_start(root: Any, words: TenseWords) -> bool:
    """True for a date (its ``root`` token) on a measure's start told in the past ("The curfew came into
    force on Saturday", "the lockdown, which began on Monday"): its last occurrence, even as a start."""
    verb = find_clause_verb(root)
    if verb is None or words.measures is None or not _is_start(verb, words.measures):
        return False
    auxiliaries = find_auxiliaries(verb)
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ == "have" for c in auxiliaries)


def _is_start(verb: Any, words: MeasureWords) -> bool:
    """True for a verb that tells a measure's start (see :func:`is_present_start`), whatever its tense."""
    children = list(verb.children)
    if verb.lemma_.lower() in words.effect_verbs and any(_is_effect_noun(c, words) for c in children):
        return True
    if any(c.dep_ == "acomp" and c.lower_ in words.effect_adjectives for c in children):
        return True
    if verb.lemma_.lower() not in words.start_verbs:
        return False
    subjects = [verb.head] if verb.dep_ == "relcl" else [c for c in children if c.dep_ == "nsubj"]
    return any(is_measure(s, words, depth=2) for s in subjects)


def _is_present(verb: Any) -> bool:
    """True for a verb in the simple or progressive present ("begins", "are coming into force")."""
    auxiliaries = find_auxiliaries(verb)
    if any(c.tag_ == "VBD" or c.lemma_ == "have" for c in auxiliaries):
        return False
    return verb.tag_ in PRESENT_TAGS or (
        verb.tag_ == "VBG" and any(c.tag_ in PRESENT_TAGS for c in auxiliaries)
    )


def _is_effect_noun(token: Any, words: MeasureWords) -> bool:
    """True for "effect" as an object ("take effect") or in an "into" phrase ("come into force")."""
    if token.dep_ == "dobj":
        return token.lower_ in words.effect_nouns
    return token.dep_ == "prep" and any(c.lower_ in words.effect_nouns for c in token.children)
