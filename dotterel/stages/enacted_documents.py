"""A bill, law or order that its enactor passes acts through that enactor.

"The Senate passed a bill imposing sanctions on Turkey", "The president signed an order to ban the group":
the participle or to-infinitive that tells what the document does ("imposing", "to ban") has the document as
its subject in the parse, but a document does nothing by itself; the one who passes, signs or issues it does.
Only a verb of enacting counts (roles.yaml ``enacting_verbs``): "Democrats blocked a bill imposing sanctions"
or "introduced a bill to impose sanctions" enacts nothing, and the blocker imposes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

ENACTED_OBJECT_DEPS = frozenset({"dobj", "obj"})


def find_enacting_verb(noun: Any, words: Mapping[str, frozenset[str]]) -> Any | None:
    """Return the verb that enacts a document noun ("[passed] a bill", "[signs] an executive order"), or None:
    the noun is one of ``enacted_documents`` and the direct object of one of ``enacting_verbs``."""
    if str(noun.lemma_).lower() not in words["enacted_documents"] or noun.dep_ not in ENACTED_OBJECT_DEPS:
        return None
    verb = noun.head
    if verb.pos_ not in {"VERB", "AUX"} or str(verb.lemma_).lower() not in words["enacting_verbs"]:
        return None
    return verb
