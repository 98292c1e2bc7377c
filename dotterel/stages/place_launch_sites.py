"""The launch site of a shot whose target the text names: never the shot's place.

A verb of launching (``launch_verbs`` of ``knowledge/places.yaml``) that has a phrase of its target
(``launch_target_preps``: "into", "at", "towards", "against") naming a place, and a "from" phrase, is
placed at its target: "More than 200 rockets are fired into Israel from Gaza" is in Israel, "Two rockets
are fired from the Gaza Strip at Tel Aviv" in Tel Aviv. Its "from" phrase, also one the parser hangs on the
target ("into Israel from Gaza"), is the launch site and is left out (:func:`find_launch_site_ids`). With
no target named the "from" phrase stays the place ("a rocket is fired from the Gaza Strip"), and a target
that names no place leaves it too ("launched into orbit from Cape Canaveral").
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_uses import names_word

__all__ = ["find_launch_site_ids"]

# Named-entity labels of a place: a target phrase holding one names a place.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _target_preps(token: Any, words: PlaceWords) -> list[Any]:
    """The target phrases of the launch word ``token`` that name a place ("into Israel", "at Tel Aviv")."""
    return [
        c
        for c in token.children
        if c.dep_ == "prep"
        and c.lower_ in words.launch_target_preps
        and any(t.ent_type_ in PLACE_ENTITIES for t in c.subtree)
    ]


def find_launch_site_ids(token: Any, words: PlaceWords) -> set[int]:
    """Return the tokens of the "from" phrases of the launch word ``token`` (and of its target's noun) when
    it names its target's place; empty otherwise."""
    if not names_word(token, words.launch_verbs):
        return set()
    targets = _target_preps(token, words)
    if not targets:
        return set()
    holders = [token] + [o for p in targets for o in p.children if o.dep_ == "pobj"]
    sites = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in words.origin_preps]
    return {t.i for p in sites for t in p.subtree}
