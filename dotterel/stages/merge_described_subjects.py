"""Two acts of one sentence, one of them a participle describing the other's subject, are two acts.

"Brenton Tarrant, accused of killing 51 people …, is also charged with committing terrorist acts": the
participle "accused" on the subject tells what the man already stands accused of, the clause's verb the day's
charge. Told with no source, the two would pass for one act told twice (:mod:`dotterel.stages.merge`) and
the charge would be lost. Only for legal acts of different CAMEO codes: "X, convicted of murder, is
sentenced to life" (116 twice) stays one sentencing. So is a later legal act told with "also" on its verb
("two priests are sentenced …; a gardener also receives an 18-year sentence"): another act of its kind, not
the first retold.
"""

from __future__ import annotations

from typing import Any

from dotterel.model import Event
from dotterel.stages.doc_tables import resolve_trigger_root

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
LEGAL_TYPE = "ACCUSE"


def is_subject_description(doc: Any, a: Event, b: Event) -> bool:
    """True when one event's trigger is a past participle on the subject of the other's verb ("X, [accused]
    of killing …, is also [charged] with …") and the two are legal acts (ACCUSE) of different CAMEO codes. Not
    harms: a victims' participle the parser hangs on the attack's subject ("14 others injured after a bomber
    blew himself up") retells the attack."""
    if a.action.cameo == b.action.cameo or LEGAL_TYPE not in {a.action.type, b.action.type}:
        return False
    first, second = resolve_trigger_root(doc, a.trigger), resolve_trigger_root(doc, b.trigger)
    if first is None or second is None:
        return False
    return _describes_subject(first, second) or _describes_subject(second, first)


def _describes_subject(participle: Any, verb: Any) -> bool:
    """True when ``participle`` is a past participle hanging on the subject of ``verb``."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    noun = participle.head
    return noun.dep_ in SUBJECT_DEPS and noun.head.i == verb.i


def is_also_told(doc: Any, earlier: Event, later: Event, additive: frozenset[str]) -> bool:
    """True when the later of two legal acts (ACCUSE) of one sentence is told by another word with an additive
    adverb on its own verb ("two priests are sentenced …; a gardener [also] receives an 18-year sentence"):
    another act of its kind on someone else, not the first told twice. Only legal acts: a measure or a
    meeting told with "also" may be the first one's setting or its coordinated parties."""
    if later.action.type != LEGAL_TYPE or earlier.trigger == later.trigger:
        return False
    root = resolve_trigger_root(doc, later.trigger)
    if root is None or root.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in additive for c in root.children)
