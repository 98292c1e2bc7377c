"""Verb forms spaCy's rule lemmatizer reads as another verb, and the lemma they have.

The English rules strip "-ed", "-es" and "-ing" and keep the first stem the word list knows, so "raped",
"rapes" and "raping" come out as "rap" (as "rapped" does; the lemmatizer's exceptions only add a second
candidate) and the lexicon's verb "rape" never matched: "A man rapes two girls in Oulu", "Two girls were
raped" gave no event. :func:`repair_lemmas`, a pipeline component after the lemmatizer, gives these forms of a
verb their own lemma, so every stage reads it. The forms and their lemmas are knowledge
(``knowledge/lemma_repairs.yaml``); only forms no other verb has belong there ("rapped", "raps" stay "rap").
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.lemma_repairs import load_verb_form_lemmas

LEMMA_REPAIR_COMPONENT = "dotterel_lemma_repairs"
LEMMATIZER = "lemmatizer"
VERB_POS = frozenset({"VERB", "AUX"})
VERB_FORM_LEMMAS: dict[str, str] = load_verb_form_lemmas()  # knowledge/lemma_repairs.yaml


def repair_lemmas(doc: Any) -> Any:
    """Give each verb form of :data:`VERB_FORM_LEMMAS` its lemma ("raped" -> "rape"); return the doc.

    A module-level function, so that the loaded pipeline pickles (as
    :func:`dotterel.stages.nlp.paragraph_breaks`)."""
    for token in doc:
        lemma = VERB_FORM_LEMMAS.get(token.lower_)
        if lemma is not None and token.pos_ in VERB_POS:
            token.lemma_ = lemma
    return doc


def add_lemma_repairs(nlp: Any) -> bool:
    """Add :func:`repair_lemmas` to the pipeline after its lemmatizer; return True when it was added."""
    from spacy.language import Language

    if LEMMATIZER not in nlp.pipe_names:
        return False
    if LEMMA_REPAIR_COMPONENT not in Language.factories:
        Language.component(LEMMA_REPAIR_COMPONENT, func=repair_lemmas)
    nlp.add_pipe(LEMMA_REPAIR_COMPONENT, after=LEMMATIZER)
    return True
