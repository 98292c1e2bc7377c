"""A day stated when the text tells the same happening again: "Several protesters are arrested. … Saturday
morning's arrests came after …".

An event with no date of its own takes the day of a later mention of the same happening in the next two
sentences of its paragraph: a noun of the event's lemma ("arrested" … "arrests", "attack" … "the attack")
that a day-precision date dates (a possessive "Saturday morning's arrests", a phrase of the noun "the
arrests on Saturday", or a noun's own date), the noun made definite or possessive (it refers back). Only a
day counts: a week or a month told later adds nothing to an event the text gave no time. The other way,
a definite event noun ("the air raids", "the attack") may take the date of an earlier mention of the same
noun, or of a more specific noun of its kind (:func:`find_earlier_mentions`).
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.date_expressions import DateMention

REACH = 2  # sentences on


def _sentence_of(token: Any, starts: list[int]) -> int:
    return sum(1 for start in starts if start <= token.i) - 1


def find_dated_nouns(root: Any, region: frozenset[int], definite: frozenset[str]) -> list[Any]:
    """Return the nouns that refer back (a possessive, or a determiner of ``definite``: "the raid",
    "Saturday's arrests", not "arrests made on Monday") a date (its ``root`` token; ``region``, the ids a
    noun's own date may date) tells the time of: the noun a possessive date or a date phrase hangs on, and
    the nouns of its region."""
    doc = root.doc
    out = [doc[i] for i in sorted(region)]
    if root.dep_ == "poss":
        out.append(root.head)
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        out.append(root.head.head)
    return [
        t
        for t in out
        if t.pos_ == "NOUN"
        and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in definite) for c in t.children)
    ]


def resolve_retold_day(
    token: Any,
    roots: list[Any],
    bound: dict[int, frozenset[int]],
    mentions: list[DateMention],
    definite: frozenset[str],
) -> int | None:
    """Return the position of a day-precision date of a later mention of ``token``'s happening (a noun of
    its lemma that refers back, ``definite``, in the next :data:`REACH` sentences of its paragraph), or
    None."""
    doc = token.doc
    starts = [s.start for s in doc.sents]
    here = _sentence_of(token, starts)
    lemma = token.lemma_.lower()
    for k, root in enumerate(roots):
        if mentions[k].precision != "day" or mentions[k].offset is not None:
            continue
        there = _sentence_of(root, starts)
        if not here < there <= here + REACH or "\n\n" in doc[token.i : root.i].text:
            continue
        nouns = find_dated_nouns(root, bound.get(k, frozenset()), definite)
        if any(n.lemma_.lower() == lemma for n in nouns):
            return k
    return None


def find_earlier_mentions(
    token: Any, definite: frozenset[str], anaphors: dict[str, frozenset[str]]
) -> list[Any]:
    """Return the earlier nouns, nearest first, a definite event noun (a determiner of ``definite``) may
    refer back to: the same lemma, or for a generic noun one of its specific kinds (``anaphors``: "the
    attack" after "an armed assault"), with no compound modifier the noun has and they lack."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in definite for c in token.children):
        return []
    modifiers = {c.lemma_.lower() for c in token.children if c.dep_ == "compound"}
    lemmas = {token.lemma_.lower()} | anaphors.get(token.lemma_.lower(), frozenset())
    return [
        earlier
        for earlier in reversed(token.doc[: token.sent.start])
        if earlier.pos_ == "NOUN"
        and earlier.lemma_.lower() in lemmas
        and not modifiers - {c.lemma_.lower() for c in earlier.children if c.dep_ == "compound"}
    ]
