"""A protest verb done by a state's own forces or leaders: a coercive use of power, not a protest.

PLOVER PROTEST is collective action by civilians; when the police, the security forces or a head of state
storm, break into or ransack a building ("Police stormed the offices of the newspaper", "Security forces
ransacked the party's headquarters", "the President breaks into the Legislative Assembly with the army"), the
act is the authorities' raid: COERCE seize (NGEC: "Police or other authorities carrying out a law enforcement
raid"). The lexicon holds that reading as a pattern with the same verbs and objects as the protest pattern and
a ``requires_source_sectors`` naming the state's sectors; this module swaps it in once the source is known.
The same holds for blocking a road, a bridge or a crossing: the obstruct verbs done by a state's forces are a
restriction of movement (COERCE 191, impose blockade, restrict movement): "the National Guard blocks off a
bridge on the border". A doer read across an adverbial participle ("fire at protestors trying to block a
bridge") is too weak to swap on. Armed actors' harm readings come first
(:func:`dotterel.stages.trigger_candidates.resolve_armed_reading`: "troops stormed the compound" is an
assault), so only acts still read as protests change.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.lexicon import Lexicon, Pattern
from dotterel.model import Mention
from dotterel.stages.court_readings import find_court_reading
from dotterel.stages.triggers import Trigger

PROTEST_TYPE = "PROTEST"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CONTROL_DEP = "xcomp"
ADVERBIAL_DEP = "advcl"
MAX_CONTROL = 3


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
    if is_doer_borrowed(trigger.token):
        return trigger
    sector = source.actor.sector
    found = find_state_reading(trigger.pattern, sector, lexicon)
    found = found or find_court_reading(trigger.pattern, sector, lexicon)  # stages/court_readings.py
    return trigger if found is None else replace(trigger, pattern=found)


def is_doer_borrowed(verb: Any) -> bool:
    """True when the verb, or the verb it completes ("trying to [block]"), is an adverbial participle with no
    subject of its own: its doer is read from another clause, and often wrongly ("security forces fire at
    protestors trying to block a bridge": the protesters block it, not the forces)."""
    node = verb
    for _ in range(MAX_CONTROL):
        if node.dep_ != CONTROL_DEP or any(c.dep_ in SUBJECT_DEPS for c in node.children):
            break
        node = node.head
    if any(c.dep_ in SUBJECT_DEPS for c in node.children):
        return False
    return node.dep_ == ADVERBIAL_DEP and node.tag_ == "VBG"
