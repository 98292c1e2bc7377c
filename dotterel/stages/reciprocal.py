"""The events of a trigger's actors: one per coordinated actor, and one each way for acts on each other.

- "Iran and Iraq attacked the base": one event per coordinated source, each on the target;
- a reciprocal type with coordinated subjects and no target ("Iran and Iraq agreed", reciprocal.yaml
  ``reciprocal_types``): each actor acts on the others;
- a reciprocal act (``reciprocal_patterns``: a clash, a fight, an exchange of fire) whose sides the text gives
  no order, the subject's coordinated actors ("Indian and Pakistani troops clashed") or the coordinated object
  of "between" ("clashes between rebels and the army"), gives one event each way, with the act's type and mode
  on both. A side preposition gives a direction: "Indian troops clashed with Pakistani troops" is
  the subject on the object, one way, as "Iran held talks with Iraq" is. A target found elsewhere ("exchanged
  fire, killing two soldiers") is a victim, not a side: with two sides in the subject it is left out.
- a reciprocal pattern with no preposition for the other side (``sides_only_patterns``: "the troops clashed",
  "fought each other") is an event only when the subject names two sides or more, each of a fighting sector.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from dotterel.model import Actor, Mention
from dotterel.stages.topic_targets import is_topic_target
from dotterel.stages.triggers import Trigger

MAX_EXPANDED = 6
MAX_CONJUNCT_STEPS = 4
RECIPROCAL_PRONOUNS = frozenset({"other", "another"})  # "each other", "one another"
Pair = tuple[Mention | None, Mention | None]


class CoordinationIndex(Protocol):
    """What the expansion needs of the mention index (:class:`dotterel.stages.roles.MentionIndex`)."""

    def find_coordinated(self, doc: Any, mention: Mention) -> list[Mention]:
        """Return the mention and the actors coordinated with it."""
        ...


def find_actor_pairs(
    doc: Any,
    trigger: Trigger,
    roles: Pair,
    index: CoordinationIndex,
    words: Mapping[str, frozenset[str]],
) -> list[Pair]:
    """Return the (source, target) pairs a trigger's roles give, one event each (at most ``MAX_EXPANDED``).

    Args:
        doc: the article's spaCy Doc.
        trigger: the trigger of the event.
        roles: the source and target found for it.
        index: the article's mention index.
        words: the ``reciprocal.yaml`` lists.
    """
    source, target = roles
    known = index.find_coordinated(doc, source) if source is not None else []
    if trigger.pattern.id in words["reciprocal_patterns"]:
        pairs = _find_side_pairs(doc, trigger, known, target, index, words)
        if pairs:
            return pairs[:MAX_EXPANDED]
    sources: list[Mention | None] = [*known] or [None]
    targets: list[Mention | None] = [*index.find_coordinated(doc, target)] if target is not None else [None]
    topical = target is not None and is_topic_target(doc, trigger, target, words)  # "meet to discuss Syria"
    reciprocal = trigger.pattern.type.lower() in words["reciprocal_types"]
    reciprocal = reciprocal and not _acts_on_object(trigger, words)  # "A and B recognize the vote"
    if len(known) > 1 and (targets == [None] or topical) and reciprocal:
        pairs = _each_way(known)
    else:
        pairs = [(s, t) for s in sources for t in targets if t is None or not is_same_actor(t, s)]
    return pairs[:MAX_EXPANDED] or [roles]


def _acts_on_object(trigger: Trigger, words: Mapping[str, frozenset[str]]) -> bool:
    """True for a verb of ``object_taking_patterns`` with a direct object that is no reciprocal pronoun:
    "A and B recognize [the legitimacy] of the vote" act on it together, not on each other ("praised [each
    other]")."""
    if trigger.pattern.id not in words["object_taking_patterns"] or trigger.is_nominal:
        return False
    objects = [c for c in trigger.token.children if c.dep_ in {"dobj", "obj"}]
    return any(c.pos_ in {"NOUN", "PROPN"} and c.lower_ not in RECIPROCAL_PRONOUNS for c in objects)


