"""The place an event told in a relative clause on an event noun shares with that noun's event.

"a mass shooting last month in Fresno, California, that left four people dead and six injured", "the rocket
attack on a moshav in central Israel on March 25, which injured seven Israelis", "the war in Yemen, which has
killed thousands": the clause tells more of the incident its noun names, and the noun's phrase holds the
place. The parser often hangs such a clause on the last noun before it (a date, a place) or on the main verb,
so the antecedent is read by position: the nearest event trigger before the relative pronoun, with no verb
between them ("an attack on a bus carrying pilgrims, which …" has its antecedent told by "carrying": none).
Only a relative pronoun that stands for a thing (``relative_subject_pronouns``: "which", "that"; not "who",
a person's clause: "the gunman, who killed two in …" tells the gunman's act) opens such a clause.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.model import PlaceMention
from dotterel.stages.scope import is_verb, resolve_relative_subject

__all__ = ["resolve_antecedent_place"]

# Steps from a trigger up to the verb of its relative clause ("that left four dead and six injured": from
# "injured" through "six" to "left").
MAX_HOPS = 3


def resolve_antecedent_place(
    token: Any, placed: dict[int, PlaceMention], triggers: frozenset[int], words: PlaceWords
) -> PlaceMention | None:
    """Return the place of the event noun whose relative clause tells ``token``'s event (the nearest trigger
    of ``triggers`` before the relative pronoun, no verb between), if ``placed`` (trigger token → place)
    holds it; else None."""
    pronoun = resolve_relative_subject(token, MAX_HOPS + 1)  # on the verb or up to MAX_HOPS above it
    if pronoun is None or pronoun.lower_ not in words.relative_subject_pronouns:
        return None
    doc = token.doc
    for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        if i in triggers:
            return placed.get(i)
        if is_verb(doc[i]):
            return None
    return None
