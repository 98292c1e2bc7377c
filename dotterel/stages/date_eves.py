"""The eve of a happening the text dates: "On the eve of a presidential election, security forces arrest
… activists who traveled to observe Sunday's presidential election" (the day before that Sunday).

"the eve of <noun>" (``eve_nouns`` in ``dates.yaml``) is the day before the happening the noun names. The
text states that day when a noun of the same lemma (the noun itself, or another mention of it in the
article: "Sunday's presidential election", "the election on 9 August") has a date of day precision of its
own phrase: its possessive, a phrase hung on the noun, or a date bound to it. The eve is then a date
mention at day precision rooted on the eve noun, so it dates the clause the "on the eve of" phrase hangs
on. Which occurrence of a day without a year ("Sunday's") is meant is read from the tense of the clause the
eve phrase hangs on (:func:`dotterel.stages.date_tenses.to_tense_reading`); a clause that tells no tense
(the present of a news summary) takes the occurrence whose eve is nearest the article date. With no such
day ("on the eve of presidential election" and nothing more), the phrase dates nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dotterel.knowledge.date_words import DateWordsFile
from dotterel.model import Span
from dotterel.stages.date_context import ArticleDates
from dotterel.stages.date_expressions import DateMention
from dotterel.stages.date_tenses import TenseWords, to_tense_reading


def find_eve_happenings(doc: Any, eves: frozenset[str]) -> list[tuple[Any, Any]]:
    """Return (the eve noun, the noun of its "of" phrase) for each "the eve of <noun>" of ``doc``."""
    found = []
    for token in doc:
        if token.lower_ not in eves:
            continue
        of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        happening = next((g for g in of if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        if happening is not None:
            found.append((token, happening))
    return found


def _dated_nouns(ctx: ArticleDates, k: int) -> list[Any]:
    """Return the nouns the mention ``k`` dates as their own: the noun its possessive or phrase hangs on,
    and the nouns bound to it."""
    root = ctx.roots[k]
    nouns = [ctx.doc[i] for i in sorted(ctx.bound.get(k, frozenset())) if i >= 0]
    if root.dep_ == "poss":
        nouns.append(root.head)
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        nouns.append(root.head.head)
    return [n for n in nouns if n.pos_ == "NOUN"]


def resolve_happening_day(ctx: ArticleDates, happening: Any) -> DateMention | None:
    """Return the day mention the text gives a noun of ``happening``'s lemma as its own date, or None."""
    lemma = happening.lemma_.lower()
    for k, mention in enumerate(ctx.mentions):
        if mention.precision != "day" or mention.offset is not None:
            continue
        if any(n.lemma_.lower() == lemma for n in _dated_nouns(ctx, k)):
            return mention
    return None


def add_eves(ctx: ArticleDates, words: DateWordsFile, today: dt.date) -> None:
    """Add to ``ctx`` a day mention for each "the eve of <noun>" (``eve_nouns`` of ``words``) whose happening
    the text dates to a day, rooted on the eve noun: the day before that one, read in the eve's clause."""
    eves = frozenset(w.lower() for w in words.eve_nouns)
    for eve, happening in find_eve_happenings(ctx.doc, eves):
        mention = resolve_happening_day(ctx, happening)
        if mention is None:
            continue
        day = to_tense_reading(mention, eve, TenseWords.from_words(words))
        if day == mention.date:  # no tense to go by: the occurrence whose eve is nearest the article date
            day = min((mention.past_date, mention.forward_date), key=lambda d: abs((d - today).days - 1))
        eve_day = day - dt.timedelta(days=1)
        ctx.mentions.append(DateMention.fixed(Span(eve.idx, eve.idx + len(eve.text)), eve_day, "day"))
        ctx.roots.append(eve)
        ctx.readings.append(eve_day)
