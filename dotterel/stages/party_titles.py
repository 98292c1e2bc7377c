"""A title owned by a political party names a party official: "Iowa Democratic Party chairman Troy Price".

"Chairman", "chair" or "secretary" say nothing of a sector alone (a company has a chairman too), and a
party's name ("the Democratic Party", "the Labour Party") is seldom in the actor book, so an unknown person
with such a title had neither country nor sector and was no actor. The noun "party" as the last word of the
phrase that modifies the title ("Democratic Party chairman", "party chairman", "the party's leader") makes its
holder a party official (sector PTY), whatever the party's name.
"""

from __future__ import annotations

from typing import Any

PARTY_SECTOR = "PTY"
PARTY_NOUNS = frozenset({"party"})
OWNER_DEPS = frozenset({"compound", "nmod", "poss"})


def find_party_title_sector(tokens: list[Any], title_start: int, sent_start: int) -> str | None:
    """Return PTY when the word right before a title (skipping a possessive "'s") is the noun "party"
    modifying it ("Republican Party chairman", "the party's chairwoman"), else None."""
    j = title_start - 1
    if j >= sent_start and tokens[j].tag_ == "POS":
        j -= 1
    if j < sent_start or tokens[j].lower_ not in PARTY_NOUNS or tokens[j].dep_ not in OWNER_DEPS:
        return None
    return PARTY_SECTOR if title_start <= tokens[j].head.i or tokens[j].head.i > j else None


def is_party_official_name(tokens: list[Any], index: int, sent_start: int, is_title_word: Any) -> bool:
    """True when the token at ``index`` lies in a proper-name entity that starts right after a lowercase
    title owned by a party ("Democratic Party chairman [Troy Price]"): the tagger's ORG label on such a name
    is the party's name run on, and the name is the title holder's, not an organisation's."""
    first = index
    while first > sent_start and tokens[first].ent_iob_ == "I":
        first -= 1
    title = first - 1
    if title < sent_start or not tokens[title].text[:1].islower() or not is_title_word(tokens[title].text):
        return False
    names = tokens[first : index + 1]
    if not all(t.pos_ == "PROPN" for t in names):
        return False
    return find_party_title_sector(tokens, title, sent_start) is not None
