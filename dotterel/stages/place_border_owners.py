"""The side of a border an act takes place on, when the text says whose border it is.

"Turkey opens its border with Syria", "Turkey deploys missiles to its border with Syria", "China moves troops
to its Himalayan border with India": a border its own clause gives to an owner, by a possessive pronoun that
stands for the clause's subject or by a possessive name ("on Venezuela's border with Colombia"), is that
owner's side; the act is placed there. The country of the "with" phrase is the other side
(:func:`dotterel.stages.place_measures.find_other_side_ids`) and never the place; a border named by both its
countries ("the Greek-Turkish border", "the border between Israel and Lebanon") has no owner here. The owner's
side is a stretch of the country, not its capital: a country read there is given without a point
(:func:`to_border_side_names`; "moves two brigades to its border with Pakistan": India, not New Delhi's
point).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.place_words import PlaceWords
from dotterel.model import PlaceMention
from dotterel.stages.place_other_sides import is_other_side_demonym
from dotterel.stages.place_uses import names_word
from dotterel.stages.scope import SUBJECT_DEPS, is_verb

# Dependencies from a border noun up to the verb of its clause: its object, or the object of a preposition
# of the verb or of the verb's object ("deploys missiles to its border").
BORDER_PATH_DEPS = frozenset({"dobj", "pobj", "prep", "compound"})


def to_border_side_names(named: list[tuple[Any, PlaceMention]]) -> list[tuple[Any, PlaceMention]]:
    """Return the (candidate, mention) pairs with each country's point dropped: a country read as the owner
    of a border is its side of the border, which its capital's point does not locate ("moves troops to its
    border with India": China, no point); a town or a region keeps its own."""
    return [
        (candidate, _without_point(mention) if mention.place.kind == "country" else mention)
        for candidate, mention in named
    ]


def _without_point(mention: PlaceMention) -> PlaceMention:
    """The mention with its place's point and division dropped."""
    return replace(mention, place=replace(mention.place, admin1=None, lat=None, lon=None))


def find_border_owner_ids(token: Any, verb: Any | None, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """Return the tokens of the owner of a border in the event's clause: the subject of the clause's verb for
    "its"/"their" (``border_owner_pronouns``; the subject of the verb it is coordinated with when it has
    none of its own: "Turkey closes its border with Iran and halts flights"), or the possessive name
    ("Venezuela's border"). Empty when no border of the clause has an owner, or another event's trigger is
    in the way."""
    clause = verb if verb is not None else token
    if not is_verb(clause):
        return set()
    for border in clause.subtree:
        if not names_word(border, words.border_nouns) or not _hangs_on(border, clause):
            continue
        owners = [c for c in border.children if c.dep_ == "poss" or is_other_side_demonym(c, clause, words)]
        for owner in owners:  # "its border", "Venezuela's border", "(Vietnam …) the Chinese border"
            if owner.lower_ in words.border_owner_pronouns or owner.dep_ == "amod":
                subject = _subject(clause)
                ids = set() if subject is None else {t.i for t in subject.subtree}
            else:
                ids = {t.i for t in owner.subtree}
            if ids and not ids & stops:
                return ids
    return set()


def _hangs_on(border: Any, clause: Any) -> bool:
    """True when the border noun reaches the clause's verb through objects and prepositions only."""
    node = border
    while node.i != clause.i:
        if node.dep_ not in BORDER_PATH_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return True


def _subject(verb: Any) -> Any | None:
    """The verb's own (not pronoun) subject, or that of the verb it is coordinated with; none for a list."""
    for current in (verb, verb.head if verb.dep_ == "conj" else None):
        if current is None:
            continue
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON"]
        if subjects and any(c.dep_ == "conj" for c in subjects[0].children):
            return None  # "South Australia and Western Australia close their borders": no one side
        if subjects:
            return subjects[0]
    return None
