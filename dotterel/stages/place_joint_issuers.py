"""A measure at home taken by two or more governments named together: each at its own place.

"Canada and Mexico close their borders to non-essential travel", "Argentina and Chile ban the airline from
their airspace": the subject joins proper names by "and", so the act is split into one event per source
(one per government), and each government's measure covers its own jurisdiction. The issuer search of
:mod:`dotterel.stages.place_measures` gives no place to a joint subject (it cannot tell which conjunct is the
event's), so the event's own source span picks the name: the place the source names, when it is one of the
joined subject's names and the act is a measure that holds at home by its kind
(:func:`dotterel.stages.place_measure_acts.is_measure_act`: a stop on travel, a curb on public life, or
opening or closing the issuers' own territory, "their airspace"). Not a joint act aimed abroad ("Canada and
Mexico sanction Venezuela") nor a subject listing common nouns ("schools and bars close"). Read for an
event its own clause gave no place, before the place it may share with an earlier event
(:func:`resolve_joint_or_shared_place`).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.model import Event, PlaceMention
from dotterel.stages.place_accompany import resolve_shared_place
from dotterel.stages.place_measure_acts import is_measure_act


def _joint_subject_ids(token: Any) -> set[int]:
    """The tokens of the subject of ``token``'s clause (of the first verb of a list of verbs: "ground all
    jets and ban the jet from their airspace") when it joins two or more proper names; else none."""
    verb = token
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    joint = [s for s in subjects if s.pos_ == "PROPN" and any(c.pos_ == "PROPN" for c in s.conjuncts)]
    return {t.i for s in joint for t in s.subtree}


def find_joint_issuer_place(
    event: Event, token: Any, named: list[tuple[Any, PlaceMention]], words: PlaceWords
) -> PlaceMention | None:
    """The place named by ``event``'s own source when that source is one of the proper names joined in the
    subject of a measure at home (see the module); ``named``: every name resolved to a place, with its
    candidate (locative or not)."""
    source = event.evidence.spans.get("source")
    if token is None or source is None or not is_measure_act(token, words):
        return None
    subject = _joint_subject_ids(token)
    if not subject:
        return None
    doc = token.doc
    for _, mention in named:
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        inside = span is not None and span.root.i in subject
        if inside and mention.span.start < source.end and source.start < mention.span.end:
            return mention
    return None


def resolve_joint_or_shared_place(
    event: Event,
    token: Any,
    found: tuple[list[tuple[Any, PlaceMention]], list[tuple[int, PlaceMention]]],
    words: PlaceWords,
) -> PlaceMention | None:
    """For an event its own clause gave no place: the place of its source in a joint measure at home
    (:func:`find_joint_issuer_place`), else the place it shares with an earlier event
    (:func:`dotterel.stages.place_accompany.resolve_shared_place`); ``found``: the names resolved to places
    (with their candidates) and the trigger and place of each event placed so far."""
    named, placed = found
    return find_joint_issuer_place(event, token, named, words) or resolve_shared_place(token, placed, words)
