"""Which of a name's namesakes the text's countries pick, once kind and population have ranked them.

:meth:`dotterel.knowledge.gazetteer.Gazetteer.resolve` ranks a name's entries by kind (country > region >
city > division), then by population plus the weight of the entry's country in the text. Two readings then
overturn the kind when the best entry's country is not one the text is about:

- a first-level division of a country the text is about outranks a city elsewhere ("Ontario" in an article
  about Canada is the province, not the Californian city);
- a US state outranks the country of the same name when the text is about the United States and nothing in
  it points to that country ("an immigration detention facility in Georgia" of an item about the U.S. is the
  state, not the Caucasian republic): the United States weigh at least as much as any other country of the
  text, and no country bordering the namesake country weighs anything ("Russian troops in Georgia" is the
  country). A text about the country itself ("Tbilisi, Georgia") gives it weight and keeps it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dotterel.knowledge.gazetteer import GazetteerEntry

HOME_STATE_COUNTRY = "USA"


def to_context_namesake(
    best: GazetteerEntry,
    candidates: Sequence[GazetteerEntry],
    weights: Mapping[str, float],
    neighbours: Mapping[str, frozenset[str]],
    score: Callable[[GazetteerEntry], tuple[int, float]],
) -> GazetteerEntry:
    """Return ``best``, or the namesake among ``candidates`` that the text's country ``weights`` prefer: a
    division of a country the text is about over a city of another, a US state over the country of its name
    in a text about the United States (``neighbours``: ISO3 → its land neighbours; ``score`` is the
    gazetteer's ranking)."""
    if weights.get(best.country or "", 0.0) > 0:
        return best
    if best.kind == "city":
        divisions = [e for e in candidates if e.kind == "admin1" and weights.get(e.country or "", 0.0)]
        return max(divisions, key=score) if divisions else best
    if best.kind == "country" and is_about_home_states(best, weights, neighbours):
        states = [e for e in candidates if e.kind == "admin1" and e.country == HOME_STATE_COUNTRY]
        return states[0] if states else best
    return best


def is_about_home_states(
    country: GazetteerEntry, weights: Mapping[str, float], neighbours: Mapping[str, frozenset[str]]
) -> bool:
    """True when the text's weights point to the United States rather than to ``country`` or its
    neighbours: the United States weigh something, no less than any other country, and no land neighbour
    of ``country`` weighs anything."""
    home = weights.get(HOME_STATE_COUNTRY, 0.0)
    if home <= 0 or any(weight > home for weight in weights.values()):
        return False
    return not any(weights.get(code, 0.0) > 0 for code in neighbours.get(country.country or "", frozenset()))
