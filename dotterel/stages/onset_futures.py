"""An act whose start is in the future is not yet done: "Argentina will start to receive complaints", "the
army will begin to withdraw its troops", "will resume talks" told as "will begin to hold talks"; nor is an
act one works or strives to do: "he is working to restore ties with Israel" (an aim pursued).

Phase verbs (start, begin, resume, continue) pass their auxiliary on to the to-infinitive they govern: the
infinitive's act has the future of "will start", as it has the future of "will" itself. The modality stage
reads it as it reads a future act (a plan, an intention or a threat). The verbs are ``phase_verbs`` and
``effort_verbs`` of ``modality.yaml``.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.modality import ModalityWords

AIM_DEPS = frozenset({"xcomp", "advcl"})  # the parser reads "working to restore" as either


def is_phase_future(clause: Any, words: ModalityWords) -> bool:
    """True when ``clause`` is the to-infinitive of a phase verb (``phase_verbs``) with a future auxiliary
    (``future_aux``): "will start to receive"."""
    if clause.dep_ != "xcomp" or clause.head.i == clause.i:
        return False
    head = clause.head
    if str(head.lemma_).lower() not in words.phase_verbs:
        return False
    return any(child.dep_ == "aux" and child.lower_ in words.future_aux for child in head.children)


def is_worked_for(token: Any, words: ModalityWords) -> bool:
    """True when the act is the to-infinitive (complement or purpose) of a verb of effort (``effort_verbs``),
    or its object ("is working to restore ties", "strives to end the war"): an aim, hypothetical as the
    complement of "try" or "seek" is. Only the infinitive: a clause hung on the effort verb otherwise ("after
    the plot is foiled, police are working to ...") is told as it stands."""
    verb = token.head if token.dep_ in {"dobj", "obj"} else token
    if verb.dep_ not in AIM_DEPS or verb.head.i == verb.i:
        return False
    if str(verb.head.lemma_).lower() not in words.effort_verbs:
        return False
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)  # "worked hard": no
