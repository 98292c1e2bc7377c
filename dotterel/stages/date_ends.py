"""A measure's end is not its day: "a curfew … until September 28", "extends the order to October 2".

A date that ends a state (after ``period_preps`` such as "until", "through", after "to" in the phrase of
an extension verb: "extends the mask mandate to October 2", "was extended to May 3", or after "on" of an end
verb: "are due to end on November 30") tells how long a
measure lasts, not when it was imposed or extended. A measure event (:func:`is_measure`) or an extension
event found dated by such an end takes no day from it: the start the text states (``date_measures``), else
the article date at precision ``unknown``. An end of anything else ("fighting raged until Sunday") still dates
its clause. An event noun that a verb of ending takes as its object ("will partially lift its suspension of
flights on September 15", "the curfew was eased on Monday") takes no date from that verb
(:func:`is_lifted_object`). Words: ``extension_verbs``, ``extension_preps``, ``end_verbs``,
``lifting_verbs`` in ``dates.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dotterel.knowledge.date_words import DateWordsFile
from dotterel.stages.date_measures import MeasureWords, is_measure


@dataclass(frozen=True)
class EndWords:
    """The words of ``dates.yaml`` the end rules use, lower-cased."""

    extension_verbs: frozenset[str]
    extension_preps: frozenset[str]
    end_verbs: frozenset[str] = frozenset()
    lifting_verbs: frozenset[str] = frozenset()

    @classmethod
    def from_words(cls, words: DateWordsFile) -> EndWords:
        """Return the end words of a validated ``dates.yaml``."""
        return cls(
            frozenset(w.lower() for w in words.extension_verbs),
            frozenset(w.lower() for w in words.extension_preps),
            frozenset(w.lower() for w in words.end_verbs),
            frozenset(w.lower() for w in words.lifting_verbs),
        )


def to_extension_end(first: Any, words: EndWords) -> str:
    """Return "end" for a date phrase starting at token ``first`` right after an extension preposition whose
    head is an extension verb ("extends the order to October 2", "was extended to May 3"), else ""."""
    if first.i == 0:
        return ""
    prep = first.doc[first.i - 1]
    if prep.lower_ in words.extension_preps and prep.head.lemma_.lower() in words.extension_verbs:
        return "end"
    return ""


def is_measure_end(token: Any, kind: str | None, root: Any, measures: MeasureWords, words: EndWords) -> bool:
    """True when a date (its period kind ``kind``, its ``root`` token) is the end of the measure or extension
    ``token`` tells, so not that event's day: the kind is "end", or the date is the time of an end verb ("are
    due to end on November 30"), and ``token`` is a measure or an extension verb. (The end of a happening,
    "the talks ended on Sunday", still dates it.)"""
    verb = root.head.head  # "due to end on November 30", not "from the end of trading on Christmas Eve"
    ends = kind == "end" or (
        root.head.lower_ == "on" and verb.pos_ == "VERB" and verb.lemma_.lower() in words.end_verbs
    )
    return ends and (token.lemma_.lower() in words.extension_verbs or is_measure(token, measures))


def is_lifted_object(token: Any, governor: Any, words: EndWords) -> bool:
    """True when the event noun ``token`` is the object of ``governor``, a verb of ending or easing
    (``lifting_verbs``: "lift its suspension of flights on September 15", "the curfew was eased on Monday"):
    the verb's day is the measure's end, not its day."""
    if token.pos_ != "NOUN" or token.head.i != governor.i or token.dep_ not in ("dobj", "nsubjpass"):
        return False
    return governor.pos_ == "VERB" and governor.lemma_.lower() in words.lifting_verbs
