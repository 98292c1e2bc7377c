"""The place of an act told as the result of a happening by a participle: where that happening was.

"Protests in Bulgaria turn violent as crowds attempt to storm the parliament, leading to a night of fighting
between demonstrators and security forces", "a police shooting in Columbus, setting off renewed protests":
the fighting and the protests came of the happening the participle hangs on, at its scene. An event of a
type that happens somewhere (``shared_place_types``) with no place, told as the object of a result
participle (``result_participle_verbs``: "leading to", "sparking", "setting off", "prompting"; through "a
night of" and the like), takes the place of the nearest event placed in the clause the participle hangs on
(not the participle's own words). Run after every event has had its own place
(:func:`dotterel.stages.place_contents.to_final_places`).

Not an act with a place or a spread of its own ("sparking protests in other cities", "sparking protests
worldwide", ``spread_words``), nor one the participle's clause tells as another's (a participle with a
subject of its own: "with the killing sparking protests"), nor the cause read from the result ("protests
sparked by the killing of George Floyd" is passive: the killing's place is not the protests'), nor a "from"
or "to" phrase of the lender ("fled to Pakistan, prompting …"), nor a lender not told as happening.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.place_words import PlaceWords
from dotterel.model import Event, PlaceMention
from dotterel.stages.place_linked import is_origin_mention, with_place
from dotterel.stages.scope import SUBJECT_DEPS, EventIndex

__all__ = ["resolve_result_participle", "to_result_act_places"]

RESULT_OBJECT_PREPS = frozenset({"to", "in"})  # "leading to a night of fighting", "resulting in clashes"
PARTICIPLE_DEPS = frozenset({"advcl", "conj", "xcomp"})
MAX_OF_STEPS = 2  # "a night of fighting", "a wave of arrests"


def resolve_result_participle(token: Any, words: PlaceWords) -> Any | None:
    """Return the result participle whose object the event noun ``token`` is ("leading to a night of
    [fighting]", "setting off renewed [protests]"), with no subject of its own; else None."""
    node = token
    for _ in range(MAX_OF_STEPS):  # "a night of fighting": the noun "of" hangs on
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
            node = node.head.head
            if _has_own_setting(node, words):  # "a week of protests across the country"
                return None
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in RESULT_OBJECT_PREPS:
        participle = node.head.head
    elif node.dep_ == "dobj":
        participle = node.head
    else:
        return None
    if participle.tag_ != "VBG" or participle.lemma_.lower() not in words.result_participle_verbs:
        return None
    if participle.dep_ not in PARTICIPLE_DEPS or participle.head.i == participle.i:
        return None
    return None if any(c.dep_ in SUBJECT_DEPS for c in participle.children) else participle


def _has_own_setting(token: Any, words: PlaceWords) -> bool:
    """True when the event noun has a place phrase ("protests in other cities") or a spread of its own
    ("nationwide protests", "protests worldwide")."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in words.locative_preps:
            return True
        if child.lower_ in words.spread_words:
            return True
    return False


def _resolve_cause_place(
    participle: Any, placed: dict[int, PlaceMention], words: PlaceWords
) -> PlaceMention | None:
    """Return the place of the placed event nearest the participle in the clause it hangs on (its own words
    left out), unless that place is a "from" or "to" phrase."""
    holder = participle.head
    own = {t.i for t in participle.subtree}
    clause = [t.i for t in holder.subtree if t.i not in own]
    for i in sorted(clause, key=lambda i: abs(i - participle.i)):
        if i in placed and not is_origin_mention(participle.doc, placed[i], words):
            return placed[i]
    return None


def to_result_act_places(
    events: list[Event], index: EventIndex, placed: list[tuple[int, PlaceMention]], words: PlaceWords
) -> list[Event]:
    """Return ``events`` with each placeless event of a ``shared_place_types`` type that a result participle
    tells given the place of the happening it came of (see the module); ``placed`` holds the trigger token
    and place of each event placed by its sentence. The lender is told as happening
    (``lending_modalities``) and is itself of a ``shared_place_types`` type: a sanction or a statement is
    placed where it was made, not where its results were ("imposes sanctions on Iran, prompting protests")."""
    modality_of = {t.i: e.modality for e in events if (t := index.token(e)) is not None}
    type_of = {t.i: e.action.type.lower() for e in events if (t := index.token(e)) is not None}
    lenders = {
        i: m
        for i, m in placed
        if modality_of.get(i) in words.lending_modalities and type_of.get(i) in words.shared_place_types
    }
    out = []
    for event in events:
        token = index.token(event)
        located = event.action.type.lower() in words.shared_place_types
        participle = None
        if event.place is None and token is not None and located and not _has_own_setting(token, words):
            participle = resolve_result_participle(token, words)
        found = None if participle is None else _resolve_cause_place(participle, lenders, words)
        out.append(event if found is None else with_place(event, found))
    return out
