"""Place names in a parsed document: which capitalised runs name places and which of them are locations.

Finding names: the longest run of capitalised tokens that names a gazetteer entry (``places.gazetteer.v1``), a
named region ("the Middle East", no point), a direction before a country ("northern Iraq": kind ``region`` of
Iraq, no admin1, no point) or a name before an administrative noun ("Parwan Province", "the Idlib
Governorate") (``places.region.v1``). A name the gazetteer does not know is still a place where the text says
so (``places.unlisted.v1``, no point): after a place noun ("the town of Dangdala, Chad", "the towns of
Maarrat al-Nu'man": the text outweighs the tagger's PERSON label), before an administrative noun ("Nganzai
District"), before a comma and a known place ("Kotulo, Kenya", "Zeleved, Far North, Cameroon"), or after
"in" when the tagger calls it a place ("In Kuz Kunar, a suicide bomber …"). A hyphenated particle stays in
the name ("al-Nu'man"). Its country: :mod:`dotterel.stages.place_resolution`.

A name counts as a location only where the parse says so: the object of a locative preposition ("in", "near",
"outside", "from"; "to" after a verb of motion; "on" before a place noun: "on the outskirts of Bishkek";
"between" after a boundary noun: "a checkpoint between Tajikistan and Uzbekistan"), the "of" object of a place
noun ("the city of Kirkuk", "north of Baghdad"), a name before a located facility ("Mogadishu Airport") or a
happening ("the Hong Kong protests"; a city only before an attack: "a Kabul grenade attack"), the object of a
verb such as "strike" or "enter", or an apposition or conjunct of one of those ("Lahore, Pakistan"). A country
before a person, sector or owned facility noun is an actor modifier ("US President", "the US embassy"), a name
before a hyphen is one too ("Tehran-backed"), a modifier of a place noun with its own "of" object is an
adjective ("the Berber city of Zuwarah"), and a subject is an actor ("Washington said"): none of them is a
place. Names inside a longer person name or a longer proper name ("Okba Ibn Nafa Air Base"), and countries
inside an organisation's name, are skipped; the stop list in ``gazetteer.yaml`` removes people's names.

What each located name resolves to: :mod:`dotterel.stages.place_resolution`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry, PlaceWords

RULE_GAZETTEER = "places.gazetteer.v1"
RULE_REGION = "places.region.v1"
RULE_UNLISTED = "places.unlisted.v1"
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss"})
MAX_UNLISTED_TOKENS = 4
UNTRUSTED_ENTITIES = frozenset({"PERSON", "ORG"})


class Entity(NamedTuple):
    """A named entity of the document, read once per document: token range, label, lower-cased last word."""

    start: int
    end: int
    label: str
    last_lower: str


@dataclass
class NameCandidate:
    """A place name in the text: tokens ``[start, end)``, its entries, and what the parse says it is.

    An *unlisted* candidate has no entries: the text says it is a place, the gazetteer does not know it;
    *tagged_only* when only the tagger's GPE/LOC label after "in" says so (weaker: no country from the
    sentence's actors).
    """

    start: int
    end: int
    text: str
    entries: list[GazetteerEntry] = field(default_factory=list)
    direction: str | None = None
    suffix: str | None = None
    locative: bool = False
    unlisted: bool = False
    tagged_only: bool = False


def _lemma(token: Any) -> str:
    return str(token.lemma_).lower()


def names_word(token: Any, words: frozenset[str]) -> bool:
    """Return True when the token's lemma or lower case is in ``words`` ("outskirts" has lemma "outskirt")."""
    return _lemma(token) in words or token.lower_ in words


