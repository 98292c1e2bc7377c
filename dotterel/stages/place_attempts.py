"""Where the participants of an act were, told by a relative clause on a participant named by a preposition.

The clauses about an event's object (:func:`dotterel.stages.place_objects.find_object_clause_ids`) say where
the object was at the time ("kill 25 people who were blocking a bridge in Nasiriyah"). The other side of a
clash, a shooting or a volley is often named by a preposition instead (``participant_preps``): "police clash
with protesters who were marching in Tbilisi", "soldiers open fire on villagers who were protesting outside a
police station in Kasur", "fire tear gas at students who …" (:func:`find_participants`). A clause of
attempting (``attempt_verbs``) on such a participant, or on the object, tells what they tried to do, and the
act met them there: "police clashed with protesters who attempted to storm the embassy in Baghdad", "who
tried to topple the Grant Park statue" (:func:`find_attempted_ids`: the place phrases and the object of the
act attempted). Not what they want or demand ("farmers who want new elections in Punjab"), nor where they came
from ("who tried to flee from Lyon"), nor what a text sought ("a resolution that sought to end support for
the intervention in Yemen").
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_uses import names_word

__all__ = ["find_attempted_ids", "find_participants"]


def find_participants(verb: Any, words: PlaceWords) -> list[Any]:
    """Return the objects of the participant prepositions (``participant_preps``) on ``verb`` or on its
    object ("clash with protesters", "open fire on villagers"), and the nouns they hold through "of"
    ("with hundreds of protesters")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    out = [
        o
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in words.participant_preps
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return out + [
        g for n in out for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
    ]


def find_attempted_ids(clause: Any, words: PlaceWords) -> set[int]:
    """Return, for a relative clause of people attempting ("who attempted to storm the embassy in Baghdad":
    ``participant_pronouns``), the tokens of the place phrases (locative or place-noun prepositions, not
    "from") and of the object of each act attempted (its to-infinitive); else none."""
    people = any(c.dep_ == "nsubj" and c.lower_ in words.participant_pronouns for c in clause.children)
    if not people or not names_word(clause, words.attempt_verbs):
        return set()
    preps = (words.locative_preps | words.place_noun_preps) - words.origin_preps
    out: set[int] = set()
    for act in (c for c in clause.children if c.dep_ == "xcomp"):
        for child in act.children:
            if child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ in preps):
                out |= {t.i for t in child.subtree}
    return out
