"""A harm told again in a later sentence is the same happening: the gaps of the first telling are filled.

"Syrian shelling kills Turkish soldiers in Idlib. … Erdogan says the Syrian shelling killed five soldiers,
with nine others injured." -> "the Syrian shelling" is a definite mention of a harm of the same PLOVER type
told in an earlier sentence, with actors that do not disagree, no date and no place of its own that
disagree: it is folded into the nearest such earlier event, whatever the words of the first telling (a verb
"kills", an event noun "an ambush", the same noun), and whatever the later mention's own modality ("The group
has not commented on the attack": the first event's modality stays). What the later mention adds (a toll, a
place, a missing actor or date) fills the gaps of the first; nothing the first states is overwritten, except
a killed or injured count that the later mention gives as a running toll ("the death toll from the attack
rises to 89", "bringing the toll to 30"): that is the newer figure and wins.

Not merged: an indefinite mention ("a bomb", "a separate attack"), a mention said to be another occasion
("the previous attack", "another attack", "last month's bombing": ``other_occasion_words`` in
``merge.yaml``), an earlier event that is only threatened, hoped or denied, and two events whose own dates
or places disagree (a bomb in Kabul, the attack in Kandahar).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.merge_words import MergeWordsFile
from dotterel.model import COUNT_KINDS, HAPPENED_MODALITIES, TOLL_KINDS, Actor, Event, Place
from dotterel.stages.doc_tables import resolve_trigger_root
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.nesting import code_specificity
from dotterel.stages.triggers import NOUN_POS

__all__ = [
    "FILLABLE",
    "are_compatible",
    "are_dated_apart",
    "fill_gaps",
    "fold_mention",
    "is_anaphoric_mention",
    "places_disagree",
    "resolve_antecedent",
    "to_own_actors",
]

FILLABLE = ("source", "target", "place", "killed", "injured", "arrested", "abducted")
MAX_TOLL_STEPS = 3
REGION_KINDS = frozenset({"country", "admin1", "region"})


def are_compatible(a: Actor | None, b: Actor | None) -> bool:
    """True when two actors may be the same party: one is missing, their ids agree, or their countries do."""
    if a is None or b is None:
        return True
    if a.actor_id and b.actor_id:
        return a.actor_id == b.actor_id
    return a.country is None or b.country is None or a.country == b.country


def are_dated_apart(a: Event, b: Event) -> bool:
    """True when both events have dates of their own from the text and the dates differ."""
    stated = a.date_precision != "unknown" and b.date_precision != "unknown"
    return stated and a.date is not None and b.date is not None and a.date != b.date


def places_disagree(a: Place | None, b: Place | None) -> bool:
    """True when two named places cannot be one happening's: other names, unless one is a country or a
    region holding the other ("Idlib Governorate" and "Saraqib", "Afghanistan" and "Kabul"); two towns of
    one province disagree ("Kaduna" and "Zaria")."""
    if a is None or b is None or a.name == b.name:
        return False
    return not (_holds(a, b) or _holds(b, a))


def _holds(wide: Place, narrow: Place) -> bool:
    if wide.kind not in REGION_KINDS or (wide.country and narrow.country and wide.country != narrow.country):
        return False
    return wide.kind == "country" or wide.admin1 is None or wide.admin1 == narrow.admin1


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


def is_anaphoric_mention(head: Any, words: MergeWordsFile) -> bool:
    """True for a definite harm noun that points back ("the shelling", "this attack", "the attacks"), not
    one said to be another occasion ("the previous attack", "last month's bombing", "the second blast")."""
    if head.pos_ not in NOUN_POS:
        return False
    if not any(
        child.dep_ == "det" and child.lower_ in words.anaphoric_determiners for child in head.children
    ):
        return False
    for left in head.lefts:
        for token in left.subtree:
            if token.lower_ in words.other_occasion_words or token.ent_type_ == "DATE":
                return False
    return True


def _is_candidate(earlier: Event, event: Event) -> bool:
    if earlier.evidence.start >= event.evidence.start or earlier.action.type != event.action.type:
        return False
    if earlier.modality not in HAPPENED_MODALITIES:
        return False
    if not (are_compatible(earlier.source, event.source) and are_compatible(earlier.target, event.target)):
        return False
    return not (are_dated_apart(earlier, event) or places_disagree(earlier.place, event.place))


def to_own_actors(doc: Any, event: Event) -> Event:
    """Return ``event`` without the source or target found outside its trigger's noun phrase: the actors of
    a told-again harm noun are its own words ("the Syrian shelling"), not the subject of the verb it hangs
    on ("The Taliban has not commented on the bombing")."""
    head = resolve_trigger_root(doc, event.trigger)
    if head is None:
        return event
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
    changes: dict[str, Any] = {}
    spans = dict(event.evidence.spans)
    for role in ("source", "target"):
        span = spans.get(role)
        if getattr(event, role) is not None and (span is None or not start <= span.start < end):
            changes[role] = None
            spans.pop(role, None)
    if not changes:
        return event
    return replace(event, evidence=replace(event.evidence, spans=spans), **changes)


def _span_nouns(doc: Any, event: Event, roles: tuple[str, ...]) -> list[Any]:
    nouns: list[Any] = []
    for role in roles:
        span = event.evidence.spans.get(role)
        tokens = None if span is None else doc.char_span(span.start, span.end, alignment_mode="expand")
        nouns.extend(token for token in tokens or () if token.pos_ == "NOUN")
    return nouns


def _find_retold_victims(doc: Any, event: Event, words: MergeWordsFile) -> set[str]:
    """Return the lemmas of the definite victims of the event's toll ("the soldier died when …")."""
    return {
        noun.lemma_.lower()
        for noun in _span_nouns(doc, event, TOLL_KINDS)
        if any(child.dep_ == "det" and child.lower_ in words.anaphoric_determiners for child in noun.children)
        and not any(token.lower_ in words.other_occasion_words for token in noun.subtree)
    }


