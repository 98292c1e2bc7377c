"""A harm named as another occasion keeps its toll: the dead of "last month's murder of an officer" are not
the toll of another event of the sentence.

"The alleged gunman in a fatal attack on two deputies is also charged with last month's murder of an
officer", "The bombing, the deadliest since the 2017 attack on a mosque that killed 300 worshippers, wounds 40
people", "A man wanted over last year's killing of two police officers is shot dead": a harm noun (a killing
noun, or another event's trigger) marked as another time than the sentence's news (an ``other_occasion``
modifier: "the previous attack", "an earlier ambush"; a period noun so modified as its possessor: "last
month's murder", "the previous week's bombing"; a year: "the 2017 attack") holds the counts of its phrase
(its own relative clauses and complements). No other event of the sentence takes them; the noun's own event
still does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dotterel.stages.accident_clause_units import find_accident_clause_ids
from dotterel.stages.casualty_words import CasualtyWordsFile
from dotterel.stages.doc_tables import to_doc_table

__all__ = [
    "OccasionWords",
    "find_occasion_ids",
    "find_other_occasion_ids",
    "is_other_occasion_noun",
    "to_occasion_words",
]

_YEAR_DEPS = frozenset({"nummod", "compound", "amod", "poss", "npadvmod"})


@dataclass(frozen=True)
class OccasionWords:
    """The words that name a harm as another occasion, or as the harm a protest answers (from
    ``casualties.yaml``)."""

    harm_nouns: frozenset[str]  # killed_nouns and occasion_harm_nouns: "murder", "attack"
    occasion_words: frozenset[str]  # other_occasion_words: "previous", "last"
    period_nouns: frozenset[str]  # "month" of "last month's murder"
    answer_preps: frozenset[str] = frozenset()  # "against", "over" of a harm a protest answers


def to_occasion_words(words: CasualtyWordsFile) -> OccasionWords:
    """Return the occasion words of a validated ``casualties.yaml``."""
    harm = {w.lower() for w in words.killed_nouns} | {w.lower() for w in words.occasion_harm_nouns}
    return OccasionWords(
        frozenset(harm),
        frozenset(w.lower() for w in words.other_occasion_words),
        frozenset(w.lower() for w in words.period_nouns),
        frozenset(w.lower() for w in words.answer_preps),
    )


def _is_year(token: Any) -> bool:
    """True for a four-figure year of the last or present century ("the 2017 attack")."""
    return token.text.isdigit() and len(token.text) == 4 and 1900 <= int(token.text) <= 2099


def is_other_occasion_noun(noun: Any, occasion_words: frozenset[str], period_nouns: frozenset[str]) -> bool:
    """True when ``noun`` is marked as another occasion than the news told around it: an ``occasion_words``
    modifier ("the previous attack"), a period noun so modified as its possessor ("last month's murder"), or a
    year ("the 2018 killing")."""
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ in occasion_words:
            return True
        period = child.dep_ == "poss" and child.lemma_.lower() in period_nouns  # "last month's murder"
        if period and any(g.dep_ == "amod" and g.lower_ in occasion_words for g in child.children):
            return True
        if child.dep_ in _YEAR_DEPS and _is_year(child):
            return True
    return False


def find_other_occasion_ids(token: Any, harm_ids: frozenset[int], words: OccasionWords) -> set[int]:
    """Return the tokens of the phrases, in ``token``'s sentence, of harm nouns (a noun of
    ``words.harm_nouns`` or an event trigger of ``harm_ids``) told as another occasion
    (:func:`is_other_occasion_noun`) that do not hold ``token``: counts there are that occasion's, not
    ``token``'s."""
    out: set[int] = set()
    table, sentence = to_doc_table(token.doc), token.sent  # the table: each token's pos_ and lemma
    for i in range(sentence.start, sentence.end):
        if table.pos[i] != "NOUN" or not (i in harm_ids or table.lemmas[i] in words.harm_nouns):
            continue
        noun = token.doc[i]
        if token in noun.subtree or not is_other_occasion_noun(
            noun, words.occasion_words, words.period_nouns
        ):
            continue
        out |= {t.i for t in noun.subtree}
    return out


def find_occasion_ids(token: Any, harm_ids: frozenset[int], words: OccasionWords) -> set[int]:
    """The tokens whose counts are another occasion's, not ``token``'s: harm nouns told as another occasion
    (:func:`find_other_occasion_ids`) and clauses beside an attack's that tell of an accident of their own
    ("Four people are shot by a gunman; a fifth person is injured in a related car accident":
    :func:`~dotterel.stages.accident_clause_units.find_accident_clause_ids`)."""
    return find_other_occasion_ids(token, harm_ids, words) | find_accident_clause_ids(token)
