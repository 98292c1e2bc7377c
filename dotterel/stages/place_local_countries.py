"""The countries named right by a place name, by the weight they lend its reading ("Tripoli, Lebanon", "the
Lebanese port of Tripoli", "Papua New Guinea's Hela province", "Nayrab in Idlib Governorate"), and the entry
of a name before "Governorate", "Province".

Moved out of :mod:`dotterel.stages.place_resolution`, whose :class:`PlaceNameResolver` reads
:meth:`LocalCountries.find_local_countries` for each located name and :func:`resolve_division_entry` for a
division.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry, PlaceWords
from dotterel.knowledge.gazetteer_divisions import is_second_level_division
from dotterel.stages.doc_tables import DocTable, to_doc_table
from dotterel.stages.place_chains import PlaceChains
from dotterel.stages.place_division_entries import pick_division_entry
from dotterel.stages.place_launcher_countries import find_launcher_names
from dotterel.stages.place_lists import PlaceReadings
from dotterel.stages.place_mentions import (
    find_following_container_tokens,
    find_own_in_phrase_names,
    to_first_name_words,
)
from dotterel.stages.place_name_parts import to_name_start
from dotterel.stages.place_names import NameCandidate, names_word
from dotterel.stages.place_subject_lists import is_subject_name

__all__ = ["LOCAL_WEIGHT", "LocalCountries", "resolve_division_entry"]

LOCAL_WEIGHT = 10.0


def resolve_division_entry(
    gazetteer: Gazetteer, name: str, weights: dict[str, float]
) -> GazetteerEntry | None:
    """Return the entry for a name before "Governorate", "Province": the country named around it first ("the
    Al Jawf Governorate of Yemen" is not the Libyan town Al Jawf), then the kind, then population. A
    second-level division yields to a town of its name ("Kent State University" is not England's Kent)."""
    entries = gazetteer.find_entries(name, alternates=False)
    entries = [
        e for e in entries if e.kind == "city" or (e.kind == "admin1" and not is_second_level_division(e))
    ]
    if not entries:
        return gazetteer.resolve(name, weights)
    return pick_division_entry(entries, weights)  # "the province of Ontario": Canada's, not the US town


class LocalCountries:
    """The countries the words right around a place name name (weight :data:`LOCAL_WEIGHT` each)."""

    def __init__(self, gazetteer: Gazetteer, chains: PlaceChains, readings: PlaceReadings) -> None:
        self.gazetteer = gazetteer
        self.words: PlaceWords = gazetteer.words
        self.chains = chains
        self.readings = readings
        self._known: tuple[DocTable | None, dict[tuple[int, bool], str | None]] = (None, {})  # _country_of's

    def find_local_countries(
        self, doc: Any, candidate: NameCandidate, cities: bool = True
    ) -> dict[str, float]:
        """Return the countries named right by the name: "Tripoli, Lebanon", "the Lebanese port of",
        "Kenya's", "Nayrab in Idlib Governorate" (and, with ``cities``, the country of a city named next to
        it); not a description after a comma ("Mogadishu, Turkey's largest overseas base")."""
        root = doc[candidate.start : candidate.end].root
        near = [*root.children, *find_own_in_phrase_names(root)]
        near += [g for c in root.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        noun = root
        while noun.dep_ in ("compound", "nmod", "conj") and noun.head.i != noun.i and noun.head.i > noun.i:
            noun = noun.head  # "the Yoro and Gangafani villages in Mali"
        placed = names_word(noun, self.words.geo_nouns) or names_word(noun, self.words.facilities)
        if noun is not root and placed:  # "the Camp Taji base in Baghdad Governorate" is there too
            geo = names_word(noun, self.words.geo_nouns)  # a facility's "of" is its owner's ("of Pakistan")
            preps = [c for c in noun.children if c.lower_ == "in" or (geo and c.lower_ == "of")]
            own = [g for c in preps for g in c.children if g.dep_ == "pobj"]
            # "an attack in the Yoro and Gangafani villages in Mali": the parser may hang "in Mali" elsewhere
            near += own or self._sentence_located_country(root)
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            near += list(root.head.head.children)
        if root.dep_ == "pobj" and root.head.lower_ in self.words.example_preps:  # "facilities in Iraq,
            near += find_own_in_phrase_names(root.head.head)  # including Al Asad Airbase"
        near += self._listing_noun_places(root) + find_launcher_names(root, self.words)  # "fires from X"
        if candidate.end + 1 < len(doc) and doc[candidate.end].text == ",":
            following = find_following_container_tokens(doc, candidate.end + 1)  # not "X, Iraq's president"
            near += [t for t in following if not self.gazetteer.resolve_demonym(t.text)]  # ", Turkish …"
        local = {}
        for token in near:
            if candidate.start <= token.i < candidate.end or is_subject_name(token):
                continue  # "In Osaka, Argentina and Canada issue …": the subject, not Osaka's country
            code = self.chains.find_state_country(doc, candidate, token) or self._country_of(token, cities)
            if code and not self.readings.is_list_member(doc, candidate, token, code):
                local[code] = LOCAL_WEIGHT
        return local

    def _listing_noun_places(self, root: Any) -> list[Any]:
        """The places of a place noun that lists the name: "the villages of Ogossagou and Welingara in
        central Mali" are in Mali (each conjunct, not only the first)."""
        first = root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        of = first.head
        if first.dep_ != "pobj" or of.lower_ != "of" or not names_word(of.head, self.words.geo_nouns):
            return []
        preps = [c for c in of.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > root.i]
        return to_first_name_words(preps) or self._sentence_located_country(root)

    def _sentence_located_country(self, root: Any) -> list[Any]:
        """The one country the name's sentence names after "in" ("the villages of … by Dogon militia in
        Mali", the parser hanging "in Mali" elsewhere; "the town of Darak in Cameroon's Far North Region",
        the possessor of the division; a division's country), or nothing when it names none or several
        ("in Mali and Senegal")."""
        found = [
            c
            for t in root.sent
            if t.dep_ == "pobj" and t.head.lower_ == "in" and t.i > root.i
            for c in (t, *t.conjuncts, *(p for p in t.children if p.dep_ == "poss"))
            # a division names its country too ("the town of Kansafra and three villages in Idlib")
            if self._names_country(c) or self._country_of(c, cities=False)
        ]
        return found if len({self._country_of(t, False) for t in found}) == 1 else []

    def _names_country(self, token: Any) -> bool:
        texts = (token.doc[token.left_edge.i : token.i + 1].text, token.text)  # "Mali", "central Mali"
        entries = [self.gazetteer.resolve(text) for text in texts]
        return any(entry is not None and entry.kind == "country" for entry in entries)

    def _country_of(self, token: Any, cities: bool = True) -> str | None:
        """:meth:`_read_country_of`, remembered per token of the document last read (its doc table's)."""
        table = to_doc_table(token.doc)
        if self._known[0] is not table:
            self._known = (table, {})
        known = self._known[1]
        key = (token.i, cities)
        if key not in known:
            known[key] = self._read_country_of(token, cities)
        return known[key]

    def _read_country_of(self, token: Any, cities: bool = True) -> str | None:
        """The country a token names: a demonym, a country name (whole subtree: "Papua New Guinea's"), or the
        country of the known place that starts there ("Kandahar Province"; with ``cities`` False a region or
        division only: "the Berber city" does not name the Sudanese town Berber; with ``cities``, of a name
        several countries have, the country of its one division: "Kandahar" is Afghan, "Florida" American). A
        function word starts no name: "the villages of Abdin" is not The Villages, Florida."""
        if token.pos_ in ("DET", "ADP", "CCONJ", "SCONJ", "PRON", "PUNCT"):
            return None
        code = self.gazetteer.resolve_demonym(token.text)
        if code:
            return code
        words = [
            t.text
            for t in token.subtree
            if t.dep_ not in ("case", "punct", "det") and t.i >= token.left_edge.i
        ]
        for text in (" ".join(words), token.text):
            entry = self.gazetteer.resolve(text)
            if entry is not None and entry.kind == "country":
                return entry.country
        doc, first = token.doc, to_name_start(token)  # "the West Bank town": the name from "West", not "Bank"
        table = to_doc_table(doc)  # the names' texts without a Span each
        for n in range(min(self.gazetteer.max_tokens, len(doc) - first), 0, -1):
            # before "Governorate", "Province" an alternate name counts too: "Raqqa Governorate" is Syrian
            divided = first + n < len(doc) and table.lowers[first + n] in self.words.admin_suffixes
            entries = self.gazetteer.find_entries(table.to_span_text(first, first + n), alternates=divided)
            if entries and not any(e.country for e in entries):
                return None  # "the Gulf of Guinea" is of no country (not Papua New Guinea's Gulf Province)
            codes = {e.country for e in entries if e.country and (cities or e.kind != "city")}
            if len(codes) == 1:
                return codes.pop()
            divisions = {e.country for e in entries if e.country and e.kind != "city"}
            if codes and cities and len(divisions) == 1:  # "Spin Boldak, Kandahar": the Afghan province
                return divisions.pop()
            if codes and divided:  # "the village of X in Donetsk Oblast": the division as it is resolved
                division = resolve_division_entry(self.gazetteer, table.to_span_text(first, first + n), {})
                return division.country if division is not None else None
        return None
