"""A body of water after "on" is where something happened on it: "a boat capsizes on the Godavari
River", "kill four fishermen on Lake Kivu, Congo", "an ice sheet breaks away on Lake Erie". "On" is
locative before a place noun only (:mod:`dotterel.stages.place_uses`); a lake, river or sea is one by its own
name: its first word opens a lake's name ("Lake") or its last word is a water or land feature noun ("River",
"Sea", "Valley": ``water_nouns`` and ``country_feature_nouns``, handed in as ``surfaces``). Not a name the
parser hangs elsewhere ("a deal on the Black Sea grain corridor": "Sea" is a modifier there).
"""

from __future__ import annotations

from typing import Any

# Of the feature prefixes, the one that opens a body of water's name ("Lake Chad"; not "Mount", "Camp").
LAKE_PREFIX = "lake"
ON_PREPS = frozenset({"on", "upon"})


def is_on_water(doc: Any, start: int, end: int, surfaces: frozenset[str]) -> bool:
    """True when the name at ``[start, end)`` names a body of water or a land feature (opened by "Lake" or
    ended by a word of ``surfaces``) and is the object of "on"."""
    first, last = doc[start].lower_, doc[end - 1].lower_
    if end - start < 2 or not (first == LAKE_PREFIX or last in surfaces):
        return False
    root = doc[start:end].root
    return root.dep_ == "pobj" and root.head.lower_ in ON_PREPS
