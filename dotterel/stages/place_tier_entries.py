"""The area a government puts into a tier or level of its measures is the place of that step.

"Toronto and the Peel Region will be placed in a lockdown tier", "11 local authorities are to be placed into
the highest level of restrictions", "The government places Paris on maximum alert", "New Zealand enters alert
level 3": the tier noun (``tier_nouns`` of ``knowledge/places.yaml``: a tier, a level, an alert) is the object
of a placing verb's preposition (``placing_verbs``; "in", "into", "on", "under") or of a verb of entering
(``measure_entry_verbs``); the area is the placing verb's object or passive subject, or the entering verb's
subject (of a list, the first: "London and parts of Essex will move into Tier 3", as the measures' own
rule). The event may be told by the verb ("placed in a lockdown tier") or by the tier noun ("maximum alert").
Not a tier noun with no placing ("the highest level of talks"), nor a place of another phrase.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_uses import names_word
from dotterel.stages.scope import is_verb

__all__ = ["find_tier_entry_ids"]

# Prepositions of the tier a placing verb puts its object into.
TIER_PREPS = frozenset({"in", "into", "on", "under"})


def _tiers(verb: Any, words: PlaceWords) -> list[Any]:
    """The tier nouns ``verb`` puts its area into: a preposition's object, or an entering verb's object."""
    out = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in TIER_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    ]
    out += [o for o in verb.children if o.dep_ == "dobj" and names_word(verb, words.measure_entry_verbs)]
    return [o for o in out if names_word(o, words.tier_nouns)]


def _placing_verb(token: Any) -> Any | None:
    """The verb of the event told by ``token``: itself, or the verb whose object or preposition's object it
    is ("places Paris on maximum alert", "enters alert level 3")."""
    if is_verb(token):
        return token
    if token.dep_ == "dobj":
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return token.head.head
    return None


def find_tier_entry_ids(token: Any, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """Return the tokens of the area put into a tier of measures by the event of ``token`` (see the module):
    the object or passive subject of a placing verb, the subject of an entering one; other triggers left
    out."""
    verb = _placing_verb(token)
    if verb is None or not is_verb(verb) or not _tiers(verb, words):
        return set()
    placing = names_word(verb, words.placing_verbs)
    entering = names_word(verb, words.measure_entry_verbs)
    deps = {"nsubjpass", "dobj"} if placing else ({"nsubj", "nsubjpass"} if entering else set())
    areas = [c for c in verb.children if c.dep_ in deps and not names_word(c, words.tier_nouns)]
    listed = {t.i for a in areas for c in a.conjuncts for t in c.subtree}  # "London and parts of Essex"
    return {t.i for a in areas for t in a.subtree} - listed - set(stops)