class PlaceNameFinder:
    """Find the place names of a parsed document and mark those used as locations."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.words: PlaceWords = gazetteer.words
        words = self.words
        self.common_nouns = words.facilities | words.geo_nouns | words.admin_suffixes | words.directions

    # --- finding names -------------------------------------------------------------------------------

    def find_candidates(self, doc: Any) -> list[NameCandidate]:
        """Return the place names of the document (longest first, left to right), marked locative."""
        found: list[NameCandidate] = []
        ents = [
            Entity(e.start, e.end, e.label_, e[-1].lower_) for e in doc.ents
        ]  # once per doc, not per name
        i = 0
        while i < len(doc):
            candidate = self._match_at(doc, i, ents) or self._unlisted_at(doc, i)
            if candidate is None:
                i += 1
                continue
            self._extend(doc, candidate)
            candidate.locative = self._is_locative(doc, candidate)
            found.append(candidate)
            i = candidate.end
        return found

    def _match_at(self, doc: Any, i: int, ents: list[Entity]) -> NameCandidate | None:
        if not doc[i].text[:1].isupper():
            return None
        longest, limit = 0, min(self.gazetteer.max_tokens, len(doc) - i)
        while longest < limit and self.gazetteer.starts_a_name(doc[i : i + longest + 1].text):
            longest += 1  # no gazetteer key starts with a longer span: no longer name can match
        for n in range(longest, 0, -1):
            span = doc[i : i + n]
            last = span[-1]
            if not (last.text[:1].isupper() or last.text[:1].isdigit()) or any(
                t.is_sent_start for t in span[1:]
            ):
                continue
            if not any(t.tag_ in ("NNP", "NNPS") or t.ent_type_ in ("GPE", "LOC", "FAC") for t in span):
                continue
            entries = self.gazetteer.find_entries(span.text)
            if span.text.lower() in self.common_nouns and not any(e.kind == "region" for e in entries):
                continue  # "Province", "City" are no place; the named region "West Bank" is one
            if n == 1 and span.text.isupper() and not any(e.kind in ("country", "region") for e in entries):
                continue  # an acronym ("DIG", "UND") is not a town that shares its letters
            if (
                entries
                and not self._inside_longer_name(span, entries, ents)
                and not self._starts_tagged_name(span)
            ):
                return NameCandidate(i, i + n, span.text, entries)
        return None

    def _starts_tagged_name(self, span: Any) -> bool:
        """True when the known name begins a longer GPE/LOC name the gazetteer does not know, whose other
        words are plain proper nouns: "in Tell Abyad" is not the town "Tell" (At Tall) and a town "Abyad";
        not "Raqqa Governorate", "Kabul Province" (an administrative or place noun follows) nor "North East
        Delhi" (the known name ends it)."""
        entity = next((e for e in span.doc.ents if e.start == span.start and e.end > span.end), None)
        if entity is None or entity.label_ not in ("GPE", "LOC"):
            return False
        rest = span.doc[span.end : entity.end]
        nouns = self.words.admin_suffixes | self.words.geo_nouns | self.words.name_head_nouns
        return all(
            t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() and t.lower_ not in nouns for t in rest
        ) and not any(self.gazetteer.find_entries(rest[k:].text) for k in range(len(rest)))

    def _inside_longer_name(self, span: Any, entries: list[GazetteerEntry], ents: list[Entity]) -> bool:
        first, last = span[0], span[-1]
        for entity in ents:
            longer = entity.start <= first.i and last.i < entity.end and entity.end - entity.start > len(span)
            if entity.last_lower in self.words.admin_suffixes:
                continue  # "the northern Aleppo Governorate" is no person, whatever the tagger says
            if longer and (
                entity.label == "PERSON" or (entity.label == "ORG" and entries[0].kind == "country")
            ):
                return True
        before = span.doc[first.i - 1] if first.i > 0 else None
        return bool(
            before is not None
            and not first.is_sent_start
            and before.tag_ in ("NNP", "NNPS")
            and before.text[:1].isupper()
            and before.lower_ not in self.words.name_prefixes
            and before.dep_ == "compound"
            and first.i <= before.head.i
            and not self.gazetteer.find_entries(before.text)
        )

    def _unlisted_at(self, doc: Any, i: int) -> NameCandidate | None:
        """A name the gazetteer does not know, where the text says it is a place.

        After a place noun ("the towns of Maarrat al-Nu'man") or before an administrative noun ("Imam Sahib
        District") the text outweighs the tagger's PERSON or ORG label; elsewhere such a label vetoes the
        name. A name the tagger calls a place (GPE, LOC, FAC) is one after a locative preposition ("In Kuz
        Kunar, a suicide bomber …") or after an attack noun's "on" ("attacks on Marat al-Nasan").
        """
        end = self._proper_run_end(doc, i)
        if end is None:
            return None
        span = doc[i:end]
        root = span.root
        after = doc[end] if end < len(doc) else None
        geo_nouns = self.words.geo_nouns
        by_noun = root.dep_ == "pobj" and root.head.lower_ == "of" and names_word(root.head.head, geo_nouns)
        by_suffix = after is not None and after.lower_ in self.words.admin_suffixes
        by_suffix = by_suffix or self._ends_in_place_noun(doc, i, end)
        by_comma = after is not None and after.text == "," and self._place_follows(doc, end + 1)
        prep = root.head if root.dep_ == "pobj" else None
        # "in Char Asiab, Kabul Province": a name between "in" and a known place is one, a PERSON label or not
        placed = by_comma and prep is not None and prep.lower_ in self.words.unlisted_preps
        if not (by_noun or by_suffix or placed) and any(t.ent_type_ in UNTRUSTED_ENTITIES for t in span):
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
                t.ent_type_ in ("GPE", "LOC", "FAC") or t.text == "-" or t.lower_ in self.words.name_particles
                for t in span
            )
        )
        if by_noun or by_suffix or by_comma or by_tagger:
            tagged_only = not (by_noun or by_suffix or by_comma)
            return NameCandidate(i, end, span.text, unlisted=True, tagged_only=tagged_only)
        return None

    def _ends_in_place_noun(self, doc: Any, i: int, end: int) -> bool:
        """True for a name whose last word, or the lower-case singular noun it modifies right after it, is a
        place noun of ``name_head_nouns``: "the ISIL-occupied Qanus Island", "in Tel Halef village"; not a
        description ("a Dogon village", "Dogon villages": a people's villages)."""
        words = self.words.name_head_nouns
        if end - i >= 2 and names_word(doc[end - 1], words):
            return True
        if end >= len(doc):
            return False
        after, root = doc[end], doc[i:end].root
        if not (after.text.islower() and after.tag_ == "NN" and names_word(after, words)):
            return False
        articles = self.words.indefinite_determiners
        indefinite = any(c.dep_ == "det" and c.lower_ in articles for c in after.children)
        return root.head.i == after.i and not indefinite

    def _proper_run_end(self, doc: Any, i: int) -> int | None:
        """The end of a run of capitalised proper nouns starting at ``i`` that names nothing we know.

        A lower-case particle joined by a hyphen stays inside the run ("Maarrat al-Nu'man"); a run holding a
        demonym or a date is no place name. Entity labels are the caller's to judge.
        """
        token = doc[i]
        if token.is_sent_start or token.tag_ not in ("NNP", "NNPS") or not token.text[:1].isupper():
            return None
        if i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
            return None  # the tail of "Bab al-Kheir" is no name of its own
        end = i + 1
        while end < len(doc) and end - i < MAX_UNLISTED_TOKENS:
            end, grown = self._grow_run(doc, end)
            if not grown:
                break
        text = doc[i:end].text
        if token.lower_ in self.common_nouns or self.gazetteer.is_not_place(text):
            return None
        prefixes = self.words.directions | self.words.name_prefixes
        if any(
            e.kind != "admin1" and not self._starts_tagged_name(doc[j:k])  # "Tell Abyad" is one name
            for j in range(i, end)
            if all(t.lower_ in prefixes or t.text == "-" for t in doc[i:j])
            for k in range(j + 1, end + 1)
            if doc[j:k].text[:1].isupper() and not self._joins_particle(doc, k, end)
            for e in self.gazetteer.find_entries(doc[j:k].text)
        ):
            return None  # "North East Delhi" is the known Delhi; not "Kuz Kunar", "Chahar Dara"
        if any(self.gazetteer.resolve_demonym(t.text) or t.ent_type_ == "DATE" for t in doc[i:end]):
            return None
        return end

    def _joins_particle(self, doc: Any, k: int, end: int) -> bool:
        """True when a hyphenated particle at ``k`` continues the name up to ``end``: "Bir al-Abd" is one
        name, not the known "Bir" and a tail."""
        return k + 1 < end and doc[k].lower_ in self.words.name_particles and doc[k + 1].text == "-"

    def _grow_run(self, doc: Any, end: int) -> tuple[int, bool]:
        """The run's end after one more name word, "-Name" or "al-Name" at ``end``; whether it grew."""
        nxt = doc[end]
        if nxt.lower_ in self.words.admin_suffixes:
            return end, False  # "Imam Sahib District": the administrative noun is not part of the name
        if nxt.tag_ in ("NNP", "NNPS") and nxt.text[:1].isupper() and nxt.text != "-":
            return end + 1, True
        joined = end + 1 < len(doc) and not nxt.whitespace_
        if joined and nxt.text == "-" and doc[end + 1].text[:1].isupper():
            return end + 2, True
        if (
            joined
            and nxt.lower_ in self.words.name_particles
            and nxt.text.islower()
            and end + 2 < len(doc)
            and doc[end + 1].text == "-"
            and not doc[end + 1].whitespace_
            and doc[end + 2].text[:1].isupper()
        ):
            return end + 3, True
        return end, False

    def _place_follows(self, doc: Any, i: int, hops: int = 1) -> bool:
        """True when a known place with a country starts at ``i`` ("Kotulo, Kenya", "Kaiga-Kindjiria, western
        Chad"), or after one more name and a comma ("Zeleved, Far North, Cameroon"); a direction may be part
        of the name ("Baledogle, Lower Shabelle")."""
        if self._known_place_at(doc, i):
            return True
        while i < len(doc) and doc[i].lower_ in self.words.directions:
            i += 1
        if self._known_place_at(doc, i):
            return True
        # the tagger's label does not veto the middle name: "Far North" is an ORG to it
        end = self._proper_run_end(doc, i) if i < len(doc) and hops else None
        return (
            end is not None
            and end < len(doc)
            and doc[end].text == ","
            and self._place_follows(doc, end + 1, 0)
        )

    def _known_place_at(self, doc: Any, i: int) -> bool:
        """True when a known place with a country starts at ``i``."""
        for n in range(min(self.gazetteer.max_tokens, len(doc) - i), 0, -1):
            # before "Governorate", "Province" an alternate name counts too ("Tell Abyad, Raqqa Governorate")
            divided = i + n < len(doc) and doc[i + n].lower_ in self.words.admin_suffixes
            entries = self.gazetteer.find_entries(doc[i : i + n].text, alternates=divided)
            if any(e.country for e in entries):
                return True
        return False

    def _extend(self, doc: Any, candidate: NameCandidate) -> None:
        start = candidate.start
        for width in (3, 1):  # "north-western" (three tokens) before "western"
            if start - width >= 0:
                before = doc[start - width : start].text.lower()
                if before in self.words.directions:
                    candidate.direction = before
                    break
        if candidate.end < len(doc) and doc[candidate.end].lower_ in self.words.admin_suffixes:
            candidate.suffix = doc[candidate.end].text
            candidate.end += 1

    # --- which names are locations -------------------------------------------------------------------

    def _is_locative(self, doc: Any, candidate: NameCandidate) -> bool:
        after = doc[candidate.end] if candidate.end < len(doc) else None
        if after is not None and after.text == "-" and not doc[candidate.end - 1].whitespace_:
            return False  # "Tehran-backed", "US-led": a modifier, not a location
        token = doc[candidate.start : candidate.end].root
        kind = candidate.entries[0].kind if candidate.entries else "city"
        listed = False  # reached through ", <name>": "outside the Punjab Institute of Cardiology, Lahore"
        while token.head.i != token.i:
            dep, head = token.dep_, token.head
            if dep == "pobj" and listed and head.lower_ == "of" and head.head.tag_ in ("NNP", "NNPS"):
                token = head.head  # "of Cardiology" is inside a facility's name: its position decides
                continue
            if dep == "pobj":
                return self._is_locative_prep(head, token)
            if dep in MODIFIER_DEPS:
                return self._is_locative_modifier(token, head, kind)
            if dep in ("dobj", "nsubjpass"):  # "Israel strikes Damascus", "the city Ganja is shelled"
                return names_word(head, self.words.locative_object_verbs)
            if dep not in ("appos", "conj"):
                return False
            listed, token = True, head
        return False

    def _is_locative_modifier(self, token: Any, head: Any, kind: str) -> bool:
        """A name before a noun: "Mogadishu Airport", "the Hong Kong protests", not "the US embassy"."""
        if token.dep_ == "poss" and kind != "country" and self._owner_of_facility(head):
            return True  # "inside the office of Mogadishu's mayor": the office is in Mogadishu
        while head.dep_ == "compound" and head.head.i != head.i:  # "a Kabul grenade attack"
            head = head.head
        if names_word(head, self.words.geo_nouns):
            has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
            return not (has_of and token.dep_ in ("amod", "compound", "nmod"))  # "the Berber city of Zuwarah"
        if names_word(head, self.words.facilities) and self._facility_placed(head):
            return False  # "the Dusit hotel in Nairobi": the hotel's name; its "in" place is the location
        if names_word(head, self.words.located_facilities) or names_word(head, self.words.located_events):
            return True
        if names_word(head, self.words.attack_nouns):
            return kind != "country"
        return names_word(head, self.words.owned_facilities) and kind != "country"

    def _owner_of_facility(self, owner: Any) -> bool:
        """True for the "of" owner of a facility named as a location: "(inside) the office of …'s mayor",
        "(stormed) the residence of …'s governor"."""
        of = owner.head
        if owner.dep_ != "pobj" or of.lower_ != "of" or not names_word(of.head, self.words.facilities):
            return False
        facility = of.head
        if facility.dep_ == "pobj":
            return self._is_locative_prep(facility.head, facility)
        return facility.dep_ == "dobj" and names_word(facility.head, self.words.locative_object_verbs)

    def _facility_placed(self, facility: Any) -> bool:
        """True when a locative phrase with a proper name follows the facility noun right away ("the Serena
        hotel in Kabul", "the Marriott hotel at Islamabad"), whether the parser hangs it on the noun or on the
        verb: then the name before the noun is the facility's own, not its place."""
        doc = facility.doc
        if facility.i + 1 >= len(doc):
            return False
        prep = doc[facility.i + 1]
        if prep.dep_ != "prep" or prep.lower_ not in self.words.locative_preps:
            return False
        objects = [g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        # "the Mogadishu airport in Somalia": a country is coarser than the name, which stays the place
        return any(not self._names_country(g) for g in objects)

    def _names_country(self, token: Any) -> bool:
        text = token.doc[token.left_edge.i : token.i + 1].text
        return any(e.kind == "country" for e in self.gazetteer.find_entries(text, alternates=False))

    def _is_motion(self, head: Any) -> bool:
        """True for the head of a destination "to": "sent troops to", "the deployment of troops to", and a
        "to" the parser hung on the verb of a motion noun ("announces the deployment of troops to")."""
        motion = self.words.destination_verbs | self.words.destination_nouns
        nouns = [head, *(c for c in head.children if c.dep_ == "dobj")]
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            nouns.append(head.head.head)
        return any(names_word(noun, motion) for noun in nouns)

    def _is_participant(self, noun: Any) -> bool:
        """True for a noun that is the subject of a verb and no place or facility noun: "A man from Sudan was
        arrested", "Refugees from Syria clash with police"; not an object, whose "from" may be the motion's
        ("withdraws a contingent of peacekeepers from Tripoli")."""
        places = self.words.geo_nouns | self.words.facilities
        return (
            noun.pos_ in ("NOUN", "PROPN", "PRON")
            and noun.dep_ in ("nsubj", "nsubjpass")
            and not names_word(noun, places)
        )

    def _is_locative_prep(self, prep: Any, obj: Any) -> bool:
        lower = prep.lower_
        if lower == "of":  # "the city of Kirkuk", "seize control of Tripoli", "the blockade of Yemen"
            return names_word(prep.head, self.words.geo_nouns | self.words.of_place_nouns)
        if lower in self.words.example_preps:  # "several ports, including Al Hudaydah"
            return names_word(prep.head, self.words.geo_nouns | self.words.facilities)
        if lower in self.words.destination_preps:
            return self._is_motion(prep.head)
        if lower in self.words.place_noun_preps:  # "on the outskirts of", "an attack on Ganja"
            on_place = names_word(obj, self.words.geo_nouns | self.words.facilities)
            return on_place or names_word(prep.head, self.words.attack_nouns)
        if lower in self.words.boundary_preps:
            return names_word(prep.head, self.words.geo_nouns | self.words.facilities)
        if lower in self.words.origin_preps and self._is_participant(prep.head):
            return False  # "A man from Sudan was arrested": his origin, not the arrest's place
        return lower in self.words.locative_preps
