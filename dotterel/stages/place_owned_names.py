"""Place names that name no place of the act: a product's label, an acting body's owner, a handover's source.

Three uses of a place name that the parse alone reads as a location (:mod:`dotterel.stages.place_uses`):
- the name after "in" of a participle of making that describes a noun or is a label ('goods … relabeled
  "Made in Vietnam"', "tariffs on steel manufactured in China"): where goods were made
  (``label_participles``); not a clause's own verb ("the discovery is made in the Lyakhovsky Islands");
- a name possessing a body that acts as a whole, the body being a verb's subject ("Brazil's Supreme Court
  orders …", "Iran's parliament votes …"): the body's owner (``acting_bodies``); after a preposition the body
  is a building that locates ("outside Iran's parliament");
- the "from" phrase of a noun of handing a person over, or of its "of" object ("seeks the extradition of the
  businessman from Canada"): the state that holds the person, not where the handover is sought
  (``handover_nouns``).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords

__all__ = ["is_acting_body_owner", "is_handover_source", "is_label_place"]

QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
LABEL_DEPS = frozenset({"acl", "oprd", "amod"})  # "goods made in …", 'relabeled "Made in …"'


def is_label_place(doc: Any, start: int, words: PlaceWords) -> bool:
    """True when the name starting at token ``start`` follows "<participle of making> in" and the participle
    describes a noun or is a quoted or capitalised label: 'relabeled "Made in Vietnam"', "steel manufactured
    in China"; not "the discovery is made in Siberia" (a clause's verb)."""
    if start < 2 or doc[start - 1].lower_ != "in":
        return False
    participle = doc[start - 2]
    if participle.lower_ not in words.label_participles:
        return False
    quoted = start >= 3 and doc[start - 3].text in QUOTES
    label = participle.text[:1].isupper() and participle.i > participle.sent.start
    return quoted or label or participle.dep_ in LABEL_DEPS


def is_acting_body_owner(token: Any, head: Any, words: PlaceWords) -> bool:
    """True when ``token`` possesses ``head``, a body that acts as a whole and is a verb's subject: "Brazil's
    Supreme Court orders …" (the court's owner); not "outside Iran's parliament" (a building)."""
    return (
        token.dep_ == "poss"
        and head.dep_ in ("nsubj", "nsubjpass")
        and (head.lemma_.lower() in words.acting_bodies or head.lower_ in words.acting_bodies)
    )


def is_handover_source(head: Any, words: PlaceWords) -> bool:
    """True for the head of a "from" that names the state holding a person handed over: the handover noun
    itself or its "of" object ("the extradition of the businessman from Canada")."""
    nouns = [head]
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        nouns.append(head.head.head)
    return any(n.lemma_.lower() in words.handover_nouns or n.lower_ in words.handover_nouns for n in nouns)
