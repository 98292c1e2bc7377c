"""The verb whose subject an event's participle describes (a tier of the places stage).

A present participle with no subject of its own on the subject of a verb tells what the subject is doing as
it acts, at the same time and place: "Tens of thousands of protesters demanding the resignation of Carrie Lam
take over the streets in Causeway Bay" demand it in Causeway Bay, "Activists demanding the release of … are
arrested in Tehran" demanded it there. Not a verb of coming or going ("Refugees fleeing the war arrive in
Greece", "… are deported to Nepal"): the subject did not do it where it arrives.

Words: ``origin_verbs`` and ``destination_preps`` of ``knowledge/places.yaml``.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_names import names_word
from dotterel.stages.scope import SUBJECT_DEPS, is_verb


def find_subject_participle_verb(token: Any, words: PlaceWords) -> Any | None:
    """The verb whose subject the participle ``token`` hangs on ("protesters demanding …" of "take over the
    streets in …"), also through the subject's "of" phrase ("thousands of protesters demanding …"); None
    for any other token, or for a verb of coming and going."""
    if token.dep_ != "acl" or token.tag_ != "VBG" or any(c.dep_ in SUBJECT_DEPS for c in token.children):
        return None
    subject = token.head
    if subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.dep_ == "prep":
        subject = subject.head.head  # "thousands of protesters demanding …"
    verb = subject.head
    if subject.dep_ not in SUBJECT_DEPS or verb.i == subject.i or not is_verb(verb):
        return None
    moved = any(c.dep_ == "prep" and c.lower_ in words.destination_preps for c in verb.children)
    return None if moved or names_word(verb, words.origin_verbs) else verb
