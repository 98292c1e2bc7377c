"""A measure's start: the day a ban, curfew, lockdown, quarantine, order or state of emergency takes effect.

A measure event (its trigger or a word of its object is one of ``measure_words`` in ``dates.yaml``) is
dated by the start its sentence gives it, read forward: "bans gatherings … starting September 14", "a
curfew … beginning November 9", "a quarantine on people arriving from Germany from August 29", "new
restrictions … from tomorrow", "an easing of restrictions effective at 11:59 p.m." (the article's day). The
start phrase follows the measure in its sentence, or opens the sentence ("Starting Monday, bars close"); a
measure inside another measure's phrase ("an easing of lockdown restrictions") leaves the start to that one.
A following sentence whose subject is the measure told again ("The measures start on October 5", "This
order will begin November 30", "The rules take effect on Monday") dates the measures of the sentence before
it in the same paragraph. Words: ``measure_words``, ``measure_start_verbs``, ``measure_effect_nouns``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dotterel.model import Sentence, Span
from dotterel.stages.date_expressions import DateMention, DateWordsFile

MEASURE_DEPS = frozenset({"dobj", "prep", "pobj", "compound", "nsubjpass", "attr", "appos", "amod"})


@dataclass(frozen=True)
class MeasureWords:
    """The words of ``dates.yaml`` the measure rules use, lower-cased."""

    measures: frozenset[str]
    start_verbs: frozenset[str]
    effect_nouns: frozenset[str]
    referring: frozenset[str] = frozenset()
    effect_verbs: frozenset[str] = frozenset()

    @classmethod
    def from_words(cls, words: DateWordsFile) -> MeasureWords:
        """Return the measure words of a validated ``dates.yaml``."""
        return cls(
            frozenset(w.lower() for w in words.measure_words),
            frozenset(w.lower() for w in words.measure_start_verbs),
            frozenset(w.lower() for w in words.measure_effect_nouns),
            frozenset(w.lower() for w in words.referring_determiners),
            frozenset(w.lower() for w in words.measure_effect_verbs),
        )


def is_measure(token: Any, words: MeasureWords, depth: int = 3) -> bool:
    """True when ``token`` or a word of its object (through objects and prepositions, ``depth`` steps) is a
    measure: "bans", "restrictions", "placed under curfew", "declares a state of emergency"."""
    if token.lemma_.lower() in words.measures or token.lower_ in words.measures:
        return True
    return depth > 0 and any(
        is_measure(c, words, depth - 1) for c in token.children if c.dep_ in MEASURE_DEPS
    )


def find_measure_starts(
    triggers: list[Any], roots: list[Any], starts: set[int], words: MeasureWords
) -> dict[int, int]:
    """Return, by trigger token id, the position (in ``roots``) of the start phrase that dates a measure of
    the same sentence: the nearest start after it, or one opening the sentence."""
    out: dict[int, int] = {}
    for token in triggers:
        if not is_measure(token, words):
            continue
        sent = token.sent
        here = [k for k in sorted(starts, key=lambda k: roots[k].i) if roots[k].sent.start == sent.start]
        after = [k for k in here if roots[k].i > token.i]
        opening = [k for k in here if _opens_sentence(roots[k])]
        found = after[0] if after else (opening[0] if opening else None)
        if found is None or _has_outer_measure(token, triggers, roots[found], words):
            continue
        out[token.i] = found
    return out


def _opens_sentence(root: Any) -> bool:
    """True for a start phrase that opens its sentence ("Starting Monday, …", "From November 2, …")."""
    first = min(t.i for t in root.subtree)
    return first - root.sent.start <= 1


def _has_outer_measure(token: Any, triggers: list[Any], start: Any, words: MeasureWords) -> bool:
    """True when another measure trigger holds ``token`` in its phrase and lies before the start phrase."""
    return any(
        other.i != token.i
        and other.i < start.i
        and token in other.subtree
        and other.pos_ in ("NOUN", "PROPN")
        and is_measure(other, words)
        for other in triggers
    )


def find_follow_on_starts(
    triggers: list[Any], roots: list[Any], sentences: list[Sentence], words: MeasureWords
) -> dict[int, int]:
    """Return, by trigger token id, the position of the date of a following sentence that tells when the
    measure starts ("… declares a state of emergency. The measures start on October 5")."""
    out: dict[int, int] = {}
    for k, root in enumerate(roots):
        verb = next((t for t in (root, *root.ancestors) if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or not _is_start_clause(verb, words):
            continue
        here = _sentence_index(sentences, root.sent.start_char)
        if here is None or here == 0 or sentences[here - 1].paragraph != sentences[here].paragraph:
            continue
        before = sentences[here - 1].span
        for token in triggers:
            if before.start <= token.idx < before.end and is_measure(token, words):
                out.setdefault(token.i, k)
    return out


def _is_start_clause(verb: Any, words: MeasureWords) -> bool:
    """True for "The measures start …", "This order will begin …", "The rules take effect / come into
    force …": a start verb whose subject is a measure noun with a referring determiner."""
    lemma = verb.lemma_.lower()
    effect = any(
        t.lower_ in words.effect_nouns for t in verb.subtree if t.head.i == verb.i or t.head.head.i == verb.i
    )
    if lemma not in words.start_verbs and not (lemma in words.effect_verbs and effect):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        s.lemma_.lower() in words.measures and any(c.lower_ in words.referring for c in s.children)
        for s in subjects
    )


def _sentence_index(sentences: list[Sentence], start: int) -> int | None:
    return next((n for n, s in enumerate(sentences) if s.span.start <= start < s.span.end), None)


def to_clock_start(text: str, span: Span, clock_starts: tuple[str, ...]) -> str:
    """Return "start" for a clock time starting a measure on the article's day ("effective at 11:59 p.m.",
    ``clock_starts``), else ""."""
    return "start" if text[span.start :].lower().startswith(clock_starts) else ""


def find_starts(
    triggers: list[Any],
    roots: list[Any],
    periods: dict[int, str],
    sentences: list[Sentence],
    words: MeasureWords,
) -> dict[int, int]:
    """Return, by trigger token id, the position of the mention that starts a measure: a start phrase of
    its own sentence (:func:`find_measure_starts`), else a following sentence's
    (:func:`find_follow_on_starts`)."""
    starts = find_follow_on_starts(triggers, roots, sentences, words)
    opening = {k for k, kind in periods.items() if kind == "start"}
    starts.update(find_measure_starts(triggers, roots, opening, words))
    return starts


def to_start_readings(
    mentions: list[DateMention], readings: list[dt.date], starts: set[int], today: dt.date
) -> list[dt.date]:
    """Return the readings with each start of a measure (positions ``starts``) read no earlier than the nearer
    of its last and next occurrence: a start is rarely past ("announced a lockdown effective Sunday")."""
    out = list(readings)
    for k in starts:
        past, ahead = mentions[k].past_date, mentions[k].forward_date
        nearer = past if today - past <= ahead - today else ahead
        out[k] = max(out[k], nearer)
    return out
