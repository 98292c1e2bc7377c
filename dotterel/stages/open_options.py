"""An option not ruled out is kept open: the negated verb of ruling out tells no refusal.

"Guaidó says he will not rule out seeking the help of the United States military", "the minister does not
exclude new talks": the speaker keeps an act possible; nothing is rejected, and no rejection is negated. The
REJECT event of such a verb, and an act named as its object ("does not exclude further talks"), are coded
hypothetical (an openness, no act done), not negated. A verb of ruling out that is not negated ("rules out
talks") stays a rejection.
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.token_words import lemma_of


def to_verb_phrase(verb: Any) -> str:
    """The verb's lemma with its particle, lower-case: "rule out" for "ruled out"."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([lemma_of(verb), *particles])


def is_option_kept_open(clause: Any, modality: str, ruling_out_verbs: frozenset[str]) -> bool:
    """True when the negated trigger's clause verb is a verb of ruling out (``ruling_out_verbs``): "will not
    rule out", "does not exclude [talks]"."""
    return modality == "negated" and clause.pos_ == "VERB" and to_verb_phrase(clause) in ruling_out_verbs
