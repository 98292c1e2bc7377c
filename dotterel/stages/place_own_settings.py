"""An act whose own clause says where it was by a participant's setting takes no place named elsewhere.

"Samuel Paty, who was beheaded by a radical Islamist outside his school": the relative clause tells where the
beheading was, outside the teacher's school, a place the text locates only by its owner; a town named in
the sentence's main clause ("orders the mosque in the Paris suburb of Pantin to close") is the place of that
clause's act, not of this one. The setting is a place phrase on the trigger verb (``locative_preps``) whose
object a possessive pronoun owns ("outside his school", "at their home", "in her car"; also hung on its
agent or object, as the parser often does: "by a radical Islamist outside his school") and that names
nothing (no proper noun in it); a place noun that points back ("in their town", ``anaphoric_place_nouns``)
is no such setting. Only a place named outside the trigger's own clause is taken away; the place phrase of
the clause itself ("was shot at his home in Kabul") names it, and a place in another clause's subject is
kept ("Police in Manchester arrest a man who attacked his neighbour outside her home": the force's area).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.model import Event
from dotterel.stages.scope import SUBJECT_DEPS, is_verb

__all__ = ["has_own_setting", "is_set_elsewhere"]

POSSESSIVE_TAG = "PRP$"


def has_own_setting(verb: Any, words: PlaceWords) -> bool:
    """True when ``verb`` has a place phrase whose object a possessive pronoun owns and that names nothing
    ("outside his school"; see the module)."""
    agents = [n for a in verb.children if a.dep_ == "agent" for n in a.children if n.dep_ == "pobj"]
    objects = [n for n in verb.children if n.dep_ == "dobj"]  # "… by a radical Islamist outside his school"
    for prep in (c for head in (verb, *agents, *objects) for c in head.children):
        if prep.dep_ != "prep" or prep.lower_ not in words.locative_preps:
            continue
        for noun in prep.children:
            owned = any(c.dep_ == "poss" and c.tag_ == POSSESSIVE_TAG for c in noun.children)
            named = any(t.tag_.startswith("NNP") for t in noun.subtree)
            if noun.dep_ == "pobj" and owned and not named and noun.lemma_ not in words.anaphoric_place_nouns:
                return True
    return False


def is_set_elsewhere(event: Event, token: Any, words: PlaceWords) -> bool:
    """True when the verb ``token`` of ``event`` has its own setting (:func:`has_own_setting`) and the
    event's place is named outside the verb's subtree (another clause's place)."""
    place = event.evidence.spans.get("place")
    if event.place is None or token is None or place is None or not is_verb(token):
        return False
    span = token.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or token.left_edge.i <= span.root.i <= token.right_edge.i:
        return False
    return not _in_subject(span.root) and has_own_setting(token, words)


def _in_subject(word: Any) -> bool:
    """True when ``word`` lies in the subject of a clause ("Police in Manchester arrest a man who attacked
    his neighbour outside her home": the force's own area, where the crimes it acts on happen)."""
    return any(t.dep_ in SUBJECT_DEPS for t in (word, *word.ancestors))
