"""Readings of an ambiguous place name that its sentence decides: coordinated places share a country, and
a division word makes a division of a name that is also a town.

- Coordinated places ("in California, Texas or Georgia", "Alabama, Georgia and Florida") are of one
  country: a member whose best reading is of another country than every other member takes its reading in
  their country (Georgia the US state, not the country), a division when they are divisions. A member
  with no reading in their country keeps its own ("Russia and Georgia fought a war": the country).
- A member after a comma is no container of the one before it ("Texas, Georgia" in such a list is not
  Texas in Georgia) unless the one before has a reading in the follower's country ("Tripoli, Lebanon and
  Damascus") or no reading of the follower's kind ("Balad, Middle Shabelle and …").
- A division word of the sentence ("a province-wide lockdown across Ontario", "in Ontario Superior
  Court") makes the division of another country of a name read as a city; a state word ("a statewide
  order in Georgia") also of a name read as a country.
- A division head's title next to the name ("Georgia Governor Brian Kemp", "the governor of Kandahar")
  makes the division of that name, of any country, of a name read as a city or a country.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dotterel.knowledge.gazetteer import ALTERNATE_MIN_POPULATION, KIND_RANK, Gazetteer, GazetteerEntry
from dotterel.knowledge.place_resolution import PlaceResolutionWords, load_place_resolution_words
from dotterel.stages.doc_tables import DocTable, to_doc_table
from dotterel.stages.place_division_types import to_division_noun, to_typed_weights
from dotterel.stages.place_names import NameCandidate
from dotterel.stages.place_sponsors import find_sentence_countries


def to_name_text(token: Any) -> str:
    """Return the capitalised name a token ends: "Texas", "New Mexico" (its capitalised compounds)."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].text[:1].isupper():
        start -= 1
    return str(token.doc[start : token.i + 1].text)


def find_list_members(doc: Any, candidate: NameCandidate, conjunctions: frozenset[str]) -> list[Any]:
    """Return the root tokens of the other capitalised members of the coordinated list the name belongs to
    ("California, Texas or Georgia"), or [] when the name is in no list joined by one of ``conjunctions``
    ("and", "or")."""
    root = doc[candidate.start : candidate.end].root
    inside = range(candidate.start, candidate.end)
    members = [t for t in root.conjuncts if t.text[:1].isupper() and t.i not in inside]
    chain = [root, *root.conjuncts]
    joined = any(c.dep_ == "cc" and c.lower_ in conjunctions for t in chain for c in t.children)
    return members if joined else []


