"""Address chains and small towns: the place each part of "<town>, <division>, <country>" stands for.

A town the gazetteer lacks, marked as a place in a country the text names ("in Kankara, Katsina, Nigeria",
"the town of X, Chad"), is looked up in the small-town table (:mod:`dotterel.knowledge.small_towns`, GeoNames
places of 500+ people, in the US state named after it: "Commerce, Texas") and given its point
(``places.small-town.v1``). The middle of a chain ("Kankara, Katsina, Nigeria", "the Maruf District,
Kandahar") is the division of that name, with no city point: the event then takes the most specific part.
A name the gazetteer lacks that ends in a water noun ("the Sulu Sea") or starts with one and "of" ("the
Gulf of Tonkin") is a region of no country and no point (``water_nouns`` of ``place_resolution.yaml``).
"""

from __future__ import annotations

from typing import Any

import pycountry

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry, to_ascii_name
from dotterel.knowledge.small_towns import SmallTownTable
from dotterel.model import Place, PlaceMention, Span
from dotterel.stages.place_names import RULE_REGION, NameCandidate


class PlaceChains:
    """Read the parts of an address chain and look up the small towns the text marks as places.

    Args:
        gazetteer: the gazetteer.
        small_towns: the small-town table (opened on its first question).
    """

    def __init__(
        self, gazetteer: Gazetteer, small_towns: SmallTownTable, water_nouns: frozenset[str] = frozenset()
    ) -> None:
        self.gazetteer = gazetteer
        self.words = gazetteer.words
        self.small_towns = small_towns
        self.water_nouns = water_nouns

    def to_water_mention(self, doc: Any, candidate: NameCandidate, span: Span) -> PlaceMention | None:
        """The body of water an unknown name stands for, a region of no country: "the Sulu Sea", "the Gulf
        of Tonkin" (the whole name from the water noun); None for other names."""
        first, last = doc[candidate.start], doc[candidate.end - 1]
        if candidate.end - candidate.start < 2 or not candidate.text[:1].isupper():
            return None
        if last.lower_ in self.water_nouns or (
            first.lower_ in self.water_nouns and doc[first.i + 1].lower_ == "of"
        ):
            return PlaceMention(span, Place(candidate.text, None, None, None, None, "region"), RULE_REGION)
        return None

    def resolve_small_town(self, doc: Any, candidate: NameCandidate, iso3: str) -> Place | None:
        """The GeoNames town of 500+ people the name stands for in ``iso3`` (in the division named after it,
        when known: "Commerce, Texas", "Kankara, Katsina"; :mod:`dotterel.knowledge.small_towns`), as a city
        with its point, or None."""
        country = pycountry.countries.get(alpha_3=iso3)
        if country is None or doc[candidate.end - 1].lemma_.lower() in self.words.facilities:
            return None  # "Heathrow Airport, London" is no town
        division = self._division_code_after(doc, candidate.end, iso3)
        record = self.small_towns.resolve_town(candidate.text, country.alpha_2, division)
        if record is None:
            return None
        admin1 = f"{record['countrycode']}.{record['admin1code']}" if record.get("admin1code") else None
        lat, lon = float(record["latitude"]), float(record["longitude"])
        return Place(to_ascii_name(record["name"]), iso3, admin1, lat, lon, "city")

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
        Katsina, Nigeria", "Villa Unión, Coahuila, Mexico", "the Maruf District, Kandahar"): a division."""
        start, end = candidate.start, candidate.end
        if start < 2 or doc[start - 1].text != "," or not doc[start - 2].text[:1].isupper():
            return False
        if doc[start - 2].lower_ in self.words.local_admin_suffixes:
            return True
        return end + 1 < len(doc) and doc[end].text == "," and self._country_starts(doc, end + 1)

    def _country_starts(self, doc: Any, i: int) -> bool:
        """True when a country's name starts at token ``i`` ("Nigeria", "Burkina Faso")."""
        return any(
            e.kind == "country"
            for n in range(1, min(4, len(doc) - i) + 1)
            for e in self.gazetteer.find_entries(doc[i : i + n].text, alternates=False)
        )
