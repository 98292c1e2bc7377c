"""A trial or a confession in court is a charging act too: the crime it is for takes no place from it.

"Fourteen people are on trial in France for their involvement in the 2015 attack on Charlie Hebdo", "Twenty
men go on trial in Paris for the attacks", "stands trial in Berlin for the murder of …": the verb the parser
hangs the charge phrase on is "are"/"go"/"stand", whose "on trial" or "trial" says it is a trial (a noun of
``trial_nouns`` of ``knowledge/places.yaml``). "Ali Bashar confesses in court in Germany to killing teenager
Susanna Feldmann", "pleads guilty in a court in Texas to the murder of his wife": a verb of
``confession_verbs`` opens the deed confessed with "to". The place of the trial or the confession is the
court's, not the crime's (:mod:`dotterel.stages.place_charged_crimes` takes it away). Not "admitted to
hospital in Lagos" (no crime after "to"), nor "a trial in Paris" told as the event itself.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_uses import names_word

__all__ = ["is_trial_verb", "opens_confessed_deed"]


def is_trial_verb(verb: Any, words: PlaceWords) -> bool:
    """True for a verb that tells a trial through its object or its "on" phrase ("go on trial", "are on
    trial", "stands trial"): a charging act like "try"."""
    for child in verb.children:
        if child.dep_ == "dobj" and names_word(child, words.trial_nouns):
            return True
        on_trial = child.dep_ == "prep" and child.lower_ == "on"
        if on_trial and any(c.dep_ == "pobj" and names_word(c, words.trial_nouns) for c in child.children):
            return True
    return False


def opens_confessed_deed(prep: Any, words: PlaceWords) -> bool:
    """True for the "to" a verb of confessing opens its deed with ("confesses … to killing", "pleads guilty
    to the murder of …")."""
    return prep.dep_ == "prep" and prep.lower_ == "to" and names_word(prep.head, words.confession_verbs)
