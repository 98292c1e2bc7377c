"""A place inside the crime a court's act is for is the crime's place, not the court act's.

"A former soldier is sentenced to life for the murder of two women in Cleveland", "A court convicts an officer
of the killing of a teenager in Chicago", "is found guilty on four counts of murder in …": the crime (a noun
of ``crime_nouns`` of ``knowledge/places.yaml``) is what the court act (``court_act_words``: charging,
convicting, sentencing, and receiving a penalty: ``penalty_receipt_verbs`` with a noun of ``penalty_nouns``,
"receive prison terms for"; not arresting or holding, often done at the scene) is about, told in a phrase of
``charge_preps`` on it, directly or through a charge noun ("on charges of", "four counts of", "for his
role in"; or a gerund: "for raping two girls in Bradford"), or in a phrase of ``crime_phrase_preps``
whose object is a crime or charge noun ("convicts six men in the 2018 rape and murder of a girl near
Kathua"). Its place phrase says where the crime was; the court is placed by its own words ("A court in
Lagos charges a man with the murder of a teenager in Kano": Lagos) or not at all. The crime's own event keeps
it (:mod:`dotterel.stages.place_charged_crimes` reads it the other way round).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_uses import names_word

__all__ = ["find_crime_phrase_ids", "opens_crime"]

# The word of a court act a charge phrase hangs on: the trigger, or the adjective after it
# ("found guilty of").
_COMPLEMENT_DEPS = ("acomp", "oprd")


def find_crime_phrase_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the token ids of the crimes ``token``'s court act is for (see the module), each with its
    phrase; empty when ``token`` is no court act."""
    heads = [token, *(c for c in token.children if c.dep_ in _COMPLEMENT_DEPS)]
    heads = [h for h in heads if names_word(h, words.court_act_words) or _receives_penalty(h, words)]
    ids: set[int] = set()
    for head in heads:
        for noun in _charged_nouns(head, words):
            if names_word(noun, words.crime_nouns) or _is_deed(noun):
                ids |= {t.i for t in noun.subtree}
    return ids


def _receives_penalty(verb: Any, words: PlaceWords) -> bool:
    """True for a verb of receiving a penalty with a penalty noun as its object ("Nine men receive prison
    terms for …", ``penalty_receipt_verbs``, ``penalty_nouns``): a sentencing told from the sentenced side."""
    return names_word(verb, words.penalty_receipt_verbs) and any(
        c.dep_ == "dobj" and names_word(c, words.penalty_nouns) for c in verb.children
    )


def _is_deed(word: Any) -> bool:
    """True for a gerund that a charge phrase opens ("for raping two girls in Bradford", "accused of rioting
    in Yuen Long"): the deed charged, a crime told as a verb."""
    return word.dep_ == "pcomp" and word.tag_ == "VBG"


def _charged_nouns(head: Any, words: PlaceWords) -> list[Any]:
    """The nouns of the phrases of ``charge_preps`` on ``head``, on its object ("convicts an officer of") or
    on the penalty it gives ("sentenced to life for"), their conjuncts, and the nouns a charge noun leads to
    ("on charges of murder", "four counts of murder")."""
    found: list[Any] = []
    objects = [c for c in head.children if c.dep_ == "dobj"]
    objects += [n for p in head.children if p.dep_ == "prep" and p.lower_ == "to" for n in p.children]
    stack = [p for h in (head, *objects) for p in h.children if opens_crime(p, words)]
    while stack:
        prep = stack.pop()
        for noun in prep.children:
            if noun.dep_ == "pcomp":  # a deed told as a verb: "for raping two girls in Bradford"
                found.append(noun)
            if noun.dep_ != "pobj":
                continue
            for item in (noun, *(c for c in noun.conjuncts if c.i > noun.i)):
                found.append(item)
                if names_word(item, words.charge_nouns):
                    stack += [p for p in item.children if opens_crime(p, words)]
    return found


def opens_crime(prep: Any, words: PlaceWords) -> bool:
    """True for a preposition that opens a crime or a charge: one of ``charge_preps``, or one of
    ``crime_phrase_preps`` whose object is a crime or charge noun ("convicts six men in the rape and murder of
    a girl", "for their role in the genocide"; not "sentenced in Oslo")."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in words.charge_preps:
        return True
    nouns = words.crime_nouns | words.charge_nouns
    return prep.lower_ in words.crime_phrase_preps and any(
        c.dep_ == "pobj" and names_word(c, nouns) for c in prep.children
    )
