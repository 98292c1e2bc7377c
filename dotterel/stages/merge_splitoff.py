"""A split-off mention of one incident in the next sentence shares the incident's toll.

"The Taliban attacked the district, killing two policemen and wounding twelve others. The assault was
repulsed, resulting in 27 Taliban fighters being killed." and "Gunmen stormed a prison on Sunday. At least
29 people are killed and 50 injured." tell one incident in two sentences, each with an event of its own
(the merge stage keeps them apart: neither is a definite noun repeating the other). Each telling lacks what
the other states: the first takes the kinds of count (killed, injured) it has none of from the mentions of
the next sentence, then those mentions take the kinds they lack from the first. Nothing stated is
overwritten and no count is added up (an "also died" toll is added by the casualties stage).

The two sentences are one incident only when they are adjacent in one paragraph, the first has one harm
event of the type, and each mention of the type with a toll in the next is told as happening, has no other
party as its doer (its source is missing or the same resolved party, or its subject names the first's
doers again: "The attackers killed two civilians"; no subject or "by police" agent of its own otherwise,
but for the doers' own dead: "The attacker was shot dead by police" adds 1 to the first telling's toll and
keeps its own count, the police's act taking nothing back),
no place of its own unless the first has one or it has the first trigger's lemma ("its first drone strike.
On Saturday, a drone strike killed seven in central Mali"), and neither a date nor a place that disagrees;
a later sentence with words of another incident ("in a separate attack", "elsewhere":
``other_incident_words`` of ``merge.yaml``) shares nothing. A mention of the next sentence with no count
and no date of its own takes the first's counts when its subject names the first's doers again or its verb
has the first trigger's lemma ("14 rockets strike Kabul, wounding ten. The rockets mostly struck …"). A
count of the very same statement takes the larger figure (:func:`~dotterel.stages.merge_incident.
to_agreed_tolls`); a harm told as a cause ("amid anger at … this week's explosions") shares nothing.

A change of state links two names of one happening the same way: in "the protests … degenerated into
ethnic clashes" (``change_of_state_verbs`` with "into"), the clashes and the protests told before share
their tolls; the subject may be a pronoun of a coordinated clause ("The protests started …, but they
quickly degenerated into clashes").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dotterel.knowledge.merge_words import MergeWordsFile
from dotterel.model import COUNT_KINDS, HAPPENED_MODALITIES, TOLL_KINDS, Article, Event
from dotterel.stages.casualty_victims import is_gapped_passive
from dotterel.stages.doc_tables import find_sentence_index, resolve_trigger_root
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.merge_accounts import is_doers_account
from dotterel.stages.merge_anaphora import are_compatible, are_dated_apart, places_disagree
from dotterel.stages.merge_incident import (
    is_anaphoric_doer,
    is_same_trigger_family,
    to_agreed_tolls,
    to_taken_count,
)
from dotterel.stages.merge_pronoun_victims import is_pronoun_victim
from dotterel.stages.merge_victims import is_doers_toll, is_one_resolved_party, to_added_victims
from dotterel.stages.place_splitoff import to_filled_place

__all__ = [
    "find_changed_state_tolls",
    "find_shared_tolls",
    "is_joint_doer",
    "is_said_of_incident",
    "resolve_changed_subject",
    "to_filled_tolls",
]


def to_filled_tolls(event: Event, other: Event) -> Event:
    """Return ``event`` with the killed and injured counts it lacks taken from ``other`` (spans and bounds
    with them); ``event`` itself when it lacks none that ``other`` states."""
    for kind in TOLL_KINDS:
        if getattr(event, kind) is None and getattr(other, kind) is not None:
            event = to_taken_count(event, other, kind)
    return event


def _is_other_occasion(doc: Any, article: Article, position: int, words: MergeWordsFile) -> bool:
    span = article.sentences[position].span
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand") or ()
    return any(token.lower_ in words.other_incident_words for token in tokens)


def _has_doer(doc: Any, event: Event) -> bool:
    """True when the trigger states a doer of its own: an active subject ("It killed 12 soldiers"), a
    passive's agent ("shot dead by police") or a source; not the subject of a gapped passive ("two soldiers
    are reported dead and three others injured[VBD]": the others are victims, whatever their tag)."""
    head = resolve_trigger_root(doc, event.trigger)
    if head is not None and is_gapped_passive(head):
        return any(child.dep_ == "agent" for child in head.children)
    return event.source is not None or (
        head is not None and any(child.dep_ in {"agent", "nsubj"} for child in head.children)
    )


def _is_toll_mention(first: Event, later: Event) -> bool:
    """True for a mention of the first's type stating a toll ("A ninth person was assaulted by the driver"
    states none: a harm of its own, no toll told again)."""
    return later.action.type == first.action.type and any(getattr(later, k) is not None for k in TOLL_KINDS)


