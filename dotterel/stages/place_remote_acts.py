"""Acts on another state or its people take no place from a verb coordinated with them.

A verb coordinated with the trigger lends it its place phrase when the two tell one happening ("kills nine
people and injures 40 at a wedding in Nangarhar"), and the clause an act hangs on or its sentence may place it
(:class:`~dotterel.stages.place_tiers.PlaceClauses`).
A sanction or a break of ties is the acting state's act on another (session 15 convention: only a place its
own clause names is its place), so a place told for the act coordinated with it is that act's alone: "cuts
ties with Venezuela and closes its embassy in Caracas" (the closing's Caracas), "was seized in Malta and
sanctioned by the European Union" (the seizure's Malta). Such an act is a verb of ``remote_act_verbs`` of
``knowledge/places.yaml`` ("sanction"), or a verb whose object is a noun of ``relation_nouns`` ("cuts ties",
"suspends diplomatic relations"). :class:`RemoteActClauses` reads such an act's own clause only: no
coordinated verb, no clause it hangs on, no rest of its sentence; but ties restored, normalized or established
(``meeting_outcomes``) at a meeting they followed at once were restored where the meeting was ("restore
relations after Netanyahu meets Deby in N'Djamena", as "sign a deal following talks in Hanoi";
:meth:`dotterel.stages.place_reach.PlaceReach.find_meeting_ids`).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_sentence_scenes import SceneClauses
from dotterel.stages.place_tiers import Tier

__all__ = ["RemoteActClauses", "is_remote_act"]


def is_remote_act(token: Any, words: PlaceWords) -> bool:
    """True for a verb that tells an act on another state or its people: a ``remote_act_verbs`` verb
    ("sanctions", "was sanctioned"), or one whose object is a ``relation_nouns`` noun ("cuts ties")."""
    if token.lemma_.lower() in words.remote_act_verbs:
        return True
    return any(c.dep_ == "dobj" and c.lower_ in words.relation_nouns for c in token.children)


class RemoteActClauses(SceneClauses):
    """:class:`PlaceClauses` whose tiers for an act on another state (:func:`is_remote_act`) are its own
    clause only, or with the meeting it was the outcome of."""

    def find_tiers(self, token: Any, stops: frozenset[int]) -> list[Tier]:
        """The tiers of :class:`PlaceClauses`; for a remote act, the first (its own clause) alone, then the
        meeting it followed at once, if it is an outcome of one ("restore ties after the two leaders met in
        N'Djamena")."""
        tiers = super().find_tiers(token, stops)
        verb = self.resolve_clause_verb(token, stops)
        remote = is_remote_act(token, self.words) or (verb is not None and is_remote_act(verb, self.words))
        if not remote:
            return tiers
        meeting = self.reach.find_meeting_ids(token, verb)
        return [tiers[0], (token, tiers[0][1] | meeting)] if meeting else tiers[:1]
