"""A definite noun of a later sentence that names an act told before is that act again, not a new one.

"Palau asks the United States to build bases on its territory. President Remengesau made the request in a
letter" and "Pope Francis visits Thailand. A Thai bishop says the pope's visit is important" tell one
request and one visit: "the request", "the pope's visit" point back to the act already output. The merge
stage folds a definite harm noun into its antecedent of the same lemma (:mod:`~dotterel.stages.
merge_anaphora`); an act of another type told first by a verb ("asks", "visits") and then by a definite noun
slips through, and the one act is counted twice.

Here a later event whose trigger is a bare noun (no phrase of its own after it: "the release of detainees"
tells an act anew) with a definite determiner (``anaphoric_determiners`` of ``merge.yaml``) or a possessor
naming its source ("the pope's visit") is folded into the nearest earlier event of an earlier sentence with
the same type and CAMEO code (or the same lexicon pattern, whatever the modes: "plans to ban Chinese apps
... this ban" retells the plan, and takes its mode), when its source and target may be that event's (a
possessor's source must be the same resolved party), and nothing tells a new act: no word of another
occasion before the noun ("another visit", "a second request", "the previous visit":
``other_occasion_words``), no "also" or "again" on its verb, no day of its own that differs, no place that
disagrees. Harms are left to the anaphora rules.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.merge_words import MergeWordsFile
from dotterel.model import Actor, Event
from dotterel.stages.doc_tables import resolve_trigger_root
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.merge_anaphora import are_compatible, are_dated_apart, fill_gaps, places_disagree

__all__ = ["fold_definite_acts"]

NEW_ACT_ADVERBS = frozenset({"also", "again", "too"})


def _is_one_party(a: Actor | None, b: Actor | None) -> bool:
    """True when two actors are the same resolved party (an id, else a name)."""
    if a is None or b is None:
        return False
    if a.actor_id and b.actor_id:
        return a.actor_id == b.actor_id
    return a.name is not None and a.name == b.name


def _may_be_one_party(a: Actor | None, b: Actor | None) -> bool:
    """True when two actors may be the same party (:func:`~dotterel.stages.merge_anaphora.are_compatible`),
    or one is a country and the other one of its people ("Palau" and "President Remengesau")."""
    if are_compatible(a, b) or a is None or b is None:
        return True
    national = any((x.actor_id or "").startswith("country:") for x in (a, b))
    return national and a.country is not None and a.country == b.country


def _is_definite_mention(noun: Any, words: MergeWordsFile) -> str | None:
    """Return "det" for a noun with a definite determiner ("the request"), "poss" for one with a possessor
    ("the pope's visit"), None otherwise or when a word before it tells another act ("another visit")."""
    if noun.pos_ != "NOUN" or any(c.dep_ in ("prep", "acl") for c in noun.children):
        return None  # "the release of detainees arrested at protests": an act told anew, with its object
    for left in noun.lefts:
        if any(
            t.lower_ in words.other_occasion_words or t.ent_type_ in ("DATE", "ORDINAL") for t in left.subtree
        ):
            return None
    if any(t.lower_ in NEW_ACT_ADVERBS for t in noun.head.children if t.dep_ == "advmod"):
        return None  # "Kim also made a visit …", "made the request again"
    if any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in noun.children):
        return "poss"
    if any(c.dep_ == "det" and c.lower_ in words.anaphoric_determiners for c in noun.children):
        return "det"
    return None


def _base_rule(event: Event) -> str:
    """The lexicon pattern of an event's rule, without the recoding that changed its mode
    ("modality.threat.v1+verbs.coerce-ban.v1": the ban pattern)."""
    return event.rule.rsplit("+", 1)[-1]


def _is_pattern_family(a: str, b: str) -> bool:
    """True when two lexicon patterns are one pattern or one refines the other by its name
    ("verbs.coerce-ban-publication.v1" refines "verbs.coerce-ban.v1": a ban of apps, then "this ban")."""
    stem_a, stem_b = a.rsplit(".v", 1)[0], b.rsplit(".v", 1)[0]
    return stem_a == stem_b or stem_a.startswith(stem_b + "-") or stem_b.startswith(stem_a + "-")


def _is_same_reading(first: Event, later: Event) -> bool:
    """True when two events read one act: the same type, code and modality, or the same lexicon pattern (or
    one refining the other) whatever the modality ("a ban on flights is planned ... this ban": the retelling
    takes the first's mode; the later mention read as a threat on its own is no act of its own)."""
    if _is_pattern_family(_base_rule(first), _base_rule(later)):
        return True
    return (first.action.type, first.action.cameo, first.modality) == (
        later.action.type,
        later.action.cameo,
        later.modality,
    )


def _is_same_act(first: Event, later: Event, kind: str) -> bool:
    """True when the later mention may be ``first`` told again."""
    if not _is_same_reading(first, later):
        return False
    if kind == "poss" and not _is_one_party(first.source, later.source):
        return False  # "the president's visit" after the minister's visit: another act
    if not (_may_be_one_party(first.source, later.source) and _may_be_one_party(first.target, later.target)):
        return False
    return not (are_dated_apart(first, later) or places_disagree(first.place, later.place))


def fold_definite_acts(doc: Any, events: list[Event], words: MergeWordsFile) -> list[Event]:
    """Return ``events`` with each later definite noun of an act folded into the act it names again (the
    act takes the fields it lacks; the mention's row goes)."""
    out: list[Event | None] = list(events)
    for index, later in enumerate(events):
        head = resolve_trigger_root(doc, later.trigger)
        if later.action.type in HARM_TYPES or head is None:
            continue
        kind = _is_definite_mention(head, words)
        if kind is None:
            continue
        earlier = [
            i
            for i in range(index)
            if out[i] is not None
            and events[i].evidence.start < later.evidence.start
            and (
                events[i].action.type == later.action.type
                or _is_pattern_family(_base_rule(events[i]), _base_rule(later))
            )
        ]
        if not earlier:
            continue
        position = earlier[-1]
        first = out[position]
        if first is not None and _is_same_act(first, later, kind):
            out[position] = fill_gaps(first, later)
            out[index] = None
    return [event for event in out if event is not None]
