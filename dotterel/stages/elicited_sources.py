"""The source of a reaction noun named in a ``from`` phrase: "drew condemnation from the EU".

A reaction told as received names its maker behind "from": "the execution drew condemnation from the European
Union", "the move sparked criticism from Beijing", "the plan won support from France". The small parser hangs
the phrase on the eliciting verb ("drew … from") or on the noun itself ("condemnation from the EU"). Only a
reaction (a type of ``reaction_types`` in roles.yaml: ACCUSE, SUPPORT, REJECT) takes it: "a withdrawal from
Syria", "a release from prison" name a place left, "high demand from investors" is a market's, and "aid from
the US" is left to the other role finders.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from dotterel.model import Mention
from dotterel.stages.roles import MentionIndex
from dotterel.stages.verb_objects import find_prep_objects

FROM_PREPS = ("from",)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})  # "Criticism from judges is rare": a description, no act


def find_from_source_tokens(noun: Any, eliciting_verbs: Collection[str]) -> list[Any]:
    """The objects of the noun's own ``from`` phrase (not of a subject: "Criticism from judges is rare"
    describes, it tells no act), then of its eliciting verb's when the noun is that verb's object ("drew
    [condemnation] from the EU")."""
    found = [] if noun.dep_ in SUBJECT_DEPS else list(find_prep_objects(noun, FROM_PREPS))
    head = noun.head
    if noun.dep_ in {"dobj", "obj"} and str(head.lemma_).lower() in eliciting_verbs:
        found.extend(find_prep_objects(head, FROM_PREPS))
    return found


def resolve_from_source(
    noun: Any, index: MentionIndex, eliciting_verbs: Collection[str], reaction: bool
) -> Mention | None:
    """The first actor named in the reaction noun's ``from`` phrase (:func:`find_from_source_tokens`); None
    for a noun of no reaction (``reaction`` False)."""
    if not reaction:
        return None
    for token in find_from_source_tokens(noun, eliciting_verbs):
        mention = index.resolve_phrase(token)
        if mention is not None:
            return mention
    return None
