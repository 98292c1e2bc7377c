"""The country of a party official, from the place that names the party: "Iowa Democratic Party chairman X".

A party official with an unknown name gets the sector PTY from the noun "party" before the title
(:mod:`dotterel.stages.party_titles`), but no country: a party's name is seldom in the actor book and a state
is no country word. The capitalised words of the party's name, right before "Party", often start with a place
("Iowa Democratic Party", "New Hampshire Republican Party") or a nationality ("Spanish Socialist Party"). The
longest such leading words that the gazetteer knows as a country, region or state, or as a nationality word,
give the official that country, when every place of that name lies in one country ("Georgia" is a country
and a US state, "Punjab" a state of India and a province of Pakistan: no country).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from dotterel.model import Mention
from dotterel.stages.party_titles import PARTY_NOUNS, PARTY_SECTOR

if TYPE_CHECKING:
    from dotterel.knowledge.gazetteer import Gazetteer

_PLACE_KINDS = frozenset({"country", "region", "admin1"})
_LONGEST_NAME = 5


def to_party_country_mentions(doc: Any, mentions: Sequence[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Return ``mentions`` with each party official that has no country given the country of the place
    that starts the party's name; the others unchanged."""
    out = []
    for mention in mentions:
        actor = mention.actor
        if actor.sector == PARTY_SECTOR and actor.country is None:
            span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            country = _party_place_country(doc, span.start, gazetteer) if span is not None else None
            if country is not None:
                mention = replace(mention, actor=replace(actor, country=country))
        out.append(mention)
    return out


def _party_place_country(doc: Any, title_start: int, gazetteer: Gazetteer) -> str | None:
    """The one country of the leading capitalised words of the party name that ends before the title."""
    party = title_start - 1
    if party <= doc[title_start].sent.start or doc[party].lower_ not in PARTY_NOUNS:
        return None
    first = party
    while (
        first - 1 >= max(doc[party].sent.start, party - _LONGEST_NAME) and doc[first - 1].text[:1].isupper()
    ):
        first -= 1
    while first < party and doc[first].pos_ == "DET":
        first += 1  # "The Iowa Democratic Party"
    words = [t.text for t in doc[first:party]]
    for end in range(len(words), 0, -1):
        name = " ".join(words[:end])
        countries = {e.country for e in gazetteer.find_entries(name) if e.kind in _PLACE_KINDS and e.country}
        demonym = gazetteer.resolve_demonym(name) if end == 1 else None
        countries |= {demonym} if demonym else set()
        if countries:
            return countries.pop() if len(countries) == 1 else None
    return None
