"""How exact a stated count is: the bound of a number from the words around it (``count_bounds`` and
``vague_lower_bounds`` in ``casualties.yaml``), read for
:class:`~dotterel.stages.casualty_counts.CasualtyFinder`."""

from __future__ import annotations

from typing import Any

from dotterel.stages.casualty_uncounted import is_vague_quantity
from dotterel.stages.casualty_words import Bound, CasualtyWordsFile
from dotterel.stages.scope import NumberWordsFile, parse_number

__all__ = ["BoundReader", "find_added_conjuncts", "find_verb_hung_conjuncts"]


class BoundReader:
    """Read the bound of a count: "at least 12", "up to 40", "some 30", "dozens", "10 to 15"."""

    def __init__(self, words: CasualtyWordsFile, numbers: NumberWordsFile) -> None:
        self.numbers = numbers
        self.vague_lower_bounds = frozenset(w.lower() for w in words.vague_lower_bounds)
        self.unknown_words = frozenset(w.lower() for w in words.unknown_quantity_words)
        self.bound_phrases: list[tuple[tuple[str, ...], Bound]] = sorted(
            ((tuple(p.lower().split()), bound) for bound, ps in words.count_bounds.items() for p in ps),
            key=lambda item: -len(item[0]),
        )

    def to_bounded(self, count: int, tokens: list[Any]) -> tuple[int, Bound | None]:
        """Return the count and its bound from the words around its number.

        "at least 12" / "more than 100" / "dozens": ``at_least``; "up to 40": ``at_most``; "some 30":
        ``about``; a range ("10 to 15", "10-15", "between 10 and 15") gives its low end, ``at_least``; not
        a change ("rises from 14 to 50": 50).
        """
        numbers = [t for t in tokens if t.like_num or t.lower_ in self.numbers.vague]
        if not numbers or count == 0:
            return count, None
        first, doc = numbers[0], numbers[0].doc
        low = self._range_low(first)
        if low is not None and low < count:
            return low, "at_least"
        if self._opens_range(numbers[-1]):
            return count, "at_least"
        if any(t.lower_ in self.vague_lower_bounds for t in numbers):
            return count, "at_least"
        if any(c.lower_ in self.unknown_words for t in tokens for c in t.children):
            return count, "at_least"  # "15 soldiers and an unknown number of rebels": 15 and more
        if any(is_vague_quantity(t, self.unknown_words) for t in tokens):
            return count, "at_least"  # "15 soldiers and a number of rebels"
        before = tuple(t.lower_ for t in doc[max(first.i - 4, first.sent.start) : first.i])
        for phrase, bound in self.bound_phrases:
            if before[len(before) - len(phrase) :] == phrase:
                return count, bound
        return count, None

    @staticmethod
    def _opens_range(last: Any) -> bool:
        """True when the number is the low end of a range or alternative: "10-15 people", "between 10 and 15
        soldiers", "three or four of the attackers"."""
        doc = last.doc
        if last.i + 2 >= len(doc) or not doc[last.i + 2].like_num:
            return False
        joint = doc[last.i + 1].lower_
        between = any(t.lower_ == "between" for t in doc[max(last.i - 3, 0) : last.i])
        return joint in ("to", "-", "–", "or") or (joint == "and" and between)

    def _range_low(self, first: Any) -> int | None:
        """The low end of a range ending at ``first``: "10 to 15", "10-15", "between 10 and 15"."""
        doc = first.doc
        if first.i < 2 or doc[first.i - 1].lower_ not in ("to", "-", "and", "–"):
            return None
        low = doc[first.i - 2]
        if not low.like_num or (doc[first.i - 1].lower_ == "and" and doc[low.i - 1].lower_ != "between"):
            return None
        mark = doc[low.i - 1] if low.i > 0 else None
        if mark is not None and mark.lower_ == "from" and mark.head.pos_ == "VERB" and mark.head.i < mark.i:
            return None  # "the toll rises from 14 to 50": a change, the new figure is exact
        return parse_number([low.text], self.numbers)


def find_added_conjuncts(victim: Any) -> list[Any]:
    """The conjuncts after a victim that add to its count ("three soldiers and two police officers"); not a
    number given as an alternative to a number ("three or four of the attackers": three, at least)."""
    later = [c for c in victim.conjuncts if c.i > victim.i] or find_verb_hung_conjuncts(victim)
    if not victim.like_num or not any(c.dep_ == "cc" and c.lower_ == "or" for c in victim.children):
        return later
    return [c for c in later if not c.like_num]


def find_verb_hung_conjuncts(victim: Any) -> list[Any]:
    """The nouns after a verb's object that the parser hangs on the verb as its conjuncts, and that are the
    object's ("killed a couple and [their 18-month-old son]", "and [their two children]": a number or an age
    inside the second noun phrase makes the parser join it to the verb); not a conjoined clause with a verb or
    subject of its own ("killed a man and police [arrested] …")."""
    verb = victim.head
    if victim.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return []
    doc, end = victim.doc, victim.right_edge.i
    if doc[end].is_punct or any(c.dep_ == "prep" and c.lower_ == "including" for c in victim.children):
        return []  # "kill 15 people, including ten civilians, and five security personnel": a breakdown
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.i > end
        and c.pos_ in ("NOUN", "PROPN")
        and c.left_edge.i == end + 2
        and doc[end + 1].lower_ == "and"
        and not any(g.dep_ in _CLAUSE_DEPS for g in c.children)
    ]


_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "cop"})
