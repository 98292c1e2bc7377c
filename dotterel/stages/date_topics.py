"""A day after a happening named as what an act is about dates that happening, not the act.

"launch an investigation into the suspected poisoning of Alexei Navalny on August 20", "demanded answers
into the fatal police shooting of Dolal Idd on December 30", "convicted of the rape and murder of two
backpackers in 2014": the investigation, the demand and the conviction are not of that day. The happening
is a noun of ``topic_nouns`` (a harm, an arrest, a death) that is the object of a preposition of topic
(``topic_preps``: "into", "of", "over", "about", "against"); the date phrase hangs on the noun, or follows
the noun's phrase right away when the noun has an "of" complement (the parser often hangs it on the verb).
A date phrase bound to a noun's own phrase by any rule (a cause's, a possessor's) dates that noun even when
hung on the verb (:func:`find_bound_date_ids`).
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.date_context import ArticleDates
from dotterel.stages.trigger_candidates import NOUN_POS


def _is_topic_happening(noun: Any, nouns: frozenset[str], preps: frozenset[str]) -> bool:
    """True for a noun of ``nouns`` that is the object of a preposition of ``preps``."""
    return (
        noun.pos_ in NOUN_POS
        and noun.lemma_.lower() in nouns
        and noun.dep_ in ("pobj", "conj")
        and (noun.head.lower_ in preps or (noun.dep_ == "conj" and noun.head.head.lower_ in preps))
    )


def resolve_topic_noun(root: Any, nouns: frozenset[str], preps: frozenset[str]) -> Any | None:
    """Return the happening noun a date phrase (its ``root`` token) dates, or None: the noun of a topic the
    phrase's preposition hangs on, or the one whose "of" phrase it follows right away."""
    prep = root.head if root.dep_ == "pobj" else root
    if prep.dep_ != "prep" or prep.i == 0:
        return None
    if _is_topic_happening(prep.head, nouns, preps):
        return prep.head
    before = root.doc[prep.i - 1]
    noun = next((t for t in (before, *before.ancestors) if _is_topic_happening(t, nouns, preps)), None)
    if noun is None or not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    subtree = [t.i for t in noun.subtree]
    return noun if max(subtree) == before.i and prep.i not in subtree else None


def resolve_topic_region(root: Any, nouns: frozenset[str], preps: frozenset[str]) -> frozenset[int]:
    """Return the ids of the phrase of the happening noun a date phrase dates (:func:`resolve_topic_noun`),
    or an empty set."""
    noun = resolve_topic_noun(root, nouns, preps)
    return frozenset() if noun is None else frozenset(t.i for t in noun.subtree)


def find_topic_date_ids(
    token: Any, roots: list[Any], nouns: frozenset[str], preps: frozenset[str]
) -> set[int]:
    """Return the ids of the date roots that date the happening noun ``token`` (or the noun ``token`` is a
    compound or modifier of) as a topic, wherever the parser hangs them ("over the shooting death of an
    official … on Tuesday": Tuesday, hung on the verb, dates the shooting death)."""
    noun_ids = {token.i, token.head.i} if token.dep_ in ("compound", "amod") else {token.i}
    found = ((root, resolve_topic_noun(root, nouns, preps)) for root in roots)
    return {root.i for root, noun in found if noun is not None and noun.i in noun_ids}


def find_bound_date_ids(token: Any, ctx: ArticleDates) -> set[int]:
    """Return the ids of the date roots bound to ``token``'s own phrase (``ctx.bound``: the phrase of a
    cause, a topic or a possessor the date phrase dates), wherever the parser hangs them: "police arrest a
    student leader over an anti-government protest in Bangkok last month", "last month" hung on the verb,
    dates the protest (:mod:`dotterel.stages.date_causes`)."""
    if not ctx.bound:
        return set()
    phrase = frozenset(t.i for t in token.subtree)
    return {ctx.roots[k].i for k, region in ctx.bound.items() if region in (phrase, frozenset({token.i}))}
