"""A past participle set on a noun says which one the noun is by what was done to it or said of it before:
it takes no date from the clause the noun stands in.

"Fancy Bear, the hacker group accused of interfering in the 2016 election, had attempted, earlier this year,
to hack …", "X, accused of helping to mastermind the 1998 bombings, was killed in August": the accusation is
a standing state or an earlier act told to say who is meant, not the hack's year nor the killing's month.
Only a participle on a name of a person, group or organisation, or a noun in apposition with one (as in
:mod:`dotterel.stages.place_person_pasts`), or on a common noun that is its clause's subject ("Two journalists
detained in Iran were released on Monday": the detention came before the release, on a day not given): not one
on an object, which may be a complement of its verb ("unless Wednesday sees its plan approved"). Such a
participle is dated by a date phrase in its own clause only ("protesters detained on Sunday are freed"), else
it takes the article date with precision ``unknown``; an event inside it ("accused of killing") may still
take the participle's own date (:func:`dotterel.stages.date_anchors.find_date_governors` stops climbing at
it).
"""

from __future__ import annotations

from typing import Any

# The tag and dependency of a past participle set on a noun ("the group accused of …").
PARTICIPLE_TAG = "VBN"
NOUN_CLAUSE_DEP = "acl"
NOUN_HEADS = frozenset({"NOUN", "PROPN", "PRON"})
# Entity types of a noun a participle says who it is of: a person, a group or organisation ("Abdullah,
# accused of …", "Fancy Bear, the group accused of …"); not a thing ("Wednesday sees its plan approved").
DOER_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def is_noun_participle(token: Any) -> bool:
    """True for a past participle that is a clause on a named doer or a noun in apposition with one
    ("Abdullah, accused of …", "Fancy Bear, the group accused of …") or on a common noun subject ("journalists
    detained in Iran were released"), with no auxiliary of its own (not "to be detained")."""
    if token.tag_ != PARTICIPLE_TAG or token.dep_ != NOUN_CLAUSE_DEP or token.head.pos_ not in NOUN_HEADS:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    return _is_named_doer(token.head) or _is_common_subject(token.head)


def _is_common_subject(noun: Any) -> bool:
    """True for a common noun that is its clause's subject: "Two [journalists] detained in Iran were …"."""
    return noun.pos_ == "NOUN" and noun.dep_ in SUBJECT_DEPS


def _is_named_doer(noun: Any) -> bool:
    """True for a name tagged as a person, group or organisation, or a noun set in apposition with one."""
    if noun.ent_type_ in DOER_ENTITIES:
        return True
    if noun.dep_ == "appos" and noun.head.ent_type_ in DOER_ENTITIES:
        return True
    return any(c.dep_ == "appos" and c.ent_type_ in DOER_ENTITIES for c in noun.children)
