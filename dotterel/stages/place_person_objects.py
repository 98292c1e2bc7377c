"""People a measure is put on own no place of it.

A measure's verb object may be owned by the place that holds it ("reopens Oman's land borders": Oman), and
:class:`~dotterel.stages.place_measures.MeasureReach` reads the names before the object as that owner. When
the object is people (a person's name, or a noun of ``person_object_nouns`` in ``knowledge/places.yaml``:
"bans U.S. Senators Dick Durbin and Patrick Leahy from entering", "sanctions U.S. lawmakers"), a country
before it is part of their title, their nationality, and names no place of the measure.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords

__all__ = ["find_person_object_ids"]

OBJECT_DEPS = frozenset({"dobj"})


def is_person_noun(noun: Any, words: PlaceWords) -> bool:
    """True for a noun that names people: a person's name, or a ``person_object_nouns`` noun."""
    return noun.ent_type_ == "PERSON" or noun.lower_ in words.person_object_nouns


def find_person_object_ids(token: Any, clause: Any | None, words: PlaceWords) -> set[int]:
    """The tokens of the verb objects of the measure's clause (``clause``, or the trigger ``token`` itself)
    that name people ("U.S. Senators Dick Durbin"), with what stands before them; empty for other objects
    ("Oman's land borders")."""
    holders = [h for h in (token, clause) if h is not None]
    objects = [c for h in holders for c in h.children if c.dep_ in OBJECT_DEPS]
    return {t.i for o in objects if is_person_noun(o, words) for t in o.subtree if t.i < o.i}
