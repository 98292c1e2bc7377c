"""The gazetteer entry a name called a division stands for.

A name the text calls a division ("the province of Ontario", "Kunduz Province", "the state of Sokoto") is read
in a country that has a first-level division of that name before a country that has only a town of it: "the
province of Ontario" with no country named is the Canadian province, not Ontario, California (a larger town
does not outweigh it). Among the countries that have such a division, or when none has, the country named
around the name decides first, then the kind (a town before the division, for its point and population:
Kunduz), then population; a country the text names still outweighs all ("the Al Jawf Governorate of
Yemen").
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from dotterel.knowledge.gazetteer import KIND_RANK, GazetteerEntry

__all__ = ["pick_division_entry"]


def pick_division_entry(entries: list[GazetteerEntry], weights: Mapping[str, float]) -> GazetteerEntry:
    """Return the entry of ``entries`` (towns and first-level divisions of one name) that a division noun
    names: the country the text weighs most, then a country with a division of that name, then the kind
    and the population."""
    divided = {e.country for e in entries if e.kind == "admin1"}

    def score(entry: GazetteerEntry) -> tuple[float, bool, int, float]:
        bonus = weights.get(entry.country or "", 0.0)
        return bonus, entry.country in divided, KIND_RANK[entry.kind], math.log10(entry.population + 1)

    return max(entries, key=score)
