"""Resolving located place names: the countries an article is about, and the place each name stands for.

Ambiguous names go to the country the article is about: the countries of its other places, actor mentions and
demonyms (weight 1), or an adjacent country or demonym ("Tripoli, Lebanon", "the Lebanese port of Tripoli",
"Papua New Guinea's Hela province", weight 10), then population (:meth:`Gazetteer.resolve`). A name the
gazetteer does not know (``places.unlisted.v1``) takes the one country its neighbourhood, its sentence or the
article names, and no point. A border phrase that describes the name ("the towns of Badr and Tiji near the
Tunisian border") favours the countries on its side and turns a known town of another country into an
unlisted place of the neighbour the text names (:mod:`dotterel.stages.place_borders`). With no country named
next to it, a name's list ("California, Texas or Georgia": the US state) or a division word of its sentence
("a province-wide lockdown across Ontario": the Canadian province) chooses its reading, and a list member
after a comma is no container ("Texas, Georgia" of that list) (:mod:`dotterel.stages.place_lists`), and a
list member may be read by its alternate name in the list's country ("Newcastle, Gateshead and Sunderland":
Newcastle upon Tyne). A town the gazetteer lacks, marked as a place, gets its point from the small-town
table, the middle of an address chain is a division ("Kankara, Katsina, Nigeria"), and an unknown body of
water a region of no country, and a US state named after a town picks that state's town of the name
("Lancaster, South Carolina", not the Californian city) (:mod:`dotterel.stages.place_chains`). A town under
100,000 people of a country the article is not about that begins a longer proper name ("the diplomatic Green
Zone" of Kabul, not Green, Ohio) is no place, and gives the article no country
(:mod:`dotterel.stages.place_mentions`). Which names are places and locations:
:mod:`dotterel.stages.place_names`. The countries named right by a name ("Tripoli, Lebanon") and the entry of
a division's name moved to :mod:`dotterel.stages.place_local_countries`.
"""

from __future__ import annotations

import re
from typing import Any

from dotterel.knowledge.gazetteer import KIND_RANK, Gazetteer, GazetteerEntry, PlaceWords
from dotterel.knowledge.small_towns import SmallTownTable, load_small_town_table
from dotterel.model import Article, Place, PlaceMention, Span
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.group_phrases import RULE_LOCATED
from dotterel.stages.place_alternates import find_context_alternates, resolve_in_context
from dotterel.stages.place_borders import BorderReader
from dotterel.stages.place_chains import PlaceChains
from dotterel.stages.place_court_districts import to_court_district_mention
from dotterel.stages.place_facility_names import to_countryless_facility
from dotterel.stages.place_lists import PlaceReadings
from dotterel.stages.place_local_countries import LOCAL_WEIGHT, LocalCountries, resolve_division_entry
from dotterel.stages.place_mentions import (
    find_on_side,
    is_foreign_town_in_name,
    is_small_town_in_name,
    to_direction_mention,
    to_region_mention,
)
from dotterel.stages.place_name_parts import follows_place_noun
from dotterel.stages.place_names import (
    RULE_GAZETTEER,
    RULE_REGION,
    RULE_SMALL_TOWN,
    RULE_UNLISTED,
    NameCandidate,
    names_word,
)
from dotterel.stages.place_owned_territories import to_territory_mention
from dotterel.stages.place_person_nationalities import keep_unlisted_countries
from dotterel.stages.place_sponsors import find_attacker_and_sponsor_offsets, find_sentence_countries

BORDER_WEIGHT, PLACE_WEIGHT, CONTEXT_WEIGHT = 5.0, 1.5, 1.0  # LOCAL_WEIGHT: place_local_countries
_BRACKETED = re.compile(r"\([^()]*\)")


