"""The place of a happening told in the "after" part of a harm or an arrest: where the harm or arrest was.

"Forty officers were injured in Portland after protesters threw rocks at them", "Police in Paris arrest 30
people after protesters clash with officers": the casualties or the arrests came in the course of the
happening their "after", "following", "amid" or "as" clause tells (``result_markers``,
``cause_clause_markers``; :mod:`dotterel.stages.place_cause_clauses` reads it the other way, the harm placed
by its cause's place). So the happening, when its own clause names no place, is where the harm or arrest
was, the governing verb being a verb of harm or arrest (``result_verbs``, ``cause_clause_verbs``) of an
event placed by its own text (or coordinated with one: "Police in Baghdad fired tear gas, and 40
officers were injured after protesters threw rocks at them", the injuries told with the tear gas). Not the
"after" clause of another verb ("resigned after protesters …", "summons the ambassador after a tanker is
seized": a reply may be far from what it answers). Run after every event has had its own place
(:func:`dotterel.stages.place_contents.to_final_places`).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.model import Event, PlaceMention
from dotterel.stages.place_cause_clauses import is_cause_clause, is_cause_verb
from dotterel.stages.place_linked import with_place
from dotterel.stages.scope import EventIndex, is_verb

__all__ = ["resolve_harm_verb", "to_cause_scene_places"]


def resolve_harm_verb(token: Any, words: PlaceWords) -> Any | None:
    """Return the verb of harm or arrest whose "after" clause the verb ``token`` heads ("officers were
    injured after protesters threw …" → "injured"), or None."""
    if not is_verb(token) or token.dep_ != "advcl" or not is_cause_clause(token, words):
        return None
    head = token.head
    return head if is_verb(head) and is_cause_verb(head, words) else None


def to_cause_scene_places(
    events: list[Event], index: EventIndex, placed: list[tuple[int, PlaceMention]], words: PlaceWords
) -> list[Event]:
    """Return ``events`` with each happening told in the "after" clause of a placed harm or arrest, and
    placed by nothing of its own, given that harm's or arrest's place (see the module); ``placed`` holds the
    trigger token and place of each event placed by its own text."""
    places = dict(placed)
    out = []
    for event in events:
        token = index.token(event)
        verb = None if event.place is not None or token is None else resolve_harm_verb(token, words)
        found = None if verb is None else places.get(verb.i)
        if found is None and verb is not None and verb.dep_ == "conj":  # "fired tear gas, and 43 officers
            found = places.get(verb.head.i)  # were injured after …": the toll is the placed act's
        out.append(event if found is None else with_place(event, found))
    return out
