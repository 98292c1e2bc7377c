"""The place an event shares with the event it accompanies, when it names none of its own.

- A participle in an absolute "with" phrase of another event's verb ("Four hostages … are rescued by French
  commandos, with two commandos killed during the rescue operation", "Gunmen stormed a village in Zamfara,
  with 12 people killed") happened where that event did (:func:`resolve_accompanying_place`).
- An event noun that follows from the event before ("the ensuing fighting"):
  :func:`dotterel.stages.place_anaphora.resolve_sequel_place`.

Both read the places of the events placed so far (``placed``: trigger token, place), so only an earlier event
lends its place.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.model import PlaceMention
from dotterel.stages.place_anaphora import resolve_sequel_place

__all__ = ["resolve_accompanying_place", "resolve_shared_place"]

# Tags of a participle ("killed", "leaving").
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})


def resolve_accompanying_place(token: Any, placed: list[tuple[int, PlaceMention]]) -> PlaceMention | None:
    """Return the place of the event whose verb holds the absolute "with" phrase of the participle ``token``
    ("…, with two commandos killed during the rescue operation"), if that event is placed; else None."""
    noun = token.head
    if token.dep_ != "acl" or token.tag_ not in PARTICIPLE_TAGS or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ != "with":
        return None
    places = dict(placed)
    return places.get(prep.head.i)


def resolve_shared_place(
    token: Any, placed: list[tuple[int, PlaceMention]], words: PlaceWords
) -> PlaceMention | None:
    """Return the place of the earlier event that ``token``'s event accompanies
    (:func:`resolve_accompanying_place`) or follows from
    (:func:`dotterel.stages.place_anaphora.resolve_sequel_place`); else None."""
    return resolve_accompanying_place(token, placed) or resolve_sequel_place(token, placed, words)
