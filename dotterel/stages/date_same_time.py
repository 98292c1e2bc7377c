"""Dates told by reference to a time the text has just given, and event nouns the parser split.

- "since then" (``anchored_times`` in ``dates.yaml``) is the time the text just established, at that time's
  own precision: "… smuggling drugs … in October 2013. He had been detained by Chinese authorities since
  then" dates the detention October 2013 (a month), and only the verb the phrase hangs on (not a clause
  below it: "the highest-ranking official to visit … in 40 years after … 1979 and has had ties since then"
  leaves the visit alone). With no time before it, the phrase gives no date.
- A gerund of a happening noun (``topic_nouns``: "killing", "shooting") that the parser hung as a clause on
  the noun right before it ("in an honor killing in 2008": "honor" a noun, "killing" its participle) is a
  compound noun: its phrase belongs to the clause of the noun, as "in a mass shooting in 2015" does.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.stages.date_context import ArticleDates

OWN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass"})  # a clause of its own: no compound


def anchor_same_time(ctx: ArticleDates, k: int, anchor: int | None) -> None:
    """Give the same-time mention at position ``k`` the reading and precision of mention ``anchor``, limited
    to the verb it hangs on; with no anchor, let it date nothing."""
    if anchor is None:
        ctx.only[k] = frozenset()
        return
    ctx.mentions[k] = replace(ctx.mentions[k], precision=ctx.mentions[anchor].precision)
    ctx.readings[k] = ctx.readings[anchor]
    ctx.counted.add(k)
    ctx.only[k] = frozenset({ctx.roots[k].head.i})


def find_split_compound_ids(doc: Any, ids: set[int], happenings: frozenset[str]) -> set[int]:
    """Return the tokens of the happening gerunds (and their phrases) hung as a clause right after a noun of
    ``ids`` ("an honor killing in 2008"), not those with a subject, object or auxiliary of their own."""
    found: set[int] = set()
    for i in ids:
        noun = doc[i]
        if noun.pos_ not in ("NOUN", "PROPN") or i + 1 >= len(doc):
            continue
        gerund = doc[i + 1]
        if gerund.head.i != i or gerund.dep_ != "acl" or gerund.tag_ != "VBG":
            continue
        if gerund.lower_ in happenings and not any(c.dep_ in OWN_DEPS for c in gerund.children):
            found |= {t.i for t in gerund.subtree}
    return found
