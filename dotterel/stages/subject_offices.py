"""The office of a subject named with no actor of its own: its apposition or its ``as`` complement.

"Kurt Volker, United States special envoy to Ukraine, resigns" and "Bill Morneau resigns as Canada's finance
minister" name a person the actor book does not know; the phrase that gives the office they hold is the same
person (an apposition is coreferent with its noun; the ``as`` phrase of a verb with no object describes its
subject), and so does the ``as`` phrase of the subject's own post ("John Bercow announces his resignation as
Speaker"). Only a name (a proper noun that is no place, or a word the tagger marks as a person) takes it:
"Samarra, Iraq" is a place, not an actor; a verb with an object uses ``as`` for the object ("named him as
envoy"). Only the office's own phrase counts: "Andrew Sabisky, an adviser to Prime Minister Boris Johnson" is
not Johnson.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.wordlists import load_role_words
from dotterel.model import Mention
from dotterel.stages.place_origins import PLACE_ENTITIES
from dotterel.stages.roles import OBJECT_DEPS, SUBJECT_DEPS, MentionIndex, find_prep_objects

OFFICE_POS = frozenset({"NOUN", "PROPN"})


def resolve_subject_office(subject: Any, index: MentionIndex) -> Mention | None:
    """Return the actor of the office an unresolved subject name holds, or None.

    Args:
        subject: the subject token of the event's clause (a name with no mention of its own).
        index: the article's mentions.
    """
    if not (subject.pos_ == "PROPN" or subject.ent_type_ == "PERSON") or subject.ent_type_ in PLACE_ENTITIES:
        return None
    offices = [child for child in subject.children if child.dep_ == "appos" and child.pos_ in OFFICE_POS]
    verb = subject.head
    objects = [child for child in verb.children if child.dep_ in OBJECT_DEPS]
    if subject.dep_ in SUBJECT_DEPS and not objects:
        offices += [obj for obj in find_prep_objects(verb, ("as",)) if obj.pos_ in OFFICE_POS]
    elif subject.dep_ in SUBJECT_DEPS:  # "announces [his] resignation as Speaker": the subject's own post
        own = load_role_words()["own_pronouns"]  # "his", "her"
        owned = [obj for obj in objects if any(_is_own(child, own) for child in obj.children)]
        offices += [office for obj in owned for office in find_prep_objects(obj, ("as",))]
        offices = [office for office in offices if office.pos_ in OFFICE_POS]
    for office in offices:
        found = index.resolve_phrase(office)
        if found is not None and found.kind != "pronoun" and _covers(found, office):
            return found
    return None


def _is_own(token: Any, own: frozenset[str]) -> bool:
    """True for a possessive pronoun of the third person singular of ``own``: "his", "her" (the subject's
    own)."""
    return token.dep_ == "poss" and token.lower_ in own


def _covers(mention: Mention, token: Any) -> bool:
    """True when the mention's span holds the token: the office's own phrase, not a partner of it."""
    return mention.span.start <= token.idx < mention.span.end
