"""A measure's end is not its day: "a curfew … until September 28", "extends the order to October 2".

A date that ends a state (after ``period_preps`` such as "until", "through", after "to" in the phrase of
an extension verb: "extends the mask mandate to October 2", "was extended to May 3", or after "on" of an end
verb: "are due to end on November 30") tells how long a
measure lasts, not when it was imposed or extended. A measure event (:func:`is_measure`) or an extension
event found dated by such an end takes no day from it: the start the text states (``date_measures``), else
the article date at precision ``unknown``. An end of anything else ("fighting raged until Sunday") still dates
its clause. Words: ``extension_verbs``, ``extension_preps``, ``end_verbs`` in ``dates.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dotterel.stages.date_expressions import DateWordsFile
from dotterel.stages.date_measures import MeasureWords, is_measure


@dataclass(frozen=True)
class EndWords:
    """The words of ``dates.yaml`` the end rules use, lower-cased."""

    extension_verbs: frozenset[str]
    extension_preps: frozenset[str]
    end_verbs: frozenset[str] = frozenset()

    @classmethod
    def from_words(cls, words: DateWordsFile) -> EndWords:
        """Return the end words of a validated ``dates.yaml``."""
        return cls(
            frozenset(w.lower() for w in words.extension_verbs),
            frozenset(w.lower() for w in words.extension_preps),
            frozenset(w.lower() for w in words.end_verbs),
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
