"""A country's named body as the scene of an act: "outside the Israel Supreme Court", "in front of the Haitian
Parliament", "at the Kenya High Court".

A capitalised noun of ``acting_bodies`` (``places.yaml``: court, parliament, assembly …) whose name opens with
a country's name or demonym is that country's building. Where the phrase is used as a location (the object
of a locative preposition: :class:`~dotterel.stages.place_uses.LocativeReader`, or of "in front of"), the
country is the place of what happens there; "in the X Court" is the body as a forum ("sues in the Kenya High
Court", "a vote in the Haitian Parliament"), no scene; the body acting ("The Israel Supreme Court rules …")
or named as a goal ("appeals to the Kenya High Court") names no place. The country word is the name's first
word ("the Israel Supreme Court", not "the Supreme Court of Israel", which the gazetteer reads as Israel
already); a country in its possessive ("Iran's parliament") is read by
:mod:`dotterel.stages.place_owned_names`.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry
from dotterel.stages.place_demonym_territories import find_demonym_territories
from dotterel.stages.place_uses import LocativeReader

__all__ = ["find_body_scenes", "find_country_scenes"]

FORUM_PREPOSITIONS = frozenset({"in", "within"})  # "sues in the Kenya High Court": the body as a forum


def find_country_scenes(
    doc: Any, gazetteer: Gazetteer, locatives: LocativeReader
) -> list[tuple[int, int, GazetteerEntry]]:
    """Return (first token, end, entry) of each located country's land, water or air named by its demonym
    ("in the Syrian desert": :func:`~dotterel.stages.place_demonym_territories.find_demonym_territories`) and
    of each located body named for a country (:func:`find_body_scenes`)."""
    return find_demonym_territories(doc, gazetteer, locatives) + find_body_scenes(doc, gazetteer, locatives)


def find_body_scenes(
    doc: Any, gazetteer: Gazetteer, locatives: LocativeReader
) -> list[tuple[int, int, GazetteerEntry]]:
    """Return (first token, end, country entry) of each country word that opens a located body's name
    ("Israel" of "outside the Israel Supreme Court", "Haitian" of "in front of the Haitian Parliament")."""
    out = []
    bodies = gazetteer.words.acting_bodies
    for token in doc:
        if token.lower_ not in bodies or not token.text[:1].isupper() or token.pos_ != "PROPN":
            continue
        words = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i]
        if not words or any(t.text[:1].islower() for t in doc[words[0].i : token.i]):
            continue
        first = words[0]
        entry = _to_country(first, gazetteer)
        if entry is None or (token.dep_ == "pobj" and token.head.lower_ in FORUM_PREPOSITIONS):
            continue
        if not (_is_in_front_of(token) or locatives.is_locative(doc, token.i, token.i + 1, "region")):
            continue
        out.append((first.i, first.i + 1, entry))
    return out


def _to_country(token: Any, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The country a body's first name word names: a country's name ("Israel", "Kenya") or its demonym
    ("Haitian"); None for another word ("Supreme", "Federal")."""
    code = gazetteer.resolve_demonym(token.text)
    if code is not None:
        return gazetteer.resolve_country(code)
    entry = gazetteer.resolve(token.text)
    return entry if entry is not None and entry.kind == "country" else None


def _is_in_front_of(token: Any) -> bool:
    """True for the object of "in front of" ("protest in front of the Haitian Parliament"), which the parser
    hangs on "front", the object of "in"."""
    of = token.head
    front = of.head
    on_front = of.lower_ == "of" and front.lower_ == "front"
    return token.dep_ == "pobj" and on_front and front.head.lower_ == "in"
