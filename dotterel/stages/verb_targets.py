"""Where a verb trigger's target may stand, best first: the candidate tokens the events stage resolves to the
target actor of a verbal (not nominal) trigger.

Moved out of ``stages/events.py`` (session 16) to keep that module under its line limit; behaviour unchanged.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.codebook import Codebook
from dotterel.knowledge.lexicon import Lexicon
from dotterel.stages.clause_objects import find_for_to_subject, find_object_heads
from dotterel.stages.compound_verbs import find_compound_object, find_verbless_object
from dotterel.stages.nesting import VERBAL_QUAD_CLASSES
from dotterel.stages.plural_noun_verbs import find_headline_object
from dotterel.stages.relative_object_targets import find_relative_object_owner
from dotterel.stages.roles import find_direct_object, find_prep_objects, find_subject
from dotterel.stages.triggers import Trigger, find_infinitive_subject


def find_verb_target_tokens(
    trigger: Trigger, lexicon: Lexicon, codebook: Codebook, role_words: dict[str, frozenset[str]]
) -> list[Any]:
    """Return the tokens where a verb's target may stand, best first: its object (or the object's own target
    phrase: "threatened further action against Russia"), its target prepositions, the same under a
    to-infinitive ("promised to continue aid to Mozambique"), and for a verbal event the subject of its
    that-clause ("demanded that the US cancel the sale")."""
    verb_preps = lexicon.target_preps(trigger.pattern, "verb")
    object_preps = {*lexicon.default_target_preps["noun"], *role_words["author_preps"]}
    verbs = [trigger.token]
    verbs.extend(c for c in trigger.token.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"})
    tokens: list[Any] = []
    for verb in verbs:
        for obj in find_object_heads(find_direct_object(verb)):  # "signs $20 billion in [deals] with X"
            tokens.append(obj)
            tokens.extend(find_prep_objects(obj, object_preps))  # "rejected calls by Belarus"
        tokens.extend([o] if (o := find_headline_object(verb)) is not None else [])  # "Benin orders [X] to"
        run_into = find_compound_object(verb)  # "in Texas drop [charges] against X": not the noun's own names
        tokens.extend([o] if (o := find_verbless_object(verb)) is not None else [])  # "police arrest [X]"
        tokens.extend(find_prep_objects(run_into, object_preps) if run_into is not None else [])
        tokens.extend(find_prep_objects(verb, verb_preps))
    # "allowed the opposition to hold a rally", "called for the government to release the journalist"
    allowed = find_infinitive_subject(trigger.token) or find_for_to_subject(trigger.token)
    tokens.extend([allowed] if allowed is not None and find_direct_object(trigger.token) is None else [])
    for child in trigger.token.children:  # "attack outposts, killing twelve Afghan soldiers"
        if child.dep_ in {"advcl", "acl"} and child.tag_ == "VBG":
            obj = find_direct_object(child)
            tokens.extend([obj] if obj is not None else [])
    if _is_verbal(trigger, lexicon, codebook):
        owner = find_relative_object_owner(trigger.token)  # "a move which the EU rejects": the mover
        tokens.extend([owner] if owner is not None else [])
        for child in trigger.token.children:
            if child.dep_ == "ccomp":
                subject, _ = find_subject(child)
                tokens.extend([subject] if subject is not None else [])
    return tokens


def _is_verbal(trigger: Trigger, lexicon: Lexicon, codebook: Codebook) -> bool:
    """A verbal event, or a speech verb with no object ("says X must leave Iraq")."""
    if codebook.to_action(trigger.pattern.cameo).quad_class in VERBAL_QUAD_CLASSES:
        return True
    said = str(trigger.token.lemma_).lower() in lexicon.speech_verbs
    return said and find_direct_object(trigger.token) is None
