"""Merge stage: one happening told twice in one article becomes one event.

- In one sentence, two triggers of the same type with the same source and compatible targets ("intervene
  and deal a blow to …") are one event; so are coordinated sources that resolve alike ("workers and their
  union demanded …": one LAB party).
- In one sentence, a harm told by its victims with no agent ("five people were killed when gunmen attacked a
  market", "gunmen attacked a market, and five people were killed") is the harm its agent did: one event,
  with the more specific CAMEO code of the two.
- A later definite mention of an earlier nominal event ("US air raids on Sunday …" … "the air raids,
  which killed 25 people") is the same event: what the later mention adds (casualties, place, a missing
  actor or date) fills the gaps of the first; nothing the first states is overwritten.
Merging across articles is the store's job, not this stage's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from dotterel.knowledge.wordlists import load_role_words
from dotterel.model import COUNT_KINDS, Actor, Article, Event
from dotterel.stages.doc_tables import resolve_trigger_root
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.nesting import code_specificity

FILLABLE = ("source", "target", "place", "killed", "injured", "arrested", "abducted")
PASSIVE_DEPS = frozenset({"nsubjpass", "auxpass"})
LINK_DEPS = frozenset({"advcl", "conj", "nsubj", "nsubjpass"})  # "when gunmen attacked", "and … were killed"
MAX_LINK_STEPS = 2


def _compatible(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return True
    if a.actor_id and b.actor_id:
        return a.actor_id == b.actor_id
    return a.country is None or b.country is None or a.country == b.country


def _same_party(a: Actor | None, b: Actor | None) -> bool:
    """True when two actors resolve alike, whatever their words ("workers and their union": one LAB party)."""
    if a is None or b is None:
        return a is b
    return (a.actor_id, a.name, a.country, a.sector) == (b.actor_id, b.name, b.country, b.sector)


def _dated_apart(a: Event, b: Event) -> bool:
    """True when both events have dates of their own from the text and the dates differ."""
    stated = a.date_precision != "unknown" and b.date_precision != "unknown"
    return stated and a.date is not None and b.date is not None and a.date != b.date


def _head(doc: Any, event: Event) -> Any | None:
    return resolve_trigger_root(doc, event.trigger)


def _is_anaphoric(token: Any, determiners: frozenset[str]) -> bool:
    if any(child.dep_ in {"det", "poss"} and child.lower_ in determiners for child in token.children):
        return True
    return any(child.dep_ == "relcl" for child in token.children) and token.dep_ == "nsubj"


def fill_gaps(first: Event, later: Event) -> Event:
    """Return ``first`` with the fields it lacks taken from ``later`` (with their evidence spans)."""
    changes: dict[str, Any] = {}
    spans = dict(first.evidence.spans)
    for name in FILLABLE:
        if getattr(first, name) is None and getattr(later, name) is not None:
            changes[name] = getattr(later, name)
            if name in later.evidence.spans:
                spans[name] = later.evidence.spans[name]
    bounds = dict(later.count_bounds)
    taken = {name: bounds[name] for name in changes if name in bounds}  # a count keeps its bound
    if taken:
        merged = dict(first.count_bounds) | taken
        changes["count_bounds"] = tuple((kind, merged[kind]) for kind in COUNT_KINDS if kind in merged)
    if first.date_precision == "unknown" and later.date_precision != "unknown":
        changes.update(date=later.date, date_precision=later.date_precision)
        if "date" in later.evidence.spans:
            spans["date"] = later.evidence.spans["date"]
    if not changes:
        return first
    return replace(first, evidence=replace(first.evidence, spans=spans), **changes)


def _is_agentless_harm(doc: Any, event: Event) -> bool:
    """True for a harm told by its victims, with no agent: "five people were killed", "were wounded"."""
    head = _head(doc, event)
    if event.source is not None or head is None or head.pos_ != "VERB":
        return False
    deps = {child.dep_ for child in head.children}
    return bool(deps & PASSIVE_DEPS) and "agent" not in deps


def _is_linked(doc: Any, a: Event, b: Event) -> bool:
    """True when one trigger hangs on the other's clause by a when-clause or coordination ("were killed when
    gunmen attacked", "attacked a market, and five were killed", "killed since an assault began")."""
    first, second = _head(doc, a), _head(doc, b)
    if first is None or second is None:
        return False
    for low, high in ((first, second), (second, first)):
        node = low
        for _ in range(MAX_LINK_STEPS):
            if node.dep_ not in LINK_DEPS or node.head.i == node.i:
                break
            node = node.head
            if node.i == high.i:
                return True
    return False


def _is_told_twice(doc: Any, a: Event, b: Event) -> bool:
    """True when two harms of one sentence are one happening: one told by its victims, one by its agent."""
    if a.evidence.start != b.evidence.start or a.action.type not in HARM_TYPES:
        return False
    if a.place is not None and b.place is not None and a.place.name != b.place.name:
        return False  # "five were killed in Idlib, while rebels shelled Aleppo"
    one_sided = (_is_agentless_harm(doc, a) and b.source is not None) or (
        _is_agentless_harm(doc, b) and a.source is not None
    )
    return one_sided and _is_linked(doc, a, b)


def merge_retold(first: Event, later: Event) -> Event:
    """Return ``first`` with its gaps filled from ``later``, and ``later``'s action when its code is more
    specific ("killed" 190 and "bombed" 183: 183)."""
    merged = fill_gaps(first, later)
    if code_specificity(later.action.cameo) > code_specificity(first.action.cameo):
        merged = replace(merged, action=later.action, rule=later.rule)
    return merged


class MergeStage:
    """Fold repeated mentions of one happening into one event; assigns ``events``."""

    name = "merge"
    requires: tuple[str, ...] = ("doc", "events")
    assigns: tuple[str, ...] = ("events",)

    def __init__(self, role_words: Mapping[str, frozenset[str]] | None = None) -> None:
        words = role_words if role_words is not None else load_role_words()
        self.determiners = words["anaphoric_determiners"]

    def __call__(self, article: Article) -> Article:
        """Merge the article's events in text order."""
        kept: list[Event] = []
        for event in article.events:
            index = self._find_same(article.doc, kept, event)
            if index is None:
                kept.append(event)
            elif _is_told_twice(article.doc, kept[index], event):
                kept[index] = merge_retold(kept[index], event)
            else:
                kept[index] = fill_gaps(kept[index], event)
        article.events = kept
        return article

    def _find_same(self, doc: Any, kept: list[Event], event: Event) -> int | None:
        head = _head(doc, event)
        for position, earlier in enumerate(kept):
            if earlier.action.type != event.action.type or earlier.modality != event.modality:
                continue
            if not (_compatible(earlier.source, event.source) and _compatible(earlier.target, event.target)):
                continue
            if _dated_apart(earlier, event):
                continue  # "that bomb" of last month is not today's bomb
            same_sentence = earlier.evidence.start == event.evidence.start
            same_source = _same_party(earlier.source, event.source)
            if same_sentence and (same_source or _is_told_twice(doc, earlier, event)):
                return position
            earlier_head = _head(doc, earlier)
            if head is None or earlier_head is None or earlier_head.pos_ not in {"NOUN", "PROPN"}:
                continue
            if head.lemma_.lower() == earlier_head.lemma_.lower() and _is_anaphoric(head, self.determiners):
                return position
        return None