def _is_same_incident(doc: Any, first: Event, later: Event, words: MergeWordsFile) -> bool:
    if later.modality not in HAPPENED_MODALITIES:
        return False
    same = is_one_resolved_party(first.source, later.source)
    same = same or is_anaphoric_doer(doc, first, later, words)  # "The attackers killed two civilians"
    same = same or is_doers_account(doc, first, later, words.account_pronouns)  # "Saudi Arabia says it hit …"
    same = same or (not _has_doer(doc, first) and is_pronoun_victim(doc, first, later, words))  # "killed him"
    if not same and _has_doer(doc, later) and not is_doers_toll(doc, first, later, words):
        return False  # "A gunman shot dead a passer-by": another party's act; not "The attacker was shot
        # dead by police": the incident's doers, their dead its toll (added, not shared back)
    if later.place is not None and first.place is None and not is_same_trigger_family(doc, first, later):
        return False  # "In Kuz Kunar, a suicide bomber kills 32": a place of its own, none to match
    if not are_compatible(first.target, later.target):
        return False
    return not (are_dated_apart(first, later) or places_disagree(first.place, later.place))


def find_shared_tolls(
    doc: Any,
    article: Article,
    events: list[Event],
    words: MergeWordsFile,
    causes: frozenset[int] = frozenset(),
    additive: frozenset[str] = frozenset(),
    gapped: frozenset[str] = frozenset(),
) -> list[Event]:
    """Return ``events`` where each harm told in one sentence and split off in the next shares its toll:
    the first telling takes the kinds it lacks from the next sentence's mentions, and they from it; a
    mention's count of more victims (the attackers' own dead, victims added with an ``additive`` adverb:
    :func:`~dotterel.stages.merge_victims.to_added_victims`) is added to the first's. A harm whose trigger
    token is in ``causes`` is told as a cause ("amid anger at … this week's explosions") and shares
    nothing; nor does one whose id is in ``gapped`` (told across a time gap: "one week after 35 are killed
    in another attack"), which is no peer of its sentence's harm either."""
    placed = [find_sentence_index(article, event) for event in events]
    shared = list(events)
    for index, first in enumerate(events):
        at = placed[index]
        if at is None or first.action.type not in HARM_TYPES or first.modality not in HAPPENED_MODALITIES:
            continue
        root = resolve_trigger_root(doc, first.trigger)
        if root is None or root.i in causes or first.event_id in gapped:
            continue
        nxt = at + 1
        kept = [None if e.event_id in gapped else p for e, p in zip(events, placed, strict=True)]
        if not _is_sole_telling(events, kept, index) or nxt >= len(article.sentences):
            continue
        if article.sentences[nxt].paragraph != article.sentences[at].paragraph:
            continue
        later = [i for i, p in enumerate(placed) if p == nxt and _is_toll_mention(first, events[i])]
        quiet = [
            i for i, p in enumerate(placed) if p == nxt and _is_quiet_mention(doc, first, events[i], words)
        ]
        if not (later or quiet) or _is_other_occasion(doc, article, nxt, words):
            continue
        if not all(_is_same_incident(doc, first, events[i], words) for i in later):
            continue  # "A Russian air strike kills two …, while Turkey says a retaliatory strike killed 50"
        summed = to_added_victims(doc, shared[index], [shared[i] for i in later], words, additive)
        shared = _to_raised_peers(shared, shared[index], summed)
        shared[index] = summed
        for i in later:
            shared[index] = to_filled_place(to_agreed_tolls(shared[index], shared[i]), shared[i])
        for i in later + [i for i in quiet if _is_same_incident(doc, first, events[i], words)]:
            shared[i] = to_filled_place(_to_framed_date(doc, shared[i], first, words), shared[index])
            if is_joint_doer(doc, events[i]):  # "This and a nearby roadside bomb wound 20"
                continue  # the other bomb: the joint count is its own, the first's dead are not
            if (
                not _has_doer(doc, events[i])
                or is_anaphoric_doer(doc, first, events[i], words)
                or (first.source is not None and events[i].source is not None)
            ):  # "The attacker was shot dead by police": the police's act keeps its own count
                shared[i] = to_agreed_tolls(shared[i], shared[index])
    return shared


def _to_raised_peers(events: list[Event], before: Event, summed: Event) -> list[Event]:
    """Return ``events`` where each other harm holding a count statement that ``summed`` added victims to
    takes the sum ("A gunman opens fire …: four are killed. It was described as a terror attack. The
    attacker was shot dead": the shooting, whose count the attack took, counts five too); a harm whose own
    word is that statement keeps its figure (:func:`~dotterel.stages.merge_incident.to_agreed_tolls`)."""
    kinds = [k for k in TOLL_KINDS if getattr(summed, k) != getattr(before, k)]
    out = list(events)
    for i, event in enumerate(events):
        if event.event_id == before.event_id or event.action.type not in HARM_TYPES:
            continue
        for kind in kinds:
            span, theirs = event.evidence.spans.get(kind), before.evidence.spans.get(kind)
            if span is not None and span == theirs:
                out[i] = to_agreed_tolls(out[i], summed)
    return out


