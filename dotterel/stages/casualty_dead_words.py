"""Whether a word of death tells a death, read for :mod:`~dotterel.stages.casualty_counts`:

- a verb with a killing complement kills ("shot dead", "shoot dead an activist", "were found shot to death",
  "succumbed to his injuries");
- a casualty adjective counts the dead ("dead", "killed") or the wounded ("injured").

A killed adjective after a word of ``living_death_modifiers`` (``casualties.yaml``) names a person still alive
and gravely hurt: "A bus driver is left brain dead after being assaulted" (kept on life support), "a man left
half dead", "nearly dead": no one is killed; the adjective is no killing complement of its verb ("left brain
dead" is no killing as "shot dead" is), and as an adjective it counts the wounded ("A teenager is left
brain-dead after an attack": 1 wounded, where the parser hangs "brain" on "dead"). The modifier is read on the
surface, the word before the adjective (a hyphen between them skipped: "brain-dead"), since the parser hangs
"brain" now as the adjective's compound, now as a complement of the verb.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dotterel.stages.casualty_words import Kind
from dotterel.stages.scope import SUBJECT_DEPS, is_verb

__all__ = ["adjective_kind", "follows_living_modifier", "has_killing_complement"]

HYPHENS = ("-", "\u2013")


def has_killing_complement(
    verb: Any,
    complements: frozenset[str],
    heads: frozenset[str],
    living: frozenset[str],
    tagged_verb: bool = True,
) -> bool:
    """True for "shot dead", "shoot dead an activist", "were found shot to death" (a verb the tagger took for
    a noun too, when ``tagged_verb`` is False); ``heads`` are the complement phrases' first words ("to"); not
    for a complement after a word of ``living`` ("left brain dead")."""
    if tagged_verb and not is_verb(verb):
        return False
    for child in verb.children:
        lower, dep = child.lower_, child.dep_
        if lower in complements and dep not in SUBJECT_DEPS and not follows_living_modifier(child, living):
            return True
        if dep != "prep" or lower not in heads:
            continue  # no complement phrase starts with this word and a space
        phrase = f"{lower} {' '.join(g.lower_ for g in child.children if g.dep_ == 'pobj')}"
        if phrase in complements:
            return True
    return False


def adjective_kind(token: Any, sets: Mapping[str, frozenset[str]]) -> Kind:
    """The kind of the casualty adjective ``token``: "killed" for a word of the ``killed_adjectives`` set not
    after a word of the ``living_death_modifiers`` set ("brain dead", "half dead" are "injured"), else
    "injured"."""
    if token.lower_ not in sets["killed_adjectives"]:
        return "injured"
    return "injured" if follows_living_modifier(token, sets["living_death_modifiers"]) else "killed"


def follows_living_modifier(token: Any, living: frozenset[str]) -> bool:
    """True when the word before ``token`` (a hyphen skipped) is a word of ``living``: "brain dead",
    "brain-dead", "half dead"."""
    before = token.nbor(-1) if token.i > token.sent.start else None
    if before is not None and before.text in HYPHENS and before.i > token.sent.start:
        before = before.nbor(-1)
    return before is not None and before.lower_ in living
