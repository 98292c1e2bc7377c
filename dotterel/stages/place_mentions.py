"""Small helpers of :mod:`dotterel.stages.place_resolution`: the region a direction noun or direction words
make of a place, the countries on a border's side, a city known only by one alternate name, the places of a
comma list and of a name's own "in" phrase, and small foreign towns that begin a longer proper name."""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import ALTERNATE_MIN_POPULATION, Gazetteer, GazetteerEntry, PlaceWords
from dotterel.model import Place, PlaceMention, Span
from dotterel.stages.place_name_parts import starts_longer_name
from dotterel.stages.place_names import RULE_REGION, NameCandidate

SOLE_ALTERNATE_MIN_POPULATION = 50_000


def resolve_sole_alternate(
    gazetteer: Gazetteer, candidate: NameCandidate, weights: dict[str, float]
) -> GazetteerEntry | None:
    """Return the one city a located name is an alternate name of, in a text that names no country
    ("attacks in Londonderry": Derry, which GeoNames lists under its other name), when that city has
    ``SOLE_ALTERNATE_MIN_POPULATION`` people; None when the text names a country (it decides, in
    :meth:`Gazetteer.resolve`), when several places share the name, or for a small town."""
    if weights or not candidate.locative or candidate.unlisted or candidate.suffix:
        return None
    if gazetteer.find_entries(candidate.text, alternates=False):
        return None
    entries = gazetteer.find_alternate_entries(candidate.text)
    if len(entries) != 1 or entries[0].kind != "city":
        return None
    return entries[0] if entries[0].population >= SOLE_ALTERNATE_MIN_POPULATION else None


def find_on_side(sides: frozenset[str], *pools: dict[str, float]) -> dict[str, float]:
    """Return the countries of the first pool (nearest first) that are on the border's side (``sides``)."""
    for pool in pools:
        found = {code: weight for code, weight in pool.items() if code in sides}
        if found:
            return found
    return {}


def to_region_mention(doc: Any, candidate: NameCandidate, entry: GazetteerEntry) -> PlaceMention:
    """Return the region a direction noun makes of the place: "Thailand's mainly Muslim south" is southern
    Thailand, "the north of Borno State" northern Borno State (kind ``region``, no point)."""
    region = candidate.region
    assert region is not None
    name = doc[candidate.start : candidate.end].text if candidate.suffix else entry.name
    place = Place(f"{region.adjective} {name}", entry.country, None, None, None, "region")
    last = doc[region.end - 1]
    return PlaceMention(Span(doc[region.start].idx, last.idx + len(last.text)), place, RULE_REGION)


def to_direction_mention(
    doc: Any, candidate: NameCandidate, entry: GazetteerEntry, span: Span, name: str
) -> PlaceMention:
    """Return the region the direction words before the name make of the place called ``name``: "northern
    Iraq", "South Kordofan" read as a direction (kind ``region``, no point)."""
    assert candidate.direction is not None
    direction_start = doc[candidate.start - len(candidate.direction.replace("-", " - ").split())].idx
    direction = doc.text[direction_start : doc[candidate.start].idx].strip()  # "northern", "South"
    place = Place(f"{direction} {name}", entry.country, None, None, None, "region")
    return PlaceMention(Span(direction_start, span.end), place, RULE_REGION)


def find_following_place_tokens(doc: Any, i: int) -> list[Any]:
    """Return the first token of each place in a comma list from ``i`` ("Spin Boldak, Kandahar Province,
    Afghanistan"), at most three."""
    tokens: list[Any] = []
    while i < len(doc) and len(tokens) < 3:
        tokens.append(doc[i])
        nxt = next((j for j in range(i, min(i + 5, len(doc))) if doc[j].text == ","), None)
        if nxt is None:
            break
        i = nxt + 1
    return tokens


def find_following_container_tokens(doc: Any, i: int) -> list[Any]:
    """The first tokens of :func:`find_following_place_tokens` that may contain the name before the comma,
    not the possessor of a noun after it (", South Korea's military said", "Kabul, Afghanistan's capital")
    nor a demonym (", Turkish monitors said"); a possessor is a run of proper names ending in "'s"."""
    out = []
    for token in find_following_place_tokens(doc, i):
        end = token.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end - 1].pos_ == "PROPN":
            end += 1
        out += [] if end < len(doc) and doc[end].tag_ == "POS" else [token]
    return out


def is_foreign_town_in_name(
    doc: Any, candidate: NameCandidate, entry: GazetteerEntry, weights: dict[str, float], words: PlaceWords
) -> bool:
    """True when the name's reading is a small town of a country the text is not about and the name is the
    first word of a longer proper name (:func:`starts_longer_name`): "the diplomatic Green Zone" of Kabul is
    not Green, Ohio. Not a town of the article's countries ("the Ferguson Police Department" in a story
    about Missouri), nor one of 100,000 people ("the Karachi Stock Exchange")."""
    if entry.kind != "city" or entry.population >= ALTERNATE_MIN_POPULATION or candidate.suffix:
        return False
    if weights.get(entry.country or "", 0.0) > 0:
        return False
    return starts_longer_name(doc, candidate.start, candidate.end, words)


def is_small_town_in_name(doc: Any, candidate: NameCandidate, words: PlaceWords) -> bool:
    """True when every reading of the name is a town under 100,000 people and the name is the first word of
    a longer proper name ("the Green Zone"): it does not tell which country the article is about."""
    small = all(e.kind == "city" and e.population < ALTERNATE_MIN_POPULATION for e in candidate.entries)
    return small and starts_longer_name(doc, candidate.start, candidate.end, words)


def to_first_name_words(preps: list[Any]) -> list[Any]:
    """Return the first capitalised word of each object of the prepositions (and of its conjuncts): a
    place is read from its first word ("in Lower Juba" is Somalia's, not the South Sudanese Juba)."""
    objects = [o for prep in preps for g in prep.children if g.dep_ == "pobj" for o in (g, *g.conjuncts)]
    firsts = (next((t for t in o.subtree if t.text[:1].isupper()), None) for o in objects)
    return [t for t in firsts if t is not None]


def find_own_in_phrase_names(root: Any) -> list[Any]:
    """Return the first capitalised word of each place of the name's own "in" phrase: "near the village of
    Nayrab in Idlib Governorate", "Qanus Island in Iraq's Saladin Governorate", "the town of … in Lower
    Juba" are in Syria, Iraq and Somalia (the whole name from its first word: not the South Sudanese Juba)."""
    return to_first_name_words([c for c in root.children if c.dep_ == "prep" and c.lower_ == "in"])
