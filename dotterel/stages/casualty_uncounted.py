"""Victim phrases that add no exact count of people, read for
:class:`~dotterel.stages.casualty_counts.CasualtyFinder`:

- animals are not casualties ("40 sheep were killed", "killing dozens of cattle and three herders": 3);
- a quantity said to be unknown adds nothing exact ("15 soldiers and an unknown number of rebels were
  killed": at least 15, not 16);
- a negated, unreal or attempted harm states no count ("designed to kill", "threatened to kill 100", "the
  attempted murder of a spy");
- "another" on its own or before a singular noun is one more victim ("killing one soldier and wounding
  another": 1 wounded).
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.casualty_victims import is_raised_perfect

__all__ = ["has_unknown_quantity", "is_animal_victim", "is_one_more_victim", "is_unreal"]


def is_animal_victim(noun: Any, animal_nouns: frozenset[str]) -> bool:
    """True for an animal noun ("40 sheep") or a quantity of animals ("dozens of cattle")."""
    if noun.lemma_.lower() in animal_nouns or noun.lower_ in animal_nouns:
        return True
    return any(
        g.dep_ == "pobj" and (g.lemma_.lower() in animal_nouns or g.lower_ in animal_nouns)
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )


def has_unknown_quantity(noun: Any, unknown_words: frozenset[str]) -> bool:
    """True for a quantity said to be unknown ("an unknown number of rebels", "an undisclosed number")."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in unknown_words for c in noun.children)


def is_one_more_victim(noun: Any, one_more_words: frozenset[str]) -> bool:
    """True for "another" standing for a victim ("wounding another", "another was hurt") or before a singular
    noun ("another soldier"), not before a number or a plural ("another 20 people": the number counts)."""
    if noun.lower_ in one_more_words:
        return not any(c.like_num for c in noun.children)
    if noun.tag_ not in ("NN", "NNP") or any(c.dep_ == "nummod" for c in noun.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in one_more_words for c in noun.children)


def is_unreal(token: Any, unreal_aux: frozenset[str], attempt_words: frozenset[str] = frozenset()) -> bool:
    """True for a negated word, an attempt ("the attempted murder of a spy", "a failed assassination":
    ``attempt_words``) or one under a modal or "to" of ``unreal_aux``; not a modal the parser hung on it
    across a comma ("should his counterpart request help, after nine people are killed": the modal is the
    request's)."""
    if any(c.dep_ == "neg" or (c.dep_ == "amod" and c.lower_ in attempt_words) for c in token.children):
        return True
    if is_raised_perfect(token):
        return False  # "is believed to have died", "are said to have been killed": a past death, reported
    doc = token.doc
    return any(
        c.dep_ == "aux"
        and c.lower_ in unreal_aux
        and not any(t.is_punct for t in doc[min(c.i, token.i) + 1 : max(c.i, token.i)])
        for c in token.children
    )
