"""A split-off mention of one incident shares the incident's place, as it shares its toll.

"Gunmen attacked a market in Kabul, killing two. Five people were also injured in the attack." tells one
incident in two sentences (:func:`~dotterel.stages.merge_splitoff.find_shared_tolls` decides so and shares
the tolls): the second telling names no place of its own, so it takes the first's, and the first takes the
second's when it names none (:func:`to_filled_place`). A place stated is never overwritten.

The arrest of the incident's doers told in the next sentence of the paragraph is at the incident's scene:
"Three gunmen stormed a hotel in Sousse, killing 38. The attackers were arrested." and "… at a synagogue in
Monsey, wounding five. The suspect was later apprehended by police." An arrest with no place of its own whose
patient names the doers again with a definite determiner (a doer noun of ``incident_doer_nouns`` or
``arrested_doer_nouns`` of ``merge.yaml``, or the first harm's own subject noun) takes the place of the
previous sentence's one placed harm (:func:`find_arrest_places`); "A man was arrested", "Police arrested
five protesters" and an arrest in another paragraph take nothing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.merge_words import MergeWordsFile
from dotterel.model import HAPPENED_MODALITIES, Article, Event
from dotterel.stages.doc_tables import find_sentence_index, resolve_trigger_root
from dotterel.stages.informative import HARM_TYPES

__all__ = ["find_arrest_places", "to_filled_place"]

PATIENT_DEPS = frozenset({"nsubjpass", "dobj"})


def to_filled_place(event: Event, other: Event) -> Event:
    """Return ``event`` with ``other``'s place and its evidence span when ``event`` has no place and
    ``other`` has one; ``event`` itself otherwise."""
    if event.place is not None or other.place is None:
        return event
    spans = dict(event.evidence.spans)
    if "place" in other.evidence.spans:
        spans["place"] = other.evidence.spans["place"]
    return replace(event, place=other.place, evidence=replace(event.evidence, spans=spans))


def _subject_lemma(doc: Any, event: Event) -> str | None:
    root = resolve_trigger_root(doc, event.trigger)
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    return subject.lemma_.lower() if subject is not None and subject.pos_ == "NOUN" else None


def _names_doers(doc: Any, arrest: Event, first: Event, words: MergeWordsFile) -> bool:
    """True when the arrest's patient ("The attackers were arrested", "Police detained the gunman") is a
    definite noun naming the doers of ``first``."""
    root = resolve_trigger_root(doc, arrest.trigger)
    patient = next((c for c in root.children if c.dep_ in PATIENT_DEPS), None) if root is not None else None
    if patient is None or patient.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in words.anaphoric_determiners for c in patient.children):
        return False
    lemma = patient.lemma_.lower()
    doers = words.incident_doer_nouns | words.arrested_doer_nouns
    return lemma in doers or lemma == _subject_lemma(doc, first)


def _placed_harm(article: Article, events: list[Event], placed: list[int | None], at: int) -> Event | None:
    """The one harm told as happening with a place in sentence ``at`` (None when none, or several places)."""
    harms = [
        e
        for e, p in zip(events, placed, strict=True)
        if p == at and e.action.type in HARM_TYPES and e.modality in HAPPENED_MODALITIES
    ]
    places = {e.place for e in harms if e.place is not None}
    if len(places) != 1:
        return None
    return next(e for e in harms if e.place is not None)


def find_arrest_places(doc: Any, article: Article, events: list[Event], words: MergeWordsFile) -> list[Event]:
    """Return ``events`` where an arrest of the incident's doers told in the next sentence of the paragraph
    ("The attackers were arrested") takes the place of the previous sentence's placed harm."""
    placed = [find_sentence_index(article, event) for event in events]
    shared = list(events)
    for index, arrest in enumerate(events):
        at = placed[index]
        if arrest.action.mode != "arrest" or arrest.place is not None or at is None or at == 0:
            continue
        if arrest.modality not in HAPPENED_MODALITIES:
            continue
        if article.sentences[at].paragraph != article.sentences[at - 1].paragraph:
            continue
        first = _placed_harm(article, events, placed, at - 1)
        if first is not None and _names_doers(doc, arrest, first, words):
            shared[index] = to_filled_place(arrest, first)
    return shared
