"""A measure told in the relative clause of a measure with a start takes that start.

"The country will move to Level 4 restrictions beginning December 28, which means that people will be
ordered to limit their gatherings", "The province enters a lockdown from Monday, under which all shops will
be closed": the relative clause tells what the measure does, so a measure in it (the order to limit, the
closing) starts when the measure starts, even though the start phrase lies before it (the parser may hang
the clause on the date itself). Not a relative clause with a date of its own ("its lockdown, which closed all
schools on March 16"), nor one told in the past ("which was imposed in March"): that tells an earlier act.
This pass runs after :func:`dotterel.stages.date_measure_starts.find_starts` and dates only the measures it
left without a start. A start stated in the measure's own sentence wins over another date of that sentence
("announces a lockdown on 27 March …, beginning on 30 March": the lockdown's day is its start;
:func:`is_own_start`). A verb whose word names a measure only as a noun (``measure_noun_senses``: "The court
rules that the suspension of Parliament from 9 September was unlawful") is no measure and takes no start.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.date_words import DateWordsFile
from dotterel.model import Sentence
from dotterel.stages.date_measure_starts import find_starts
from dotterel.stages.date_measures import MeasureWords, is_measure


def find_all_starts(
    triggers: list[Any],
    roots: list[Any],
    periods: dict[int, str],
    sentences: list[Sentence],
    words: MeasureWords,
    date_words: DateWordsFile | None = None,
) -> dict[int, int]:
    """Return, by trigger token id, the position of the mention that starts a measure: the starts of
    :func:`dotterel.stages.date_measure_starts.find_starts`, and for a measure left without one, the start of
    the measure whose relative clause tells it (:func:`resolve_content_start`); none for a verb of another
    sense than its measure noun (``measure_noun_senses`` of ``date_words``: "the court rules that …")."""
    senses = frozenset(w.lower() for w in date_words.measure_noun_senses) if date_words else frozenset()
    triggers = [t for t in triggers if not is_other_verb_sense(t, senses)]
    out = find_starts(triggers, roots, periods, sentences, words)
    opening = [k for k, kind in periods.items() if kind == "start"]
    for token in triggers:
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
        if token.i in out or perfect or not is_measure(token, words):
            continue
        here = sorted(
            (k for k in opening if roots[k].sent.start == token.sent.start), key=lambda k: roots[k].i
        )
        found = resolve_content_start(token, here, roots, words)
        if found is not None:
            out[token.i] = found
    return out


def is_other_verb_sense(token: Any, senses: frozenset[str]) -> bool:
    """True for a verb whose lemma is one of ``senses``, words that name a measure only as nouns: "The court
    [rules] that …" is a ruling, not rules; so is the word tagged a noun where it heads the sentence or a
    that-clause ("Scotland's highest court [rules] that …", a headline verb read as a noun)."""
    if str(token.lemma_).lower() not in senses:
        return False
    clause = token.dep_ == "ROOT" or any(c.dep_ == "ccomp" for c in token.children)
    return token.pos_ in ("VERB", "AUX") or clause


def resolve_content_start(token: Any, here: list[int], roots: list[Any], words: MeasureWords) -> int | None:
    """Return the position (in ``roots``, among the starts ``here`` of the sentence) of the start of the
    measure whose relative clause holds the measure ``token``, or None."""
    path = []
    for step in (token, *token.ancestors):
        path.append(step)
        if step.dep_ == "relcl":
            break
    clause = path[-1]
    if (
        clause.dep_ != "relcl"
        or any(_is_past(t) for t in path)
        or any(roots[k] in clause.subtree for k in here)
    ):
        return None
    on_start = [k for k in here if roots[k].i == clause.head.i]  # the parser hangs the clause on the date
    if on_start and _is_start_of_measure(roots[on_start[0]], words):
        return on_start[0]
    if not is_measure(clause.head, words, depth=0):
        return None
    holder = clause.head.head
    before = [k for k in here if roots[k].i < token.i and roots[k] in holder.subtree]
    return before[-1] if before else None


def _is_past(verb: Any) -> bool:
    """True for a verb told in the past ("closed", "was imposed")."""
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in verb.children if c.dep_.startswith("aux"))


def _is_start_of_measure(root: Any, words: MeasureWords) -> bool:
    """True when a start phrase (its ``root``) hangs on a measure ("restrictions beginning December 28", "a
    state of emergency starting Friday") or on a clause that tells one ("bans rallies from Monday")."""
    holder = next((t for t in root.ancestors if t.lower_ not in words.start_words and t.dep_ != "prep"), None)
    return holder is not None and is_measure(holder, words, depth=1)


def is_own_start(token: Any, starts: dict[int, int], roots: list[Any]) -> bool:
    """True when the measure ``token`` has a start (``starts``: by token id, a position in ``roots``) in its
    own sentence: it wins over the announcement's day ("announces a lockdown on 27 March, beginning on 30
    March"), not over a measure's own day told before a start given a sentence later ("imposed a curfew on
    Friday. The curfew will start on Tuesday")."""
    if token is None or token.i not in starts:
        return False
    return bool(roots[starts[token.i]].sent == token.sent)
