"""Address chains and small towns: the place each part of "<town>, <division>, <country>" stands for.

A town the gazetteer lacks, marked as a place in a country the text names ("in Kankara, Katsina, Nigeria",
"the town of X, Chad"), is looked up in the small-town table (:mod:`dotterel.knowledge.small_towns`, GeoNames
places of 500+ people, in the US state named after it: "Commerce, Texas") and given its point
(``places.small-town.v1``). The middle of a chain ("Kankara, Katsina, Nigeria", "the Maruf District,
Kandahar") is the division of that name, with no city point: the event then takes the most specific part.
A US state after a town's comma picks the state's town of that name ("Lancaster, South Carolina"; else its
small town, else an unlisted place of the state), not the biggest namesake (Lancaster, California).
A name the gazetteer lacks that ends in a water noun ("the Sulu Sea") or starts with one and "of" ("the
Gulf of Tonkin") is a region of no country and no point (``water_nouns`` of ``place_resolution.yaml``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pycountry

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry, to_ascii_name
from dotterel.knowledge.place_resolution import load_place_resolution_words
from dotterel.knowledge.small_towns import SmallTownTable
from dotterel.knowledge.water_towns import WaterTowns
from dotterel.model import Place, PlaceMention, Span
from dotterel.stages.place_context_towns import resolve_alias_town, resolve_context_town
from dotterel.stages.place_landmarks import is_country_feature
from dotterel.stages.place_names import (
    RULE_GAZETTEER,
    RULE_REGION,
    RULE_SMALL_TOWN,
    RULE_UNLISTED,
    NameCandidate,
)
from dotterel.stages.place_state_namesakes import find_county_state, find_state_namesake

UNMARKED_TOWN_MIN_POPULATION = 5_000  # GeoNames' cities5000 floor


class PlaceChains:
    """Read the parts of an address chain and look up the small towns the text marks as places.

    Args:
        gazetteer: the gazetteer.
        small_towns: the small-town table (opened on its first question).
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        small_towns: SmallTownTable,
        water_nouns: frozenset[str] = frozenset(),
        variants: Mapping[str, str] | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.words = gazetteer.words
        self.small_towns = small_towns
        self.water_nouns = water_nouns
        self.water_towns = WaterTowns(small_towns, water_nouns)  # "Causeway Bay": a town, not a bay
        self.country_feature_nouns = load_place_resolution_words().country_feature_nouns
        self.variants = variants or {}  # transliterations: "Tell Abyad" is GeoNames' "Tall Abyaḑ"
        self._divisions: tuple[Any, frozenset[str]] | None = None  # the last document and its divisions

    def to_water_mention(
        self, doc: Any, candidate: NameCandidate, span: Span, local: dict[str, float] | None = None
    ) -> PlaceMention | None:
        """The body of water an unknown name stands for, a region of no country: "the Sulu Sea", "the Gulf
        of Tonkin" (the whole name from the water noun); None for other names. A name the text places in one
        country by a place after a comma (``local``: "Toksook Bay, Alaska") is of that country."""
        first, last = doc[candidate.start], doc[candidate.end - 1]
        if candidate.end - candidate.start < 2 or not candidate.text[:1].isupper():
            return None
        nouns = self.country_feature_nouns  # "the Congo River": the river, not the country
        if (
            last.lower_ in self.water_nouns
            or (first.lower_ in self.water_nouns and doc[first.i + 1].lower_ == "of")
            or is_country_feature(doc, candidate.start, candidate.end, self.gazetteer, nouns)
        ):
            placed = local and len(local) == 1 and doc[candidate.end : candidate.end + 1].text == ","
            code = next(iter(local)) if local and placed else None  # "Toksook Bay, Alaska"
            town = None if code else self.water_towns.find_water_town(candidate.text)
            if town is not None:
                return PlaceMention(
                    span, Place(town.name, town.country, None, town.lat, town.lon, "city"), RULE_SMALL_TOWN
                )
            return PlaceMention(span, Place(candidate.text, code, None, None, None, "region"), RULE_REGION)
        return None

    def resolve_small_town(
        self, doc: Any, candidate: NameCandidate, iso3: str, division: str | None = None, marked: bool = True
    ) -> Place | None:
        """The GeoNames town of 500+ people the name stands for in ``iso3`` (in the division named after it,
        when known: "Commerce, Texas", "Kankara, Katsina", else in ``division``, a GeoNames admin1 code such
        as "SC"; :mod:`dotterel.knowledge.small_towns`; by a transliteration variant too: "Tell Abyad", named
        as the text spells it, is GeoNames' "Tall Abyaḑ"), as a city with its point, or None. A name the text
        does not mark as a town (not ``marked``) is one only in a place slot ("a lockdown in Kastoria") and
        of ``UNMARKED_TOWN_MIN_POPULATION`` people (the island Luzon is no village Luzon of 3,000)."""
        country = pycountry.countries.get(alpha_3=iso3)
        if country is None or doc[candidate.end - 1].lemma_.lower() in self.words.facilities:
            return None  # "Heathrow Airport, London" is no town
        if not (marked or candidate.locative):
            return None
        division = self._division_code_after(doc, candidate.end, iso3) or division
        record = self.small_towns.resolve_town(candidate.text, country.alpha_2, division, self.variants)
        people = int(record.get("population") or 0) if record is not None else 0
        if record is None or not (marked or people >= UNMARKED_TOWN_MIN_POPULATION):
            return None
        admin1 = f"{record['countrycode']}.{record['admin1code']}" if record.get("admin1code") else None
        lat, lon = float(record["latitude"]), float(record["longitude"])
        name = to_ascii_name(record["name"]) if record["name"] == candidate.text else candidate.text
        return Place(name, iso3, admin1, lat, lon, "city")

    def resolve_sole_small_town(
        self, doc: Any, candidate: NameCandidate, countries: Mapping[str, float]
    ) -> Place | None:
        """The small town a name the text marks as a place ("the town of X", "X, <division>") stands for
        when the article is about several countries alike: the town of the one country of ``countries``
        that has it ("clashes between Turkish forces and the Syrian Army in the town of Ras al-Ain": the
        Syrian town); None for an unmarked name, or when none or several of them have a town of that name."""
        if not candidate.marked:
            return None
        towns = [self.resolve_small_town(doc, candidate, code) for code in sorted(countries)]
        return _to_sole_town(towns)

    def resolve_border_town(self, doc: Any, candidate: NameCandidate, iso3: str | None) -> Place | None:
        """The small town of a neighbour of ``iso3`` that "the border town of X" names, when the text names
        no country of its own for it and X is a town of exactly one neighbour ("Turkey shells the border town
        of Ras al-Ain": the Syrian town, not a Turkish place); None otherwise."""
        root = doc[candidate.start : candidate.end].root
        noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
        bordered = noun is not None and any(
            c.dep_ in ("compound", "amod") and c.lower_ in self.words.border_nouns for c in noun.children
        )
        if noun is None or not bordered or iso3 is None or noun.lemma_.lower() not in self.words.town_nouns:
            return None
        towns = [
            self.resolve_small_town(doc, candidate, n) for n in sorted(self.gazetteer.find_neighbours(iso3))
        ]
        return _to_sole_town(towns)

    def to_division_homonym(
        self, doc: Any, candidate: NameCandidate, entry: GazetteerEntry, span: Span
    ) -> PlaceMention | None:
        """The town of the name in the division named after its comma, when the best entry is a town of the
        same name in another division ("Lancaster, South Carolina" is not Lancaster, California; "Paris,
        Texas" not the French capital; "Lebanon, Pennsylvania" not the country, unless the state begins a
        list: "Mexico, Texas and California"): that division's town of the gazetteer, else the small town of
        the 500+ file there, else an unlisted place of the division (no point). None when the entry is in the
        named division, or when what follows the comma is no division with a GeoNames key (a country:
        "Tbilisi, Georgia" stays in Georgia)."""
        if entry.kind not in ("city", "country") or candidate.suffix or candidate.unlisted:
            return None
        if entry.kind == "country":
            division = self._division_after(doc, candidate.end)
            if division is None or division.country == entry.country or _begins_list(doc, candidate.end + 1):
                return None
        else:
            division = self._division_after(doc, candidate.end) or self.find_state_after(doc, candidate)
        if division is None or division.admin1 == entry.admin1 or division.country is None:
            return None
        towns = [
            e
            for e in self.gazetteer.find_entries(candidate.text, alternates=False)
            if e.kind == "city" and e.admin1 == division.admin1
        ]
        if towns:
            best = max(towns, key=lambda e: e.population)
            return PlaceMention(span, best.to_place(), RULE_GAZETTEER)
        town = self.resolve_small_town(doc, candidate, division.country)
        if town is not None and town.admin1 == division.admin1:
            return PlaceMention(span, town, RULE_SMALL_TOWN)
        place = Place(candidate.text, division.country, division.admin1, None, None, "locality")
        return PlaceMention(span, place, RULE_UNLISTED)

    def to_homonym_town(
        self,
        doc: Any,
        candidate: NameCandidate,
        entry: GazetteerEntry,
        weights: Mapping[str, float],
        span: Span,
    ) -> PlaceMention | None:
        """The town a name stands for when ``entry`` is a homonym elsewhere: of the division named after it
        (:meth:`to_division_homonym`), of a US state named after a town (:meth:`to_named_state_homonym`), or
        of a country the text names (:mod:`dotterel.stages.place_context_towns`: "Suluk, Raqqa Governorate"
        is the Syrian village, not Jolo in the Philippines)."""
        named = self.to_division_homonym(doc, candidate, entry, span)
        named = named or self.to_named_state_homonym(doc, candidate, entry, span)
        if named is not None:
            return named
        town = resolve_context_town(self.gazetteer, doc, candidate, entry, weights, self.resolve_small_town)
        return None if town is None else PlaceMention(span, town, RULE_SMALL_TOWN)

    def to_alias_town(
        self, doc: Any, candidate: NameCandidate, weights: Mapping[str, float], span: Span
    ) -> PlaceMention | None:
        """The town of a country the text names that a name the gazetteer knows only as another name of a
        small city stands for (:func:`dotterel.stages.place_context_towns.resolve_alias_town`), or None."""
        town = resolve_alias_town(self.gazetteer, doc, candidate, weights, self.resolve_small_town)
        return None if town is None else PlaceMention(span, town, RULE_SMALL_TOWN)

    def to_named_state_homonym(
        self, doc: Any, candidate: NameCandidate, entry: GazetteerEntry, span: Span
    ) -> PlaceMention | None:
        """The town of the name in a division the text names elsewhere, when several divisions of the entry's
        country have a town of that name and the best entry's is not named ("Two people were shot in
        Springfield, the Illinois State Police said": Springfield, Illinois; the small town of the one
        division named when the gazetteer has none there: "… in Lancaster. South Carolina police said …");
        None otherwise."""
        if entry.kind != "city" or candidate.suffix or candidate.unlisted or not entry.admin1:
            return None
        namesakes = [
            e
            for e in self.gazetteer.find_entries(candidate.text, alternates=False)
            if e.kind == "city" and e.country == entry.country and e.admin1
        ]
        if len({e.admin1 for e in namesakes}) < 2:
            return None
        divisions = self._named_divisions(doc)
        named = [e for e in namesakes if e.admin1 in divisions]
        if entry.admin1 in divisions:
            return None
        if named:
            return PlaceMention(span, max(named, key=lambda e: e.population).to_place(), RULE_GAZETTEER)
        own = [key for key in divisions if key.startswith(f"{entry.admin1.split('.')[0]}.")]
        if len(own) != 1 or entry.country is None:  # the small town of the one division named
            return None
        town = self.resolve_small_town(doc, candidate, entry.country, own[0].split(".", 1)[1])
        return (
            PlaceMention(span, town, RULE_SMALL_TOWN) if town is not None and town.admin1 == own[0] else None
        )

    def find_state_after(self, doc: Any, candidate: NameCandidate) -> GazetteerEntry | None:
        """The division after the name's comma that shares its name with a country, when the name is its
        town ("Brunswick, Georgia": the US state; :mod:`dotterel.stages.place_state_namesakes`), or None."""
        county = find_county_state(self.gazetteer, doc, candidate)  # "Miami-Dade County, Florida"
        return county or find_state_namesake(self.gazetteer, doc, candidate, self.resolve_small_town)

    def find_state_country(self, doc: Any, candidate: NameCandidate, token: Any) -> str | None:
        """The country of that division when ``token`` begins it ("Brunswick, Georgia": the United States,
        not Georgia), or None."""
        state = self.find_state_after(doc, candidate) if token.i == candidate.end + 1 else None
        return None if state is None else state.country

    def _named_divisions(self, doc: Any) -> frozenset[str]:
        """The admin1 keys of the divisions with a key (US states) the document names, read once per
        document."""
        if self._divisions is not None and self._divisions[0] is doc:
            return self._divisions[1]
        keys = set()
        for token in doc:
            if not token.text[:1].isupper():
                continue
            for n in range(min(3, len(doc) - token.i), 0, -1):
                found = self.gazetteer.resolve(doc[token.i : token.i + n].text)
                if found is not None and found.kind == "admin1" and found.admin1:
                    keys.add(found.admin1)
        self._divisions = (doc, frozenset(keys))
        return self._divisions[1]

    def _division_after(self, doc: Any, end: int) -> GazetteerEntry | None:
        """The division with a GeoNames admin1 key (a US state) that the name after ", " at ``end`` reads as
        on its own (not "Georgia", the country), or None."""
        if end + 1 >= len(doc) or doc[end].text != ",":
            return None
        for n in range(min(3, len(doc) - end - 1), 0, -1):
            if any(t.is_sent_start or not t.text[:1].isupper() for t in doc[end + 1 : end + 1 + n]):
                continue
            entry = self.gazetteer.resolve(doc[end + 1 : end + 1 + n].text)
            if entry is not None:
                return entry if entry.kind == "admin1" and entry.admin1 else None
        return None

    def _division_code_after(self, doc: Any, end: int, iso3: str) -> str | None:
        """The GeoNames admin1 code of the division named after ", " at ``end``: a US state's ("Texas" is
        "TX"), else that of the city named like it, its seat ("Katsina" the city is in Katsina State, "24");
        None when there is none."""
        if end + 1 >= len(doc) or doc[end].text != ",":
            return None
        for n in range(min(3, len(doc) - end - 1), 0, -1):
            entries = self.gazetteer.find_entries(doc[end + 1 : end + 1 + n].text, alternates=False)
            codes = [
                e.admin1 for e in entries if e.country == iso3 and e.admin1 and e.kind in ("admin1", "city")
            ]
            if codes:
                return codes[0].split(".", 1)[1]
        return None

    def to_chain_division(
        self, doc: Any, candidate: NameCandidate, entry: GazetteerEntry, span: Span
    ) -> PlaceMention | None:
        """The division a city's name stands for in the middle of an address chain, after a place and a
        comma and before ", <country>" or after a district ("in Kankara, Katsina, Nigeria", "the Maruf
        District, Kandahar": the state and the province, no city point); None elsewhere ("Gateshead,
        Sunderland" is a list of towns)."""
        if entry.kind != "city" or candidate.suffix or not self.is_chain_middle(doc, candidate):
            return None
        divisions = [
            e
            for e in self.gazetteer.find_entries(candidate.text, alternates=False)
            if e.kind == "admin1" and e.country == entry.country
        ]
        if not divisions:
            return None
        place = Place(candidate.text, entry.country, divisions[0].admin1, None, None, "region")
        return PlaceMention(span, place, RULE_REGION)

    def is_chain_middle(self, doc: Any, candidate: NameCandidate) -> bool:
        """True for a name after a place and a comma and before ", <country>", or after a district ("Kankara,
        Katsina, Nigeria", "Villa Unión, Coahuila, Mexico", "the Maruf District, Kandahar", "in Wandai
        district, Intan Jaya"): a division."""
        start, end = candidate.start, candidate.end
        if start < 2 or doc[start - 1].text != ",":
            return False
        if doc[start - 2].lower_ in self.words.local_admin_suffixes:  # "District" or "district"
            return True
        if not doc[start - 2].text[:1].isupper():
            return False
        return end + 1 < len(doc) and doc[end].text == "," and self._country_starts(doc, end + 1)

    def _country_starts(self, doc: Any, i: int) -> bool:
        """True when a country's name starts at token ``i`` ("Nigeria", "Burkina Faso")."""
        return any(
            e.kind == "country"
            for n in range(1, min(4, len(doc) - i) + 1)
            for e in self.gazetteer.find_entries(doc[i : i + n].text, alternates=False)
        )


def _to_sole_town(towns: list[Place | None]) -> Place | None:
    """The one town found among ``towns`` (None where a country has none); None when none or several are."""
    found = [town for town in towns if town is not None]
    return found[0] if len(found) == 1 else None


def _begins_list(doc: Any, start: int) -> bool:
    """True when the capitalised name at ``start`` is followed by "and", "or" or a comma and another
    capitalised word: a list of names ("Mexico, Texas and California"), not the end of an address."""
    i = start
    while i < len(doc) and i - start < 3 and doc[i].text[:1].isupper():
        i += 1
    if i >= len(doc):
        return False
    if doc[i].lower_ in ("and", "or", "&"):
        return True
    return doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
