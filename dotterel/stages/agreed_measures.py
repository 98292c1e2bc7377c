"""Sanctions a body agrees on, for :mod:`dotterel.stages.events`.

When the members of a body agree on a sanction ("The European Council agrees on sanctions against Belarus",
"EU foreign ministers agree to impose sanctions on Russian officials"), the agreement is the decision to
impose it: the act is the sanction (CAMEO 16, as "decided to impose sanctions"), not an intent to cooperate
(AGREE 030) with no one. The sanction stays an event of its own with the agreeing side as its source, and
the modality stage reads it as a decision (``decision_verbs``: asserted). A pledge or a vow to sanction
stays a promise ("vowed to impose sanctions": a threat), and so do other agreed acts ("agreed to reopen the
border").
"""

from __future__ import annotations

from dotterel.stages.token_words import lemma_of
from dotterel.stages.triggers import Trigger

__all__ = ["is_agreed_sanction"]

AGREEING_VERBS = frozenset({"agree"})
SANCTION_ROOT = "16"


def is_agreed_sanction(host: Trigger, content: Trigger) -> bool:
    """True when ``host`` is the verb "agree" (AGREE) and ``content``, its content, a sanction (CAMEO 16x)."""
    agreeing = host.pattern.type == "AGREE" and not host.is_nominal and lemma_of(host.token) in AGREEING_VERBS
    return agreeing and content.pattern.cameo.startswith(SANCTION_ROOT)
