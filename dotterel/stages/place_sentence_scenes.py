"""A place phrase a sentence opens with sets the scene of every clause of the sentence.

"In the city of Sydney, activists block an intersection; several people were arrested": the fronted phrase,
set off by a comma, tells where all the sentence tells happened, though the parser hangs it on the first
clause's verb, another event's, whose subtree the sentence tier
(:func:`dotterel.stages.place_sentence_ids.find_sentence_ids`) cuts away with it. :class:`SceneClauses` adds
the fronted phrase as the last tier of an event outside it, so the event's own clause and every nearer
clause come first ("In Sydney, activists march; police arrest dozens in Parramatta": Parramatta). A phrase
of ``locative_preps`` of ``knowledge/places.yaml`` only ("In Sydney,", not "After the march in Sydney,").
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.place_tiers import PlaceClauses, Tier

__all__ = ["SceneClauses", "find_opening_scene_ids"]


def find_opening_scene_ids(token: Any, locative_preps: frozenset[str]) -> set[int]:
    """Return the token ids of the locative phrase ``token``'s sentence opens with ("In Sydney, …"), set off
    by a comma and hanging on a verb; empty when there is none or ``token`` lies inside it."""
    first = token.sent[0]
    if first.dep_ != "prep" or first.lower_ not in locative_preps or first.head.pos_ not in ("VERB", "AUX"):
        return set()
    end = first.right_edge.i
    if end + 1 >= token.sent.end or token.doc[end + 1].text != ",":
        return set()
    if first.i <= token.i <= end:
        return set()
    return set(range(first.i, end + 1))


class SceneClauses(PlaceClauses):
    """:class:`PlaceClauses` whose last tier is the scene the sentence opens with
    (:func:`find_opening_scene_ids`)."""

    def find_tiers(self, token: Any, stops: frozenset[int]) -> list[Tier]:
        """The tiers of :class:`PlaceClauses`, then the sentence's opening scene, if any."""
        tiers = super().find_tiers(token, stops)
        scene = find_opening_scene_ids(token, self.words.locative_preps)
        return tiers + [(token, scene)] if scene else tiers
