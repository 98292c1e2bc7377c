"""Placing someone under a state: "police placed the opposition leader under house arrest", "the town was put
under curfew", "Washington placed the firm under sanctions".

The noun after "under" carries the event (its lexicon pattern); the placing verb is its clause, so that the
verb's subject is the source and its object (or, in the passive, its subject) the target, as for "arrested
the opposition leader". The placing verbs and the preposition are ``placement_verbs`` and
``placement_preps`` in ``constructions.yaml``.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.constructions import ConstructionWords
from dotterel.knowledge.lexicon import Lexicon
from dotterel.model import Span
from dotterel.stages.triggers import Trigger, find_noun_matches

PLACEMENT_POS = frozenset({"VERB"})


def find_placements(tokens: Any, lexicon: Lexicon, words: ConstructionWords) -> list[Trigger]:
    """Return a trigger on each placing verb whose "under" phrase names an event noun of the lexicon."""
    found: list[Trigger] = []
    for verb in tokens:
        if verb.pos_ not in PLACEMENT_POS or str(verb.lemma_).lower() not in words.placement_verbs:
            continue
        for state in find_placed_states(verb, words):
            matches = find_noun_matches(lexicon, state, verb)
            if matches:
                end = state.idx + len(state.text)
                found.append(Trigger(verb, verb, matches[0][0], Span(verb.idx, end)))
                break
    return found


def find_placed_states(verb: Any, words: ConstructionWords) -> list[Any]:
    """Return the nouns of the verb's "under" phrases after it: "placed X under [arrest]" (not a fronted
    phrase of the sentence: "In rare talks, the ministers held a call")."""
    return [
        noun
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in words.placement_preps and prep.i > verb.i
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]
