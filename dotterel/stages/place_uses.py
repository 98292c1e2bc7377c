"""Which uses of a place name are locations (the parse decides; see :mod:`dotterel.stages.place_names`).

The object of a locative preposition ("in", "near", "outside", "from"; "to" after a verb of motion; "on"
before a place noun: "on the outskirts of Bishkek"; "between" after a boundary noun), the "of" object of a
place noun ("the city of Kirkuk", "north of Baghdad"), a name before a located facility ("Mogadishu Airport")
or a happening ("the Hong Kong protests"; a city only before an attack: "a Kabul grenade attack"), the object
of a verb such as "strike", "enter" or "pass", or an apposition or conjunct of one of those. A country before
a person, sector or owned facility noun is an actor modifier ("the US embassy"), a name before a hyphen is one
too ("Tehran-backed"), a modifier of a place noun with its own "of" object is an adjective ("the Berber city
of Zuwarah"), a subject is an actor ("Washington said"), and "from" on a subject noun is an origin ("a man
from Sudan"), after a demand, a request or help a source ("demands for a ceasefire from Russia").
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, PlaceWords
from dotterel.stages.place_broken_of_objects import find_broken_of
from dotterel.stages.place_handover_ends import is_handover_end
from dotterel.stages.place_meeting_venues import is_meeting_venue
from dotterel.stages.place_misread_verbs import is_misread_verb_place
from dotterel.stages.place_owned_names import is_acting_body_owner, is_handover_source, is_label_place
from dotterel.stages.place_subject_lists import is_misread_subject_conjunct
from dotterel.stages.token_words import lemma_of

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss"})
# Entity labels of the object of an attack noun's "against" that make it the place hit ("against Iraq").
TARGET_ENTITIES = frozenset({"GPE", "LOC"})


def names_word(token: Any, words: frozenset[str]) -> bool:
    """Return True when the token's lemma or lower case is in ``words`` ("outskirts" has lemma "outskirt")."""
    return lemma_of(token) in words or token.lower_ in words


