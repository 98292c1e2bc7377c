"""The place an attack told as the support of another act shares with that act.

"Government forces backed by Russian airstrikes recapture the city of Saraqib", "Backed by Turkish drone
strikes, government troops retake the town of Gharyan", "Iraqi troops, supported by US air strikes, advance
on Tal Afar": the airstrikes are where the act they back is. The attack noun is the object of "by" after a
participle of backing (``support_participles``) that describes the act's subject or hangs on its verb; the
act is an event placed by its own text (its verb, or an event noun that is the verb's object: "launch an
offensive on …"). Not an attack told as the act's agent ("troops killed by airstrikes": the act is the
airstrikes'), not one that has a place of its own.

Run after every event has had its own place (:func:`dotterel.stages.place_contents.to_final_places`).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.model import Event, PlaceMention
from dotterel.stages.doc_tables import SUBJECT_DEPS
from dotterel.stages.place_linked import with_place
from dotterel.stages.place_uses import names_word
from dotterel.stages.scope import EventIndex, is_verb

__all__ = ["resolve_supported_verb", "to_supported_places"]


def _is_support_participle(token: Any, words: PlaceWords) -> bool:
    lemma = token.lemma_.lower()
    return token.tag_ in ("VBN", "VBD") and (
        lemma in words.support_participles or token.lower_ in words.support_participles
    )


def resolve_supported_verb(token: Any, words: PlaceWords) -> Any | None:
    """Return the verb of the act the attack noun ``token`` backs ("forces backed by airstrikes recapture
    …" → "recapture"; "Backed by airstrikes, troops take …" → "take"), or None when ``token`` is no attack
    noun after "by" of a participle of backing (``support_participles``)."""
    if token.dep_ != "pobj" or token.head.lower_ != "by" or not names_word(token, words.attack_nouns):
        return None
    participle = token.head.head
    if not _is_support_participle(participle, words):
        return None
    head = participle.head
    if participle.dep_ == "acl" and head.dep_ in SUBJECT_DEPS and is_verb(head.head):
        return head.head  # "forces backed by airstrikes recapture …": the verb of the noun it describes
    if participle.dep_ == "advcl" and is_verb(head):
        return head  # "Backed by airstrikes, troops take …"
    return None


def to_supported_places(
    events: list[Event], index: EventIndex, placed: list[tuple[int, PlaceMention]], words: PlaceWords
) -> list[Event]:
    """Return ``events`` with each attack that backs another act and has no place given the place of that
    act (:func:`resolve_supported_verb`); ``placed`` holds the trigger token and place of each event placed
    by its own text."""
    places = dict(placed)
    out = []
    for event in events:
        token = index.token(event)
        verb = None if event.place is not None or token is None else resolve_supported_verb(token, words)
        acts = [] if verb is None else [verb.i, *(c.i for c in verb.children if c.dep_ == "dobj")]
        found = next((places[i] for i in acts if i in places), None)
        out.append(event if found is None else with_place(event, found))
    return out
