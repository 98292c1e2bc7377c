"""Measures aimed at other actors: no place from their issuer alone (session 15 convention).

A ban, closure or other measure (:mod:`dotterel.stages.place_measures`) covers its issuer's jurisdiction
("Sweden bans gatherings"). One whose object lies or goes abroad by nature, ``abroad_aim_nouns`` of
``knowledge/places.yaml`` ("a closure of several Fijian embassies", "bans exports of rice"), or is a firm or
its products marked foreign by a nationality, ``foreign_actor_nouns`` ("had banned the Chinese telecom", "bans
118 apps linked to Chinese companies"), is the acting state's act on others, like a sanction: the issuer
names no place for it, and only a place its own clause names is its place ("closes its embassy in
Brussels"). A measure on people or life inside the issuer's territory ("bans foreigners from entering",
"bans companies from firing workers") keeps the issuer's jurisdiction.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_measures import MeasureReach
from dotterel.stages.place_person_objects import find_person_object_ids
from dotterel.stages.place_uses import names_word

# Dependencies of what a measure verb stops or closes: its object, a passive subject.
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# Prepositions of what a measure noun stops or closes: "a closure of embassies", "a ban on Chinese apps".
OBJECT_PREPS = frozenset({"of", "on"})


def _aimed_nouns(token: Any, verb: Any | None) -> list[Any]:
    """The nouns a measure word or its clause's verb stops or closes, with their conjuncts."""
    holders = [token] if verb is None or verb.i == token.i else [token, verb]
    nouns = [c for h in holders for c in h.children if c.dep_ in OBJECT_DEPS]
    nouns += [o for p in token.children if p.lower_ in OBJECT_PREPS for o in p.children if o.dep_ == "pobj"]
    return nouns + [c for n in tuple(nouns) for c in n.conjuncts]


def is_aimed_abroad(token: Any, verb: Any | None, words: PlaceWords) -> bool:
    """True when the measure of ``token`` (its clause's verb ``verb``) is aimed at other actors: its object
    is an ``abroad_aim_nouns`` noun, or a ``foreign_actor_nouns`` noun a nationality marks ("the Chinese
    telecom", "apps linked to Chinese companies")."""
    for noun in _aimed_nouns(token, verb):
        if names_word(noun, words.abroad_aim_nouns):
            return True
        if names_word(noun, words.foreign_actor_nouns) and any(t.ent_type_ == "NORP" for t in noun.subtree):
            return True
    return False


class HomeMeasureReach(MeasureReach):
    """:class:`MeasureReach` for measures that cover their issuer's own territory: one aimed at other actors
    (:func:`is_aimed_abroad`) is read as no such measure, so its issuer gives it no place."""

    def is_measure(self, token: Any, verb: Any | None) -> bool:
        """True when the trigger or its clause's verb is a measure word and the measure is not aimed at
        other actors."""
        return super().is_measure(token, verb) and not is_aimed_abroad(token, verb, self.words)

    def _owner_ids(self, token: Any, clause: Any | None) -> set[int]:
        """The owners of :class:`MeasureReach`, less a country in the title of people the measure is put on
        ("bans U.S. Senators Dick Durbin": :mod:`dotterel.stages.place_person_objects`)."""
        return super()._owner_ids(token, clause) - find_person_object_ids(token, clause, self.words)
