"""The place tiers of an owned act noun set as an object: its own phrase only.

See :mod:`dotterel.stages.place_owned_act_nouns` ("Protests take place in Paris following Paty's beheading":
Paris is the protests', not the beheading's). The linked-place pass (:mod:`dotterel.stages.place_linked`)
lends such a noun no place either.
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.place_owned_act_nouns import is_possessed_object_act
from dotterel.stages.place_person_pasts import PersonPastClauses
from dotterel.stages.place_tiers import Tier

__all__ = ["PossessedActClauses"]


class PossessedActClauses(PersonPastClauses):
    """:class:`PersonPastClauses` whose tiers for an owned act noun set as an object
    (:func:`is_possessed_object_act`) are cut to the noun's own phrase."""

    def find_tiers(self, token: Any, stops: frozenset[int]) -> list[Tier]:
        """The tiers of :class:`PersonPastClauses`; for an owned act noun as an object, each cut to its
        phrase."""
        tiers = super().find_tiers(token, stops)
        if not is_possessed_object_act(token, stops):
            return tiers
        inside = {t.i for t in token.subtree}
        return [(anchor, ids & inside) for anchor, ids in tiers if ids & inside]
