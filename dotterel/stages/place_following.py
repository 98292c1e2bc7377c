"""A known place following a name: what makes an unknown name before a comma a place.

"Kotulo, Kenya", "Kaiga-Kindjiria, western Chad": a known place with a country after the comma; "Zeleved,
Far North, Cameroon": one more name and a comma before it; "Pansi, Yagha Province": a named division. A
direction ("Baledogle, Lower Shabelle") or a division noun ("Ardee, County Louth") may open the known name.
Used by :class:`dotterel.stages.place_names.PlaceNameFinder` for its unlisted names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.place_stated_cities import find_stated_city_entries

__all__ = ["FollowingPlaceReader"]


class FollowingPlaceReader:
    """Tell whether a known place with a country follows at a token of a parsed document."""

    def __init__(self, gazetteer: Gazetteer, run_end: Callable[[Any, int], int | None]) -> None:
        """``run_end`` gives the end of a run of capitalised words at a token naming nothing known, or None
        (:meth:`dotterel.stages.place_names.PlaceNameFinder._proper_run_end`)."""
        self.gazetteer = gazetteer
        self.words = gazetteer.words
        self.run_end = run_end
        self.name_openers = self.words.directions | self.words.admin_suffixes  # "Lower", "County"

    def place_follows(self, doc: Any, i: int, hops: int = 1) -> bool:
        """True when a known place with a country starts at ``i`` ("Kotulo, Kenya", "Kaiga-Kindjiria, western
        Chad"), or after one more name and a comma ("Zeleved, Far North, Cameroon"); a direction may be part
        of the name ("Baledogle, Lower Shabelle"), and so may a division noun ("Ardee, County Louth")."""
        if self.known_place_at(doc, i):
            return True
        while i < len(doc) and doc[i].lower_ in self.name_openers:
            i += 1
        if self.known_place_at(doc, i):
            return True
        # the tagger's label does not veto the middle name: "Far North" is an ORG to it
        end = self.run_end(doc, i) if i < len(doc) and hops else None
        if end is not None and end < len(doc) and doc[end].lower_ in self.words.admin_suffixes:
            return True  # "Pansi, Yagha Province": a named division follows
        return (
            end is not None
            and end < len(doc)
            and doc[end].text == ","
            and self.place_follows(doc, end + 1, 0)
        )

    def known_place_at(self, doc: Any, i: int) -> bool:
        """True when a known place with a country starts at ``i`` (texts read from the document's table)."""
        table = to_doc_table(doc)
        for n in range(min(self.gazetteer.max_tokens, len(doc) - i), 0, -1):
            # before "Governorate", "Province" an alternate name counts too ("Tell Abyad, Raqqa Governorate")
            divided = i + n < len(doc) and table.lowers[i + n] in self.words.admin_suffixes
            entries = self.gazetteer.find_entries(table.to_span_text(i, i + n), alternates=divided)
            if any(e.country for e in entries):
                return True
        return False

    def stated_cities(self, doc: Any, start: int, end: int) -> list[GazetteerEntry]:
        """The cities a stop-listed name names before its state ("Mobile, Alabama"): see
        :mod:`dotterel.stages.place_stated_cities`."""
        return find_stated_city_entries(doc, start, end, self.gazetteer)
