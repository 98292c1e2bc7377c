"""The possessor in a victims' participle's subject is a victim's kin, not a doer: in "a shooting at the
judge's home leaves her son dead and her husband injured", "her" of "her husband injured" is the judge, whom
the actors stage may take for the source of "injured" (the parser reads the reduced passive as active).

A source lying anywhere in the participle's subject phrase (its subtree, possessor included) is the
victims' own (merge: a harm told again by its victims is folded into the act that caused it).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.model import Event
from dotterel.stages.doc_tables import resolve_trigger_root

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "ccomp", "xcomp", "dative", "attr"})


def is_in_subject_phrase(head: Any, start: int, end: int) -> bool:
    """True when the character span [start, end) overlaps the phrase of a subject of ``head``."""
    for subject in (c for c in head.children if c.dep_ in SUBJECT_DEPS):
        first, last = subject.left_edge, subject.right_edge
        if start < last.idx + len(last.text) and first.idx < end:
            return True
    return False


def is_objectless_past(head: Any) -> bool:
    """True for a coordinated past form with a subject of its own but no object and no auxiliary, which the
    tagger may tag VBD: "leaves her son dead and her husband [injured]" is a reduced passive, a victims'
    participle, for a harm verb is transitive ("injured" with no one injured is no active clause)."""
    if head.tag_ != "VBD" or head.dep_ != "conj":
        return False
    deps = {child.dep_ for child in head.children}
    return "nsubj" in deps and not deps & OBJECT_DEPS and not deps & {"aux", "auxpass"}


def without_subject_source(doc: Any, event: Event, is_participle: Any) -> Event:
    """The event without a source found in the subject phrase of its trigger, a victims' participle (as
    ``is_participle`` tells); any other event unchanged."""
    span = event.evidence.spans.get("source")
    head = resolve_trigger_root(doc, event.trigger)
    if event.source is None or span is None or head is None or not is_participle(head):
        return event
    if not is_in_subject_phrase(head, span.start, span.end):
        return event
    kept = {role: s for role, s in event.evidence.spans.items() if role != "source"}
    return replace(event, source=None, evidence=replace(event.evidence, spans=kept))
