"""The US state of a county's place: the state the text gives the county, not its namesake town's.

The gazetteer knows few US counties: "<name> County" ("<name> Parish": ``state_county_nouns`` of
``places.yaml``) is read through the town of its name, the most populous one by default, and so takes that
town's state: "Midland County" of Michigan took Midland, Texas. The state the text gives the county decides
instead (the county stays a region with no point, as every county):

- a US state named after the county's comma ("Midland County, Michigan", "Harris County, Texas"), whatever
  the town of the name or the country of the default reading;
- else, for a county read in the United States, the one US state the article names that has a town of the
  county's name (the county's seat, most often: "Michigan Governor Gretchen Whitmer's emergency declaration
  in Midland County"), when the default state is not named; or, for a county read with no state, the one US
  state the article names. A state named before a noun with an indefinite article tells a person's origin,
not the county's state ("A Texas man is arrested in Orange County").

A county of another country ("Bomi County, Liberia") and a county whose state the article names are left
alone, and so is a US county of a state the article does not name ("a Texas man arrested in Los Angeles
County": no Los Angeles in Texas).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.model import PlaceMention
from dotterel.stages.place_names import NameCandidate
from dotterel.stages.place_resolution import PlaceNameResolver
from dotterel.stages.place_state_namesakes import find_county_state

US = "USA"
MAX_STATE_WORDS = 3  # "North Carolina", "District of Columbia"


def to_county_state_mentions(
    resolver: PlaceNameResolver, doc: Any, candidates: list[NameCandidate], context: dict[str, float]
) -> list[tuple[NameCandidate, PlaceMention | None]]:
    """Return each candidate with its place mention (:meth:`PlaceNameResolver.to_mention`), a US county's
    placed in the state the text gives it (:func:`to_county_state_mention`)."""
    gazetteer = resolver.gazetteer
    return [
        (c, to_county_state_mention(gazetteer, doc, c, resolver.to_mention(doc, c, context)))
        for c in candidates
    ]


def to_county_state_mention(
    gazetteer: Gazetteer, doc: Any, candidate: NameCandidate, mention: PlaceMention | None
) -> PlaceMention | None:
    """Return ``mention`` (the county's default reading) placed in the US state the text gives the county;
    ``mention`` itself for any other name, or when the text gives no such state."""
    if mention is None or doc[candidate.end - 1].lower_ not in gazetteer.words.state_county_nouns:
        return mention
    stated = find_county_state(gazetteer, doc, candidate)  # "Midland County, Michigan"
    admin1 = stated.admin1 if stated is not None else None
    if admin1 is None and mention.place.country == US:
        admin1 = _to_named_state(gazetteer, doc, candidate, mention.place.admin1)
    if admin1 is None or admin1 == mention.place.admin1:
        return mention
    place = replace(mention.place, country=US, admin1=admin1, lat=None, lon=None, kind="region")
    return replace(mention, place=place)


def _to_named_state(
    gazetteer: Gazetteer, doc: Any, candidate: NameCandidate, default: str | None
) -> str | None:
    """The admin1 key of the one US state the article names for a county read in state ``default`` (None
    for no state): one with a town of the county's name, when ``default`` is not named; the one state named,
    when ``default`` is None; else None."""
    named = _find_named_states(gazetteer, doc, candidate)
    if not named or default in named:
        return None
    if default is None:
        return next(iter(named)) if len(named) == 1 else None
    name = doc[candidate.start : candidate.end - 1].text
    towns = {
        e.admin1
        for e in gazetteer.find_entries(name, alternates=False)
        if e.kind == "city" and e.country == US and e.admin1 in named
    }
    return towns.pop() if len(towns) == 1 else None


def _find_named_states(gazetteer: Gazetteer, doc: Any, candidate: NameCandidate) -> frozenset[str]:
    """The admin1 keys of the US states named in the document outside the county's own name."""
    keys: set[str] = set()
    for token in doc:
        if candidate.start <= token.i < candidate.end or not token.text[:1].isupper() or _is_origin(token):
            continue
        for n in range(min(MAX_STATE_WORDS, len(doc) - token.i), 0, -1):
            entry = gazetteer.resolve(doc[token.i : token.i + n].text)
            key = entry.admin1 if entry is not None and entry.kind == "admin1" else None
            if key is not None and key.startswith("US."):
                keys.add(key)
                break
    return frozenset(keys)


def _is_origin(token: Any) -> bool:
    """True for a word of a name before a noun with an indefinite article: a person's origin ("A Texas man
    is arrested in Orange County"), not the state of the place ("Michigan Governor Gretchen Whitmer")."""
    head = token
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i > head.i:
        head = head.head
    return head is not token and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
