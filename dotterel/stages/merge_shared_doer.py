"""Two harm verbs of one sentence that share one subject tell one incident.

"A suicide bomber kills seven soldiers and wounds three others near Samarra, Iraq", "A gunman kills four
officers and injures two before blowing himself up in Tripoli" and "Militants attack a camp, killing 16 and
wounding six" each tell one attack: the later verb has no subject of its own and takes the earlier verb's
(coordination, a result participle, a gerund after "before"/"after"), so its doer is the same. The actors
stage may still give the later verb a source of its own (the earlier verb's object, "seven soldiers"), and
the place phrase often hangs on the later verb only. Such a pair is one event: the first telling keeps its
fields and takes those it lacks (place, date, counts) from the later one, whose source is not taken (it has
none of its own).

The chain from the later verb to the earlier one goes through ``conj``, ``advcl``, ``xcomp`` and ``pcomp``
(with the preposition it hangs on) links, and through the object of the earlier verb when the parser took a
coordinated verb for a noun ("kills seven soldiers and wounds/NNS three others"). A noun trigger counts by
the verb it is the subject of ("A roadside bomb blast kills 8 … and wounds others"). The chain stops at a
verb with a subject of its own ("…, while soldiers kill three") and at a passive ("before being shot dead by
police": the attacker is the victim there), and an earlier verb told in the passive shares no doer ("A man
is shot dead after ramming his vehicle into a crowd"). The two stay apart when their places or stated days
differ ("kill five in Kano and wound three in Kaduna").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.model import HAPPENED_MODALITIES, Event
from dotterel.stages.doc_tables import resolve_trigger_root
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.merge_anaphora import (
    REGION_KINDS,
    are_compatible,
    are_dated_apart,
    fill_gaps,
    places_disagree,
)

__all__ = ["fold_shared_doers", "shares_doer", "with_narrower_place"]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
CLAUSE_LINKS = frozenset({"conj", "advcl", "xcomp", "pcomp"})
MAX_STEPS = 5


def _has_subject(token: Any) -> bool:
    return any(child.dep_ in SUBJECT_DEPS for child in token.children)


def _is_passive(token: Any) -> bool:
    return any(child.dep_ in PASSIVE_DEPS for child in token.children)


def _has_object_before(verb: Any, token: Any) -> bool:
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i < token.i for c in verb.children)


def _is_verb(token: Any) -> bool:
    """True for a verb, or a word the parser took for a noun that has a subject ("A man stabs/NNS and …")."""
    return token.pos_ == "VERB" or any(child.dep_ == "nsubj" for child in token.children)


def _host(token: Any) -> Any | None:
    """The active verb whose subject is the doer of the harm ``token`` tells: the verb itself, or the verb a
    noun trigger is the subject of ("A roadside bomb blast kills …"); None for a passive."""
    if not _is_verb(token) and token.dep_ == "nsubj" and token.head.pos_ == "VERB":
        token = token.head
    if not _is_verb(token) or _is_passive(token):
        return None
    return token


def _climb(token: Any) -> list[int]:
    """The verbs the clause of ``token`` hangs on without a subject of its own, nearest first."""
    if _has_subject(token) or _is_passive(token):
        return []
    reached: list[int] = []
    node = token
    if node.pos_ == "NOUN" and node.dep_ == "conj" and node.head.dep_ == "dobj":
        return [node.head.head.i]  # "kills seven soldiers and wounds/NNS three others": a verb as a noun
    if node.pos_ == "NOUN" and node.dep_ == "conj" and _has_object_before(node.head, node):
        return [node.head.i]  # "kills four people and wounds/NNS two others"
    if node.pos_ != "VERB":
        return []  # "shelling and Russian air strikes": two doers' acts
    for _ in range(MAX_STEPS):
        if node.dep_ not in CLAUSE_LINKS or node.head.i == node.i:
            break
        node = node.head
        if node.dep_ == "prep" and node.head.i != node.i:
            node = node.head  # "before blowing himself up": the gerund hangs on its preposition
        if _is_verb(node):
            reached.append(node.i)
            if _has_subject(node) or _is_passive(node):
                break
    return reached


def shares_doer(doc: Any, earlier: Event, later: Event, casualty_verbs: frozenset[str]) -> bool:
    """True when ``later``'s trigger, in ``earlier``'s sentence, is a casualty verb (``casualty_verbs``) or a
    gerund with no subject of its own that hangs on the active verb telling ``earlier`` (see the module),
    and nothing the two state sets them apart."""
    if earlier.evidence.start != later.evidence.start or earlier.trigger == later.trigger:
        return False
    if places_disagree(earlier.place, later.place) or are_dated_apart(earlier, later):
        return False
    first, second = resolve_trigger_root(doc, earlier.trigger), resolve_trigger_root(doc, later.trigger)
    if first is None or second is None:
        return False
    host = _host(first)
    if host is None or (second.tag_ != "VBG" and second.lemma_.lower() not in casualty_verbs):
        return False  # "captures a tanker and seizes another": two acts on two objects
    if second.i == host.i:
        return first.i != host.i  # "A roadside bomb blast kills 8": the blast is the killing
    return host.i in _climb(second)


def _is_pair(earlier: Event, later: Event) -> bool:
    """True when two events may be one harm: one type, told as happened, targets that may be one party."""
    if earlier.action.type != later.action.type or earlier.action.type not in HARM_TYPES:
        return False
    if earlier.modality != later.modality or earlier.modality not in HAPPENED_MODALITIES:
        return False
    return are_compatible(earlier.target, later.target)  # the later verb's source is not its own


def with_narrower_place(kept: Event, folded: Event) -> Event:
    """Return ``kept`` with ``folded``'s place when it lies in ``kept``'s region or country ("in Borno State,
    killing six and wounding two in Maiduguri": Maiduguri)."""
    wide, narrow = kept.place, folded.place
    if wide is None or narrow is None or wide.name == narrow.name or wide.kind not in REGION_KINDS:
        return kept
    if narrow.kind in REGION_KINDS or places_disagree(wide, narrow):
        return kept
    spans = dict(kept.evidence.spans)
    if "place" in folded.evidence.spans:
        spans["place"] = folded.evidence.spans["place"]
    return replace(kept, place=narrow, evidence=replace(kept.evidence, spans=spans))


def fold_shared_doers(doc: Any, events: list[Event], casualty_verbs: frozenset[str]) -> list[Event]:
    """Return ``events`` with each harm whose casualty verb or gerund shares the subject of an earlier harm's
    verb (see the module) folded into that harm: it takes the fields it lacks, not the later verb's source."""
    out: list[Event | None] = list(events)
    for index, later in enumerate(events):
        for position in range(index):
            earlier = out[position]
            if earlier is None or not _is_pair(earlier, later):
                continue
            if not shares_doer(doc, earlier, later, casualty_verbs):
                continue
            out[position] = with_narrower_place(fill_gaps(earlier, replace(later, source=None)), later)
            out[index] = None
            break
    return [event for event in out if event is not None]
