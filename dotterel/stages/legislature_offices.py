"""The office of the head of a legislature: "Speaker of the House of Commons", "the speaker of the Sejm".

A title word of the legislature's sector ("speaker") is no sector noun on its own ("a speaker at the rally"),
but with an ``of`` phrase that names a legislature it is the office of a legislator, as the actor book gives
its known holders (sector LEG). The legislature is named by a legislature noun ("speaker of parliament") or by
a proper name that is no place and no person ("Speaker of the House of Commons", "speaker of the Sejm");
"speaker of Ohio" or "a speaker of Spanish" name none.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.actor_book import ActorBook

LEGISLATURE_SECTOR = "LEG"
NAME_ENTS_NOT_LEGISLATURE = frozenset({"GPE", "LOC", "FAC", "NORP", "PERSON", "LANGUAGE"})


def find_legislature_office(tok: Any, book: ActorBook) -> str | None:
    """Return the legislature's sector for a title noun heading an ``of`` phrase that names a legislature.

    Args:
        tok: a noun token ("Speaker").
        book: the actor book (its title words and sector nouns).
    """
    if tok.pos_ not in ("NOUN", "PROPN") or book.resolve_title_sector(tok.text) != LEGISLATURE_SECTOR:
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        after = prep.doc[prep.right_edge.i + 1] if prep.right_edge.i + 1 < len(prep.doc) else None
        if after is not None and (after.pos_ == "PROPN" or after.ent_type_ == "PERSON"):
            return None  # "Speaker of the House Nancy Pelosi": a title before a name (the name is the actor)
        if any(_names_legislature(obj, book) for obj in prep.children if obj.dep_ == "pobj"):
            return LEGISLATURE_SECTOR
    return None


def _names_legislature(obj: Any, book: ActorBook) -> bool:
    """True for a legislature noun ("parliament") or a proper name that is no place, people or person."""
    if book.resolve_sector(obj.lemma_) == LEGISLATURE_SECTOR:
        return True
    return obj.pos_ == "PROPN" and obj.text[:1].isupper() and obj.ent_type_ not in NAME_ENTS_NOT_LEGISLATURE
