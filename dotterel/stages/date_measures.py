"""A measure's start: the day a ban, curfew, lockdown, quarantine, order or state of emergency takes effect.

A measure event (its trigger or a word of its object is one of ``measure_words`` in ``dates.yaml``) is
dated by the start its sentence gives it, read forward: "bans gatherings … starting September 14", "a
curfew … beginning November 9", "a quarantine on people arriving from Germany from August 29", "new
restrictions … from tomorrow", "an easing of restrictions effective at 11:59 p.m." (the article's day). The
start phrase follows the measure in its sentence, or opens the sentence ("Starting Monday, bars close"); a
measure inside another measure's phrase ("an easing of lockdown restrictions") leaves the start to that one.
A later sentence whose subject is the measure told again ("The measures start on October 5", "This order
will begin November 30", "The restrictions will take effect on Thursday", two sentences on as well; in the
next sentence, any subject that refers back in a clause made "effective": "The changes are effective from
04:00 BST tomorrow", "These cities will become alert zones effective October 10") dates
the measures of the nearest sentence before it in the same paragraph that has the same noun (with the
measures told in the future between: what the measure does), else that has a measure; right after the
measure, a measure told in the future with a start ("Shops will be closed from midnight until January 19")
dates it too, as does one in the present passive ("Effective Wednesday, travel by cruise ship is
prohibited"), and a measure told in the future after a sentence that gave a measure's start takes that
start ("… effective at midnight tonight. … parties will be banned"). A sentence between whose subject refers
back to the measure ("These measures include limiting crowds …") tells parts of it, dated with it. A measure
clause coordinated with a clause that has a start takes it ("Nobody will be able to leave starting from
10 a.m. on January 23, and all public transport is suspended"). A measure in a "with" phrase of a
clause announcing a measure with a start takes that start ("a lockdown from October 30, with all
non-essential businesses ordered to close"); "between October 24 and November 1" starts on October 24.
Words: ``measure_words``, ``measure_start_verbs``, ``measure_effect_nouns``, ``measure_effect_adjectives``,
``midnight_starts``. The starts told in another sentence of the paragraph, and :func:`find_starts` that
gathers all of them, moved to :mod:`dotterel.stages.date_measure_starts`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dotterel.knowledge.date_words import DateWordsFile
from dotterel.model import Span
from dotterel.stages.date_expressions import DateMention

MEASURE_DEPS = frozenset({"dobj", "prep", "pobj", "compound", "nsubjpass", "attr", "appos", "amod"})
SMALL_CLAUSE_DEPS = frozenset({"ccomp", "oprd"})  # "make masks mandatory", "masks will be made compulsory"


@dataclass(frozen=True)
class MeasureWords:
    """The words of ``dates.yaml`` the measure rules use, lower-cased."""

    measures: frozenset[str]
    start_verbs: frozenset[str]
    effect_nouns: frozenset[str]
    referring: frozenset[str] = frozenset()
    effect_verbs: frozenset[str] = frozenset()
    future_aux: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    effect_adjectives: frozenset[str] = frozenset()
    start_words: frozenset[str] = frozenset()

    @classmethod
    def from_words(cls, words: DateWordsFile) -> MeasureWords:
        """Return the measure words of a validated ``dates.yaml``."""
        return cls(
            frozenset(w.lower() for w in words.measure_words),
            frozenset(w.lower() for w in words.measure_start_verbs),
            frozenset(w.lower() for w in words.measure_effect_nouns),
            frozenset(w.lower() for w in words.referring_determiners),
            frozenset(w.lower() for w in words.measure_effect_verbs),
            frozenset(w.lower() for w in words.future_aux),
            frozenset(w.lower() for w in words.referring_pronouns),
            frozenset(w.lower() for w in words.measure_effect_adjectives),
            frozenset(w.lower() for w in words.period_start_preps),
        )


def is_measure(token: Any, words: MeasureWords, depth: int = 3) -> bool:
    """True when ``token`` or a word of its object (through objects and prepositions, ``depth`` steps) is a
    measure, or ``token`` is a relative clause of a measure noun: "bans", "restrictions", "placed under
    curfew", "declares a state of emergency", "an order that closes bars"."""
    if token.lemma_.lower() in words.measures or token.lower_ in words.measures:
        return True
    if token.dep_ == "relcl" and is_measure(token.head, words, depth=0):
        return True  # "an advisory that asks people to stay home": what the measure does
    return depth > 0 and any(
        is_measure(c, words, depth - 1)
        for c in token.children
        if c.dep_ in MEASURE_DEPS or (c.dep_ in SMALL_CLAUSE_DEPS and c.pos_ == "ADJ")
    )


