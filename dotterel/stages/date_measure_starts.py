"""The mention that starts each measure: a start phrase of its own sentence, a later sentence that tells the
measure's start ("… declares a state of emergency. The measures start on October 5", "… imposes a lockdown.
Shops will be closed from midnight"), or the start of a measure announced before it ("… a state of calamity
effective at midnight tonight. … university parties will be banned").

Moved out of :mod:`dotterel.stages.date_measures` (which reads a start phrase of the measure's own sentence:
:func:`~dotterel.stages.date_measures.find_measure_starts`); :func:`find_starts` gathers them for the dates
stage (:mod:`dotterel.stages.date_contents`).
"""

from __future__ import annotations

from typing import Any

from dotterel.model import Sentence
from dotterel.stages.date_measures import MeasureWords, find_measure_starts, is_measure
from dotterel.stages.date_prospects import find_auxiliaries, find_clause_verb

__all__ = ["find_detail_starts", "find_follow_on_starts", "find_starts"]


def find_follow_on_starts(
    triggers: list[Any],
    roots: list[Any],
    sentences: list[Sentence],
    words: MeasureWords,
    periods: dict[int, str],
) -> dict[int, int]:
    """Return, by trigger token id, the position of the date of a later sentence that tells when the
    measure starts: its subject refers back to the measure ("… declares a state of emergency. The measures
    start on October 5", "This measure will take effect next Wednesday", two sentences on as well), or,
    in the very next sentence, a measure verb of the future with a start of its own tells what the measure
    does ("… imposes a lockdown. Shops will be closed from midnight"). The measures dated:
    :func:`_find_earlier_measures`."""
    out: dict[int, int] = {}
    for k, root in enumerate(roots):
        verb = _resolve_clause_verb(root, words)
        if verb is None:
            continue
        referring = _resolve_referring_subject(verb, words)
        detail = _is_detail_clause(verb, words) or _is_in_force_clause(verb, words)
        if referring is None and not (periods.get(k) == "start" and detail):
            continue
        here = _sentence_index(sentences, root.sent.start_char)
        if here is None:
            continue
        for token in _find_earlier_measures(triggers, sentences, here, words, referring or None):
            out.setdefault(token.i, k)
    return out


def _resolve_clause_verb(root: Any, words: MeasureWords) -> Any | None:
    """The verb of the clause a date stands in: the nearest verb above it that is neither a start word ("…
    limited to essential trips starting August 24": "limited") nor a subject the parser took for a verb
    ("Effective Wednesday, travel … is prohibited": "prohibited")."""
    return next(
        (
            t
            for t in (root, *root.ancestors)
            if t.pos_ in ("VERB", "AUX") and t.lower_ not in words.start_words and "subj" not in t.dep_
        ),
        None,
    )


def _find_earlier_measures(
    triggers: list[Any], sentences: list[Sentence], here: int, words: MeasureWords, noun: str | None
) -> list[Any]:
    """The measures a later sentence dates: with a referring ``noun`` ("The restrictions will take effect
    …"), those of the nearest earlier sentence of the paragraph with a measure of that noun, and the
    measures told in the future in the sentences between ("Bars will be closed"); when no sentence has that
    noun, and with no noun (a detail sentence, its sentence before only), those of the nearest sentence
    before with a measure, and when these are all told parts of a measure before them ("The new measures
    include closing bars …", :func:`_is_told_part`), that measure's too."""
    found: list[list[Any]] = []
    for before in range(here - 1, -1 if noun is not None else here - 2, -1):
        if before < 0 or sentences[before].paragraph != sentences[here].paragraph:
            break
        span = sentences[before].span
        found.append([t for t in triggers if span.start <= t.idx < span.end and is_measure(t, words)])
        if noun is not None and any(t.lemma_.lower() == noun for t in found[-1]):
            between = [t for told in found[:-1] for t in told if _is_told_part(t, words)]
            return found[-1] + between
    told = [measures for measures in found if measures]
    if len(told) > 1 and all(_is_told_part(t, words) for t in told[0]):
        return told[0] + told[1]  # "… announce new restrictions. The new measures include closing bars …"
    return told[0] if told else []


def _is_told_part(token: Any, words: MeasureWords) -> bool:
    """True for a measure between a measure and the later sentence that gives its start, told as a part of it:
    a measure verb of the future ("Bars will be closed"), or a measure in a sentence whose subject refers
    back to the measure ("These measures include limiting crowds to 100 people")."""
    root = token.sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return _is_detail_clause(token, words, main=False) or any(
        _is_referring_measure(s, words) for s in subjects
    )


def _is_detail_clause(verb: Any, words: MeasureWords, main: bool = True) -> bool:
    """True for a measure verb told in the future ("Schools will be closed from midnight", "… but parties
    will be banned"): what a measure does; with ``main``, the main verb (the root, or a clause joined to
    it)."""
    auxiliaries = find_auxiliaries(verb)
    auxiliaries += [g for c in auxiliaries for g in c.children if g.dep_ == "aux"]  # "Gyms will be closed"
    future = any(c.lower_ in words.future_aux for c in auxiliaries)
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return (head.dep_ == "ROOT" or not main) and future and is_measure(verb, words, depth=0)


