"""A point of comparison dates nothing: "the highest number of new cases since March 8".

A date phrase after one of ``comparison_preps`` ("since") that follows a superlative or a word of rank
(``comparison_words``) of the same phrase tells what the thing is compared with, not when anything happened:
"their first attack since 2013", "the deadliest bombing in the city since January", "for the first time since
2015". The superlative is read from its tag (JJS, RBS) or the list; a verb or a clause's punctuation between
the two ends the phrase, so "Most shops have been closed since Monday" keeps its start.

A standing's start dates its holder only: a "since" phrase (``standing_preps``) that hangs on a subject,
object or apposition noun tells how long the person or thing has been what it is ("The president, in power
since 1994, resigns", "Ahmed Saeed, a political prisoner since 2014, is released", "arrest the group's
leader, a fugitive since 2015"): it dates that noun's phrase (an event noun there keeps it: "Protests since
July"), not the clause's event (:func:`resolve_standing_region`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dotterel.knowledge.date_words import DateWordsFile

SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
ADJECTIVE_DEPS = frozenset({"amod", "compound", "nmod"})  # "the first known Israeli strike"
CLAUSE_PUNCT = frozenset({",", ";", ":", "(", ")", "—", "–"})
HOLDER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "appos"})


@dataclass(frozen=True)
class ComparisonWords:
    """The words of ``dates.yaml`` the comparison rule uses, lower-cased."""

    preps: frozenset[str] = frozenset()
    ranks: frozenset[str] = frozenset()
    standing_preps: frozenset[str] = frozenset()

    @classmethod
    def from_words(cls, words: DateWordsFile) -> ComparisonWords:
        """Return the comparison words of a validated ``dates.yaml``."""
        return cls(
            frozenset(w.lower() for w in words.comparison_preps),
            frozenset(w.lower() for w in words.comparison_words),
            frozenset(w.lower() for w in words.standing_preps),
        )


def _resolve_prep(tokens: Any, words: ComparisonWords) -> Any | None:
    """The comparison preposition opening the date phrase ``tokens`` (in it or right before it), or None."""
    first = tokens[0]
    if first.lower_ in words.preps:
        return first
    if first.i > first.sent.start and first.doc[first.i - 1].lower_ in words.preps:
        return first.doc[first.i - 1]
    return None


def _is_rank(token: Any, words: ComparisonWords) -> bool:
    return token.tag_ in SUPERLATIVE_TAGS or token.lower_ in words.ranks


def _ends_phrase(token: Any) -> bool:
    if token.text in CLAUSE_PUNCT:
        return True
    return token.pos_ in ("VERB", "AUX") and token.dep_ not in ADJECTIVE_DEPS


def is_comparison_point(tokens: Any, words: ComparisonWords) -> bool:
    """True when the date phrase ``tokens`` (a spaCy span) follows a comparison preposition that follows a
    superlative or word of rank of the same phrase, no verb or clause punctuation between ("the largest
    protest since 1989"): the date is a point of comparison, the time of no event."""
    prep = _resolve_prep(tokens, words)
    if prep is None:
        return False
    for i in range(prep.i - 1, prep.sent.start - 1, -1):
        token = prep.doc[i]
        if _is_rank(token, words):
            return token.dep_ != "advmod" or token.head.pos_ not in ("VERB", "AUX")
        if _ends_phrase(token):
            return False
    return False


def resolve_standing_region(root: Any, words: ComparisonWords) -> frozenset[int]:
    """Return the token ids of the noun phrase a standing's start (``root`` of a date phrase after one of
    ``standing_preps``) hangs on, when that noun is a subject, object or apposition ("The president, in power
    since 1994, resigns"; "a political prisoner since 2014"), else an empty set."""
    prep = root if root.lower_ in words.standing_preps else root.head  # "since 2014" or "since [January 1]"
    if prep.lower_ not in words.standing_preps or prep.dep_ != "prep":
        return frozenset()
    if prep is root.head and root.dep_ != "pobj":
        return frozenset()
    noun = prep.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in HOLDER_DEPS:
        return frozenset()
    return frozenset(t.i for t in noun.subtree)