def find_measure_starts(
    triggers: list[Any], roots: list[Any], starts: set[int], words: MeasureWords
) -> dict[int, int]:
    """Return, by trigger token id, the position (in ``roots``) of the start phrase that dates a measure of
    the same sentence: the nearest start after it, or one opening the sentence. A measure verb in the
    perfect ("has ordered bars closed between October 14 and November 3") tells the act done, not the
    state that starts."""
    out: dict[int, int] = {}
    for token in triggers:
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
        if perfect or not is_measure(token, words):
            continue
        sent = token.sent
        here = [k for k in sorted(starts, key=lambda k: roots[k].i) if roots[k].sent.start == sent.start]
        after = [k for k in here if roots[k].i > token.i]
        opening = [k for k in here if _opens_sentence(roots[k])]
        found = after[0] if after else (opening[0] if opening else None)
        found = _resolve_outer_start(token, here, roots, words) if found is None else found
        found = _resolve_conjunct_start(token, here, roots) if found is None else found
        if found is None or _has_outer_measure(token, triggers, roots[found], words):
            continue
        out[token.i] = found
    return out


def _resolve_outer_start(token: Any, here: list[int], roots: list[Any], words: MeasureWords) -> int | None:
    """The start before a measure in the clause of a verb that announces a measure with that start: "…
    announces a lockdown from October 30, with all non-essential businesses ordered to close"."""
    for k in reversed([k for k in here if roots[k].i < token.i]):
        verb = roots[k].head.head
        if verb.pos_ in ("VERB", "AUX") and verb in token.ancestors and is_measure(verb, words, depth=1):
            return k
    return None


def _resolve_conjunct_start(token: Any, here: list[int], roots: list[Any]) -> int | None:
    """The start of the clause a measure clause is coordinated with: "Nobody will be able to leave the city
    starting from 10 a.m. on January 23, and all public transport is suspended" (the nearest start before the
    measure in the first clause); not a measure that is no clause of its own (no subject)."""
    if token.dep_ != "conj" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    first = token.head
    for k in reversed([k for k in here if roots[k].i < token.i]):
        if roots[k] in first.subtree and roots[k] not in token.subtree:
            return k
    return None


def _opens_sentence(root: Any) -> bool:
    """True for a start phrase that opens its sentence ("Starting Monday, …") or a clause after "that"
    ("announces that beginning December 1, the country will move to Level 3 restrictions")."""
    first = min(t.i for t in root.subtree if t.lower_ != "that")
    return first - root.sent.start <= 1 or "that" in {t.lower_ for t in root.doc[max(first - 2, 0) : first]}


def _has_outer_measure(token: Any, triggers: list[Any], start: Any, words: MeasureWords) -> bool:
    """True when another measure trigger holds ``token`` in its phrase ("an easing of lockdown restrictions")
    and lies before the start phrase; not when a clause of that measure spells ``token`` out ("new
    restrictions banning indoor service and imposing a curfew … from tomorrow": the curfew starts then)."""
    return any(
        other.i != token.i
        and other.i < start.i
        and token in other.subtree
        and other.pos_ in ("NOUN", "PROPN")
        and is_measure(other, words)
        and not _is_spelled_out(token, other)
        for other in triggers
    )


def _is_spelled_out(token: Any, outer: Any) -> bool:
    """True when ``token`` hangs on ``outer`` through a participle or relative clause of it."""
    for step in token.ancestors:
        if step.i == outer.i:
            return False
        if step.dep_ in ("acl", "relcl") and step.head.i == outer.i and step.pos_ in ("VERB", "AUX"):
            return True
    return False


def to_clock_start(text: str, span: Span, clock_starts: tuple[str, ...]) -> str:
    """Return "start" for a clock time starting a measure on the article's day ("effective at 11:59 p.m.",
    ``clock_starts``), else ""."""
    return "start" if text[span.start :].lower().startswith(clock_starts) else ""


def to_start_readings(
    mentions: list[DateMention], readings: list[dt.date], starts: set[int], today: dt.date
) -> list[dt.date]:
    """Return the readings with each start of a measure (positions ``starts``) read no earlier than the nearer
    of its last and next occurrence: a start is rarely past ("announced a lockdown effective Sunday"); the
    caller leaves out starts whose own verb is past ("The curfew came into force on Saturday")."""
    out = list(readings)
    for k in starts:
        past, ahead = mentions[k].past_date, mentions[k].forward_date
        nearer = past if today - past <= ahead - today else ahead
        out[k] = max(out[k], nearer)
    return out