def resolve_antecedent(doc: Any, kept: list[Event], event: Event, words: MergeWordsFile) -> int | None:
    """Return the index in ``kept`` of the earlier event that ``event`` tells again in a later sentence: by a
    definite harm noun, the nearest one before it of the same type that it does not contradict (by its own
    actors, :func:`to_own_actors`); by the definite victims of its toll ("the soldier died when his vehicle
    was hit by an IED"), the nearest such one whose target or toll names the same victims; or None."""
    if event.action.type not in HARM_TYPES:
        return None
    head = resolve_trigger_root(doc, event.trigger)
    if head is None:
        return None
    victims: set[str] = set()
    if not is_anaphoric_mention(head, words):
        victims = _find_retold_victims(doc, event, words)
        if not victims:
            return None
    own = to_own_actors(doc, event)
    for position in range(len(kept) - 1, -1, -1):
        earlier = kept[position]
        if not _is_candidate(earlier, own):
            continue
        if not victims or victims & {
            n.lemma_.lower() for n in _span_nouns(doc, earlier, ("target", *TOLL_KINDS))
        }:
            return position
    return None


def _states_toll_update(doc: Any, span: Any, words: MergeWordsFile) -> bool:
    """True when the count at ``span`` is a running toll told rising ("the death toll … rises to 89")."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return False
    node = tokens.root
    for _ in range(MAX_TOLL_STEPS + 1):
        for token in (node, *node.children):
            if (
                token.lemma_.lower() in words.toll_nouns
                and token.head.lemma_.lower() in words.toll_update_verbs
            ):
                return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _states_extra_victims(doc: Any, span: Any, additive: frozenset[str]) -> bool:
    """True when the verb over the count at ``span`` says its victims are more ("80 militants also died")."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return False
    node = tokens.root
    for _ in range(MAX_TOLL_STEPS + 1):
        if node.pos_ in {"VERB", "AUX"}:
            return any(c.dep_ == "advmod" and c.lower_ in additive for c in node.children)
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _to_count_bounds(first: Event, later: Event, kind: str, added: bool) -> dict[str, str]:
    """The bounds after ``later``'s count of ``kind`` replaces (or, ``added``, adds to) the first's."""
    bounds = dict(first.count_bounds)
    later_bound = dict(later.count_bounds).get(kind)
    if not added:
        bounds.pop(kind, None)
    if later_bound is not None:
        bounds[kind] = later_bound if not added or bounds.get(kind) in {None, later_bound} else "about"
    return bounds


def fold_mention(
    doc: Any, first: Event, later: Event, words: MergeWordsFile, additive: frozenset[str]
) -> Event:
    """Return ``first`` with its gaps filled from ``later``, its told-again mention, and ``later``'s action
    when its code is more specific; a killed or injured count that ``later`` gives as a rising toll replaces
    the first's (the newer figure, with its bound), one it gives as more victims ("also died") is added to
    it, and a place inside the first's replaces it."""
    later = to_own_actors(doc, later)
    merged = fill_gaps(first, later)
    if code_specificity(later.action.cameo) > code_specificity(first.action.cameo):
        merged = replace(merged, action=later.action, rule=later.rule)  # "killed" 190, "the bombing" 183
    spans = dict(merged.evidence.spans)
    changes: dict[str, Any] = {}
    if merged.place and later.place and merged.place != later.place and _holds(merged.place, later.place):
        changes["place"] = later.place  # "in Afghanistan" … "the attack in Kunduz": the narrower place
        if "place" in later.evidence.spans:
            spans["place"] = later.evidence.spans["place"]
    for kind in TOLL_KINDS:
        count, span = getattr(later, kind), later.evidence.spans.get(kind)
        if count is None or span is None or count == getattr(merged, kind):
            continue
        before = getattr(merged, kind)
        added = before is not None and _states_extra_victims(doc, span, additive)
        if added or _states_toll_update(doc, span, words):
            changes[kind] = before + count if added else count
            spans[kind] = spans.get(kind, span) if added else span
            if added:  # both statements are the evidence of a sum, as in merge_victims
                spans.setdefault(f"{kind}_added", span)
            bounds = _to_count_bounds(replace(merged, **changes), later, kind, added)
            merged = replace(merged, count_bounds=tuple(bounds.items()))
    if not changes:
        return merged
    bounds = dict(merged.count_bounds)
    changes["count_bounds"] = tuple((kind, bounds[kind]) for kind in COUNT_KINDS if kind in bounds)
    return replace(merged, evidence=replace(merged.evidence, spans=spans), **changes)