class PlaceNameResolver:
    """Resolve the located names :class:`~dotterel.stages.place_names.PlaceNameFinder` found to places."""

    def __init__(self, gazetteer: Gazetteer, small_towns: SmallTownTable | None = None) -> None:
        self.gazetteer = gazetteer
        self.words: PlaceWords = gazetteer.words
        self.borders = BorderReader(gazetteer)
        self.readings = PlaceReadings(gazetteer)
        towns = small_towns or load_small_town_table()  # the file is opened on the first question only
        words = self.readings.words
        self.chains = PlaceChains(gazetteer, towns, words.water_nouns, words.transliteration_variants)
        self.local = LocalCountries(gazetteer, self.chains, self.readings)  # "Tripoli, Lebanon"

    def find_context_countries(self, article: Article, candidates: list[NameCandidate]) -> dict[str, float]:
        """Return the countries the article is about: its actors' and demonyms' (weight 1) and, above them,
        the countries of the places it names as locations (weight 1.5). A news outlet in brackets ("(BBC
        News)", "(Manila Times)") is left out, its city too: it says where the report comes from, not where
        things happen; so is the attacker's country before an attack noun ("Turkish airstrikes") and a
        sponsor's ("Iran-backed")."""
        countries: dict[str, float] = {}
        brackets = [(m.start(), m.end()) for m in _BRACKETED.finditer(article.text)]
        attackers, sponsors = find_attacker_and_sponsor_offsets(article.doc, self.words)

        def bracketed(offset: int) -> bool:  # "(Reuters)", "(BBC News)": the outlet, not the story
            return offset in attackers or any(start <= offset < end for start, end in brackets)

        for mention in article.mentions:
            code = mention.actor.country
            # "three men in Vitoria" says no more of a country than the name "Vitoria" does (below)
            if code and len(code) == 3 and not bracketed(mention.span.start) and mention.rule != RULE_LOCATED:
                countries[code] = CONTEXT_WEIGHT
        for i, text in enumerate(to_doc_table(article.doc).texts):
            code = self.gazetteer.resolve_demonym(text) if text[:1].isupper() else None
            if code and not bracketed(article.doc[i].idx) and article.doc[i].idx not in sponsors:
                countries[code] = CONTEXT_WEIGHT
        for candidate in candidates:
            start, doc = article.doc[candidate.start].idx, article.doc
            if start in sponsors or bracketed(start) or is_small_town_in_name(doc, candidate, self.words):
                continue  # "the diplomatic Green Zone" says nothing of Ohio, "Iran-backed" nothing of Iran,
                # "(Manila Times)" nothing of the Philippines
            codes = {
                e.country for e in self.gazetteer.find_entries(candidate.text, alternates=False) if e.country
            }
            if len(codes) == 1 and not find_context_alternates(self.gazetteer, candidate.text, countries):
                code = codes.pop()
                weight = PLACE_WEIGHT if candidate.locative else CONTEXT_WEIGHT  # "a U.S. convoy" is no place
                countries[code] = max(weight, countries.get(code, 0.0))
        return countries

    def _sentence_countries(self, doc: Any, candidate: NameCandidate) -> dict[str, float]:
        return find_sentence_countries(doc, candidate, self.gazetteer, CONTEXT_WEIGHT)

    def _to_unlisted_mention(
        self, doc: Any, candidate: NameCandidate, countries: dict[str, float], span: Span
    ) -> PlaceMention | None:
        """A place the gazetteer does not know, in the one country its neighbourhood or the article names
        (of the article's countries, those of its places first)."""
        top = max(countries.values(), default=0.0)
        countries = {code: weight for code, weight in countries.items() if weight == top}
        if len(countries) != 1:  # "clashes between Turkish forces and the Syrian Army in the town of X"
            town = self.chains.resolve_sole_small_town(doc, candidate, countries)
            if town is not None:
                return PlaceMention(span, town, RULE_SMALL_TOWN)
            facility = to_countryless_facility(doc, candidate, self.words, countries)  # "hit Camp X"
            return None if facility is None else PlaceMention(span, facility, RULE_UNLISTED)
        root = doc[candidate.start : candidate.end].root
        admin = doc[candidate.end - 1].lower_ in self.words.admin_suffixes or (
            root.dep_ == "pobj" and names_word(root.head.head, self.words.admin_suffixes)
        )
        admin = admin or self.chains.is_chain_middle(doc, candidate)  # "Villa Unión, Coahuila, Mexico"
        name = doc[candidate.start : candidate.end].text
        country = next(iter(countries))
        marked = candidate.marked or not candidate.unlisted  # "Balad, Middle Shabelle": a place named next
        town = None if admin else self.chains.resolve_small_town(doc, candidate, country, marked=marked)
        if town is not None:  # "in Kankara, Katsina, Nigeria": a town of the 500+ file, with its point
            return PlaceMention(span, town, RULE_SMALL_TOWN)
        place = Place(name, country, None, None, None, "region" if admin else "locality")
        return PlaceMention(span, place, RULE_UNLISTED)

    def _names_division(self, doc: Any, candidate: NameCandidate) -> bool:
        """True for the "of" object of an administrative noun: "the Nigerian state of Sokoto", "the province
        of Kunduz" (not "the city of Kunduz")."""
        if candidate.direction:  # "the province of West Papua": the whole name, read as a direction's
            return False
        root = doc[candidate.start : candidate.end].root
        of = root.head
        return root.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in self.words.admin_suffixes

    def to_mention(
        self, doc: Any, candidate: NameCandidate, context: dict[str, float]
    ) -> PlaceMention | None:
        """Resolve a located name to a place mention, or None when it resolves to nothing."""
        if self.borders.is_border_side(doc, candidate.start, candidate.end):
            return None  # "near the Mozambique–Tanzania border" is in neither country
        last = doc[candidate.end - 1]
        span = Span(doc[candidate.start].idx, last.idx + len(last.text))
        if court := to_court_district_mention(doc, candidate, self.gazetteer, span):
            return court  # "the Middle District of Florida": the US state, not Uruguay's Florida
        local = self.local.find_local_countries(doc, candidate)
        sides = self.borders.find_border_sides(doc, candidate.start, candidate.end)
        weights = self.readings.by_kind(doc, candidate, context, dict.fromkeys(sides, BORDER_WEIGHT), local)
        entry = self._resolve_entry(candidate, weights)
        if entry is not None and is_foreign_town_in_name(doc, candidate, entry, weights, self.words):
            return None  # "the diplomatic Green Zone" (of Kabul): no town Green, Ohio
        if entry is not None and not local and candidate.referent is None and not candidate.suffix:
            entry = self._resolve_reading(doc, candidate, entry, weights)
        if self.readings.is_institution_word(doc, candidate):  # "Ontario Superior Court": no place
            return None
        water = self.chains.to_water_mention(doc, candidate, span, local) if entry is None else None
        if water is not None:  # "in the Sulu Sea": no town "Sea" of the article's country
            return water
        if entry is None and (candidate.unlisted or candidate.suffix):  # "Borno State": not the German Borna
            found = ({} if candidate.tagged_only else self._sentence_countries(doc, candidate), context)
            sentence, context = keep_unlisted_countries(doc, candidate, self.gazetteer, found, PLACE_WEIGHT)
            countries = find_on_side(sides, local, sentence, context) or local or sentence or context
            mention = self._to_unlisted_mention(doc, candidate, countries, span)
            near = (
                None if local or mention is None or mention.rule != RULE_UNLISTED else mention.place.country
            )
            town = self.chains.resolve_border_town(doc, candidate, near)  # "the border town of Ras al-Ain"
            return mention if town is None else PlaceMention(span, town, RULE_SMALL_TOWN)
        if entry is None:  # "shelled Ariha" of a text about Syria: not Jericho (once Arīḩā), the Syrian town
            return self.chains.to_alias_town(doc, candidate, weights, span)
        if sides and entry.kind == "city" and entry.country not in sides and not local:
            # "the towns of Badr and Tiji near the Tunisian border" (GNA forces): not the Egyptian Badr
            side = find_on_side(sides, self._sentence_countries(doc, candidate), context)
            if side:
                return self._to_unlisted_mention(doc, candidate, side, span)
        phrased = self._to_phrase_mention(doc, candidate, entry, weights, span)
        phrased = phrased or self.chains.to_chain_division(doc, candidate, entry, span)
        phrased = phrased or self.chains.to_homonym_town(doc, candidate, entry, weights, span)
        phrased = phrased or self._to_entry_mention(doc, candidate, entry, local, span)
        return to_territory_mention(doc, phrased, self.words)  # "the exclusive economic zone of Japan"

    def _resolve_reading(
        self, doc: Any, candidate: NameCandidate, entry: GazetteerEntry, weights: dict[str, float]
    ) -> GazetteerEntry:
        """The reading of a name no country next to it decides that its list ("California, Texas or Georgia":
        the US state) or a division word of its sentence ("a province-wide lockdown across Ontario": the
        Canadian province) makes of it (:mod:`dotterel.stages.place_lists`), else ``entry``."""
        listed = self.readings.resolve_listed(doc, candidate, entry, weights)
        titled = listed or self.readings.resolve_titled_division(doc, candidate, entry, weights)
        return titled or self.readings.resolve_division(doc, candidate, entry) or entry

    def _resolve_entry(self, candidate: NameCandidate, weights: dict[str, float]) -> GazetteerEntry | None:
        """The entry a located name stands for: the country of "the country's north", none for an unlisted
        name, the division before "Province", else the best entry for the text's countries."""
        if candidate.referent is not None:
            return candidate.referent
        if candidate.unlisted:  # an alternate name of a small town: only with its country in the text
            return self.gazetteer.resolve(candidate.text, weights) if candidate.entries else None
        if candidate.suffix:  # "the Kurdistan Province" is one country's, not the region of several countries
            # ("the Middle East region" stays that)
            entry = resolve_division_entry(self.gazetteer, candidate.text, weights)
            division = candidate.suffix.lower() not in self.readings.words.countryless_suffixes
            return None if division and entry is not None and not entry.country else entry
        return resolve_in_context(self.gazetteer, candidate, weights)  # "Vitoria" of a text about Spain

    def _to_phrase_mention(
        self, doc: Any, candidate: NameCandidate, entry: GazetteerEntry, weights: dict[str, float], span: Span
    ) -> PlaceMention | None:
        """The place a phrase around the name makes of it: a region ("Thailand's south"), a country's part
        ("Pakistan-administered Kashmir"), a division ("the Nigerian state of Sokoto"), a town ("the town of
        Qubadlı", though GeoNames knows only the district), a capital ("Kenya's capital"); None without such
        a phrase."""
        regional = entry.kind in ("country", "admin1") or (entry.kind == "region" and entry.country)
        if candidate.region is not None and regional:  # "Thailand's south", "the north of Mali"
            return to_region_mention(doc, candidate, entry)
        controller = self.borders.resolve_controller(doc, candidate.start) if not entry.country else None
        if controller is not None:  # "Pakistan-administered Kashmir": the region is of no one country
            first, code = controller
            place = Place(doc[first : candidate.end].text, code, None, None, None, "region")
            return PlaceMention(Span(doc[first].idx, span.end), place, RULE_REGION)
        if self._names_division(doc, candidate) and entry.kind in ("city", "admin1"):
            # "the Nigerian state of Sokoto" is the state, not its capital city
            entry = resolve_division_entry(self.gazetteer, candidate.text, weights) or entry
            place = Place(candidate.text, entry.country, entry.admin1, None, None, "region")
            return PlaceMention(span, place, RULE_REGION)
        town_noun = follows_place_noun(doc, candidate.start, candidate.end, self.words.town_nouns)
        elsewhere = any(w >= LOCAL_WEIGHT and c != entry.country for c, w in weights.items())  # "…, Mali"
        if entry.kind == "admin1" and entry.country and town_noun and not (candidate.suffix or elsewhere):
            # "the town of Qubadlı" is the town, not the district GeoNames knows by that name
            town = self.chains.resolve_small_town(doc, candidate, entry.country)
            place = town or Place(candidate.text, entry.country, None, None, None, "locality")
            return PlaceMention(span, place, RULE_SMALL_TOWN if town else RULE_UNLISTED)
        capital = self.gazetteer.resolve_capital(entry.country or "") if entry.kind == "country" else None
        if candidate.capital_end is not None and capital is not None:  # "a busy part of Kenya's capital"
            last = doc[candidate.capital_end - 1]
            return PlaceMention(
                Span(span.start, last.idx + len(last.text)), capital.to_place(), RULE_GAZETTEER
            )
        return None

    def _to_entry_mention(
        self, doc: Any, candidate: NameCandidate, entry: GazetteerEntry, local: dict[str, float], span: Span
    ) -> PlaceMention | None:
        """The place of a resolved entry: of the country named next to it first, a division before
        "Province", a direction before a country or a region ("northern Iraq", "the eastern Mediterranean"),
        else the entry itself (None for a name of another country than the one named next to it, when no
        single country is named)."""
        stated = self.local.find_local_countries(doc, candidate, cities=False) if local else {}
        if stated and entry.kind in ("city", "admin1") and entry.country not in stated:
            # "Florida, United States" is the state, not the Cuban town; "Balad, Middle Shabelle" is in
            # Somalia, not the Iraqi Balad: a place the gazetteer lacks
            named = [
                e
                for e in self.gazetteer.find_entries(candidate.text, alternates=False)
                if e.country in stated
            ]
            if not named:
                return self._to_unlisted_mention(doc, candidate, stated, span)
            entry = max(named, key=lambda e: (KIND_RANK[e.kind], e.population))
        if candidate.suffix and entry.kind in ("city", "admin1"):  # "Idlib Governorate", "Parwan Province"
            name = doc[candidate.start : candidate.end].text
            return PlaceMention(
                span, Place(name, entry.country, entry.admin1, None, None, "region"), RULE_REGION
            )
        if candidate.direction and entry.kind in ("country", "admin1", "region"):  # "eastern Mediterranean"
            return to_direction_mention(doc, candidate, entry, span, entry.name)  # "northern Iraq"
        rule = RULE_REGION if entry.kind == "region" else RULE_GAZETTEER
        return PlaceMention(span, entry.to_place(), rule)
