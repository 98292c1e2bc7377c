"""A town of a country the text names, for a name the gazetteer reads as a far homonym.

The gazetteer holds cities of 15,000 people and more, and reads a name also by the other names of those
cities. A village of a country the article is about often shares its name with such a city elsewhere: "a car
bomb in Suluk, Raqqa Governorate" is not Jolo in the Philippines (once called Suluk), "airstrikes on Ariha" of
a text about Syria not Jericho (Arīḩā among its other names). When the city the gazetteer gives lies in a
country the text does not name (or is reached only by another of its names, in a country the text names less
than another), and GeoNames' 500+ file has a town of that primary name in a country the text names more, the
name is that town (with its point), if exactly one such country has one, and only where the name stands in
a place slot ("in X", "near X", "the village of X"). The name itself does not name its city's country: "in
Mena, Ukrainian officials say" is the Ukrainian town, not Mena, Ethiopia, unless another word names Ethiopia.
A city of ``FAR_CITY_MAX_POPULATION`` people or more, reached by its own name, stays itself ("Paris" of a text
about Mexico is still the French capital): a village does not outweigh a well-known city. A name the
gazetteer knows only as another name of a small city, which it does not read in a text about another
country, is read the same way (:func:`resolve_alias_town`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry
from dotterel.model import Place
from dotterel.stages.place_names import NameCandidate

FAR_CITY_MAX_POPULATION = 100_000
OWN_PLACE_WEIGHT = 1.5  # the weight a located name gives its own country (place_resolution's PLACE_WEIGHT)

TownLookup = Callable[[Any, NameCandidate, str], "Place | None"]


def resolve_context_town(
    gazetteer: Gazetteer,
    doc: Any,
    candidate: NameCandidate,
    entry: GazetteerEntry,
    weights: Mapping[str, float],
    find_town: TownLookup,
) -> Place | None:
    """Return the small town of a country of ``weights`` that ``candidate`` stands for instead of the far
    city ``entry`` (see the module's docstring), or None to keep ``entry``. ``find_town`` looks a name up
    in one country's towns of the 500+ file (``PlaceChains.resolve_small_town``)."""
    if entry.kind != "city" or candidate.suffix or candidate.unlisted or not candidate.text[:1].isupper():
        return None
    if not (candidate.locative or candidate.marked):  # "a Suluk man" names no place of the act
        return None
    by_own_name = entry in gazetteer.find_entries(candidate.text, alternates=False)
    if by_own_name and entry.population >= FAR_CITY_MAX_POPULATION:
        return None
    own = weights.get(entry.country or "", 0.0)
    if own > OWN_PLACE_WEIGHT or (own > 0 and _names_country_elsewhere(gazetteer, doc, candidate, entry)):
        if by_own_name:
            return None  # the text names the city's country ("Mena, Ethiopia", "Ethiopian police")
    else:
        own = 0.0  # the name alone weighs for its city's country: "in Mena, Ukrainian officials say"
    rivals = [code for code, weight in weights.items() if weight > own and code != entry.country]
    return _find_sole_town(doc, candidate, rivals, find_town)


def _names_country_elsewhere(
    gazetteer: Gazetteer, doc: Any, candidate: NameCandidate, entry: GazetteerEntry
) -> bool:
    """True when a word outside the name names the country of ``entry``: a demonym ("Ethiopian"), the
    country's name ("Colombia", though towns elsewhere bear it), or a name of one, two or three words whose
    places all lie in that country ("Addis Ababa")."""
    for i, token in enumerate(doc):
        if candidate.start <= i < candidate.end or not token.text[:1].isupper():
            continue
        if gazetteer.resolve_demonym(token.text) == entry.country:
            return True
        for n in range(1, min(3, len(doc) - i) + 1):
            found = gazetteer.find_entries(doc[i : i + n].text, alternates=False)
            codes = {e.country for e in found if e.kind == "country"} or {e.country for e in found}
            if codes == {entry.country}:
                return True
    return False


def resolve_alias_town(
    gazetteer: Gazetteer,
    doc: Any,
    candidate: NameCandidate,
    weights: Mapping[str, float],
    find_town: TownLookup,
) -> Place | None:
    """Return the small town of a country of ``weights`` a located name stands for when the gazetteer knows
    the name only as another name of a small city it does not read here ("shelled Ariha" of a text about
    Syria: not Jericho, once Arīḩā); None for a landmark's name ("Central Park") or when no single country of
    the text has a town of that primary name."""
    if not candidate.entries or candidate.suffix or candidate.unlisted or not candidate.text[:1].isupper():
        return None
    if not (candidate.locative or candidate.marked) or gazetteer.find_entries(
        candidate.text, alternates=False
    ):
        return None
    if candidate.text.split()[-1].lower() in gazetteer.words.landmark_nouns:
        return None
    return _find_sole_town(
        doc, candidate, [code for code, weight in weights.items() if weight > 0], find_town
    )


def _find_sole_town(
    doc: Any, candidate: NameCandidate, codes: list[str], find_town: TownLookup
) -> Place | None:
    """The town of the name in the one country of ``codes`` that has one; None when none or several do."""
    found = [town for town in (find_town(doc, candidate, code) for code in sorted(codes)) if town is not None]
    return found[0] if len(found) == 1 else None
