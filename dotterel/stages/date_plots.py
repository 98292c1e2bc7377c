"""A plotted act takes no date from the clause above it: "a far-right group whose members were arrested three
days earlier over a plot to carry out attacks on mosques" (the arrests' day, not the attacks', which never
took place), "a man who had been plotting to kill the candidate".

The "to" infinitive of a plan noun or a plotting verb (``plot_nouns``, ``plot_verbs`` in ``dates.yaml``:
"a plot to", "plotting to"; not "plans to", whose act often took place) and every word under it are a
plotted act: a date mention outside those words (on the arrest, the charge, the saying) never dates an event
inside them; one inside them ("a plot to bomb the parade on 4 July") still does.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.date_words import DateWordsFile
from dotterel.stages.date_context import ArticleDates

PLOTTED_DEPS = frozenset({"acl", "xcomp", "relcl"})


def is_plotted_act(token: Any, nouns: frozenset[str], verbs: frozenset[str]) -> bool:
    """True for the "to" infinitive of a plan noun in ``nouns`` or a plotting verb in ``verbs``: "attack" of
    "a plot to attack", "kill" of "plotting to kill"."""
    heads = nouns if token.head.pos_ in ("NOUN", "PROPN") else verbs
    if token.dep_ not in PLOTTED_DEPS or token.head.lemma_.lower() not in heads:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def add_plotted_acts(ctx: ArticleDates, words: DateWordsFile) -> None:
    """Keep every date mention of ``ctx`` outside a plotted act (``plot_nouns``, ``plot_verbs`` of ``words``)
    from dating the events inside it (``ctx.never``)."""
    nouns = frozenset(w.lower() for w in words.plot_nouns)
    verbs = frozenset(w.lower() for w in words.plot_verbs)
    for token in ctx.doc:
        if not is_plotted_act(token, nouns, verbs):
            continue
        region = frozenset(t.i for t in token.subtree)
        for k, root in enumerate(ctx.roots):
            if root.i not in region:
                ctx.never[k] = ctx.never.get(k, frozenset()) | region
