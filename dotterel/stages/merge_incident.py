"""Mentions of one incident share one toll: which mentions tell the same incident, and the toll they share.

The events stage gives one incident several events (an attack and its split-off "killed", an instrument noun,
a participle of the result), and the casualties stage gives each the counts of its own clause. Three signs
tell that two harm events of an article are one incident, whatever their words:

- they hold the same count statement (one evidence span: "The attackers killed two civilians and injured
  another 80 people using two car bombs": "killed" and "car bombs" both count the two): each takes the kinds
  of count it lacks from the other, and where one of them added to that statement ("Seven militants also
  died in the attack": 11 + 7) both keep the larger figure (:func:`find_same_count_tolls`);
- one is a result participle of the other's clause, however deep ("raid a protest site and try to remove
  protesters, firing tear gas, killing four and wounding dozens more": the raid and the removal take the
  killing's counts; :func:`find_participle_tolls`); a protest-typed mention carrying the participle takes
  them too ("Armed men storm a court, freeing a gang leader and killing four police officers");
- they are copies of one trigger, split by coordinated parties ("Soleimani and Muhandis were killed in an
  attack …. The attack killed at least eight people": a later toll folded into one copy is the other's too;
  :func:`find_copy_tolls`);
- across two sentences (:mod:`dotterel.stages.merge_splitoff`), a definite subject that names the incident's
  doers again ("The attackers", ``incident_doer_nouns`` of ``merge.yaml``, or the first sentence's subject
  noun: "14 rockets strike Kabul … The rockets mostly struck …") is no other party
  (:func:`is_anaphoric_doer`), and a trigger of the same lemma ("its first armed drone strike. On Saturday, a
  Reaper drone strike killed seven") names the same happening (:func:`is_same_trigger_family`); a mention
  with no count of its own takes the incident's only when it has no date of its own and, for the same
  lemma, is a verb ("a week with five massacres" are other ones).

Nothing stated is overwritten but a smaller figure of the very same statement; counts are never added here.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.merge_words import MergeWordsFile
from dotterel.model import COUNT_KINDS, HAPPENED_MODALITIES, TOLL_KINDS, Event
from dotterel.stages.doc_tables import resolve_trigger_root
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.scope import is_verb

__all__ = [
    "find_copy_tolls",
    "find_participle_tolls",
    "find_same_count_tolls",
    "is_anaphoric_doer",
    "is_same_trigger_family",
    "to_agreed_tolls",
    "to_taken_count",
]

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PARTICIPLE_CHAIN = frozenset({"advcl", "conj", "xcomp"})
MAX_CHAIN = 5
RESULT_MODALITIES = HAPPENED_MODALITIES | {"hypothetical"}  # a participle takes an attempt's modality


def _is_harm(event: Event) -> bool:
    return event.action.type in HARM_TYPES and event.modality in HAPPENED_MODALITIES


def _carries_harm(event: Event) -> bool:
    """True for a happened harm, or a protest whose clause carries a harm ("storm a court, killing four")."""
    return _is_harm(event) or (event.action.type == "PROTEST" and event.modality in HAPPENED_MODALITIES)


def _subject(token: Any) -> Any | None:
    return next((c for c in token.children if c.dep_ in SUBJECTS), None)


def is_anaphoric_doer(doc: Any, first: Event, later: Event, words: MergeWordsFile) -> bool:
    """True when ``later``'s active subject names ``first``'s doers again with a definite determiner: a doer
    noun ("The attackers killed two civilians") or the first trigger's own subject ("The rockets struck"), or
    that of a clause it is told with ("… are wounded when mortar shells strike …. The mortars struck")."""
    head, before = resolve_trigger_root(doc, later.trigger), resolve_trigger_root(doc, first.trigger)
    subject = _active_subject(head) if head is not None else None
    if subject is None or subject.pos_ != "NOUN":
        return False  # not "The gunman was later killed by police": the doers as victims of another party
    if not any(c.dep_ == "det" and c.lower_ in words.anaphoric_determiners for c in subject.children):
        return False
    lemma = subject.lemma_.lower()
    if lemma in words.incident_doer_nouns:
        return True
    return before is not None and lemma in _doer_lemmas(before)


def _active_subject(verb: Any) -> Any | None:
    """The active subject of ``verb``, or of the first verb of its coordination when it has none of its own
    ("the attacker entered a shop and stabbed[conj] him": the attacker)."""
    subject = _subject(verb)
    while subject is None and verb.dep_ == "conj" and is_verb(verb) and is_verb(verb.head):
        verb = verb.head
        subject = _subject(verb)
    return subject if subject is not None and subject.dep_ == "nsubj" else None


def _doer_lemmas(root: Any) -> set[str]:
    """The lemmas that name the doers of the harm ``root``: its subject's and those of the clauses it is told
    with ("are wounded when mortar shells strike the base": shell, and mortar of its compound)."""
    clauses = [root, *(c for c in root.children if c.dep_ == "advcl")]
    subjects = [s for s in (_subject(c) for c in clauses) if s is not None]
    return {t.lemma_.lower() for s in subjects for t in (s, *s.children) if t is s or t.dep_ == "compound"}


def is_same_trigger_family(doc: Any, first: Event, later: Event) -> bool:
    """True when both triggers have one head lemma ("drone strike" … "drone strike", "strike" … "struck")."""
    a, b = resolve_trigger_root(doc, first.trigger), resolve_trigger_root(doc, later.trigger)
    return a is not None and b is not None and a.i != b.i and a.lemma_.lower() == b.lemma_.lower()


def _span_of(event: Event, kind: str) -> tuple[int, int] | None:
    span = event.evidence.spans.get(kind)
    return (span.start, span.end) if span is not None and getattr(event, kind) is not None else None


def to_taken_count(event: Event, other: Event, kind: str) -> Event:
    """Return ``event`` with ``other``'s count of ``kind``, its span (and that of a count added to it,
    ``<kind>_added``: a sum keeps the evidence of both statements) and its bound."""
    spans = {key: span for key, span in event.evidence.spans.items() if key != f"{kind}_added"}
    for key in (kind, f"{kind}_added"):
        if key in other.evidence.spans:
            spans[key] = other.evidence.spans[key]
    bounds = {k: b for k, b in event.count_bounds if k != kind}
    bounds |= {k: b for k, b in other.count_bounds if k == kind}
    return replace(
        event,
        evidence=replace(event.evidence, spans=spans),
        count_bounds=tuple((k, bounds[k]) for k in COUNT_KINDS if k in bounds),
        **{kind: getattr(other, kind)},
    )


def to_agreed_tolls(event: Event, other: Event) -> Event:
    """Return ``event`` with the counts it lacks taken from ``other``, and a count of the very same statement
    (one span) raised to ``other``'s larger figure ("11 soldiers were killed … Seven militants also died"),
    unless ``event``'s trigger is that statement's own word: "three police officers are killed" keeps its
    three (and its "three injured") when the attack adds the militants "also killed"."""
    spans = [s for s in (_span_of(event, k) for k in TOLL_KINDS) if s is not None]
    own = any(s[0] <= event.trigger.start < s[1] for s in spans)
    for kind in TOLL_KINDS:
        mine, theirs, span = getattr(event, kind), getattr(other, kind), _span_of(event, kind)
        if theirs is None:
            continue
        same = span is not None and span == _span_of(other, kind)
        if mine is None or (same and theirs > mine and not own) or _is_added_to(event, other, kind):
            event = to_taken_count(event, other, kind)
    return event


def _is_added_to(event: Event, other: Event, kind: str) -> bool:
    """True when ``event``'s count of ``kind`` is a clause joined to it ("… are wounded, and one militant is
    killed": not its trigger's statement) that ``other``'s count has added to its own: the sum is the
    incident's toll, which ``event`` tells too."""
    span, added = event.evidence.spans.get(kind), other.evidence.spans.get(f"{kind}_added")
    if span is None or added is None or getattr(event, kind) is None or getattr(other, kind) is None:
        return False
    own = span.start <= event.trigger.start < span.end
    joined = span == added and not own
    return joined and getattr(other, kind) > getattr(event, kind)


