"""Place names in a parsed document: which capitalised runs name places and which of them are locations.

Finding names: the longest run of capitalised tokens that names a gazetteer entry (``places.gazetteer.v1``), a
named region ("the Middle East", no point), a direction before a country ("northern Iraq": kind ``region`` of
Iraq, no admin1, no point) or a name before an administrative noun ("Parwan Province", "the Idlib
Governorate") (``places.region.v1``); a direction noun after a possessive or in "the north of" makes a region
too ("Thailand's mainly Muslim south", "the north of Mali", "the country's north":
:mod:`dotterel.stages.place_regions`), and "Kenya's capital", "the Kenyan capital" are the capital city. A
name the gazetteer does not know is still a place where the text says so (``places.unlisted.v1``, no point):
after a place noun ("the town of Dangdala, Chad", "the towns of Maarrat al-Nu'man": the text outweighs the
tagger's PERSON label), before an administrative noun ("Nganzai District"), after a feature word of
``place_resolution.yaml`` ("Mount Hermon", "Lake Tanganyika"), before a comma and a known place
("Kotulo, Kenya", "Zeleved, Far North, Cameroon"), or after "in" when the tagger calls it a place ("In Kuz
Kunar, a suicide bomber …"). A hyphenated particle ("al-Nu'man") and a capitalised direction ("North
Waziristan") stay in an unknown name; a name with a spaced lower-case word ("Newcastle upon Tyne") is placed
by its first part when the parser hangs the rest elsewhere; a hyphenated direction stays whole ("North-east
England"); "the Gulf of Tonkin" is one unknown water name. Its country: :mod:`place_resolution`.

A name counts as a location only where the parse says so (:mod:`dotterel.stages.place_uses`: the object of a
locative preposition, of a place noun's "of", of a verb such as "strike", "enter" or "pass", a name before a
located facility or happening; not an actor modifier nor a subject). Names inside a longer person name or a
longer proper name ("Okba Ibn Nafa Air Base"), and countries inside an organisation's name, are skipped; the
stop list in ``gazetteer.yaml`` removes people's names.

What each located name resolves to: :mod:`dotterel.stages.place_resolution`. The records
:class:`NameCandidate` and :class:`Entity` moved to :mod:`dotterel.stages.place_name_candidates` (still
exported here); the candidates of "the country's north", "the Kenyan capital" and "the African country" to
:mod:`dotterel.stages.place_country_candidates`.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import ALTERNATE_MIN_POPULATION, Gazetteer, GazetteerEntry, PlaceWords
from dotterel.knowledge.place_resolution import load_place_resolution_words
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.place_country_candidates import find_country_candidates
from dotterel.stages.place_facility_names import opens_facility_name, to_facility_run_end
from dotterel.stages.place_following import FollowingPlaceReader
from dotterel.stages.place_hyphen_divisions import to_hyphenated_division_end
from dotterel.stages.place_institutions import is_institution_word
from dotterel.stages.place_landmarks import resolve_landmark_end
from dotterel.stages.place_name_candidates import Entity, NameCandidate
from dotterel.stages.place_name_owners import is_owned_by_other_name
from dotterel.stages.place_name_parts import (
    follows_bare_place_noun,
    follows_objectless_preposition,
    follows_place_noun,
    is_direction_division,
    is_name_direction,
    is_named_by_own_words,
    is_placed_by_noun,
    joins_particle,
    starts_tagged_name,
    starts_with_particle,
    to_container_noun,
    to_direction_before,
    to_grown_run_end,
    to_marked_run_end,
    to_named_facility,
    to_placed_part_end,
)
from dotterel.stages.place_name_tags import has_name_word_in, starts_proper_run
from dotterel.stages.place_non_names import is_in_non_place_name
from dotterel.stages.place_regions import RegionReader
from dotterel.stages.place_title_jurisdictions import is_in_title_jurisdiction
from dotterel.stages.place_titles import is_in_work_title
from dotterel.stages.place_uses import LocativeReader, names_word
from dotterel.stages.place_water_surfaces import is_on_water

__all__ = [
    "RULE_GAZETTEER",
    "RULE_REGION",
    "RULE_SMALL_TOWN",
    "RULE_UNLISTED",
    "Entity",
    "NameCandidate",
    "PlaceNameFinder",
    "names_word",
]

RULE_GAZETTEER = "places.gazetteer.v1"
RULE_REGION = "places.region.v1"
RULE_UNLISTED = "places.unlisted.v1"
RULE_SMALL_TOWN = "places.small-town.v1"
MAX_UNLISTED_TOKENS = 4
UNTRUSTED_ENTITIES = frozenset({"PERSON", "ORG"})
PLACE_ENTITIES = ("GPE", "LOC", "FAC")  # the tagger's place labels


class PlaceNameFinder:
    """Find the place names of a parsed document and mark those used as locations."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.words: PlaceWords = gazetteer.words
        words = self.words
        self.common_nouns = words.facilities | words.geo_nouns | words.admin_suffixes | words.directions
        self.common_nouns |= words.descriptive_quarter_words  # "the Historic District of Dayton"
        self.locatives = LocativeReader(gazetteer)
        self.regions = RegionReader(gazetteer, self.locatives)
        self._entities: tuple[Any, list[Entity]] | None = None  # the last document and its entities
        self.resolution = resolution_words = load_place_resolution_words()
        self.water_nouns = resolution_words.water_nouns  # "Sea", "Gulf", "Bay"
        self.feature_prefixes = resolution_words.feature_prefixes  # "Mount", "Lake"
        self.institution_nouns = resolution_words.institution_nouns  # "the Federal University of …"
        self.surfaces = resolution_words.water_nouns | resolution_words.country_feature_nouns  # "River"
        self.following = FollowingPlaceReader(gazetteer, self._proper_run_end)  # "Kotulo, Kenya"

    # --- finding names -------------------------------------------------------------------------------

    def find_candidates(self, doc: Any) -> list[NameCandidate]:
        """Return the place names of the document (longest first, left to right), marked locative."""
        found: list[NameCandidate] = []
        ents = [Entity(e.start, e.end, e.label_, e[-1].lower_) for e in doc.ents]  # once per doc
        self._entities = (doc, ents)  # read anew on each call: a document may be annotated again
        table = to_doc_table(doc)
        texts, lowers, particles = table.texts, table.lowers, self.words.name_particles
        i = 0
        while i < len(doc):
            # both kinds of name start with a capital or a particle ("al-Qaim"): the other tokens need no more
            capital = texts[i][:1].isupper() or (
                lowers[i] in particles and starts_with_particle(table, i, self.words)
            )
            if not capital:
                i += 1
                continue
            candidate = self._landmark_at(doc, i) or self._water_at(doc, i) or self._hyphenated_at(doc, i)
            candidate = candidate or self._match_at(doc, i, ents)
            candidate = candidate or self._unlisted_at(doc, i, alternates=False)  # "a base in Nik Shahr"
            if candidate is None:
                i += 1
                continue
            unnamed = is_in_non_place_name(doc, candidate.start, self.words)  # "Operation Car Wash"
            if unnamed or is_in_title_jurisdiction(doc, candidate.start, self.resolution):
                i = candidate.end  # "the U.S. Attorney for the Southern District of New York": the title's
                continue
            self._extend(doc, candidate)
            candidate.locative = self._is_located(doc, candidate)
            found.append(candidate)
            i = candidate.end
        self.regions.mark_possessed_places(doc, found)  # "above Russia's Kamchatka Peninsula"
        return found

    def _is_located(self, doc: Any, candidate: NameCandidate) -> bool:
        """True when the name is used as a location (:mod:`dotterel.stages.place_uses`), or the place noun or
        facility noun it names is ("in the Loralai area of Pakistan", "hits the Camp Taji base in …"), or it
        follows a locative preposition the parser left without an object."""
        kind = candidate.entries[0].kind if candidate.entries else "city"
        end = to_placed_part_end(doc, candidate.start, candidate.end)  # "Newcastle" of "Newcastle upon Tyne"
        if self.locatives.is_locative(doc, candidate.start, candidate.end, kind) or (
            end < candidate.end and self.locatives.is_locative(doc, candidate.start, end, kind)
        ):
            return True
        noun = to_container_noun(doc, candidate.start, end, self.gazetteer)
        if noun is None and candidate.unlisted:  # "the Camp Taji base": a place by its own words
            noun = to_named_facility(doc, candidate.start, candidate.end, self.words, self.feature_prefixes)
        if noun is not None and self.locatives.is_locative(doc, noun.i, noun.i + 1, "region"):
            return True
        if is_on_water(doc, candidate.start, end, self.surfaces):  # "kill four fishermen on Lake Kivu, Congo"
            return True
        # "a convoy carrying the minister in Ma'rib Governorate strikes …": the parser lost "in"'s object
        return follows_objectless_preposition(doc, candidate.start, self.words.locative_preps)

    def _landmark_at(self, doc: Any, i: int) -> NameCandidate | None:
        """An unlisted landmark ("Trafalgar Square"): see :mod:`dotterel.stages.place_landmarks`."""
        end = resolve_landmark_end(doc, i, self.gazetteer, self.resolution.country_feature_nouns)
        return None if end is None else NameCandidate(i, end, doc[i:end].text, unlisted=True)

    def _hyphenated_at(self, doc: Any, i: int) -> NameCandidate | None:
        """A division named by a hyphenated pair ("Miami-Dade County"): :mod:`place_hyphen_divisions`."""
        end = to_hyphenated_division_end(doc, i, self.gazetteer)
        return None if end is None else NameCandidate(i, end, doc[i:end].text, unlisted=True)

    def _water_at(self, doc: Any, i: int) -> NameCandidate | None:
        """A body of water the gazetteer does not know ("the Gulf of Tonkin", "the Bay of Biscay"), not the
        "Gulf" of the Persian Gulf nor a town "Bay"; a known one ("the Gulf of Mexico") is the gazetteer's."""
        if doc[i].lower_ not in self.water_nouns or i + 2 >= len(doc) or doc[i + 1].lower_ != "of":
            return None
        end = self._proper_run_end(doc, i + 2)
        if end is None or self.gazetteer.find_entries(doc[i:end].text):
            return None
        return NameCandidate(i, end, doc[i:end].text, unlisted=True)

    def _match_at(self, doc: Any, i: int, ents: list[Entity]) -> NameCandidate | None:
        table = to_doc_table(doc)  # texts read by token offsets: no Span nor Token object per try
        texts = table.texts
        if not (texts[i][:1].isupper() or starts_with_particle(table, i, self.words)):
            return None
        longest, limit = 0, min(self.gazetteer.max_tokens, len(doc) - i)
        while longest < limit and self.gazetteer.starts_a_name(table.to_span_text(i, i + longest + 1)):
            longest += 1  # no gazetteer key starts with a longer span: no longer name can match
        for n in range(longest, 0, -1):
            last = texts[i + n - 1]
            if not (last[:1].isupper() or last[:1].isdigit()) or any(
                table.is_sent_start(j) for j in range(i + 1, i + n)
            ):
                continue
            if not has_name_word_in(table, i, i + n, self.words):  # a proper noun, or a word tagged a place
                continue
            text = table.to_span_text(i, i + n)
            entries = self.gazetteer.find_entries(text) or self.following.stated_cities(doc, i, i + n)
            if text.lower() in self.common_nouns and not any(e.kind == "region" for e in entries):
                continue  # "Province", "City" are no place; the named region "West Bank" is one
            if n == 1 and text.isupper() and not any(e.kind in ("country", "region") for e in entries):
                continue  # an acronym ("DIG", "UND") is not a town that shares its letters
            span = doc[i : i + n] if entries else None
            if (
                span is not None
                and not is_owned_by_other_name(span, entries, ents, self.gazetteer, self.resolution)
                and not is_institution_word(span, self.institution_nouns, self.gazetteer)
                and not is_in_work_title(span, self.resolution)
                and not self._starts_tagged_name(span)
            ):
                run = to_marked_run_end(doc, i, i + n, self.gazetteer)  # "the village of Pobé Mengao"
                if run is not None:
                    return NameCandidate(i, run, doc[i:run].text, unlisted=True, marked=True)
                return self._unlisted_reading(doc, i, entries) or NameCandidate(i, i + n, text, entries)
        return None

    def _unlisted_reading(self, doc: Any, i: int, entries: list[GazetteerEntry]) -> NameCandidate | None:
        """The unlisted place the text marks at ``i`` when the name is only a small town's alternate name
        ("the village of Pansi, Yagha Province" is not Pasni, Pakistan, whose alternate name it is): the
        entries stay on the candidate, for a country of the text to choose (:mod:`place_resolution`)."""
        if any(e.population >= ALTERNATE_MIN_POPULATION or e.kind != "city" for e in entries):
            return None
        if self.gazetteer.find_entries(doc[i].text, alternates=False):
            return None
        candidate = self._unlisted_at(doc, i, alternates=False)
        if candidate is None or candidate.tagged_only:
            return None
        candidate.entries = entries
        return candidate

    def _read_entities(self, doc: Any) -> list[Entity]:
        """The entities of ``doc`` in text order: those :meth:`find_candidates` read for it, else read now."""
        kept = self._entities
        if kept is not None and kept[0] is doc:
            return kept[1]
        return [Entity(e.start, e.end, e.label_, e[-1].lower_) for e in doc.ents]

    def _starts_tagged_name(self, span: Any) -> bool:
        """See :func:`dotterel.stages.place_name_parts.starts_tagged_name` ("in Tell Abyad")."""
        return starts_tagged_name(span, self._read_entities(span.doc), self.gazetteer)

    def _unlisted_at(self, doc: Any, i: int, alternates: bool = True) -> NameCandidate | None:
        """A name the gazetteer does not know, where the text says it is a place.

        After a place noun ("the towns of Maarrat al-Nu'man") or before an administrative noun ("Imam Sahib
        District") the text outweighs the tagger's PERSON or ORG label; elsewhere such a label vetoes the
        name. A name the tagger calls a place (GPE, LOC, FAC) is one after a locative preposition ("In Kuz
        Kunar, a suicide bomber …") or after an attack noun's "on" ("attacks on Marat al-Nasan").
        """
        end = self._proper_run_end(doc, i, alternates)
        if end is None:
            return None
        table = to_doc_table(doc)  # the span's words read from the table: no Token object per word
        labels, texts, lowers = table.read_ent_types(), table.texts, table.lowers
        root = doc[i:end].root
        after = doc[end] if end < len(doc) else None
        by_noun = follows_place_noun(doc, i, end, self.words.naming_nouns, self.resolution.membership_words)
        by_noun = by_noun or follows_bare_place_noun(doc, i, end, self.words.town_nouns)  # "the town Rann"
        by_suffix = after is not None and after.lower_ in self.words.admin_suffixes
        by_suffix = by_suffix or is_named_by_own_words(doc, i, end, self.words, self.feature_prefixes)
        by_comma = after is not None and after.text == "," and self.following.place_follows(doc, end + 1)
        prep = root.head if root.dep_ == "pobj" else None
        # "in Char Asiab, Kabul Province": a name between "in" and a known place is one, a PERSON label or not
        placed = by_comma and prep is not None and prep.lower_ in self.words.unlisted_preps
        by_facility = is_placed_by_noun(doc, i, prep, self.words)  # "a base in Nik Shahr", a PERSON or not
        if not (by_noun or by_suffix or placed or by_facility) and any(
            labels[k] in UNTRUSTED_ENTITIES for k in range(i, end)
        ):
            return None
        by_tagger = (
            prep is not None
            and (
                prep.lower_ in self.words.unlisted_preps
                or (
                    prep.lower_ in self.words.place_noun_preps
                    and names_word(prep.head, self.words.attack_nouns)
                )
            )
            and all(
                labels[k] in PLACE_ENTITIES or texts[k] == "-" or lowers[k] in self.words.name_particles
                for k in range(i, end)
            )
        )
        if by_noun or by_suffix or by_comma or by_tagger or by_facility:
            tagged_only = not (by_noun or by_suffix or by_comma)  # the sentence's claimant is not its country
            marked = by_noun or by_comma or by_facility
            text = table.to_span_text(i, end)
            return NameCandidate(i, end, text, unlisted=True, tagged_only=tagged_only, marked=marked)
        return None

    def _proper_run_end(self, doc: Any, i: int, alternates: bool = True) -> int | None:
        """The end of a run of capitalised proper nouns starting at ``i`` that names nothing we know.

        A lower-case particle joined by a hyphen stays inside the run ("Maarrat al-Nu'man") or opens it
        ("al-Dhalea"); a run holding a demonym or a date is no place name; nor is one holding a known name
        (by alternate name too, unless ``alternates`` is false). Entity labels are the caller's to judge.
        """
        table = to_doc_table(doc)  # texts read by token offsets: no Span nor Token object per try
        texts, lowers = table.texts, table.lowers
        first, end = i, i + 1
        if starts_with_particle(table, i, self.words) and not table.is_sent_start(i):
            first, end = i + 2, i + 3  # "the town of al-Dhalea"
        if not starts_proper_run(table, first, self.words):  # a capitalised name word inside the sentence
            return None
        if i > 0 and texts[i - 1] == "-" and not table.has_space_after(i - 1):
            return None  # the tail of "Bab al-Kheir" is no name of its own
        # words, not hyphens, count: "Al-Watiya Air Base" is four words
        while end < len(doc) and sum(text != "-" for text in texts[i:end]) < MAX_UNLISTED_TOKENS:
            end, grown = to_grown_run_end(doc, end, self.words)
            if not grown:
                break
        end = to_facility_run_end(doc, end, self.words)  # "Ain al-Asad Air Base": five words
        text = table.to_span_text(i, end)
        featured = end - i > 1 and lowers[first] in self.feature_prefixes  # "Camp Taji", "Lake Kivu"
        if is_direction_division(doc, i, end, self.gazetteer):  # "Northwest Region, Cameroon": not "North"
            return None if self.gazetteer.find_entries(text) else end
        if (lowers[first] in self.common_nouns and not featured) or self.gazetteer.is_not_place(text):
            return None
        prefixes = self.words.directions | self.words.name_prefixes
        by_noun = end - i > 1 and follows_place_noun(doc, i, end, self.words.geo_nouns)
        if (
            not opens_facility_name(doc, i, end, self.words)
            and any(  # "in Tell Abyad", not "Camp Pendleton"
                not by_noun and e.kind != "admin1" and not self._starts_tagged_name(doc[j:k])
                for j in range(i, end)
                if all(lowers[m] in prefixes or texts[m] == "-" for m in range(i, j))
                for k in range(j + 1, end + 1)
                if texts[j][:1].isupper() and not joins_particle(doc, k, end, self.words)
                for e in self.gazetteer.find_entries(table.to_span_text(j, k), alternates)
            )
        ):
            return None  # "North East Delhi" is the known Delhi; not "Kuz Kunar", "Chahar Dara"
        labels = table.read_ent_types()
        if any(self.gazetteer.resolve_demonym(texts[j]) or labels[j] == "DATE" for j in range(i, end)):
            return None
        return end

    def _extend(self, doc: Any, candidate: NameCandidate) -> None:
        direction = to_direction_before(doc, candidate.start, self.words.directions)
        named = direction is not None and direction.isalpha() and is_name_direction(doc, candidate.start)
        if named and candidate.unlisted:  # "North Waziristan": the direction is a word of the unknown name
            candidate.start -= 1
            candidate.text = doc[candidate.start : candidate.end].text
            direction = None
        candidate.direction = direction
        if candidate.end < len(doc) and doc[candidate.end].lower_ in self.words.admin_suffixes:
            candidate.suffix = doc[candidate.end].text
            candidate.end += 1
        if candidate.direction is None and candidate.entries:  # "Thailand's south", "the north of Mali"
            candidate.region = self.regions.resolve_region(doc, candidate.start, candidate.end)
            candidate.capital_end = self.regions.resolve_capital(doc, candidate.end)  # "Kenya's capital"

    def find_country_candidates(
        self, doc: Any, candidates: list[NameCandidate], context: dict[str, float]
    ) -> list[NameCandidate]:
        """Return the located candidates of "the country", "the Kenyan capital" and "the African country":
        :func:`dotterel.stages.place_country_candidates.find_country_candidates`."""
        readers = self.regions, self.locatives
        return find_country_candidates(doc, candidates, context, self.gazetteer, readers)
