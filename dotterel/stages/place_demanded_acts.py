"""An act demanded takes no place from the demand: "Thousands rally in Minsk calling for X to resign".

The resignation the rally calls for is not done in Minsk, nor anywhere the text names: Minsk is where the
demand is made. An act is demanded when it is the complement of a verb of demanding (``demand_verbs`` of
``knowledge/places.yaml``): its clausal complement ("urging the government to step down", "demand that Lam
resign", "calling for Lukashenko to resign"), its object ("demanding the resignation of Babiš") or the object
of its "for" or "on" phrase ("calling for the resignation of the cabinet"). The demanded act keeps a place
named inside that complement ("urge Israel to halt demolitions in East Jerusalem"); a place named elsewhere in
its sentence, the demand's, is taken away, none is put in its stead. Run after every event has its place.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.model import Event
from dotterel.stages.place_uses import names_word
from dotterel.stages.scope import is_verb

__all__ = ["find_demanded_complement", "is_demanded_act_lent_place"]

COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj"})
DEMAND_PREPS = frozenset({"for", "on"})


def find_demanded_complement(token: Any, words: PlaceWords) -> Any | None:
    """Return the complement of a verb of demanding that ``token`` heads or lies in as its "for"/"on" object
    (see the module); None when ``token`` is no demanded act."""
    node = token
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in DEMAND_PREPS:
        node = node.head  # "calling for the resignation": the "for" phrase
    governor = node.head
    if governor.i == node.i or not is_verb(governor) or not names_word(governor, words.demand_verbs):
        return None
    infinitive = any(c.dep_ in ("aux", "mark") and c.lower_ in ("to", "for") for c in node.children)
    naming = node.dep_ == "dobj" and names_word(governor, words.naming_verbs)  # "called the attack a crime"
    if (node.dep_ in COMPLEMENT_DEPS and not naming) or (node.dep_ == "prep" and node is not token):
        return node
    return node if node.dep_ == "advcl" and infinitive else None  # "calling for X to resign", parsed advcl


def is_demanded_act_lent_place(event: Event, token: Any, words: PlaceWords) -> bool:
    """True when ``event`` is a demanded act (:func:`find_demanded_complement`) whose place is named in its
    own sentence outside the demanded complement: the demand's place."""
    place = event.evidence.spans.get("place")
    if event.place is None or token is None or place is None:
        return False
    complement = find_demanded_complement(token, words)
    if complement is None:
        return False
    span = token.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or span.sent.start != token.sent.start:
        return False
    return not complement.left_edge.i <= span.root.i <= complement.right_edge.i
