"""A running total's clause dates the total only, not the event it adds to.

"36 soldiers and 25 rebels are killed, bringing the total death toll in Idlib since December to 1,186",
"Rebels recapture four towns, raising the number of towns recaptured since February 24 to 30", "… taking the
toll since the fighting began on 27 September to 300": a clause of a cumulative verb (``cumulative_verbs`` in
``casualties.yaml``: bring, raise, take, push) over a toll or total noun (``toll_nouns``, ``total_nouns``)
counts every happening of a span; its dates ("since December") are that span's, never the day of the event
the clause hangs on. A date of the event's own clause still dates it ("are killed on Monday, bringing …").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dotterel.stages.casualty_words import CasualtyWordsFile

__all__ = ["TotalWords", "resolve_total_region"]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})


@dataclass(frozen=True)
class TotalWords:
    """The words of a running total's clause (from ``casualties.yaml``)."""

    verbs: frozenset[str]  # "bring", "raise"
    nouns: frozenset[str]  # "toll", "number", "total"

    @classmethod
    def from_words(cls, words: CasualtyWordsFile) -> TotalWords:
        """Return the total words of a validated ``casualties.yaml``."""
        nouns = {w.lower() for w in (*words.toll_nouns, *words.total_nouns)}
        return cls(frozenset(w.lower() for w in words.cumulative_verbs), frozenset(nouns))


def _is_total_clause(verb: Any, words: TotalWords) -> bool:
    """True for a verb of ``words.verbs`` whose object is a total ("bringing the death toll to …")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.verbs:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words.nouns for c in verb.children)


def _total_clause_ids(verb: Any) -> frozenset[int]:
    """Return the token ids of a total's clause, with a bare participle the parser hangs elsewhere right
    after it ("raising the number of towns recaptured since February 24 to 30": "recaptured")."""
    ids = {t.i for t in verb.subtree}
    after = verb.right_edge.i + 1
    if after < len(verb.doc):
        token = verb.doc[after]
        bare = token.tag_ in ("VBN", "VBD") and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
        if bare and token.i != verb.head.i:
            ids |= {t.i for t in token.subtree}
    return frozenset(ids)


def resolve_total_region(root: Any, words: TotalWords) -> frozenset[int]:
    """Return the token ids of the running total's clause that holds the date mention ``root`` (the only
    tokens that date may date), or an empty set when ``root`` lies in no such clause."""
    for verb in root.sent:
        if _is_total_clause(verb, words):
            ids = _total_clause_ids(verb)
            if root.i in ids:
                return ids
    return frozenset()
