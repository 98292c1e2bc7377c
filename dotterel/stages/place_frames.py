"""The clause that frames an act as tried or going on: "crowds attempt to storm the parliament".

An act told by the to-infinitive (``xcomp``) of a verb of ``frame_verbs`` ("attempt to storm", "try to block",
"continue to march") happened where the frame verb's clause says; the frame verb only tells how far the act
went or how long. So after the act's own clause, its place is read by the frame verb's tiers, as if the act
stood in its place: "Protests in Bulgaria turn violent, as protesting crowds attempt to storm the nation's
parliament" gives the storming Bulgaria, as "… as protesting crowds storm the nation's parliament" does
(:func:`to_framed_tiers`). Not when the act's own clause has a place phrase, named or not ("raid a protest
site in Baghdad and try to remove protesters in southern cities": not Baghdad), nor a frame verb that is
another event's trigger, nor a verb of intent ("vow to", "threaten to attack": the act may be elsewhere;
``frame_verbs`` leaves them out).
"""

from __future__ import annotations

from typing import Any, Protocol

from dotterel.knowledge.place_words import PlaceWords
from dotterel.stages.scope import is_verb

__all__ = ["find_frame_verb", "to_framed_tiers"]

Tier = tuple[Any, set[int]]


class TierFinder(Protocol):
    """What reads the tiers of a trigger (:class:`dotterel.stages.place_tiers.PlaceClauses`)."""

    def find_tiers(self, token: Any, stops: frozenset[int]) -> list[Tier]:
        """Return the tiers of ``token``: (anchor token, token ids), the own clause first."""
        ...


def find_frame_verb(token: Any, stops: frozenset[int], words: PlaceWords) -> Any | None:
    """Return the outermost verb of ``frame_verbs`` whose to-infinitive ``token`` is, through a chain of
    them ("try to continue to block"), when it is no other event's trigger; else None."""
    node = token
    while (
        node.dep_ == "xcomp"  # the tagger may call the frame verb a noun ("crowds attempt to storm")
        and node.head.i not in stops
        and node.head.lemma_.lower() in words.frame_verbs
    ):
        node = node.head
    return None if node.i == token.i or not is_verb(token) else node


def to_framed_tiers(clauses: TierFinder, token: Any, stops: frozenset[int], words: PlaceWords) -> list[Tier]:
    """Return the tiers of ``token``, with those of its frame verb (:func:`find_frame_verb`) right after its
    own clause, when that clause has no locative phrase of its own."""
    tiers = clauses.find_tiers(token, stops)
    frame = find_frame_verb(token, stops, words)
    own = token.doc[min(tiers[0][1], default=token.i) : max(tiers[0][1], default=token.i) + 1]
    placed = any(t.dep_ == "prep" and t.lower_ in words.locative_preps for t in own if t.i in tiers[0][1])
    return tiers if frame is None or placed else [*tiers[:1], *clauses.find_tiers(frame, stops), *tiers[1:]]
