"""A clause that only tells the victims of an incident told just before is that incident, not another.

"A man sets fire to an animation studio in Kyoto. At least 34 people are confirmed dead and 35 injured." and
"A gunfight broke out at a nightclub. Fourteen people were wounded, of which two were declared dead." each
tell one incident: the harm clause of the second sentence ("34 … dead and 35 injured", "were wounded") names
no doer and no act of its own, only the victims of the act told before. Output apart, the one incident would
be counted twice. The victims' clause is folded into the incident: the incident keeps its own fields and
takes the ones it lacks from the clause (its toll, a day), and the clause's row goes.

A victims' clause is a harm of a casualty word (``killed_verbs``, ``died_verbs``, ``injured_verbs``,
``killed_adjectives``, ``injured_adjectives`` of ``casualties.yaml``) with no source, no "by" agent, no
active subject of a killing verb ("Gunmen killed five" is an act) and no object of a finite one ("He then
flees and kills a transient": an act of its own; a participle of the incident's clause, "…, killing two",
tells its victims). Its incident is the one other telling of
the type in its own sentence, or else in the sentence before in its paragraph, that is no victims' clause
itself; several tellings there leave the clause alone (which one it belongs to is not told). The two stay
apart when the clause's sentence has words of another incident ("In a separate attack in Detroit, three
people are wounded": ``other_incident_words`` of ``merge.yaml``), when the clause has a place of its own that
the incident lacks or that disagrees with the incident's, a day of its own that differs, a target that cannot
be the incident's, or a count the incident does not hold as the clause states it ("Gunmen kill five. Two
others were also killed": more victims, kept as told; "Four people are killed a week after militants
attacked the town": the toll rules gave the attack none, another occasion), when the incident is dated to
another time ("executed for his involvement in the 1975 assassination"), when a phrase of the clause names
an occasion of its own ("killed during an altercation", "killed in another incident"), or when the incident
of the sentence before is the background of another happening ("Rioting occurs after a police shooting.
Thirteen officers are injured").
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.merge_words import MergeWordsFile
from dotterel.model import HAPPENED_MODALITIES, TOLL_KINDS, Article, Event
from dotterel.stages.casualty_victims import is_gapped_passive
from dotterel.stages.casualty_words import CasualtyWordsFile
from dotterel.stages.doc_tables import find_sentence_index, resolve_trigger_root
from dotterel.stages.informative import HARM_TYPES
from dotterel.stages.merge_anaphora import are_compatible, are_dated_apart, fill_gaps, places_disagree

__all__ = ["VictimWords", "fold_victim_clauses"]


class VictimWords:
    """The casualty words a victims' clause is told with: all of them, and the transitive killing verbs
    whose active subject is a doer."""

    def __init__(self, words: CasualtyWordsFile) -> None:
        """Collect the lemmas from the casualty word lists."""
        transitive = [*words.killed_verbs, *words.injured_verbs]
        adjectives = [*words.killed_adjectives, *words.injured_adjectives]
        self.transitive = frozenset(w.lower() for w in transitive)
        self.lemmas = self.transitive | frozenset(w.lower() for w in [*words.died_verbs, *adjectives])


def _is_victims_clause(doc: Any, event: Event, words: VictimWords) -> bool:
    """True for a harm told only by its victims: "35 injured", "were wounded", "two were declared dead"."""
    head = resolve_trigger_root(doc, event.trigger)
    if event.source is not None or head is None or head.pos_ not in ("VERB", "ADJ"):
        return False
    if head.lemma_.lower() not in words.lemmas and head.lower_ not in words.lemmas:
        return False
    if any(child.dep_ == "agent" for child in head.children):
        return False  # "shot dead by police"
    active = head.tag_ != "VBN" and head.lemma_.lower() in words.transitive and not is_gapped_passive(head)
    if active and head.tag_ != "VBG" and any(child.dep_ == "dobj" for child in head.children):
        return False  # "He then flees and kills a transient": an act on a victim, not "…, killing two"
    return not (active and any(child.dep_ == "nsubj" for child in head.children))


def _find_incident(
    doc: Any, events: list[Event], placed: list[int | None], index: int, article: Article, words: VictimWords
) -> int | None:
    """Return the position of the one telling of the clause's incident: the one other harm of its type in
    its sentence, else in the sentence before in the same paragraph; None when there is none or several."""
    at, clause = placed[index], events[index]
    if at is None:
        return None
    for where in (at, at - 1):
        if where < 0 or article.sentences[where].paragraph != article.sentences[at].paragraph:
            return None
        peers = [
            i
            for i, (event, p) in enumerate(zip(events, placed, strict=True))
            if p == where
            and i != index
            and event.action.type == clause.action.type
            and event.modality in HAPPENED_MODALITIES
        ]
        if any(_is_victims_clause(doc, events[i], words) for i in peers):
            return None  # two victims' clauses of one sentence: which incident is not told
        triggers = {(events[i].trigger.start, events[i].trigger.end) for i in peers}
        if len(triggers) > 1:
            return None
        if peers:
            return peers[0]
    return None


BACKGROUND_PREPS = frozenset({"after", "following", "since", "before"})
INDEFINITE_DETS = frozenset({"a", "an", "another"})


def _tells_own_occasion(doc: Any, first: Event, clause: Event, other_words: frozenset[str]) -> bool:
    """True when the clause names an occasion of its own in a phrase of its head ("killed during an
    altercation", "killed in another incident"), or the incident of the sentence before is told as the
    background of another happening ("Rioting occurs after a police shooting")."""
    head, root = resolve_trigger_root(doc, clause.trigger), resolve_trigger_root(doc, first.trigger)
    if head is None or root is None:
        return True
    for prep in (c for c in head.children if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.i != root.i):
            words = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod")}
            if words & (INDEFINITE_DETS | other_words):
                return True
    background = root.dep_ == "pobj" and root.head.lower_ in BACKGROUND_PREPS
    return background and root.sent.start != head.sent.start


def _is_same_incident(first: Event, clause: Event) -> bool:
    """True when nothing the clause states sets it apart from the incident ``first``, and the incident already
    holds each count the clause states (the toll rules took it as one incident: not "Four people are killed
    a week after militants attacked the town", another occasion)."""
    if clause.place is not None and (first.place is None or places_disagree(first.place, clause.place)):
        return False
    if not are_compatible(first.target, clause.target) or are_dated_apart(first, clause):
        return False
    if first.date_precision != "unknown" and first.date != clause.date:
        return False  # "is executed for his involvement in the 1975 assassination": another time
    for kind in TOLL_KINDS:
        theirs, ours = getattr(clause, kind), getattr(first, kind)
        if theirs is not None and ours != theirs:
            return False  # "Gunmen kill five. Two others were also killed": more victims, kept as told
    return True


def _has_other_incident(doc: Any, article: Article, position: int, words: MergeWordsFile) -> bool:
    span = article.sentences[position].span
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand") or ()
    return any(token.lower_ in words.other_incident_words for token in tokens)


def fold_victim_clauses(
    doc: Any, article: Article, events: list[Event], words: MergeWordsFile, victims: VictimWords
) -> list[Event]:
    """Return ``events`` with each victims' clause of an incident told in its sentence or the one before
    folded into that incident (the incident takes the fields it lacks; the clause's row goes)."""
    placed = [find_sentence_index(article, event) for event in events]
    out: list[Event | None] = list(events)
    for index, clause in enumerate(events):
        at = placed[index]
        if at is None or clause.action.type not in HARM_TYPES or clause.modality not in HAPPENED_MODALITIES:
            continue
        if not _is_victims_clause(doc, clause, victims) or _has_other_incident(doc, article, at, words):
            continue
        position = _find_incident(doc, events, placed, index, article, victims)
        if position is None or out[position] is None:
            continue
        first = out[position]
        assert first is not None
        if _is_same_incident(first, clause) and not _tells_own_occasion(
            doc, first, clause, words.other_occasion_words
        ):
            out[position] = fill_gaps(first, clause)
            out[index] = None
    return [event for event in out if event is not None]
