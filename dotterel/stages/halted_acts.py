"""Talks halted, not held: "Canada has ceased discussing a trade deal", "walked away from the talks".

A consultation (CONSULT, CAMEO 04x) whose word is the gerund of a halting verb ("ceased discussing", "stopped
negotiating") or the talks a party leaves ("walked away from free-trade talks", "pulled out of the
negotiations") did not take place: the act told is the halt of the talks, SANCTION 164 (halt negotiations),
between the same actors, in the mode of the halting verb's clause. When the verb of leaving is an event of
its own ("pulls out of the summit", verbs.sanction-withdraw-from-talks), the talks make no second event. The
words are ``halting_verbs`` and ``leaving_verbs`` of ``modality.yaml``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.codebook import Codebook
from dotterel.knowledge.modality import ModalityWords
from dotterel.model import Event
from dotterel.stages.token_words import lemma_of

CONSULT_ROOT = "04"
HALT_CAMEO = "164"
HALT_RULE = "modality.halted.v1"
GERUND_DEPS = frozenset({"xcomp", "dobj", "pcomp"})
LEAVING_PREPS = frozenset({"from", "of"})
MAX_CLIMB = 2


def find_leaving_verb(token: Any, words: ModalityWords) -> Any | None:
    """The verb of leaving whose "from"/"of" phrase ``token`` heads ("walked away from talks"), or None."""
    if token.dep_ != "pobj" or token.head.lower_ not in LEAVING_PREPS:
        return None
    node = token.head
    for _ in range(MAX_CLIMB):  # "walked away from", "pulled out of": the prep may hang on the particle
        node = node.head
        if lemma_of(node) in words.leaving_verbs and node.pos_ == "VERB":
            return node
    return None


def is_halted(token: Any, words: ModalityWords) -> bool:
    """True when ``token`` is the gerund of a halting verb or the talks left by a verb of leaving."""
    if token.tag_ == "VBG" and token.dep_ in GERUND_DEPS:
        return lemma_of(token.head) in words.halting_verbs
    return find_leaving_verb(token, words) is not None


def is_consultation(event: Event) -> bool:
    """True for a CONSULT event (CAMEO 04x)."""
    return event.action.cameo.startswith(CONSULT_ROOT)


def to_halt(event: Event, token: Any, words: ModalityWords, codebook: Codebook) -> Event:
    """The halt of the talks (SANCTION 164) when the event is talks halted or left; else the event."""
    if not is_consultation(event) or not is_halted(token, words):
        return event
    return replace(event, action=codebook.to_action(HALT_CAMEO), rule=f"{HALT_RULE}+{event.rule}")
