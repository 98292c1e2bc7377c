"""A nationality word that ends a longer place's demonym: "New Mexican", "Northern Irish".

A capitalised word right before a country's adjective or people word can make the two one demonym of another
place: "New Mexican Attorney General" is of New Mexico, a U.S. state, not of Mexico; "New Jerseyans" of New
Jersey; "Northern Irish police" of Northern Ireland. The place is found by putting that word before the
country's name: when the actor book lists the pair as no actor ("New Mexico", "New Guinea": places that
contain a country's name) the nationality word is dropped; when the pair is another country's name
("Northern Ireland" of the United Kingdom), the two words are read as that country's demonym.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from dotterel.knowledge.actor_book import ActorBook
from dotterel.stages.actor_names import Hit

_DEMONYM_KINDS = ("adjective", "people")


def reread_place_demonym(hit: Hit, tokens: Sequence[Any], book: ActorBook) -> Hit | None:
    """Return ``hit`` as it reads after the word before it: itself, another country's demonym over both
    words, or None when the two words are the demonym of a place that is no actor."""
    if hit.kind not in _DEMONYM_KINDS or hit.start == 0:
        return hit
    before = tokens[hit.start - 1]
    if not (before.is_alpha and before.text[:1].isupper() and before.whitespace_):
        return hit
    if before.sent.start != tokens[hit.start].sent.start:
        return hit
    entry = book.country(hit.targets[0].key)
    if entry is None:
        return hit
    for name in (entry.name, *entry.names):
        targets = book.find_targets(f"{before.text} {name}")
        if any(t.kind == "not_actor" for t in targets):
            return None  # "New Mexican": of New Mexico
        other = next((t for t in targets if t.kind == "country" and t.key != entry.iso3), None)
        if other is not None:  # "Northern Irish": of Northern Ireland, in the United Kingdom
            return Hit(hit.start - 1, hit.end, [replace(hit.targets[0], key=other.key)])
    return hit


def reread_place_demonyms(hits: Sequence[Hit], tokens: Sequence[Any], book: ActorBook) -> list[Hit]:
    """Return ``hits`` with every nationality word read after the capitalised word before it (see above)."""
    read = (reread_place_demonym(hit, tokens, book) for hit in hits)
    return [hit for hit in read if hit is not None]
