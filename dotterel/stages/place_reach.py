"""Place phrases of an event out of reach of the tiers of :mod:`dotterel.stages.place_tiers`:

- the target of an attack verb and a participle hanging on it: "An explosion hits a bus carrying tourists near
  the museum in Giza" (:meth:`PlaceReach.find_target_ids`);
- a "following"/"after" meeting an outcome was reached at: "sign a trade deal following talks in Hanoi"
  (:meth:`PlaceReach.find_meeting_ids`);
- the event nouns that are the arguments of a cause clause: "killed after the Taliban launched an attack on
  the Kabul offices of …" (:func:`find_argument_event_ids`).

Words: ``target_place_preps``, ``meeting_words``, ``meeting_markers`` and ``meeting_outcomes`` of
``knowledge/places.yaml``.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.doc_tables import ARGUMENT_DEPS
from dotterel.stages.place_closing_settings import (
    find_closing_setting_ids as find_closing_setting_ids,  # re-exported: read by place_tiers
)
from dotterel.stages.place_names import names_word
from dotterel.stages.scope import SUBJECT_DEPS, is_verb

# "two days after talks in Doha", "weeks after they met": a measured distance in time is another time
TIME_DISTANCE_DEPS = frozenset({"npadvmod"})


def is_preposition_like(token: Any, preps: frozenset[str]) -> bool:
    """True for a preposition of ``preps``, also one the tagger calls a participle without a subject
    ("sign a deal following the fighting in Idlib": "following" as ``acl`` or ``advcl``)."""
    if token.lower_ not in preps:
        return False
    if token.dep_ == "prep":
        return True
    participle = token.tag_ == "VBG" and token.dep_ in ("acl", "advcl")
    return participle and not any(c.dep_ in SUBJECT_DEPS for c in token.children)


def find_argument_event_ids(clause: Any, stops: frozenset[int]) -> set[int]:
    """The other events' nouns that are the subject or object of a cause clause's verb, with their phrases
    ("killed after the Taliban launched an attack on the Kabul offices of …": the attack is the cause)."""
    return {t.i for c in clause.children if c.dep_ in ARGUMENT_DEPS and c.i in stops for t in c.subtree}


class PlaceReach:
    """Find the place phrases an event's clause tiers do not reach, by general English constructions."""

    def __init__(self, words: PlaceWords) -> None:
        self.words = words

    def to_adjunct_start(self, token: Any, verb: Any | None) -> Any:
        """The token whose participial adjunct chain leads to the clauses an event is told in: the "-ing"
        participle whose object an event noun is ("mark the anniversary in Normandy, paying tribute to …":
        the tribute was paid there), not a verb of naming ("calling the arrest a violation": the arrest is
        what is named) nor a coordinated verb ("cancels trips to X and convenes a meeting"); else the
        trigger itself."""
        if verb is None or verb.i == token.i or verb.tag_ != "VBG" or token.dep_ != "dobj":
            return token
        return token if verb.dep_ == "conj" or names_word(verb, self.words.naming_verbs) else verb

    def find_target_ids(self, verb: Any, stops: frozenset[int]) -> set[int]:
        """The place phrases of the object of an attack verb (``locative_object_verbs``) and of a participle
        hanging on that object, also those the parser hangs on the participle's object ("An explosion hits a
        tourist bus carrying pilgrims near the shrine in Karbala"): the target was hit where it was. Only the
        prepositions of ``target_place_preps`` ("carrying pilgrims to Karbala" is no place of the blast)."""
        if verb is None or not is_verb(verb) or not names_word(verb, self.words.locative_object_verbs):
            return set()
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i not in stops]
        participles = [
            p
            for o in objects
            for p in o.children
            if p.dep_ == "acl"
            and p.tag_ in ("VBG", "VBN")
            and not any(c.dep_ in SUBJECT_DEPS for c in p.children)
        ]
        holders = [
            *objects,
            *participles,
            *(o for p in participles for o in p.children if o.dep_ == "dobj" and o.i not in stops),
        ]
        return {
            t.i
            for holder in holders
            for prep in holder.children
            if prep.dep_ == "prep" and prep.lower_ in self.words.target_place_preps
            for t in prep.subtree
        } - set(stops)

    def find_meeting_ids(self, token: Any, verb: Any | None) -> set[int]:
        """The "following"/"after" phrase or clause of a meeting that an outcome (``meeting_outcomes``: a
        signing, an agreement, a statement) followed at once: "sign a trade deal following talks … in Hanoi",
        "issued a joint statement after the two ministers met in Doha" were there. Not a measured time later
        ("two weeks after talks in Doha"), not another happening ("sign a deal following the fighting in
        Idlib")."""
        words = self.words
        holders = [token] if verb is None or verb.i == token.i else [token, verb]
        if not any(names_word(h, words.meeting_outcomes) for h in holders):
            return set()
        # the parser may hang the phrase on the object ("sign a pact following talks …")
        holders += [o for h in holders if is_verb(h) for o in h.children if o.dep_ == "dobj"]
        ids: set[int] = set()
        for child in (c for holder in holders for c in holder.children):
            if any(c.dep_ in TIME_DISTANCE_DEPS for c in child.children):
                continue
            if is_preposition_like(child, words.meeting_markers):
                met = any(
                    c.dep_ in ("pobj", "dobj") and names_word(c, words.meeting_words) for c in child.children
                )
            else:
                met = child.dep_ == "advcl" and names_word(child, words.meeting_words)
                met = met and any(
                    c.dep_ == "mark" and c.lower_ in words.meeting_markers and not list(c.children)
                    for c in child.children
                )
            if met:
                ids |= {t.i for t in child.subtree}
        return ids
