"""Town names with a spaced lower-case particle that the gazetteer knows only in their first part.

"Rot am See, Baden-Württemberg" is a small German town; the gazetteer (towns of 15,000+ people) knows only
"Rot", an alternate name of Roth in Bavaria, so the name finder stops there and the event took Roth. A name
found by the gazetteer that runs on with a spaced particle of ``town_name_particles`` (``places.yaml``: "am",
"an der", "upon", "sur", "de") and capitalised words up to a comma and a known place is read whole when the
small-town table (:mod:`dotterel.knowledge.small_towns`) has the whole name in the country of that place:
an unlisted, marked name the resolution then looks up there. Names the gazetteer has whole ("Frankfurt am
Main", "Newcastle upon Tyne") are found whole already; a run the table lacks ("Paris on Monday, France") and
a person's name ("Jean de la Fontaine") stay as they are.
"""

from __future__ import annotations

from typing import Any

import pycountry

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.knowledge.small_towns import SmallTownTable
from dotterel.stages.place_name_candidates import NameCandidate

__all__ = ["to_particle_town_candidates"]

MAX_PARTICLES, MAX_NAME_WORDS = 2, 2  # "an der", "vor der"; "See", "Bad Homburg"


def to_particle_town_candidates(
    doc: Any, candidates: list[NameCandidate], gazetteer: Gazetteer, small_towns: SmallTownTable
) -> list[NameCandidate]:
    """The candidates with each name that runs on into a small town's whole name ("Rot" of "Rot am See,
    Baden-Württemberg") read whole, as an unlisted name marked by its comma; the candidates it covers then
    are dropped."""
    out: list[NameCandidate] = []
    covered = 0
    for candidate in candidates:
        if candidate.start < covered:
            continue
        end = to_particle_town_end(doc, candidate, gazetteer, small_towns)
        if end is None:
            out.append(candidate)
            continue
        text = doc[candidate.start : end].text
        out.append(
            NameCandidate(candidate.start, end, text, locative=candidate.locative, unlisted=True, marked=True)
        )
        covered = end
    return out


def to_particle_town_end(
    doc: Any, candidate: NameCandidate, gazetteer: Gazetteer, small_towns: SmallTownTable
) -> int | None:
    """The end of the small town's whole name the candidate begins ("Rot am See" before ", Baden-
    Württemberg"), when the small-town table has it in the country of the place after its comma; else
    None."""
    if not candidate.entries or candidate.unlisted or candidate.end >= len(doc):
        return None
    particles = gazetteer.words.town_name_particles
    k = candidate.end
    while k < len(doc) and k - candidate.end < MAX_PARTICLES and _is_spaced_particle(doc, k, particles):
        k += 1
    if k == candidate.end:
        return None
    end = k
    while end < len(doc) and end - k < MAX_NAME_WORDS and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    if end == k or end + 1 >= len(doc) or doc[end].text != ",":
        return None
    iso2 = _country_after_comma(doc, end + 1, gazetteer)
    if iso2 is None or small_towns.resolve_town(doc[candidate.start : end].text, iso2) is None:
        return None
    return end


def _is_spaced_particle(doc: Any, k: int, particles: frozenset[str]) -> bool:
    """True for a lower-case particle at ``k`` spaced from the words around it ("am" of "Rot am See")."""
    word = doc[k]
    return word.text in particles and bool(doc[k - 1].whitespace_) and bool(word.whitespace_)


def _country_after_comma(doc: Any, i: int, gazetteer: Gazetteer) -> str | None:
    """The ISO alpha-2 code of the country of the known place whose name starts at ``i`` (a country or a
    division: "Baden-Württemberg", "Germany"), the longest name first; None when none starts there."""
    for n in range(min(4, len(doc) - i), 0, -1):
        if not doc[i].text[:1].isupper():
            return None
        entry = gazetteer.resolve(doc[i : i + n].text)
        if entry is not None and entry.country:
            country = pycountry.countries.get(alpha_3=entry.country)
            return country.alpha_2 if country else None
    return None
