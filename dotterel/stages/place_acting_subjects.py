"""The subjects whose place phrases tell where a verb's act happened (the subject tier of the places stage).

A verb's own subject: where the actor is, it acts ("The Chinese embassy in Ottawa issues a rebuke", "An
Istanbul court begins a trial": the event noun the verb holds takes it too). A verb
with no subject of its own after "to" (an open complement) acts through the subject of the verb it completes,
when that verb has no object to be the doer instead and no place phrase of its own: "A court in Kyiv rules to
release the sailors" releases them in Kyiv (not "urges Americans to leave", "flies to Doha to sign"). A verb
conjoined to another with no subject of its own shares that verb's subject: "World leaders at the summit in
Riyadh call for … and discuss …" discuss in Riyadh; not one whose own phrase names a place ("…, followed raids
on 26 May in Brussels and Paris": that place is its own). A clause
opened by "where" on a verb tells what happened at that verb's setting: "Protests in Milan turn violent, where
petrol bombs were thrown" were thrown in Milan, though the subject there is another event.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_fired_subjects import find_fired_place_preps

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative"})
WHERE_CLAUSE_DEPS = frozenset({"advcl", "relcl"})
# Dependencies of a name before the subject noun ("An Istanbul court", "the Mogadishu airport authorities").
NAME_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def find_acting_subjects(verb: Any, stops: frozenset[int]) -> list[Any]:
    """The subjects of the verb, of the verb that controls it, or of the verb its "where" clause tells of.

    Subjects that are other events (in ``stops``) count only for a "where" clause, whose setting they name.
    """
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i not in stops]
    if verb.head.i == verb.i or not _is_verb(verb.head):
        return own
    if _is_where_clause(verb):
        return own + [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
    if verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        # "Leaders in Riyadh call for … and discuss …"; not "…, followed raids … in Brussels and Paris"
        return [] if _names_a_place(verb) else find_acting_subjects(verb.head, stops)
    if own or any(c.dep_ in SUBJECT_DEPS for c in verb.children) or verb.dep_ != "xcomp" or not _has_to(verb):
        return own
    if any(c.dep_ in OBJECT_DEPS or c.dep_ == "prep" for c in verb.head.children):
        return []  # "urges Americans to leave": the object does it; "flies to Doha to sign": not at home
    return find_acting_subjects(verb.head, stops)


def _names_a_place(verb: Any) -> bool:
    """True when a place name is the object of a preposition in the verb's own phrase."""
    return any(t.dep_ == "pobj" and t.ent_type_ in PLACE_ENTS for t in verb.subtree if t.i > verb.i)


def _is_where_clause(verb: Any) -> bool:
    """True for a verb whose clause opens with "where" and hangs on a verb ("turn violent, where ...")."""
    return (
        verb.dep_ in WHERE_CLAUSE_DEPS
        and verb.left_edge.lower_ == "where"
        and any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children)
    )


def _has_to(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _is_verb(token: Any) -> bool:
    return bool(token.pos_ in ("VERB", "AUX"))


def find_subject_words(subject: Any) -> list[Any]:
    """The words on the subject, and those on the object of its "of" phrase: the place phrase of a name "The
    Court of Appeal in Lviv" may hang on its last word."""
    named = [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return [*subject.children, *(w for g in named if g.dep_ == "pobj" for w in g.children)]


def find_subject_place_phrases(subject: Any, words: PlaceWords) -> list[Any]:
    """The heads of the place phrases of an acting subject: its own ("The Chinese embassy in Ottawa",
    ``subject_place_preps`` among :func:`find_subject_words`), the names before it ("An Istanbul court
    begins a trial": the court sits in Istanbul; only a name the parse reads as a location, as before a
    court, counts: not "Kabul police", "the US embassy") and those of a launch participle on it ("Shots
    fired near …": see :mod:`dotterel.stages.place_fired_subjects`)."""
    preps = [p for p in find_subject_words(subject) if p.dep_ == "prep"]
    own = [p for p in preps if p.lower_ in words.subject_place_preps]
    names = [c for c in subject.children if c.dep_ in NAME_MODIFIER_DEPS and c.i < subject.i]
    return own + names + find_fired_place_preps(subject, words)
