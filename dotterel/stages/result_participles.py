"""Acts a result participle tells as what an attempt or a plan brought about: "crowds attempt to storm the
parliament, leading to a night of fighting", "the government plans to raise fuel prices, sparking protests".

The participle ("leading to", "resulting in", "sparking", "prompting", "triggering") tells a consequence that
has come about, of the attempt or the plan as told: the act in it is not part of what was tried or planned,
so a plan head above it ("attempt", "plan", "seek") does not make it hypothetical. Its own modal or negation
still counts, and a participle of a verb not listed ("plotted to blow up the plane, killing all aboard") is
read as before. The verbs are ``result_participles`` of ``modality.yaml``.
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.token_words import lemma_of

__all__ = ["is_result_participle"]

PARTICIPLE_TAG = "VBG"
ADVERBIAL_DEPS = frozenset({"advcl", "xcomp", "conj"})


def is_result_participle(clause: Any, result_verbs: frozenset[str]) -> bool:
    """True when ``clause`` is a bare present participle of a verb of result hung on another verb or on the
    noun-tagged "attempt" ("…, leading to fighting"), not a to-infinitive nor a clause with a subject."""
    if clause.tag_ != PARTICIPLE_TAG or clause.dep_ not in ADVERBIAL_DEPS or clause.head.i == clause.i:
        return False
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "mark"} for c in clause.children):
        return False
    return lemma_of(clause) in result_verbs
