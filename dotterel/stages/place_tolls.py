"""The place a casualty mention shares with the incident of its own sentence, when it names none of its own.

A toll is often told apart from the incident that caused it, in the same sentence but in another clause:
"at least 500 civilians have been killed since a government offensive in northern Idlib began", "Gunmen kill
12 villagers in Ituri Province as killings of civilians rise", "A man opens fire at a base in Texas, wounding
a guard, before being shot dead". The casualties (a casualty verb, ``result_verbs``, or a casualty noun,
``casualty_nouns``) happened where the incident did: an event of a violent type (``toll_lending_types``),
told as happening (``lending_modalities``), placed by its own text, in the same sentence. Only when every
such incident of the sentence has the same place, never from a "from" or "to" phrase, not for a mention with
a place phrase of its own ("killed in an airstrike"), not for an act told in its own right ("Special forces
shoot and kill a hijacker"), not from an incident told in a clause that hangs on the mention ("killed before
insurgents attacked the town of X", another happening; but "killed since an offensive in X began", the span
of the toll), not from an incident outside the noun whose relative clause tells the mention ("a shootout in
the mountains, which left two officers injured" is no toll of a shooting elsewhere), and not for one told as
another incident or at another time (``separate_incident_words``: "three more were killed elsewhere", "in a
separate attack"; "killed later").

Run after every event has had its own place and the places of tied clauses
(:func:`dotterel.stages.place_linked.to_linked_places`).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.model import Event, PlaceMention
from dotterel.stages.place_linked import has_place_phrase, with_place
from dotterel.stages.scope import EventIndex, is_verb

__all__ = ["is_casualty_mention", "resolve_toll_place", "to_toll_places"]

MAX_HOPS = 4
# Parts of speech of a noun whose phrase may hold a casualty noun ("an inquiry into his killing").
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Tags of a finite verb or a bare infinitive ("kill", "kills", "killed" as a past tense), not a participle.
FINITE_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP"})
# Dependencies of a word inside a longer name or noun phrase ("Dubai International Airport", "the airport in
# Dubai").
NAME_PART_DEPS = frozenset({"compound", "pobj", "prep", "appos", "nmod", "amod", "poss"})


def is_casualty_mention(token: Any, words: PlaceWords) -> bool:
    """Whether ``token`` tells casualties: a casualty verb ("killed", "wounding") or a casualty noun that is
    no word inside another noun's phrase ("as killings of civilians rise"; not "an inquiry into his
    killing")."""
    lemma = token.lemma_.lower()
    if is_verb(token):
        return lemma in words.result_verbs
    casualty = lemma in words.casualty_nouns or token.lower_ in words.casualty_nouns
    inside = token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ in NOUN_POS
    return casualty and not inside and token.dep_ not in ("compound", "poss")


def _is_own_act(token: Any) -> bool:
    """Whether ``token`` is a finite casualty verb with a subject of its own, or coordinated with one: an act
    told in its own right ("Special forces shoot and kill a hijacker after he …"), not a toll split off its
    incident ("have been killed since …", "…, wounding four", "before being shot and killed": participles);
    a subject of "die" is the victim."""
    if token.tag_ not in FINITE_TAGS:
        return False
    verb = token
    for _ in range(MAX_HOPS):
        if not is_verb(verb) or verb.lemma_.lower() == "die":
            return False
        if any(c.dep_ == "nsubj" for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _is_moved_to(doc: Any, mention: PlaceMention, words: PlaceWords) -> bool:
    """Whether the place is inside a "from" or "to" phrase ("a flight heading to Dubai International
    Airport"), up through the names and nouns it is part of."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    token = None if span is None else span.root
    moved = words.origin_preps | words.destination_preps
    for _ in range(MAX_HOPS):
        if token is None or token.head.i == token.i:
            return False
        if token.dep_ == "pobj" and token.head.lower_ in moved:
            return True
        token = token.head if token.dep_ in NAME_PART_DEPS else None
    return False


def _is_held_below(lender: Any, token: Any, words: PlaceWords) -> bool:
    """Whether the incident is told in a clause or phrase that hangs on the casualty mention: another
    happening ("killed before insurgents attacked …", "killed by a gunman who was later arrested in …",
    "killed on Monday, and two others wounded on Tuesday in …"), unless it is the span of the toll ("have
    been killed since an offensive in … began", ``toll_span_markers``)."""
    if lender.i not in {t.i for t in token.subtree}:
        return False
    node = lender
    while node.i != token.i:
        marks = [c for c in node.children if c.dep_ == "mark"] + ([node] if node.dep_ == "prep" else [])
        if any(m.lower_ in words.toll_span_markers for m in marks):
            return False
        node = node.head
    return True


def _is_other_antecedent(lender: Any, token: Any) -> bool:
    """Whether the mention is told in a relative clause on a noun ("a shootout in the mountains, which left
    two officers injured": the shootout's toll) that the incident is not part of ("the shooting that killed
    an officer at Oakland" is another)."""
    node = token
    for _ in range(MAX_HOPS):
        if node.dep_ == "relcl":
            return lender.i not in {t.i for t in node.head.subtree}
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _is_separate(token: Any, words: PlaceWords) -> bool:
    """Whether the mention's clause calls it another incident ("killed elsewhere", "a separate attack") or
    puts it at another time ("two civilians were killed later")."""
    verb = token if is_verb(token) else token.head
    later = any(c.dep_ == "advmod" and c.lower_ in words.other_time_adverbs for c in verb.children)
    return later or any(t.lower_ in words.separate_incident_words for t in verb.subtree)


def resolve_toll_place(
    token: Any, lenders: list[tuple[Any, PlaceMention]], words: PlaceWords
) -> PlaceMention | None:
    """Return the place of the incidents of ``token``'s sentence (``lenders``: trigger token, place) when
    ``token`` is a casualty mention with no place phrase of its own and every incident of its sentence has
    the same place; else None."""
    if not is_casualty_mention(token, words) or _is_own_act(token) or _is_separate(token, words):
        return None
    verb = token if is_verb(token) else token.head
    if has_place_phrase(token, words) or (is_verb(verb) and has_place_phrase(verb, words)):
        return None
    sentence = token.sent
    mentions = [
        m
        for t, m in lenders
        if t.i != token.i and t.sent.start == sentence.start
        if not _is_held_below(t, token, words) and not _is_other_antecedent(t, token)
    ]
    if not mentions or any(_is_moved_to(token.doc, m, words) for m in mentions):
        return None
    places = {(m.place.name, m.place.country) for m in mentions}
    return mentions[0] if len(places) == 1 else None


def to_toll_places(
    events: list[Event], index: EventIndex, placed: list[tuple[int, PlaceMention]], words: PlaceWords
) -> list[Event]:
    """Return ``events`` with each casualty mention that has no place given the place of its sentence's
    incident (:func:`resolve_toll_place`); ``placed`` holds the trigger token and place of each event placed
    by its own text."""
    places = dict(placed)
    lenders = []
    for event in events:
        token = index.token(event)
        lending = event.action.type.lower() in words.toll_lending_types
        if token is not None and token.i in places and lending and event.modality in words.lending_modalities:
            lenders.append((token, places[token.i]))
    out = []
    for event in events:
        token = index.token(event)
        located = event.action.type.lower() in words.shared_place_types
        found = None
        if event.place is None and token is not None and located:
            found = resolve_toll_place(token, lenders, words)
        if found is None:
            out.append(event)
            continue
        out.append(with_place(event, found))
    return out
