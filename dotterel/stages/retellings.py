"""A harm told again is the same happening: by "it" in the next sentence, or as the result it leaves.

"A car bomb explodes in Tell Abyad. It kills 13 people and wounds more than 30 others." -> "It" is the car
bomb: the killing is the bombing told again, so the bombing takes the toll (and any place, target or date
it lacks) and the killing is not coded as a second attack. Only "it" (an event or a thing, never a person
or a group) counts, only right after the sentence of the harm noun it points back to, in the same
paragraph, and only when both are told as happening (asserted or reported).

"A mass shooting in Jaral del Progreso leaves at least 11 people dead and one injured" -> the injured are
the shooting's: a casualty participle or adjective with no agent of its own ("injured", "wounded") in the
object of a result verb (``result_verbs`` in ``casualties.yaml``: "leave") whose subject is a harm noun is
that harm's result, not a second attack; the harm takes its count. Not an active verb with a doer ("…, and
gunmen wounded two more"), not a result verb whose subject is no harm event ("The floods left 12 injured").

"An airstrike on a depot in Amirli killed two commanders. The strike is the first Israeli attack inside Iraq
since 1981." -> the attack noun is the predicate of a copula whose subject is a definite noun ("the strike",
"this bombing") naming the harm noun of the sentence before (the same noun, or its last part: "strike" of
"airstrike"): the same harm classified, folded into it (its date is not taken: "since 1981" is another
occasion's). Not an indefinite subject ("A second strike was an attack on …"), not another noun ("The army
is the first …"), not a harm noun two sentences back.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.model import Article, Event
from dotterel.stages.casualty_words import load_casualty_words
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.merge import fill_gaps
from dotterel.stages.scope import resolve_span_root
from dotterel.stages.triggers import NOUN_POS

EVENT_PRONOUNS = frozenset({"it"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})
FACTUAL = frozenset({"asserted", "reported"})
# From a result participle up to its result verb: "leaves [11 people]dobj dead and [one]conj injured[acl]",
# "leave [dozens]dobj of people injured[acl]", "leaves five people dead and 12 injured[conj]".
RESULT_PATH_DEPS = frozenset(
    {"acl", "advcl", "amod", "conj", "dobj", "pobj", "prep", "oprd", "ccomp", "xcomp"}
)
MAX_RESULT_STEPS = 5
STATE_TAGS = frozenset({"VBN", "JJ"})


def _sentence_of(article: Article, offset: int) -> int | None:
    return next((n for n, s in enumerate(article.sentences) if s.span.start <= offset < s.span.end), None)


def _pronoun_subject(token: Any) -> Any | None:
    """Return the "it" of a main-clause harm verb whose only subject it is ("It kills 13 people"), or None;
    not in reported speech ("the army said it killed 12": "it" is the army)."""
    if token.pos_ != "VERB" or token.dep_ not in {"ROOT", "conj"}:
        return None
    if token.dep_ == "conj" and token.head.dep_ != "ROOT":
        return None
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return subjects[0] if len(subjects) == 1 and subjects[0].lower_ in EVENT_PRONOUNS else None


def _source_is_pronoun(event: Event, pronoun: Any) -> bool:
    """True when the event has no source, or only the one read from the pronoun itself."""
    span = event.evidence.spans.get("source")
    return event.source is None or (span is not None and span.start <= pronoun.idx < span.end)


def find_retold(article: Article) -> dict[int, int]:
    """Return, by position in ``article.events``, the harm events that retell a harm noun of the sentence
    before (its position)."""
    doc, events, retold = article.doc, article.events, {}
    roots = [
        resolve_span_root(doc, e.trigger) if e.action.type in HARM_TYPES and e.modality in FACTUAL else None
        for e in events
    ]
    for i, (event, token) in enumerate(zip(events, roots, strict=True)):
        pronoun = _pronoun_subject(token) if token is not None else None
        if pronoun is None or not _source_is_pronoun(event, pronoun):
            continue
        here = _sentence_of(article, event.trigger.start)
        if here is None or here == 0:
            continue
        before = article.sentences[here - 1]
        if before.paragraph != article.sentences[here].paragraph:
            continue
        nouns = [
            j
            for j, root in enumerate(roots)
            if root is not None
            and root.pos_ in NOUN_POS
            and before.span.start <= events[j].trigger.start < before.span.end
        ]
        if nouns:
            retold[i] = nouns[-1]
    return retold


def _definite_subject(token: Any) -> Any | None:
    """Return the definite noun subject of the copula whose predicate the harm noun is ("The strike is the
    first … attack"), or None."""
    if token.dep_ != "attr" or token.head.lemma_ != "be":
        return None
    subjects = [c for c in token.head.children if c.dep_ == "nsubj" and c.pos_ in NOUN_POS]
    if len(subjects) != 1 or not any(
        c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in subjects[0].children
    ):
        return None
    return subjects[0]


def find_classified(article: Article) -> dict[int, int]:
    """Return, by position in ``article.events``, the harm nouns that classify a definite mention of the harm
    noun of the sentence before ("… an airstrike … The strike is the first known attack …"), and its
    position."""
    doc, events, found = article.doc, article.events, {}
    roots = [
        resolve_span_root(doc, e.trigger) if e.action.type in HARM_TYPES and e.modality in FACTUAL else None
        for e in events
    ]
    for i, token in enumerate(roots):
        subject = _definite_subject(token) if token is not None and token.pos_ in NOUN_POS else None
        here = _sentence_of(article, events[i].trigger.start) if subject is not None else None
        if subject is None or not here:
            continue
        before = article.sentences[here - 1]
        if before.paragraph != article.sentences[here].paragraph:
            continue
        named = [
            j
            for j, root in enumerate(roots)
            if root is not None
            and root.pos_ in NOUN_POS
            and before.span.start <= events[j].trigger.start < before.span.end
            and root.lemma_.lower().endswith(subject.lemma_.lower())
        ]
        if named:
            found[i] = named[-1]
    return found


def resolve_result_verb(token: Any, result_verbs: frozenset[str]) -> Any | None:
    """Return the result verb a casualty state hangs under ("leaves … one injured": "leaves"), or None for
    an active verb, a state with an agent ("injured by police") or one outside a result verb's object."""
    if token.tag_ not in STATE_TAGS or any(
        c.dep_ in {"agent", "dobj", "nsubjpass", "mark"} for c in token.children
    ):
        return None
    node = token
    for _ in range(MAX_RESULT_STEPS):
        if node.dep_ not in RESULT_PATH_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in result_verbs and node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def find_results(article: Article) -> dict[int, int]:
    """Return, by position in ``article.events``, the casualty states that are the result a harm noun of the
    same sentence leaves ("A mass shooting … leaves 11 people dead and one injured"), and that harm's
    position."""
    events, results = article.events, {}
    result_verbs = frozenset(w.lower() for w in load_casualty_words().result_verbs)
    roots = [
        resolve_span_root(article.doc, e.trigger)
        if e.action.type in HARM_TYPES and e.modality in FACTUAL
        else None
        for e in events
    ]
    nouns = {root.i: j for j, root in enumerate(roots) if root is not None and root.pos_ in NOUN_POS}
    for i, token in enumerate(roots):
        verb = resolve_result_verb(token, result_verbs) if token is not None else None
        if verb is None:
            continue
        causes = [nouns[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in nouns and nouns[c.i] != i]
        if causes:
            results[i] = causes[0]
    return results


def to_retold_events(article: Article) -> list[Event]:
    """Return the article's events with each pronoun retelling folded into the harm noun it points back to,
    each casualty state into the harm that leaves it, and each classifying predicate into the harm its
    definite subject names."""
    classified = find_classified(article)
    retold = {**find_results(article), **find_retold(article), **classified}
    if not retold:
        return article.events
    events = list(article.events)
    for i, j in retold.items():
        # a retelling's source was read from "it", a result's from its victims ("11 people … one injured")
        later = replace(events[i], source=None)
        if i in classified:  # "the first attack since 1981": that date is another occasion's
            later = replace(later, date_precision="unknown")
        events[j] = fill_gaps(events[j], later)
    return [event for i, event in enumerate(events) if i not in retold]
