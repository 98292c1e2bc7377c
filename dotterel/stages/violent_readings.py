"""The violent reading of a trigger done by a state or an armed actor ("Russian strikes", "gunmen storm").

Moved out of :mod:`dotterel.stages.events`, which reads each trigger of a sentence through
:func:`to_violent_reading` once its source is known.
"""

from __future__ import annotations

from dataclasses import replace

from dotterel.knowledge.lexicon import Lexicon
from dotterel.model import Mention
from dotterel.stages.nesting import HARM_TYPES
from dotterel.stages.trigger_candidates import resolve_armed_reading
from dotterel.stages.triggers import Trigger


def to_violent_reading(
    trigger: Trigger, source: Mention | None, lexicon: Lexicon, role_words: dict[str, frozenset[str]]
) -> Trigger:
    """ "Russian strikes": a noun with a peaceful and a violent pattern, done by a state or armed actor,
    takes the violent one; a protest verb done by an armed actor, its harm pattern ("gunmen storm")."""
    bare = trigger.modifier_words == 0  # "a general strike" is a labour strike whoever calls it
    if source is None or trigger.pattern.type in HARM_TYPES:
        return trigger
    sector, country = source.actor.sector, source.actor.country
    armed = (sector or "").lower() in role_words["violent_reading_sectors"]
    if not trigger.is_nominal:  # "gunmen storm a court building": no state adjective ("Iranian students")
        found = resolve_armed_reading(trigger.pattern, trigger.token, lexicon, HARM_TYPES)
        return replace(trigger, pattern=found) if armed and found is not None else trigger
    if not bare:
        return trigger
    state = sector is None and country is not None  # a country adjective: "Israeli strikes"
    if not state and not armed:
        return trigger
    lemma = str(trigger.token.lemma_).lower()
    violent = [p for p in lexicon.find_noun_patterns(lemma) if p.type in HARM_TYPES and p.requires_prep]
    return replace(trigger, pattern=violent[0]) if violent else trigger