def _find_side_pairs(
    doc: Any,
    trigger: Trigger,
    sources: list[Mention],
    target: Mention | None,
    index: CoordinationIndex,
    words: Mapping[str, frozenset[str]],
) -> list[Pair]:
    """The pairs of a reciprocal act, or [] when its sides are not two actors we know."""
    prep = resolve_side_prep(doc, trigger, target, words["side_preps"]) if target is not None else None
    if prep is None:
        return _each_way(sources) if len(sources) > 1 else []  # "A and B clashed"; a victim target left out
    others = index.find_coordinated(doc, target) if target is not None else []
    if prep == "between" and len(others) > 1:  # "clashes between rebels and the army"
        return _each_way(others)
    ends: list[Pair] = [(s, t) for s in sources for t in others if not is_same_actor(t, s)]
    return ends  # "A clashed with B": A on B, one way, as "A held talks with B" (the text gives a direction)


def _each_way(sides: list[Mention]) -> list[Pair]:
    """Each side on each other ("the two countries": two mentions of one span)."""
    return [(a, b) for a in sides for b in sides if a is not b]


def resolve_side_prep(doc: Any, trigger: Trigger, mention: Mention, preps: frozenset[str]) -> str | None:
    """The side preposition (``side_preps``) whose object is the mention, attached to the trigger, its clause
    verb or its object ("clashed [with] Pakistani troops", "clashes [between] rebels and the army", "exchanged
    fire [with] the police"), or None."""
    span = doc.char_span(mention.head.start, mention.head.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for _ in range(MAX_CONJUNCT_STEPS):  # "between protesters and [security forces]", "Indian [troops]"
        if token.dep_ not in {"conj", "compound", "amod", "appos"} or token.head.i == token.i:
            break
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj":
        token = token.head.head  # "clashed with [hundreds] of migrants"
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in preps:
        return None
    holders = {trigger.token.i, *([trigger.clause.i] if trigger.clause is not None else [])}
    objects = {c.i for c in trigger.token.children if c.dep_ in {"dobj", "obj"}}  # "exchanged fire [with]"
    return str(prep.lower_) if prep.head.i in holders | objects else None


def is_unfought(
    doc: Any,
    trigger: Trigger,
    source: Mention | None,
    index: CoordinationIndex,
    words: Mapping[str, frozenset[str]],
) -> bool:
    """True for a sides-only pattern ("clashed", "fought each other") whose subject does not name two sides or
    more, each of a fighting sector: "the two candidates clashed over taxes" is no fight."""
    if trigger.pattern.id not in words["sides_only_patterns"]:
        return False
    sides = index.find_coordinated(doc, source) if source is not None else []
    sectors = words["fighting_sectors"]
    return len(sides) < 2 or any((side.actor.sector or "").lower() not in sectors for side in sides)


def is_same_actor(mention: Mention, other: Mention | None) -> bool:
    """True when a candidate target is the source itself ("Australia closes its borders")."""
    if other is None:
        return False
    if mention.span == other.span:
        return True
    a, b = mention.actor, other.actor
    if a.actor_id is not None and a.actor_id == b.actor_id:
        return True
    same_party = a.country == b.country and a.sector == b.sector
    return mention.kind == "pronoun" and (same_party or is_same_person(a, b))


def is_same_person(pronoun: Actor, other: Actor) -> bool:
    """True when a pronoun bound to a person's full name and an actor named by that person's surname are one:
    "Zam denied the allegations against [him]" (him: Ruhollah Zam)."""
    name = (pronoun.name or "").split()
    if len(name) < 2 or other.name not in (None, pronoun.name) or pronoun.country != other.country:
        return False
    return name[-1][:1].isupper() and name[-1] == (other.name or other.text).split()[-1]
