"""A warning about abuses is a charge, no threat: "warned the international community about human rights
violations in the region" (ACCUSE, ``verbs.accuse-warn-about-abuses.v1``).

The lexicon reads "warned about human rights violations" as the charge, but a verb with a direct object of
its own ("warned [the international community] about …") is matched on that object alone, and the generic
threat (``verbs.threaten-generic.v1``) wins. A THREATEN trigger whose verb is one of the charge's verbs and
whose "about" object is one of its abuses (``requires_object``) takes the charge's pattern. A warning "about
the consequences" or "of a crackdown" keeps its threat.
"""

from __future__ import annotations

from dataclasses import replace

from dotterel.knowledge.lexicon import Lexicon
from dotterel.stages.token_words import lemma_of
from dotterel.stages.trigger_candidates import modifier_words
from dotterel.stages.triggers import Trigger

__all__ = ["to_abuse_charge"]

ABUSE_WARNING = "verbs.accuse-warn-about-abuses.v1"


def to_abuse_charge(trigger: Trigger, lexicon: Lexicon) -> Trigger:
    """The trigger with the charge's pattern when it warns someone about abuses (see the module); else the
    trigger as it is."""
    if trigger.pattern.type != "THREATEN" or trigger.token.pos_ != "VERB":
        return trigger
    pattern = lexicon.resolve_pattern(ABUSE_WARNING)
    if pattern is None or lemma_of(trigger.token) not in pattern.verbs:
        return trigger
    verb = trigger.token
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "warned [the community] about …"
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in pattern.requires_prep]
    objects = [g for c in preps for g in c.children if g.dep_ == "pobj"]
    objects += [c for o in list(objects) for c in o.conjuncts]  # "about abuses and [violations]"
    if not any(pattern.object_specificity(lemma_of(o), modifier_words(o)) is not None for o in objects):
        return trigger
    return replace(trigger, pattern=pattern)