class PlaceReadings:
    """Choose between the readings of an ambiguous name by its list and its sentence's division words."""

    def __init__(self, gazetteer: Gazetteer, words: PlaceResolutionWords | None = None) -> None:
        self.gazetteer = gazetteer
        self.words = words or load_place_resolution_words()
        # whether a sentence (by its first token) holds a division word for a city (True) or a country's
        # name, for the document of the table last read
        self._said: tuple[DocTable | None, dict[tuple[int, bool], bool]] = (None, {})

    def by_kind(
        self, doc: Any, candidate: NameCandidate, *parts: Mapping[str, float]
    ) -> dict[str, float]:
        """The country weights ``parts`` (merged, later ones winning) with the countries whose division of
        the name is of the kind the text calls it raised ("the state of Bolívar" is Venezuela's:
        :mod:`dotterel.stages.place_division_types`)."""
        weights = {code: weight for part in parts for code, weight in part.items()}
        noun = to_division_noun(doc, candidate, self.gazetteer.words.admin_suffixes)
        return to_typed_weights(candidate.text, noun, weights)

    def is_list_member(self, doc: Any, candidate: NameCandidate, follower: Any, code: str) -> bool:
        """True when the name after the comma (of country ``code``) is the next member of the name's list,
        not its container: "Texas, Georgia" in "California, Texas or Georgia", "Georgia, Tennessee" (a
        reading of the same kind); not "Tripoli, Lebanon and Damascus" (a country that has a Tripoli) nor
        "Balad, Middle Shabelle and …" (no town reading of Middle Shabelle)."""
        if follower.i not in {t.i for t in find_list_members(doc, candidate, self.words.list_conjunctions)}:
            return False
        own = self.gazetteer.find_entries(candidate.text, alternates=False)
        best = self.gazetteer.resolve(to_name_text(follower))
        if not own or (best is not None and best.kind == "country" and code in {e.country for e in own}):
            return False
        other = self.gazetteer.find_entries(to_name_text(follower), alternates=False)
        return bool({e.kind for e in own} & {e.kind for e in other})

    def has_known_member(self, doc: Any, candidate: NameCandidate, code: str | None) -> bool:
        """True when another member of the name's list is a place the gazetteer knows in country ``code``,
        a country the sentence does not name: an unlisted name can only have borrowed it ("Dioura" in "the
        villages of Dioura and Welingara, officials said": Welingara is a known Gambian town), and the known
        member is the surer place. Not "… in Syria's Idlib province", which names the country of both."""
        if code is None or code in find_sentence_countries(doc, candidate, self.gazetteer, 1.0):
            return False
        members = find_list_members(doc, candidate, self.words.list_conjunctions)
        return any(
            e.country == code
            for t in members
            for e in self.gazetteer.find_entries(to_name_text(t), alternates=False)
        )

    def is_institution_word(self, doc: Any, candidate: NameCandidate) -> bool:
        """True when the name begins a division institution's name ("Superior" of "Ontario Superior
        Court"): a word of the institution, not a place."""
        lowers = tuple(t.lower_ for t in doc[candidate.start : candidate.end + 3])
        size = candidate.end - candidate.start
        phrases = self.words.city_division_words
        return any(len(phrase) > size and lowers[: len(phrase)] == phrase for phrase in phrases)

    def resolve_listed(
        self, doc: Any, candidate: NameCandidate, entry: GazetteerEntry, weights: dict[str, float]
    ) -> GazetteerEntry | None:
        """The reading of a list member in the one country of the other members ("Georgia" among
        "California, Texas or Georgia" is the US state), or None when the list does not change it."""
        tokens = find_list_members(doc, candidate, self.words.list_conjunctions)
        members = [self.gazetteer.resolve(to_name_text(t), weights) for t in tokens]
        others = [e for e in members if e is not None and e.country]
        countries = {e.country for e in others}
        if len(countries) != 1 or entry.country in countries:
            return None
        kinds = {e.kind for e in others}
        readings = [
            e
            for e in self.gazetteer.find_entries(candidate.text, alternates=False)
            if e.country in countries and (entry.kind != "country" or e.kind in kinds - {"country"})
        ]
        # "Newcastle, Gateshead, Sunderland": the English city whose alternate name it is, not Newcastle (NSW)
        readings = readings or [
            e
            for e in self.gazetteer.find_alternate_entries(candidate.text)
            if e.country in countries and e.kind == entry.kind and e.population >= ALTERNATE_MIN_POPULATION
        ]
        return max(readings, key=lambda e: (e.kind in kinds, KIND_RANK[e.kind], e.population), default=None)

    def resolve_division(
        self, doc: Any, candidate: NameCandidate, entry: GazetteerEntry
    ) -> GazetteerEntry | None:
        """The division of another country that a division word of the sentence makes of a name read as a
        city ("a province-wide lockdown across Ontario") or, with a state word, as a country ("a statewide
        order in Georgia"); None when there is no such word or reading."""
        if entry.kind not in ("city", "country"):
            return None
        if not self._says_division(doc, candidate.start, entry.kind == "city"):
            return None
        divisions = [
            e
            for e in self.gazetteer.find_entries(candidate.text, alternates=False)
            if e.kind == "admin1" and e.country and e.country != entry.country
        ]
        return divisions[0] if len({e.country for e in divisions}) == 1 else None

    def _says_division(self, doc: Any, i: int, city: bool) -> bool:
        """True when the sentence of token ``i`` holds a division word for a name read as a city (``city``)
        or as a country; read once per sentence and kind of the document last asked about."""
        table = to_doc_table(doc)
        if self._said[0] is not table:
            self._said = (table, {})
        sentence = doc[i].sent
        key = (sentence.start, city)
        said = self._said[1].get(key)
        if said is None:
            words = (*(self.words.city_division_words if city else ()), *self.words.country_division_words)
            lowers = self._to_division_lowers(table.lowers[sentence.start : sentence.end])
            said = self._said[1][key] = any(self._has_sequence(lowers, phrase) for phrase in words)
        return said

    def _to_division_lowers(self, words: list[str]) -> list[str]:
        """The lower-case words of a sentence (``words``), those of a name that speaks of no division
        ("Premier League") blanked."""
        lowers = list(words)
        for phrase in self.words.not_division_phrases:
            size = len(phrase)
            for i in range(len(lowers) - size + 1):
                if tuple(lowers[i : i + size]) == phrase:
                    lowers[i : i + size] = [""] * size
        return lowers

    @staticmethod
    def _has_sequence(lowers: list[str], phrase: tuple[str, ...]) -> bool:
        size = len(phrase)
        return any(tuple(lowers[i : i + size]) == phrase for i in range(len(lowers) - size + 1))

    def resolve_titled_division(
        self, doc: Any, candidate: NameCandidate, entry: GazetteerEntry, weights: dict[str, float]
    ) -> GazetteerEntry | None:
        """The division a division head's title makes of a name read as a city or a country: the name right
        before the title ("Washington Governor Jay Inslee" is the US state, not the capital; "Georgia
        Governor Brian Kemp" not the country) or after its "of" ("the governor of Kandahar"); the reading in
        the entry's or the text's country first; None without such a title or division."""
        if entry.kind not in ("city", "country"):
            return None
        after = doc[candidate.end] if candidate.end < len(doc) else None
        root = doc[candidate.start : candidate.end].root
        head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
        titles = self.words.division_titles
        if not any(t is not None and t.lower_ in titles for t in (after, head)):
            return None
        divisions = [
            e for e in self.gazetteer.find_entries(candidate.text, alternates=False) if e.kind == "admin1"
        ]
        own = [e for e in divisions if e.country == entry.country]
        return max(own or divisions, key=lambda e: weights.get(e.country or "", 0.0), default=None)
