"""The office of a subject named with no actor of its own: its apposition or its ``as`` complement.

"Kurt Volker, United States special envoy to Ukraine, resigns" and "Bill Morneau resigns as Canada's finance
minister" name a person the actor book does not know; the phrase that gives the office they hold is the same
person (an apposition is coreferent with its noun; the ``as`` phrase of a verb with no object describes its
subject). Only a name (a proper noun that is no place) takes it: "Samarra, Iraq" is a place, not an actor;
a verb with an object uses ``as`` for the object ("named him as envoy"). Only the office's own phrase counts:
"Andrew Sabisky, an adviser to Prime Minister Boris Johnson" is not Johnson.
"""

from __future__ import annotations

from typing import Any

from dotterel.model import Mention
from dotterel.stages.roles import OBJECT_DEPS, SUBJECT_DEPS, MentionIndex, find_prep_objects

PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
OFFICE_POS = frozenset({"NOUN", "PROPN"})


def resolve_subject_office(subject: Any, index: MentionIndex) -> Mention | None:
    """Return the actor of the office an unresolved subject name holds, or None.

    Args:
        subject: the subject token of the event's clause (a name with no mention of its own).
        index: the article's mentions.
    """
    if subject.pos_ != "PROPN" or subject.ent_type_ in PLACE_ENTS:
        return None
    offices = [child for child in subject.children if child.dep_ == "appos" and child.pos_ in OFFICE_POS]
    verb = subject.head
    if subject.dep_ in SUBJECT_DEPS and not any(child.dep_ in OBJECT_DEPS for child in verb.children):
        offices += [obj for obj in find_prep_objects(verb, ("as",)) if obj.pos_ in OFFICE_POS]
    for office in offices:
        found = index.resolve_phrase(office)
        if found is not None and found.kind != "pronoun" and _covers(found, office):
            return found
    return None


def _covers(mention: Mention, token: Any) -> bool:
    """True when the mention's span holds the token: the office's own phrase, not a partner of it."""
    return mention.span.start <= token.idx < mention.span.end