def _shares_statement(a: Event, b: Event) -> bool:
    return any(
        _span_of(a, kind) is not None and _span_of(a, kind) == _span_of(b, kind) for kind in TOLL_KINDS
    )


def find_same_count_tolls(events: list[Event]) -> list[Event]:
    """Return ``events`` where harms holding one count statement share their other counts and agree on it."""
    shared = list(events)
    for i, first in enumerate(events):
        for j in range(i + 1, len(events)):
            if not (_is_harm(first) and _is_harm(events[j]) and _shares_statement(first, events[j])):
                continue
            shared[i] = to_agreed_tolls(shared[i], shared[j])
            shared[j] = to_agreed_tolls(shared[j], shared[i])
    return shared


def _chain_heads(token: Any) -> list[int]:
    """The verbs a result participle hangs on, up to the first with a subject of its own, and the verbs they
    take as complements ("raid … and try to remove …, firing …, killing four": firing, remove, try, raid)."""
    heads: list[int] = []
    node = token
    for _ in range(MAX_CHAIN):
        if node.dep_ not in PARTICIPLE_CHAIN or node.head.i == node.i or node.head.pos_ != "VERB":
            break
        node = node.head
        heads.append(node.i)
        heads += [c.i for c in node.children if c.dep_ == "xcomp"]  # "try to disperse the crowd"
        if _subject(node) is not None:
            break
    return heads


def _is_result_participle(token: Any) -> bool:
    return token.tag_ == "VBG" and token.dep_ in PARTICIPLE_CHAIN and _subject(token) is None


def find_participle_tolls(doc: Any, events: list[Event]) -> list[Event]:
    """Return ``events`` where the harms a result participle hangs on take the kinds of count they lack from
    the participle's event ("…, firing tear gas and live bullets, killing four and wounding dozens more");
    only a harm told as happened takes them, the participle's own modality being that of an attempt it may
    hang on ("attempted to break up a protest, killing 14": the break-up did, and killed)."""
    roots = [resolve_trigger_root(doc, event.trigger) for event in events]
    shared = list(events)
    for index, event in enumerate(events):
        root = roots[index]
        if root is None or event.action.type not in HARM_TYPES or not _is_result_participle(root):
            continue  # "attempted to break up a protest, killing 14": the result of an act that happened
        if event.modality not in RESULT_MODALITIES:
            continue
        if all(getattr(event, kind) is None for kind in TOLL_KINDS):
            continue
        heads = set(_chain_heads(root))
        for other, head in enumerate(roots):
            if head is not None and head.i in heads and _carries_harm(events[other]):
                shared[other] = to_agreed_tolls(shared[other], event)
    return shared


def find_copy_tolls(events: list[Event]) -> list[Event]:
    """Return ``events`` where copies of one trigger (one span, one type: the events stage splits a trigger by
    its coordinated parties) take the kinds of count they lack from each other."""
    shared = list(events)
    for i, first in enumerate(events):
        for j in range(i + 1, len(events)):
            later = events[j]
            if first.trigger != later.trigger or first.action.type != later.action.type:
                continue
            if _is_harm(first) and _is_harm(later):
                shared[i] = to_agreed_tolls(shared[i], shared[j])
                shared[j] = to_agreed_tolls(shared[j], shared[i])
    return shared
