"""A public happening named as the occasion of an alleged deed is no part of the allegation.

"Hunter has been charged for firing an AK-47 at a police station during protests sparked by the killing of
George Floyd", "a man suspected of looting shops amid the riots": the charge or the suspicion is about the
deed (the firing, the looting), which is told as alleged (hypothetical); the protests it happened during are
the setting, told as a fact. A public act (``public_act_types``: protests, riots) that is the object of an
occasion preposition of the alleged clause ("during", "amid") keeps its asserted mode. Another crime named as
the occasion ("charged with killing a man during a robbery") is part of what is alleged and stays so.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.modality import ModalityWords
from dotterel.model import Event
from dotterel.stages.claimed_contents import is_told_content

OCCASION_PREPS = frozenset({"during", "amid", "amidst"})


def is_occasion_object(token: Any) -> bool:
    """True for the object of an occasion preposition: "during [protests]", "amid [riots]"."""
    return token.dep_ == "pobj" and token.head.lower_ in OCCASION_PREPS


def is_setting_of_alleged_deed(token: Any, clause: Any, event: Event, words: ModalityWords) -> bool:
    """True when the event, a public act (``public_act_types``), is the occasion of an alleged deed."""
    if event.action.type.lower() not in words.public_act_types or token.i == clause.i:
        return False
    return is_occasion_object(token) and is_told_content(token, clause, words)
