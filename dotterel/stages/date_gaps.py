"""A happening a time gap phrase introduces is another occasion than the one the phrase dates.

"A bombing at a mosque kills 15 people, three days after a motorcycle bombing in the city killed two",
"An hour after the attack in Nice, a guard is stabbed", "Two soldiers die in an ambush weeks before the
shelling of the base": an "after"/"before" (``gap_links`` in ``dates.yaml``) measured by a gap noun ("three
days", "an hour": ``gap_nouns``) puts a span of time between the happening it introduces and the clause it
hangs on. Two harms on either side of it are two happenings, never one told twice
(:mod:`dotterel.stages.merge`), whatever their actors. A bare "after" ("five were killed after gunmen
attacked a market") states no gap: the two may be one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dotterel.knowledge.date_words import DateWordsFile

__all__ = ["GapWords", "are_apart_by_gap", "find_gap_happening_ids"]


@dataclass(frozen=True)
class GapWords:
    """The words of a time gap phrase (from ``dates.yaml``)."""

    nouns: frozenset[str]  # "day" of "three days after"
    links: frozenset[str]  # "after", "before"

    @classmethod
    def from_words(cls, words: DateWordsFile) -> GapWords:
        """Return the gap words of a validated ``dates.yaml``."""
        return cls(
            frozenset(w.lower() for w in words.gap_nouns), frozenset(w.lower() for w in words.gap_links)
        )


def _is_measured(link: Any, nouns: frozenset[str]) -> bool:
    """True when a gap noun measures ``link``: its npadvmod ("three days after"), or the word right before
    it when the parser hangs that on the verb ("killed two weeks after the raid")."""
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() in nouns for c in link.children):
        return True
    before = link.doc[link.i - 1] if link.i > 0 else None
    return before is not None and before.dep_ == "npadvmod" and before.lemma_.lower() in nouns


def _introduced_ids(link: Any) -> frozenset[int]:
    """Return the token ids of the happening ``link`` introduces: the clause it marks ("after a bombing
    killed two") or its object ("after the attack in Nice")."""
    own = {t.i for t in link.subtree}
    if link.dep_ == "mark":
        return frozenset(t.i for t in link.head.subtree) - own
    objects = [c for c in link.children if c.dep_ in ("pobj", "pcomp")]
    return frozenset(t.i for c in objects for t in c.subtree)


def find_gap_happening_ids(sentence: Any, words: GapWords) -> list[frozenset[int]]:
    """Return, for each gap phrase of ``sentence`` ("three days after …"), the token ids of the happening
    it introduces."""
    out = []
    for token in sentence:
        if token.lower_ in words.links and _is_measured(token, words.nouns):
            ids = _introduced_ids(token)
            if ids:
                out.append(ids)
    return out


def are_apart_by_gap(first: Any, second: Any, words: GapWords) -> bool:
    """True when one of two tokens of one sentence lies in the happening a gap phrase introduces and the
    other does not: a span of time lies between them ("kills 15, three days after a bombing killed two")."""
    if first.sent.start != second.sent.start:
        return False
    return any((first.i in ids) != (second.i in ids) for ids in find_gap_happening_ids(first.sent, words))