def is_joint_doer(doc: Any, event: Event) -> bool:
    """True for a harm noun coordinated with another in the subject of an active verb ("This and a nearby
    roadside bomb wound 20 people"): one of two harms whose joint count is both's, never the other's own."""
    root = resolve_trigger_root(doc, event.trigger)
    if root is None or root.pos_ not in ("NOUN", "PROPN"):
        return False
    if root.dep_ == "conj" and root.head.dep_ == "nsubj":
        return True
    return root.dep_ == "nsubj" and any(c.dep_ == "conj" for c in root.children)


def _is_sole_telling(events: list[Event], placed: list[int | None], index: int) -> bool:
    """True when the harm ``events[index]`` is its sentence's one telling of its type that may take the next
    sentence's toll: the one trigger of the type ("clashes between A and B" told each way is one harm), or
    one of several when none of them states a count ("came under attack …, resulting in a shootout … . At
    least 29 people are killed": the attack and the shootout it led to are one incident, the toll theirs)."""
    first = events[index]
    peers = [
        i for i, p in enumerate(placed) if p == placed[index] and events[i].action.type == first.action.type
    ]
    if len({(events[i].trigger.start, events[i].trigger.end) for i in peers}) == 1:
        return True
    return all(getattr(events[i], kind) is None for i in peers for kind in TOLL_KINDS)


def _is_quiet_mention(doc: Any, first: Event, later: Event, words: MergeWordsFile) -> bool:
    """True for a mention of the first's type stating no count and no date of its own, whose doers or verb
    name the first's incident again ("14 rockets strike Kabul, wounding ten. The rockets mostly struck the
    Green Zone"), or a noun said of the incident whatever its date, which frames its ordinal or superlative
    ("It is the second attack in the province this year")."""
    if later.action.type != first.action.type or any(getattr(later, k) is not None for k in COUNT_KINDS):
        return False
    head = resolve_trigger_root(doc, later.trigger)
    named = head is not None and is_said_of_incident(head, words.incident_pronouns)  # "described it as …"
    if later.date_precision != "unknown" and not named:  # "It is the second attack this year": the frame
        return False  # "… was targeted last month with a bomb attached to a minibus": another time
    verb = head is not None and head.pos_ == "VERB"  # not "a week with five massacres": other ones
    return (
        named
        or is_anaphoric_doer(doc, first, later, words)
        or is_doers_account(doc, first, later, words.account_pronouns)
        or (verb and is_same_trigger_family(doc, first, later))
    )


def _to_framed_date(doc: Any, later: Event, first: Event, words: MergeWordsFile) -> Event:
    """The mention with the first's date when it is a noun said of the incident, whose own date frames its
    ordinal or superlative ("It is the second attack in the province this year": the year is no day of the
    attack); any other mention as it is."""
    head = resolve_trigger_root(doc, later.trigger)
    if head is None or not is_said_of_incident(head, words.incident_pronouns):
        return later
    return replace(later, date=first.date, date_precision=first.date_precision)


def is_said_of_incident(noun: Any, pronouns: frozenset[str]) -> bool:
    """True for a harm noun said of a pronoun that stands for the incident told before: the "as" object of a
    verb whose object is the pronoun ("The minister described it as a terror attack") or the complement of a
    copula whose subject it is ("It was the deadliest attack since 2017")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        holder, deps = noun.head.head, ("dobj",)
    elif noun.dep_ == "attr":
        holder, deps = noun.head, ("nsubj",)
    else:
        return False
    return any(c.dep_ in deps and c.lower_ in pronouns for c in holder.children)


def resolve_changed_subject(token: Any, words: MergeWordsFile) -> Any | None:
    """Return the noun that turned into ``token`` ("the protests" of "they degenerated into ethnic clashes"),
    or None when ``token`` is not the "into" object of a change-of-state verb."""
    if token.dep_ != "pobj" or token.head.lower_ != "into" or token.head.dep_ != "prep":
        return None
    verb = token.head.head
    if verb.lemma_.lower() not in words.change_of_state_verbs:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and subjects[0].pos_ == "PRON" and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    return subjects[0]


def find_changed_state_tolls(doc: Any, events: list[Event], words: MergeWordsFile) -> list[Event]:
    """Return ``events`` where a harm the earlier happening turned into ("degenerated into ethnic clashes")
    and the nearest earlier event named by the verb's subject noun share their tolls."""
    shared = list(events)
    for index, event in enumerate(events):
        head = resolve_trigger_root(doc, event.trigger)
        if event.action.type not in HARM_TYPES or event.modality not in HAPPENED_MODALITIES or head is None:
            continue
        subject = resolve_changed_subject(head, words)
        if subject is None:
            continue
        for position in range(index - 1, -1, -1):
            root = resolve_trigger_root(doc, events[position].trigger)
            if root is not None and root.i != head.i and root.lemma_.lower() == subject.lemma_.lower():
                shared[index] = to_filled_tolls(shared[index], shared[position])
                shared[position] = to_filled_tolls(shared[position], shared[index])
                break
    return shared
