"""A place inside what a talk, a deal or a refusal is about is that content's place, not the event's.

"negotiate a proposal for a reduction of violence in Afghanistan", "sign an agreement on a ceasefire in
Idlib", "rejects a plan for elections in Libya": the place phrase hangs on a noun that the verb's object, a
noun of content (``content_nouns``: a proposal, a deal, a plan), is about (a complement opened by
``content_complement_preps``), which names a happening or a state of its own; the talks, the signing and the
refusal are not placed by it. Only for an event of a type that is not told where it happens (not
``shared_place_types``: "seized a cache of weapons in Kandahar" was there), and only when the inner noun is a
common noun that is no place or facility. Run after every event has its place (:func:`to_final_places`): the
place is taken away, none is put in its stead.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.model import Event, PlaceMention
from dotterel.stages.place_cause_scenes import to_cause_scene_places
from dotterel.stages.place_charged_crimes import is_charged_crime_place
from dotterel.stages.place_demanded_acts import is_demanded_act_lent_place
from dotterel.stages.place_linked import to_linked_places
from dotterel.stages.place_own_settings import is_set_elsewhere
from dotterel.stages.place_owned_act_nouns import is_owned_act_lent_place
from dotterel.stages.place_result_acts import to_result_act_places
from dotterel.stages.place_support import to_supported_places
from dotterel.stages.place_tolls import to_toll_places
from dotterel.stages.place_uses import names_word
from dotterel.stages.scope import EventIndex, is_verb

__all__ = ["find_content_ids", "to_final_places"]


def find_content_ids(verb: Any, words: PlaceWords) -> set[int]:
    """Return the tokens of the complements of ``verb``'s object when it is a content noun (``content_nouns``:
    "a proposal for [a reduction of violence in Afghanistan]"): each a common noun, no place or facility,
    after one of ``content_complement_preps`` on the object; or a to-infinitive clause after the object
    (:func:`_find_content_clauses`: "accepts an invitation [to visit Moscow]")."""
    places = words.geo_nouns | words.facilities
    objects = [o for o in verb.children if o.dep_ == "dobj" and names_word(o, words.content_nouns)]
    inner_nouns = [
        inner
        for obj in objects
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ in words.content_complement_preps
        for inner in prep.children
        if inner.dep_ == "pobj" and inner.pos_ == "NOUN" and not names_word(inner, places)
    ]
    clauses = [c for obj in objects for c in _find_content_clauses(verb, obj)]
    return {t.i for inner in (*inner_nouns, *clauses) for t in inner.subtree}


def _find_content_clauses(verb: Any, obj: Any) -> list[Any]:
    """The to-infinitive clauses that tell what the content noun ``obj`` is ("an invitation to visit Iraq",
    "a plan to hold elections in Libya"): on the noun, or hung by the parser on ``verb`` after the noun
    ("accepting the invitation of the government to visit Iraq")."""
    on_noun = [c for c in obj.children if c.dep_ == "acl"]
    on_verb = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > obj.i]
    return [c for c in (*on_noun, *on_verb) if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _is_content_place(event: Event, token: Any, words: PlaceWords) -> bool:
    """True when ``event``'s place is named inside what its verb's object is about (see the module)."""
    if event.place is None or token is None or not is_verb(token):
        return False
    if event.action.type.lower() in words.shared_place_types:
        return False
    place = event.evidence.spans.get("place")
    span = None if place is None else token.doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and span.root.i in find_content_ids(token, words)


def to_final_places(
    events: list[Event], index: EventIndex, placed: list[tuple[int, PlaceMention]], words: PlaceWords
) -> list[Event]:
    """Return ``events`` with the places of tied clauses lent
    (:func:`~dotterel.stages.place_linked.to_linked_places`), then without a place named only inside what
    the event's object is about (:func:`find_content_ids`) or that the arrest or court of a crime charged
    lent it (:func:`~dotterel.stages.place_charged_crimes.is_charged_crime_place`) or that the demand of a
    demanded act lent it (:mod:`dotterel.stages.place_demanded_acts`) or named in another clause
    when its own says where by a setting (:func:`~dotterel.stages.place_own_settings.is_set_elsewhere`),
    then the place of a harm or arrest lent to a happening its "after" clause tells
    (:func:`~dotterel.stages.place_cause_scenes.to_cause_scene_places`), then the place of a happening lent
    to the act a result participle tells ("…, leading to a night of fighting":
    :func:`~dotterel.stages.place_result_acts.to_result_act_places`), then the place of the act
    an attack backs (:func:`~dotterel.stages.place_support.to_supported_places`), then the place of its
    sentence's incident lent to a casualty mention (:func:`~dotterel.stages.place_tolls.to_toll_places`);
    last, without a place lent to an owned act noun set as an object ("march in Nairobi against Monday's
    killing": :mod:`dotterel.stages.place_owned_act_nouns`)."""
    out = []
    for event in to_linked_places(events, index, placed, words):
        token = index.token(event)  # what its object is about, or the crime of a charge ("arrested in X for")
        if (
            _is_content_place(event, token, words)
            or is_charged_crime_place(event, token, words)
            or is_set_elsewhere(event, token, words)  # "who was beheaded outside his school"
            or is_demanded_act_lent_place(event, token, words)  # "rally in Minsk calling for X to resign"
        ):
            event = _without_place(event)
        out.append(event)
    out = to_cause_scene_places(out, index, placed, words)  # "injured after protesters threw …"
    out = to_result_act_places(out, index, placed, words)  # "…, leading to a night of fighting"
    out = to_toll_places(to_supported_places(out, index, placed, words), index, placed, words)
    others = index.other_trigger_ids
    return [_without_place(e) if is_owned_act_lent_place(e, index.token(e), others(e)) else e for e in out]


def _without_place(event: Event) -> Event:
    """Return ``event`` with no place and no place evidence."""
    spans = {k: v for k, v in event.evidence.spans.items() if k != "place"}
    return replace(event, place=None, evidence=replace(event.evidence, spans=spans))
