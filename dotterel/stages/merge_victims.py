"""More victims of one incident told in its split-off mention: their count is added to the incident's toll.

A next sentence that tells one incident again (:func:`~dotterel.stages.merge_splitoff.find_shared_tolls`)
may count other victims than the first telling: "Four soldiers were killed in an attack on their base.
Twenty militants were also killed in the attack." (24 dead), "Gunmen kill eight and injure 15 in an attack
on a market. All three attackers were later killed." (11 dead), "The Taliban ambush a patrol, killing three
soldiers. Five Taliban fighters are killed in the clash." (8 dead). The attackers' own dead are part of the
incident's toll, as are the victims a mention adds with "also" or "too". The first telling's count of that
kind gets the mention's count added; the mention keeps its own count (the attackers' deaths told apart).

A mention's count is more victims when it is its trigger's own statement and:

- its victims are the incident's doers: a doer noun as the passive's subject ("Fifteen assailants are
  killed") or named again ("killing all three gunmen": ``incident_doer_nouns`` with
  ``anaphoric_determiners`` or ``whole_group_determiners`` of ``merge.yaml``)
  or the party the first telling names as doer ("The Taliban ambush …": "Taliban fighters"), and the
  mention's own doers are not that party ("they killed 21 gunmen" are other victims) — added whatever the
  first telling's word, since the casualties stage never adds these;
- or its casualty word has an additive adverb ("also", "too": ``additive_adverbs`` of ``casualties.yaml``)
  and names the incident again with a definite noun ("were also killed in the attack"), and the first
  telling is a passive casualty word ("Four soldiers were killed"); the casualties stage adds such counts
  to the other events it reads them for (an attack noun, an active "kill"), never twice. "Two more
  civilians are also killed" may be another incident of a war: not added.

The doers are also the first telling's subject noun named again as a passive's subject ("Militants kill
five police …. Three paramilitaries are wounded, and one militant is killed"). A split-off mention whose
count of a kind is another clause's, joined to it ("are wounded, and one militant is killed": the wounding
holds the killed count of the militant's death), adds it when that clause's victims are the doers; the
mention then tells the incident's sum (:func:`~dotterel.stages.merge_incident.to_agreed_tolls`).

A death with "also" of the doers ("Four militants also died" after "Militants attack a checkpoint. Seven
police officers are killed") is added to a passive casualty word's count whatever it names
(:func:`~dotterel.stages.merge_doers.is_also_doers`): the casualties stage adds none to a casualty word's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, get_args

from dotterel.knowledge.merge_words import MergeWordsFile
from dotterel.model import COUNT_KINDS, TOLL_KINDS, Actor, Event
from dotterel.stages.casualty_additions import has_additive_adverb, to_joint_bound
from dotterel.stages.casualty_words import Bound
from dotterel.stages.doc_tables import resolve_trigger_root
from dotterel.stages.merge_doers import is_also_doers, is_passive_trigger

__all__ = ["is_doers_toll", "is_one_resolved_party", "to_added_victims"]

VICTIM_DEPS = frozenset({"nsubjpass", "dobj"})
DETERMINER_DEPS = frozenset({"det", "predet"})


def _victim(token: Any) -> Any | None:
    """The victims' noun of a casualty word: its passive subject or its object ("kill three attackers"); the
    group of a part ("Three of the five gunmen are killed": the gunmen, with the part's dependency)."""
    victim = next((c for c in token.children if c.dep_ in VICTIM_DEPS), None)
    if victim is None or not (victim.like_num or victim.pos_ in ("NUM", "PRON", "DET")):
        return victim
    group = [g for c in victim.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return next((g for g in group if g.dep_ == "pobj"), victim)


def is_one_resolved_party(a: Actor | None, b: Actor | None) -> bool:
    """True when two resolved actors are one party ("The Taliban" … "27 Taliban fighters"); unresolved words
    ("gunmen", "police") never are."""
    if a is None or b is None or not (a.actor_id or a.name):
        return False
    return (a.actor_id, a.name) == (b.actor_id, b.name)


def _is_first_subject(doc: Any, first: Event, victim: Any) -> bool:
    """True when ``victim`` is the noun of ``first``'s active subject named again ("Militants kill five
    police … one militant is killed": the doers' own dead), not a pronoun."""
    head = resolve_trigger_root(doc, first.trigger)
    subjects = [c for c in head.children if c.dep_ == "nsubj"] if head is not None else []
    lemma = victim.lemma_.lower()
    return victim.pos_ in ("NOUN", "PROPN") and any(s.lemma_.lower() == lemma for s in subjects)


def is_doers_toll(doc: Any, first: Event, later: Event, words: MergeWordsFile) -> bool:
    """True when ``later``'s victims are ``first``'s doers: a doer noun ("All three attackers were later
    killed") or the party ``first`` names as its source ("Five Taliban fighters are killed")."""
    head = resolve_trigger_root(doc, later.trigger)
    victim = _victim(head) if head is not None else None
    if victim is None or is_one_resolved_party(first.source, later.source):
        return False  # "they killed 21 gunmen": the doers' act, not their dead
    determiners = words.anaphoric_determiners | words.whole_group_determiners
    if victim.dep_ == "nsubjpass" and _is_first_subject(doc, first, victim):  # "one militant is killed"
        return True
    if victim.lemma_.lower() in words.incident_doer_nouns:  # "Fifteen assailants are killed"
        named = any(c.dep_ in DETERMINER_DEPS and c.lower_ in determiners for c in victim.children)
        part = victim.head.lower_ == "of" and victim.head.head.dep_ == "nsubjpass"  # "Three of the gunmen"
        return named or victim.dep_ == "nsubjpass" or part
    return is_one_resolved_party(first.source, later.target)


def _names_incident_again(token: Any, words: MergeWordsFile) -> bool:
    """True when the casualty word ``token`` names its incident with a definite noun ("were also killed in
    the attack", "during the clashes"): not "Two more civilians are also killed", maybe another one."""
    objects = [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(
        any(c.dep_ == "det" and c.lower_ in words.anaphoric_determiners for c in g.children) for g in objects
    )


def _own_count(event: Event, kind: str) -> bool:
    """True when ``event``'s count of ``kind`` is its trigger's own statement ("Twenty militants were also
    killed"), not one taken from another clause."""
    span = event.evidence.spans.get(kind)
    if getattr(event, kind) is None or span is None:
        return False
    return span.start <= event.trigger.start < span.end


def _is_joined_doers(doc: Any, first: Event, later: Event, kind: str, words: MergeWordsFile) -> bool:
    """True when ``later``'s count of ``kind`` is another clause's, joined to it, whose passive subject is
    ``first``'s doers ("Three … are wounded, and one militant is killed" after "Militants kill five police":
    the wounding's killed count is the militants' own dead, more victims of the incident)."""
    span = later.evidence.spans.get(kind)
    if getattr(later, kind) is None or span is None or _own_count(later, kind):
        return False
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    victim = _victim(tokens.root) if tokens is not None else None
    if victim is None or victim.dep_ != "nsubjpass":
        return False
    return victim.lemma_.lower() in words.incident_doer_nouns or _is_first_subject(doc, first, victim)


def _added_kinds(
    doc: Any, first: Event, later: Event, words: MergeWordsFile, adverbs: frozenset[str]
) -> list[str]:
    """The kinds of count ``later`` tells more victims of: its own counts, where ``first`` has one."""
    head = resolve_trigger_root(doc, later.trigger)
    if head is None:
        return []
    kinds = [k for k in TOLL_KINDS if getattr(first, k) is not None and _own_count(later, k)]
    joined = [
        k
        for k in TOLL_KINDS
        if getattr(first, k) is not None and _is_joined_doers(doc, first, later, k, words)
    ]
    doers = [  # "Four militants also died": the doers' dead, which the casualties stage adds nowhere
        k
        for k in TOLL_KINDS
        if getattr(first, k) is not None and is_also_doers(doc, first, later, k, words, adverbs)
    ]
    if has_additive_adverb(head, adverbs):  # "were also killed": the casualties stage adds these elsewhere
        if not (is_passive_trigger(doc, first) and _names_incident_again(head, words)):
            return doers
        return list(dict.fromkeys([k for k in kinds if _own_count(first, k)] + joined + doers))
    return list(dict.fromkeys((kinds if is_doers_toll(doc, first, later, words) else []) + joined + doers))


def _bound(value: str | None) -> Bound | None:
    return next((b for b in get_args(Bound) if b == value), None)


def _to_sum(event: Event, kind: str, more: Event) -> Event:
    """``event`` with ``more``'s count of ``kind`` added; the added statement's span is kept beside the first
    one's as ``<kind>_added`` (the evidence of "kill eight … All three attackers were later killed": both)."""
    bounds = dict(event.count_bounds)
    joint = to_joint_bound(_bound(bounds.get(kind)), _bound(dict(more.count_bounds).get(kind)))
    bounds = {k: b for k, b in bounds.items() if k != kind} | ({kind: joint} if joint is not None else {})
    spans = dict(event.evidence.spans)
    added = more.evidence.spans.get(kind)
    if added is not None:
        spans.setdefault(f"{kind}_added", added)
    return replace(
        event,
        count_bounds=tuple((k, bounds[k]) for k in COUNT_KINDS if k in bounds),
        evidence=replace(event.evidence, spans=spans),
        **{kind: getattr(event, kind) + getattr(more, kind)},
    )


def to_added_victims(
    doc: Any,
    first: Event,
    mentions: list[Event],
    words: MergeWordsFile,
    adverbs: frozenset[str],
) -> Event:
    """Return ``first`` with the counts of ``mentions`` (one incident's split-off mentions in the next
    sentence) that tell more victims added to its own count of their kind, each statement once."""
    added: set[tuple[str, int, int]] = set()
    out = first
    for later in mentions:
        for kind in _added_kinds(doc, first, later, words, adverbs):
            span = later.evidence.spans[kind]
            if (kind, span.start, span.end) not in added and getattr(later, kind) > 0:
                added.add((kind, span.start, span.end))
                out = _to_sum(out, kind, later)
    return out
