"""The kind of division a text calls a name decides whose division it is.

Several countries have a first-level division of the same name (Bolívar is a state of Venezuela, a
department of Colombia and a province of Ecuador). When the text names the kind ("the southern state of
Bolívar", "Bolívar Department"), the division of the country whose ISO 3166-2 type for it is that noun is
read, unless a country the text names outweighs it (:func:`to_typed_weights`). The types come from
pycountry's ISO 3166-2 table, as the divisions of :mod:`dotterel.knowledge.gazetteer_divisions` do.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import pycountry

from dotterel.knowledge.gazetteer import to_key
from dotterel.stages.place_names import NameCandidate

__all__ = ["TYPE_WEIGHT", "to_division_noun", "to_typed_weights"]

# Below the weight of a country the article names elsewhere (1.0): the text's countries decide first.
TYPE_WEIGHT = 0.5


@lru_cache(maxsize=1)
def _division_types() -> dict[str, dict[str, frozenset[str]]]:
    """Folded name of a first-level division → ISO3 of its country → the lower-case ISO types it has there
    ("bolivar" → {"VEN": {"state"}, "COL": {"department"}, "ECU": {"province"}})."""
    table: dict[str, dict[str, set[str]]] = {}
    for division in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=division.country_code)
        if division.parent_code is not None or country is None:
            continue
        types = table.setdefault(to_key(division.name), {}).setdefault(country.alpha_3, set())
        types.add(str(division.type).lower())
    return {name: {c: frozenset(t) for c, t in by.items()} for name, by in table.items()}


def to_division_noun(doc: Any, candidate: NameCandidate, admin_suffixes: frozenset[str]) -> str | None:
    """The administrative noun that calls the name a division: its suffix ("Bolívar State") or the noun whose
    "of" object it is ("the southern state of Bolívar"); None without one."""
    if candidate.suffix:
        return candidate.suffix
    root = doc[candidate.start : candidate.end].root
    of = root.head
    named = root.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in admin_suffixes
    return of.head.text if named else None


def to_typed_weights(name: str, noun: str | None, weights: Mapping[str, float]) -> dict[str, float]:
    """Return ``weights`` with :data:`TYPE_WEIGHT` added to each country whose first-level division ``name``
    is of the kind ``noun`` says ("state", "Department"), when the name is a division of several countries
    and not all of them call it so; ``weights`` unchanged otherwise."""
    out = dict(weights)
    by_country = _division_types().get(to_key(name), {})
    kind = (noun or "").lower()
    typed = [code for code, types in by_country.items() if kind in types or kind.removesuffix("s") in types]
    if len(by_country) < 2 or not typed or len(typed) == len(by_country):
        return out
    for code in typed:
        out[code] = out.get(code, 0.0) + TYPE_WEIGHT
    return out
