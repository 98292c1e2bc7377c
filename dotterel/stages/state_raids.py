"""A protest verb done by a state's own forces or leaders: a coercive use of power, not a protest.

PLOVER PROTEST is collective action by civilians; when the police, the security forces or a head of state
storm, break into or ransack a building ("Police stormed the offices of the newspaper", "Security forces
ransacked the party's headquarters", "the President breaks into the Legislative Assembly with the army"), the
act is the authorities' raid: COERCE seize (NGEC: "Police or other authorities carrying out a law enforcement
raid"). The lexicon holds that reading as a pattern with the same verbs and objects as the protest pattern and
a ``requires_source_sectors`` naming the state's sectors; this module swaps it in once the source is known.
Armed actors' harm readings come first (:func:`dotterel.stages.trigger_candidates.resolve_armed_reading`:
"troops stormed the compound" is an assault), so only acts still read as protests change.
"""

from __future__ import annotations

from dataclasses import replace

from dotterel.knowledge.lexicon import Lexicon, Pattern
from dotterel.model import Mention
from dotterel.stages.court_readings import find_court_reading
from dotterel.stages.triggers import Trigger

PROTEST_TYPE = "PROTEST"


def find_state_reading(pattern: Pattern, sector: str, lexicon: Lexicon) -> Pattern | None:
    """The pattern with the protest pattern's verbs and objects that a source of ``sector`` requires, or None
    ("storm" a building by the police: COERCE 171)."""
    if pattern.type != PROTEST_TYPE or not pattern.verbs:
        return None
    for other in lexicon.patterns:
        if other.type == PROTEST_TYPE or sector not in other.requires_source_sectors:
            continue
        if other.verbs == pattern.verbs and other.requires_object == pattern.requires_object:
            return other
    return None


def to_state_raid_reading(trigger: Trigger, source: Mention | None, lexicon: Lexicon) -> Trigger:
    """The trigger with its state reading when a state's police, forces or leader do the protest act
    ("Police stormed the offices"); unchanged for civilians ("Protesters stormed the parliament") and for
    nouns ("the storming of the Capitol" keeps its protest reading)."""
    if source is None or source.actor.sector is None or trigger.is_nominal:
        return trigger
    sector = source.actor.sector
    found = find_state_reading(trigger.pattern, sector, lexicon)
    found = found or find_court_reading(trigger.pattern, sector, lexicon)  # stages/court_readings.py
    return trigger if found is None else replace(trigger, pattern=found)
