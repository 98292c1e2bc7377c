"""Where someone or something is going: never the place of an act done to the traveller on the way.

A "to" phrase (``destination_preps``) of a verb of motion names where the motion ends; it is the place of the
motion itself ("sends troops to Libya", "a convoy heading to Kandahar is ambushed" keeps its own "in" phrase),
but not of another event done to the thing that moves (:func:`find_goal_ids`): a motion participle or relative
clause describing a noun ("hijack a flight heading to Dubai", "seize a tanker sailing to Syria", "arrest
migrants who were travelling to Italy") tells where the thing was going, not where the act happened.

:func:`find_passage_ids` gathers these with the other ends of a passage that are never the place: the origins
of :func:`find_origin_ids` ("people arriving from Germany") and the route ends of a travel measure ("suspends
all flights to the UK": :func:`find_route_end_ids`).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.place_cancelled_trips import find_cancelled_trip_ids
from dotterel.stages.place_explained_motions import find_explained_goal_ids
from dotterel.stages.place_origins import find_origin_ids, find_route_end_ids
from dotterel.stages.place_planned_goals import find_planned_goal_ids
from dotterel.stages.purpose_objects import find_outside_purpose_ids

__all__ = ["find_goal_ids", "find_passage_ids"]

# Tags of a participle describing a noun ("a flight heading to Dubai", "troops deployed to Mali").
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})


def _goal_ids(motion: Any, words: PlaceWords) -> set[int]:
    """The tokens of the "to" phrases of the motion word ``motion``."""
    preps = [c for c in motion.children if c.dep_ == "prep" and c.lower_ in words.destination_preps]
    return {t.i for p in preps for t in p.subtree}


def _is_describing(word: Any, token: Any) -> bool:
    """True when the motion word ``word`` describes a noun other than the trigger: a participle or relative
    clause on it ("a tanker sailing to Syria", "migrants who were travelling to Italy"), also a participle the
    parser reads as the noun with the real noun as its compound ("hijack a flight heading to Dubai")."""
    if word.dep_ == "relcl" or (word.dep_ == "acl" and word.tag_ in PARTICIPLE_TAGS):
        return word.head.i != token.i  # not "in order to return him to Germany": a purpose
    before = word.doc[word.i - 1] if word.i > 0 else None
    return (
        word.tag_ == "VBG"
        and before is not None
        and before.dep_ == "compound"
        and before.head.i == word.i
        and before.pos_ in ("NOUN", "PROPN")
    )


def find_goal_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the tokens of the "to" phrases, in ``token``'s sentence, of motion verbs describing a noun other
    than the trigger (:func:`_is_describing`): where that thing was going; none of the trigger's own motion,
    none that holds the trigger."""
    out: set[int] = set()
    table, sentence = to_doc_table(token.doc), token.sent  # the table: each token's lemma and lower_
    verbs = words.destination_verbs
    for i in range(sentence.start, sentence.end):
        if i == token.i or (table.lemmas[i] not in verbs and table.lowers[i] not in verbs):  # names_word
            continue
        word = token.doc[i]
        if _is_describing(word, token):
            goals = _goal_ids(word, words)
            out |= set() if token.i in goals else goals
    return out


def find_passage_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the tokens of where things in ``token``'s sentence come from or go that are not the event's
    place: origins (:func:`find_origin_ids`), the route ends of a travel measure (:func:`find_route_end_ids`),
    the goals of motions describing a noun (:func:`find_goal_ids`) or explained by a cause part holding the
    trigger (:mod:`~dotterel.stages.place_explained_motions`), the clause outside the act an infinitive of
    purpose whose object is the trigger serves (:mod:`~dotterel.stages.purpose_objects`) and where a trip
    called off would have gone (:func:`~dotterel.stages.place_cancelled_trips.find_cancelled_trip_ids`)."""
    ends = find_origin_ids(token, words) | find_route_end_ids(token, words) | find_goal_ids(token, words)
    ends |= find_explained_goal_ids(token, words) | find_outside_purpose_ids(token)  # "to contain protests"
    return ends | find_cancelled_trip_ids(token, words) | find_planned_goal_ids(token, words)
