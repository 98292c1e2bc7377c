"""Victims that stand in a casualty word's own phrase but that the parser hung on a neighbouring word.

- A casualty participle after a result verb ("leave") is its result, whatever the parser made of it: "leaves
  six men seriously wounded", "leaves eleven soldiers wounded" (the participle parsed as a clause, a clausal
  complement or a conjunct of "leaves", not as its object complement) count the object of "leaves" right
  before the participle; "left a deputy dead and her husband critically injured[VBD]" counts the
  participle's own subject, and "Two cyclists are struck and left badly injured" the subject of the passive
  "left" is joined to. Not a participle with an object of its own ("left two dead and wounded 12 others": an
  active verb) nor one with other words between it and the object ("leaves two men in a coma, wounded": no
  result).
- The "of" phrase after a coordination of nouns is the object of every noun in it ("arrested for extortion
  and murder of an Italian officer": the officer is the murder's victim, though the parser hung "of" on
  "extortion"); an "of" phrase before the casualty noun is another noun's ("the arrest of two men and the
  murder": none), one the parser hung on the last noun is that noun's own ("homicide, injury and reckless
  operation of a motor vehicle": no victim of the injury), and only people are shared ("burglary, murder and
  theft of a car": no victim of the murder).
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.casualty_persons import is_person_noun
from dotterel.stages.scope import SUBJECT_DEPS, is_verb

RESULT_DEPS = ("advcl", "conj", "ccomp")
FILLER_DEPS = ("advmod",)
PEOPLE_ENTITIES = frozenset({"PERSON", "NORP"})


def find_left_victims(token: Any, result_verbs: frozenset[str]) -> list[Any]:
    """The victims of a casualty participle the parser joined to a result verb ("leaves six men seriously
    wounded[advcl]": the men; "and her husband critically injured[VBD]": the husband); [] elsewhere."""
    head = token.head
    if not is_verb(head) or head.lemma_.lower() not in result_verbs or head.i >= token.i:
        return []
    if token.dep_ in ("oprd", "xcomp"):
        return _shared_subjects(head)
    if token.dep_ not in RESULT_DEPS or token.tag_ not in ("VBN", "VBD"):
        return []
    children = list(token.children)
    if any(c.dep_ in ("dobj", "auxpass", "aux") for c in children):
        return []  # "left two dead and wounded 12 others", "and were wounded": a clause of its own
    subjects = [c for c in children if c.dep_ in SUBJECT_DEPS and c.i < token.i]
    if subjects:
        return subjects if token.dep_ == "conj" else []
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < token.i]
    if not objects or any(c.dep_ in ("oprd", "acomp") for c in head.children):
        return []  # "left a policeman dead and wounded": the dead one's word
    between = token.doc[objects[-1].right_edge.i + 1 : token.i]
    return [objects[-1]] if all(t.dep_ in FILLER_DEPS and t.head.i == token.i for t in between) else []


def _shared_subjects(verb: Any) -> list[Any]:
    """The subject of the passive verb a subjectless passive "left" is joined to ("Two cyclists are struck
    and left badly injured": the cyclists); [] for a "left" with a subject or object of its own."""
    if verb.dep_ != "conj" or not is_verb(verb.head):  # "left[VBD]" too: it shares the passive's "are"
        return []
    if any(c.dep_ in (*SUBJECT_DEPS, "dobj") for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ == "nsubjpass"]


def find_of_objects(noun: Any, sets: dict[str, frozenset[str]]) -> list[Any]:
    """The "of" objects of a casualty noun: its own, else the people of the "of" phrase that follows the
    coordination it is a conjunct of, hung on a noun before the last ("extortion and murder of an officer":
    the officer; not "burglary, murder and theft of a car")."""
    own = _of_objects(noun)
    if own or noun.dep_ != "conj" or noun.head.pos_ not in ("NOUN", "PROPN"):
        return own
    group = [noun.head, *noun.head.conjuncts]
    last = max(t.i for t in group)
    shared = [g for t in group if t.i != last for g in _of_objects(t) if g.head.i > last]
    return [g for g in shared if _is_people(g, sets)]


def _is_people(noun: Any, sets: dict[str, frozenset[str]]) -> bool:
    """True for a noun of people: a person noun ("officer", "sister"), a generic victim ("people"), a name or
    nationality, or a noun a nationality describes ("two British backpackers")."""
    lemma = noun.lemma_.lower()
    if is_person_noun(lemma, sets) or lemma in sets["generic_victims"] or noun.ent_type_ in PEOPLE_ENTITIES:
        return True
    return any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in noun.children)


def _of_objects(noun: Any) -> list[Any]:
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
    return [g for prep in preps for g in prep.children if g.dep_ == "pobj"]