class LocativeReader:
    """Tell whether a place name is used as a location, from the parse around it."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.words: PlaceWords = gazetteer.words

    def is_locative(self, doc: Any, start: int, end: int, kind: str) -> bool:
        """True when the name at tokens ``[start, end)`` (gazetteer kind ``kind``) is used as a location."""
        after = doc[end] if end < len(doc) else None
        if after is not None and after.text == "-" and not doc[end - 1].whitespace_:
            return False  # "Tehran-backed", "US-led": a modifier, not a location
        if is_label_place(doc, start, self.words):
            return False  # 'relabeled "Made in Vietnam"': where goods were made, not a location
        if is_misread_verb_place(doc, start, end, self.words.subject_place_preps):
            return True  # "A court in Denmark sentences a man": the parser read the verb as a noun
        token = doc[start:end].root
        listed = False  # reached through ", <name>": "outside the Punjab Institute of Cardiology, Lahore"
        broken = find_broken_of(doc, start, token, self.words)  # "the island of Lesbos fire tear gas"
        if broken is not None and not self._is_described_place(broken):
            return self._is_locative_prep(broken, token)
        token = token if broken is None else broken.head
        while token.head.i != token.i:
            dep, head = token.dep_, token.head
            if dep == "pobj" and listed and head.lower_ == "of" and head.head.tag_ in ("NNP", "NNPS"):
                token = head.head  # "of Cardiology" is inside a facility's name: its position decides
                continue
            if dep == "pobj" and (self._is_described_place(head) or self._is_nested_division(head)):
                token = head.head  # "in the West African nation of Mali": the noun's position decides
                continue
            if dep == "pobj":
                return self._is_locative_prep(head, token)
            if dep in MODIFIER_DEPS and self._is_comma_container(token, head):
                listed, token = True, head  # "in Melbourne, Australia" parsed as a modifier of "Australia"
                continue
            if dep in MODIFIER_DEPS:
                return self._is_locative_modifier(token, head, kind)
            if dep in ("dobj", "nsubjpass"):  # "Israel strikes Damascus", "the city Ganja is shelled"
                return names_word(head, self.words.locative_object_verbs)
            if dep not in ("appos", "conj") or is_misread_subject_conjunct(token):
                return False  # "In Osaka, Argentina and Canada issue": the verb's subject, no location
            listed, token = True, head
        return False

    def _is_comma_container(self, token: Any, head: Any) -> bool:
        """True when the parser hangs a name on the place named right after its comma as a modifier ("in
        Melbourne, Australia", "Melbourne" an ``nmod`` of "Australia"): the pair is a name and its container,
        and the container's position decides, as for an apposition; not "Paris, Texas-based". The comma may
        follow the name's hyphen-joined words ("in Stratford-upon-Avon, England", "Stratford" its root)."""
        doc = token.doc
        comma = token.i + 1
        while comma < len(doc) and not doc[comma - 1].whitespace_ and doc[comma].text != ",":
            comma += 1  # "Stratford-upon-Avon,": the words joined to the root without a space
        if comma >= len(doc) or doc[comma].text != "," or head.i <= comma or head.tag_ not in ("NNP", "NNPS"):
            return False
        return bool(self.gazetteer.find_entries(doc[comma + 1 : head.i + 1].text))

    def _is_described_place(self, prep: Any) -> bool:
        """True for the "of" of a noun that describes the place named after it ("the Middle Eastern country
        of Iraq", "the island nation of Palau"): the name stands where the noun does."""
        noun = prep.head
        return prep.lower_ == "of" and noun.i != prep.i and names_word(noun, self.words.described_place_nouns)

    def _is_nested_division(self, prep: Any) -> bool:
        """True for the "of" of a place noun that is itself the "of" object of a verb's subject ("The
        government of the province of Ontario apologizes", "The capital of the state of Kerala is flooded"):
        the subject's "of" decides; not "enters the northern sector of the town of X"."""
        noun = prep.head
        return (
            prep.lower_ == "of"
            and names_word(noun, self.words.geo_nouns)
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "of"
            and noun.head.head.dep_ in ("nsubj", "nsubjpass")
        )

    def _is_locative_modifier(self, token: Any, head: Any, kind: str) -> bool:
        """A name before a noun: "Mogadishu Airport", "the Hong Kong protests", not "the US embassy"."""
        if token.dep_ == "poss" and kind != "country" and self._owner_of_facility(head):
            return True  # "inside the office of Mogadishu's mayor": the office is in Mogadishu
        if is_acting_body_owner(token, head, self.words):
            return False  # "Brazil's Supreme Court orders …": the court's owner, not where it rules
        while head.dep_ == "compound" and head.head.i != head.i:  # "a Kabul grenade attack"
            head = head.head
        if names_word(head, self.words.geo_nouns):
            has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
            return not (has_of and token.dep_ in ("amod", "compound", "nmod"))  # "the Berber city of Zuwarah"
        if names_word(head, self.words.facilities) and self._facility_placed(head, token):
            return False  # "the Dusit hotel in Nairobi": the hotel's name; its "in" place is the location
        if names_word(head, self.words.seat_officers):  # "A Rio de Janeiro judge issues": the judge's seat
            return True
        if names_word(head, self.words.located_facilities) or names_word(head, self.words.located_events):
            return True
        if names_word(head, self.words.attack_nouns):
            return kind != "country"
        if is_meeting_venue(token, head, kind, self.words):  # "the June Geneva talks"
            return True
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

    def _facility_placed(self, facility: Any, name: Any) -> bool:
        """True when a locative phrase with a proper name follows the facility noun right away ("the Serena
        hotel in Kabul", "the Marriott hotel at Islamabad"), whether the parser hangs it on the noun or on the
        verb: then the name before the noun is the facility's own, not its place; not when that phrase names
        a country or the division that holds the town ``name`` names ("near the Portland City Hall in
        Oregon": the town is the place, the state coarser)."""
        doc = facility.doc
        if facility.i + 1 >= len(doc):
            return False
        prep = doc[facility.i + 1]
        if prep.dep_ != "prep" or prep.lower_ not in self.words.locative_preps:
            return False
        objects = [g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        # "the Mogadishu airport in Somalia": a country is coarser than the name, which stays the place
        return any(not self._names_country(g) and not self._holds_town(g, name) for g in objects)

    def _holds_town(self, division: Any, name: Any) -> bool:
        """True when ``division`` names a first-level division that has a town called as ``name`` is."""
        text = division.doc[division.left_edge.i : division.i + 1].text
        keys = {e.admin1 for e in self.gazetteer.find_entries(text, alternates=False) if e.kind == "admin1"}
        towns = self.gazetteer.find_entries(name.text, alternates=False)
        return any(e.kind == "city" and e.admin1 in keys for e in towns if e.admin1)

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

    def _is_source(self, head: Any) -> bool:
        """True for the head of a "from" that names who a demand, a request or help comes from ("demands for
        a ceasefire from the United States", "requests air support from Washington"), also through the "for"
        phrase the parser hangs it on ("the demands for a ceasefire from …")."""
        if names_word(head, self.words.source_heads) or is_handover_source(head, self.words):
            return True  # also "seeks the extradition of X from Canada": the state that holds X
        outer = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "for" else None
        return outer is not None and names_word(outer, self.words.source_heads)

    def _is_attack_target(self, head: Any, obj: Any) -> bool:
        """True for the object of an attack noun's "against" that is a place: a place noun ("the capital
        Sanaa", "the town"), or a name the tagger marks as a place and that is no acronym ("Saudi Arabia", not
        "ISIL"); never after a verb ("fight against the Islamic State")."""
        places = self.words.geo_nouns | self.words.facilities
        described = any(c.dep_ == "compound" and names_word(c, places) for c in obj.children)
        marked = obj.ent_type_ in TARGET_ENTITIES and not obj.text.isupper()
        on_place = names_word(obj, places) or described or marked
        return on_place and head.pos_ in ("NOUN", "PROPN") and names_word(head, self.words.attack_nouns)

    def _is_attack_head(self, noun: Any) -> bool:
        """True for an attack noun ("an attack on Ganja") or a quantity of attacks ("dozens of airstrikes on
        Gaza", "a wave of strikes on Idlib")."""
        attacks = self.words.attack_nouns
        of_attacks = any(
            o.dep_ == "pobj" and names_word(o, attacks)
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
        )
        return names_word(noun, attacks) or of_attacks

    def _is_exit(self, out: Any) -> bool:
        """True for the "out" of a verb of leaving ("walk out of", "troops pulled out of Syria"), not of
        another verb ("a company operating out of Israel" is where it is based, not an act there)."""
        verbs = self.words.destination_verbs | self.words.exit_verbs
        return out.lower_ == "out" and out.dep_ in ("prep", "prt", "advmod") and names_word(out.head, verbs)

    def _is_locative_prep(self, prep: Any, obj: Any) -> bool:
        lower = prep.lower_
        if lower == "of" and self._is_exit(prep.head):
            lower = "from"  # "walk out of the UN General Assembly": "out of" a verb of leaving is "from"
        if lower == "of":  # "the city of Kirkuk", "seize control of Tripoli", "the blockade of Yemen"
            return names_word(prep.head, self.words.geo_nouns | self.words.of_place_nouns)
        if lower in self.words.example_preps:  # "several ports, including Al Hudaydah"
            return names_word(prep.head, self.words.geo_nouns | self.words.facilities)
        if lower in self.words.destination_preps:  # not "extradites X to Italy": the receiving state
            return self._is_motion(prep.head) and not is_handover_end(prep.head, self.words)
        if lower in self.words.place_noun_preps:  # "on the outskirts of", "an attack on Ganja"
            on_place = names_word(obj, self.words.geo_nouns | self.words.facilities)
            on_place = on_place or names_word(obj, self.words.described_place_nouns)
            return on_place or self._is_attack_head(prep.head)
        if lower in self.words.attack_target_preps:  # "airstrikes against the capital Sanaa"
            return self._is_attack_target(prep.head, obj)
        if lower in self.words.boundary_preps:
            return names_word(prep.head, self.words.geo_nouns | self.words.facilities)
        if lower in self.words.origin_preps and self._is_participant(prep.head):
            return False  # "A man from Sudan was arrested": his origin, not the arrest's place
        if lower in self.words.origin_preps and self._is_source(prep.head):
            return False  # "dismisses the demands for a truce from Russia": who demands, not where
        if lower in self.words.origin_preps and names_word(prep.head, self.words.goods_nouns):
            return False  # "a tariff on all products from Mexico": where the goods come from, not where
        return lower in self.words.locative_preps
