"""A harm told again with an additive adverb in the next sentence is the same act: one row.

"Rapper John Doe is shot and killed outside a store. Two other people with him were also shot and wounded."
tells one shooting twice: the second sentence adds victims to it ("also"), and the split-off rule
(:mod:`~dotterel.stages.merge_splitoff`) has already given each telling the counts of both. The later telling
is dropped when it is the only harm of its sentence with the first's type and trigger lemma, in the same
paragraph, with no doer of its own (no subject, agent or source: "Police also shot two protesters" is another
act; its passive subject tells the added victims: "A prison is also attacked, wounding an official" is
another attack), nothing the first lacks (no other count, place, date or modality) and a toll told by the
same words as the first's (the counts the split-off rule shared, not victims of their own), in no
sentence of another incident ("in a separate incident").
"""

from __future__ import annotations

from typing import Any

from dotterel.model import COUNT_KINDS, TOLL_KINDS, Article, Event
from dotterel.stages.doc_tables import find_sentence_index, resolve_trigger_root
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.merge_incident import is_same_trigger_family

__all__ = ["fold_also_told"]

_DOER_DEPS = frozenset({"nsubj", "agent", "csubj"})


def fold_also_told(
    doc: Any, article: Article, events: list[Event], additive: frozenset[str], other_words: frozenset[str]
) -> list[Event]:
    """Return ``events`` without the harms told again with an ``additive`` adverb (see the module); a
    sentence with words of another incident (``other_words``: "in a separate attack") keeps its own."""
    placed = [find_sentence_index(article, event) for event in events]
    dropped: set[int] = set()
    for index, later in enumerate(events):
        at = placed[index]
        if at is None or at == 0 or not _is_doerless_addition(doc, later, additive):
            continue
        if article.sentences[at].paragraph != article.sentences[at - 1].paragraph:
            continue
        if _is_other_occasion(doc, article, at, other_words):
            continue  # "are also injured in a separate incident"
        firsts = [
            i
            for i, event in enumerate(events)
            if placed[i] == at - 1
            and i not in dropped
            and event.action.type == later.action.type
            and is_same_trigger_family(doc, event, later)
        ]
        if len(firsts) == 1 and _adds_nothing(events[firsts[0]], later) and _is_subject_toll(doc, later):
            dropped.add(index)
    return [event for i, event in enumerate(events) if i not in dropped]


def _is_other_occasion(doc: Any, article: Article, position: int, words: frozenset[str]) -> bool:
    span = article.sentences[position].span
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand") or ()
    return any(token.lower_ in words for token in tokens)


def _is_doerless_addition(doc: Any, event: Event, additive: frozenset[str]) -> bool:
    """True for a harm whose verb has an additive adverb ("were [also] shot") and no doer of its own."""
    if event.action.type not in HARM_TYPES or event.source is not None:
        return False
    root = resolve_trigger_root(doc, event.trigger)
    if root is None or any(child.dep_ in _DOER_DEPS for child in root.children):
        return False
    return any(child.dep_ == "advmod" and child.lower_ in additive for child in root.children)


def _is_subject_toll(doc: Any, event: Event) -> bool:
    """True when the passive subject tells the toll of the added victims ("Two other people … were also
    shot"), not a thing whose attack is another act ("A prison is also attacked, wounding an official")."""
    root = resolve_trigger_root(doc, event.trigger)
    subjects = [c for c in root.children if c.dep_ == "nsubjpass"] if root is not None else []
    if len(subjects) != 1:
        return False
    start, end = subjects[0].left_edge.idx, subjects[0].right_edge.idx + len(subjects[0].right_edge)
    spans = [event.evidence.spans.get(kind) for kind in TOLL_KINDS if getattr(event, kind) is not None]
    return any(span is not None and start <= span.start < end for span in spans)


def _adds_nothing(first: Event, later: Event) -> bool:
    """True when ``later`` states no count, place, date or modality other than ``first``'s, and its toll is
    told by the same words as the first's (shared between them): "Two Armenian journalists are also injured"
    after "Two French journalists … are injured" is a count of its own, other victims."""
    if later.modality != first.modality or (later.date is not None and later.date != first.date):
        return False
    if later.place is not None and (first.place is None or later.place.name != first.place.name):
        return False
    if any(getattr(later, kind) not in (None, getattr(first, kind)) for kind in COUNT_KINDS):
        return False
    shared = [kind for kind in TOLL_KINDS if getattr(later, kind) is not None]
    return bool(shared) and all(later.evidence.spans.get(k) == first.evidence.spans.get(k) for k in shared)
