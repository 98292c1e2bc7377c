"""Victim phrases that add no exact count of people, read for
:class:`~dotterel.stages.casualty_counts.CasualtyFinder`:

- animals are not casualties ("40 sheep were killed", "killing dozens of cattle and three herders": 3);
- a quantity said to be unknown adds nothing exact ("15 soldiers and an unknown number of rebels were
  killed": at least 15, not 16);
- a negated, unreal or attempted harm states no count ("designed to kill", "threatened to kill 100", "the
  attempted murder of a spy");
- "another" on its own or before a singular noun is one more victim ("killing one soldier and wounding
  another": 1 wounded);
- a means verb ("shot", "stabbed") counts the wounded only when its own clause says neither that the harm
  killed ("Six people are shot, two fatally") nor that nothing was hit ("shot down a drone", "shot at"),
  and no verb it serves tells the harm's end ("is killed after being shot"), nor an earlier sentence the
  death of the same victim ("A woman is killed in clashes. … the woman was shot by troops": the killing's
  means, told again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dotterel.stages.casualty_ordinal_victims import is_ordinal_victim
from dotterel.stages.casualty_victims import is_raised_perfect

__all__ = [
    "find_means_heads",
    "has_other_victims",
    "has_unknown_quantity",
    "is_told_death",
    "is_animal_victim",
    "is_one_more_victim",
    "is_unhurt_means",
    "is_unreal",
]

_CLAUSE_DEPS = frozenset({"conj", "advcl", "ccomp", "xcomp", "relcl", "acl", "parataxis", "cc"})


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
    """True for a quantity said to be unknown ("an unknown number of rebels", "an undisclosed number") or
    not stated (:func:`is_vague_quantity`)."""
    modified = any(c.dep_ in ("amod", "compound") and c.lower_ in unknown_words for c in noun.children)
    return modified or is_vague_quantity(noun, unknown_words)


def is_vague_quantity(noun: Any, unknown_words: frozenset[str]) -> bool:
    """True for an indefinite quantity noun of ``unknown_words`` before "of" ("a number of rebels", "a large
    number of people"): no count is stated; not "the number of dead", a total."""
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    return indefinite and noun.lower_ in unknown_words and any(c.lower_ == "of" for c in noun.children)


def is_one_more_victim(noun: Any, sets: dict[str, frozenset[str]]) -> bool:
    """True for "another" standing for a victim ("wounding another", "another was hurt") or before a singular
    noun ("another soldier"), not before a number or a plural ("another 20 people": the number counts); "a
    fifth" standing alone (:func:`~dotterel.stages.casualty_ordinal_victims.is_ordinal_victim`)."""
    one_more_words = sets["one_more_words"]
    if is_ordinal_victim(noun, sets["one_more_ordinals"]):
        return True
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


def is_unhurt_means(verb: Any, fatal_words: frozenset[str], no_hit_particles: frozenset[str]) -> bool:
    """True when a means verb's own clause counts no wounded: a word of its clause says the harm killed
    ("Six people are shot, two fatally", "shot dead two policemen", "was fatally shot": ``fatal_words``),
    or a particle says nothing was hit ("shot down a drone", "after being shot at": ``no_hit_particles``)."""
    if any(
        c.dep_ in ("prt", "prep")
        and c.lower_ in no_hit_particles
        and not any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    ):
        return True
    stack = [c for c in verb.children if c.dep_ not in _CLAUSE_DEPS]
    while stack:
        token = stack.pop()
        if token.lower_ in fatal_words:
            return True
        stack.extend(c for c in token.children if c.dep_ not in _CLAUSE_DEPS)
    return False


def has_other_victims(verb: Any, other_words: frozenset[str]) -> bool:
    """True when a means verb's own victims are told as other people than those of the verb it is joined
    to, by a word of ``other_words`` (``other_victim_words`` of casualties.yaml): "A teenager is killed and 20
    others[nsubjpass] are shot", "two are killed and four others[nsubj] shot", "killed a guard and shot two
    other people[dobj]"; not a shared victim ("a policeman was shot and killed"), nor the first of the two
    verbs ("shot another man and killed him": the killing's victim is the one shot)."""
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return False
    for victim in (
        c for c in verb.children if c.dep_ in _SINGULAR_VICTIM_DEPS
    ):  # nsubj: "and four others shot"
        if victim.lemma_.lower() in other_words or victim.lower_ in other_words:
            return True
        if any(c.dep_ in ("amod", "det") and c.lower_ in other_words for c in victim.children):
            return True
    return False


def find_means_heads(verb: Any, other_words: frozenset[str] = frozenset()) -> list[Any]:
    """Return the verbs a means verb is told with as their means or first step: the verb it is joined to
    ("stabbed and killed") and the verb whose "after"/"before" phrase it is ("is killed after being shot",
    "died in hospital after being shot in the head", "is wounded after being shot twice"); not a verb whose
    victims it tells as others by a word of ``other_words`` ("is killed and 20 others are shot":
    :func:`has_other_victims`)."""
    if has_other_victims(verb, other_words):
        return []
    if verb.dep_ == "conj":
        return [verb.head]
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        return [verb.head.head]
    return []


_VICTIM_DEPS = frozenset({"nsubjpass", "dobj"})
_SINGULAR_VICTIM_DEPS = _VICTIM_DEPS | {"nsubj"}  # "A man is stabbed to death", "A man dies"


def is_told_death(
    verb: Any,
    is_killing: Callable[[Any], bool],
    definite: frozenset[str],
    pronouns: frozenset[str] = frozenset(),
) -> bool:
    """True when a means verb's victim is a definite noun ("the woman was shot"; ``definite``: the
    determiners, ``definite_determiners`` of casualties.yaml) that an earlier sentence of the text told killed
    ("A 23-year-old woman is killed in clashes"), or a singular pronoun (``pronouns``: "the attacker stabbed
    him") after an earlier sentence that told one person killed: the shooting is that death's means, told
    again, not one more wounded; so is a named victim whose death an earlier sentence told (see
    ``_is_named_death``). ``is_killing`` says whether a token is a killing word."""
    victims = [
        c
        for c in verb.children
        if c.dep_ in _VICTIM_DEPS and any(d.dep_ == "det" and d.lower_ in definite for d in c.children)
    ]
    pronoun = any(c.dep_ in _VICTIM_DEPS and c.tag_ == "PRP" and c.lower_ in pronouns for c in verb.children)
    if _is_named_death(verb, is_killing):
        return True
    if not victims and not pronoun:
        return False
    lemmas = {v.lemma_.lower() for v in victims}
    earlier = [t for t in verb.doc[: verb.sent.start] if is_killing(t)] if pronoun else None
    if earlier is not None and any(
        c.dep_ in _SINGULAR_VICTIM_DEPS and c.tag_ in ("NN", "NNP") for t in earlier for c in t.children
    ):
        return True
    killings = earlier if earlier is not None else (t for t in verb.doc[: verb.sent.start] if is_killing(t))
    return any(c.dep_ in _VICTIM_DEPS and c.lemma_.lower() in lemmas for t in killings for c in t.children)


def _is_named_death(verb: Any, is_killing: Callable[[Any], bool]) -> bool:
    """True when a means verb's victim is a name whose death an earlier sentence told: the name is the
    killing word's possessor, its "of" object or its victim ("in response to Rayshard Brooks' death. …
    officers shot Brooks": the shooting is the death's means, not a wounding)."""
    names = {c.text for c in verb.children if c.dep_ in _VICTIM_DEPS and c.tag_ == "NNP"}
    if not names:
        return False
    for token in verb.doc[: verb.sent.start]:
        if not is_killing(token):
            continue
        heads = [c for c in token.children if c.dep_ in ("poss", *_VICTIM_DEPS)]
        heads += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if any(h.text in names for h in heads):
            return True
    return False