def _is_in_force_clause(verb: Any, words: MeasureWords) -> bool:
    """True for a main measure verb in the present passive ("Effective Wednesday, travel by cruise ship is
    prohibited", "From Monday, weddings are limited to ten guests"): what a measure does from its start; not
    the past ("Bars were closed from March 16") nor a perfect ("have been banned since")."""
    passive = [c for c in verb.children if c.dep_ == "auxpass"]
    other = [c for c in verb.children if c.dep_ == "aux"]
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    present = bool(passive) and all(c.tag_ in ("VBZ", "VBP") for c in passive) and not other
    return head.dep_ == "ROOT" and present and is_measure(verb, words, depth=0)


def find_detail_starts(
    triggers: list[Any],
    roots: list[Any],
    periods: dict[int, str],
    sentences: list[Sentence],
    words: MeasureWords,
) -> dict[int, int]:
    """Return, by trigger token id, the start of a measure announced earlier in the paragraph for a
    measure told in the future, or a measure noun that refers back (:func:`_is_referring_measure`), with no
    date in its sentence ("… a state of calamity effective at midnight tonight. … university parties will
    be banned", "… between tomorrow and October 26. Under these restrictions, …"): the start of the nearest
    earlier sentence with a date, when that date is a start of what the sentence announces
    (:func:`_is_package_start`)."""
    out: dict[int, int] = {}
    for token in triggers:
        here = _sentence_index(sentences, token.sent.start_char)
        if here is None or not (_is_detail_clause(token, words) or _is_referring_measure(token, words)):
            continue
        if any(r.sent.start == token.sent.start for r in roots):
            continue
        for before in range(here - 1, -1, -1):
            if sentences[before].paragraph != sentences[here].paragraph:
                break
            span = sentences[before].span
            dated = [k for k, r in enumerate(roots) if span.start <= r.idx < span.end]
            if not dated:
                continue
            if periods.get(dated[0]) == "start" and _is_package_start(roots[dated[0]], words):
                out[token.i] = dated[0]
            break
    return out


def _is_referring_measure(token: Any, words: MeasureWords) -> bool:
    """True for a measure noun that refers back ("Under these restrictions, only two people …", "The order
    also closes schools"): the measure announced before, told again."""
    measure = token.lemma_.lower() in words.measures or token.lower_ in words.measures
    referring = any(c.dep_ == "det" and c.lower_ in words.referring for c in token.children)
    return token.pos_ == "NOUN" and measure and referring


def _is_package_start(start: Any, words: MeasureWords) -> bool:
    """True for a start of what a sentence announces ("the state of calamity effective at midnight tonight"),
    not of one measure verb ("ordered bars closed between October 14 and November 3": the closure's)."""
    verb = find_clause_verb(start)
    told = any(is_measure(t, words, depth=0) for t in start.sent)
    return told and (verb is None or not is_measure(verb, words, depth=0))


def _resolve_referring_subject(verb: Any, words: MeasureWords) -> str | None:
    """Return the lemma of the subject of "The measures start …", "This order will begin …", "The rules take
    effect / come into force …" (a start verb, or a verb it is the complement of, "is scheduled to take
    effect", whose subject is a measure noun with a referring determiner), "" for a pronoun subject ("It
    will take effect on Monday": the measure of the sentence before), else None."""
    if any(c.dep_ == "acomp" and c.lower_ in words.effect_adjectives for c in verb.children):
        return _resolve_effective_subject(verb, words)
    lemma = verb.lemma_.lower()
    effect = any(
        t.lower_ in words.effect_nouns for t in verb.subtree if t.head.i == verb.i or t.head.head.i == verb.i
    )
    if lemma not in words.start_verbs and not (lemma in words.effect_verbs and effect):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in words.effect_nouns]
    while verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "It is scheduled to take effect …": the subject of "scheduled"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not objects and any(s.lower_ in words.pronouns for s in subjects):
        return ""  # "It will take effect on Monday", not "They begin talks on Monday"
    return next(
        (
            s.lemma_.lower()
            for s in subjects
            if s.lemma_.lower() in words.measures and any(c.lower_ in words.referring for c in s.children)
        ),
        None,
    )


def _resolve_effective_subject(verb: Any, words: MeasureWords) -> str | None:
    """Return "" when the subject of a clause made "effective" ("The changes are effective from 04:00
    tomorrow", "These four cities will become maximum alert zones effective October 10") refers back (a
    referring determiner, a referring pronoun): the start of the measure of the sentence before; else None."""
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ in words.pronouns or any(c.lower_ in words.referring for c in subject.children):
            return ""
    return None


def _sentence_index(sentences: list[Sentence], start: int) -> int | None:
    return next((n for n, s in enumerate(sentences) if s.span.start <= start < s.span.end), None)


def find_starts(
    triggers: list[Any],
    roots: list[Any],
    periods: dict[int, str],
    sentences: list[Sentence],
    words: MeasureWords,
) -> dict[int, int]:
    """Return, by trigger token id, the position of the mention that starts a measure: a start phrase of
    its own sentence (:func:`find_measure_starts`), else a following sentence's
    (:func:`find_follow_on_starts`), else the start of a measure announced before it
    (:func:`find_detail_starts`)."""
    starts = find_detail_starts(triggers, roots, periods, sentences, words)
    starts.update(find_follow_on_starts(triggers, roots, sentences, words, periods))
    opening = {k for k, kind in periods.items() if kind == "start"}
    starts.update(find_measure_starts(triggers, roots, opening, words))
    return starts
