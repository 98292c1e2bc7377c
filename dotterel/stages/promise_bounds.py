"""Words below a promise, a plan or a vow that are no part of what is promised, for
:func:`dotterel.stages.clause_bounds.to_governing_chain`.

- A participle of saying hung on the promised act tells what its subject says as it acts, now: in "has vowed
  to challenge the results in court, [alleging] widespread electoral fraud", the fraud is alleged, not vowed
  to be alleged (an allegation made: asserted). So with "claiming", "accusing", "saying", "citing".
- An act told as the occasion of the promise, something that has gone on for a measured time ("agrees to
  resign after weeks of [protests]", "following months of [strikes]") or is going on ("amid [protests]"), is a
  fact: the protests took place; no one agrees to protest. An occasion with no measure ("after the vote") may
  be still to come, and is left to the promise.

The verbs of saying are ``speaking_participles`` and the nouns of a measured time ``duration_nouns`` of
``modality.yaml``.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.modality import ModalityWords
from dotterel.stages.token_words import lemma_of

__all__ = ["is_past_occasion", "is_speaking_participle"]

PARTICIPLE_DEPS = frozenset({"advcl", "conj"})
# Prepositions of an occasion that has gone on before the promise: "after weeks of protests".
AFTER_PREPS = frozenset({"after", "following"})
# Prepositions of an occasion going on at the time: "amid protests".
DURING_PREPS = frozenset({"amid", "amidst"})


def is_speaking_participle(verb: Any, words: ModalityWords) -> bool:
    """True for a present participle of saying hung on another verb: "vowed to challenge the results,
    [alleging] fraud"; not "a lawsuit [alleging] fraud" (a noun's) nor "he alleges fraud"."""
    speaking = lemma_of(verb) in words.speaking_participles
    return verb.tag_ == "VBG" and verb.dep_ in PARTICIPLE_DEPS and speaking


def is_past_occasion(token: Any, words: ModalityWords) -> bool:
    """True for an event noun that is the occasion of its clause's act, gone on for a measured time or going
    on: "after weeks of [protests]", "following months of [strikes]", "amid [protests]"; not "after the
    [talks]" nor "ahead of the [summit]"."""
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ in DURING_PREPS:
        return True
    if prep.lower_ != "of" or prep.head.dep_ != "pobj" or lemma_of(prep.head) not in words.duration_nouns:
        return False
    return prep.head.head.lower_ in AFTER_PREPS
