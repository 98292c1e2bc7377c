"""Casualties stage: how many were killed and injured in each event, from the words of its own clause.

The counts themselves are found by :class:`~dotterel.stages.casualty_counts.CasualtyFinder` (casualty words,
victims, number forms). This module decides which counts belong to which event:

- casualty words in the event's own clause (participial adjuncts and its relative clauses included, gerund
  complements that are actions of their own left out: "charged a soldier with murdering two people"), and in
  casualty clauses joined to it without an agent of their own ("…, but no one was hurt", "One officer was
  killed, while 80 people were injured");
- the counts of a casualty event that is a participial adjunct of this one ("Gunmen storm a mosque, killing
  seven people": the killing's seven are the storming's too);
- for an event noun, those of its verb's clause ("a car bomb kills 11 people and injures 10 others");
- for an asserted attack (``carryover_types``), those of a casualty verb above it ("wounded after their bus
  comes under attack"), and for a kind it has no count of, those of the following sentences of its paragraph
  up to the next sentence with another event or another place ("A suicide bomber attacks a police station.
  At least six police officers are killed …"; a later zero only of a kind the event has no count of, by a
  word of that kind: "66 people were wounded … no one died" is killed 0, and an unreal event there holds
  none: "Even if many bombs exploded …, no one died in the attacks"; "…, but no casualties are reported"
  after a toll is about something else); not a later toll naming the victims of a toll stated before the
  event's sentence ("At least three patients were killed … The mob also attacked the minister. The
  association reports the death of 12 patients"; generic victims in ``generic_victims`` tell nothing apart).

A charge, plea, investigation or request (``no_harm_types``) takes no killed or injured count: the dead are
the crime's. An event noun said to be another occasion ("militants responsible for the previous attack",
``other_occasion_words``), or dated by its own phrase on another day than the casualty event above it ("kill
60 people in villages where similar attacks had occurred on Monday"), takes only the counts of its own clause.

Tolls of one incident in joined clauses ("…; one of the attackers was also killed", the other side's toll,
"the ensuing fighting", "dies, bringing the death toll to seven") are read by
:mod:`~dotterel.stages.casualty_joins`; motives and the crime an arrest is for by ``casualty_phrases``.

A casualty event with an agent of its own ("a suicide bomber kills 32 people") is another event. Counts of
one kind for one event are not added: a direct count beats a running toll, then the largest is kept (the
choice and the event with its chosen counts moved to :mod:`dotterel.stages.casualty_choices`).
"""

from __future__ import annotations

from typing import Any

from dotterel.model import HAPPENED_MODALITIES, Article, Event
from dotterel.stages.casualty_additions import find_added_counts
from dotterel.stages.casualty_choices import to_chosen_counts, to_event_with_counts
from dotterel.stages.casualty_counts import HARM_KINDS, CasualtyCount, CasualtyFinder
from dotterel.stages.casualty_died_wounded import to_dead_not_wounded
from dotterel.stages.casualty_fatal_parts import find_counts_with_fatal_parts
from dotterel.stages.casualty_fronted_clauses import find_verb_governors
from dotterel.stages.casualty_joins import (
    find_consequence_ids,
    find_joined_additions,
    find_other_side_counts,
    find_subject_verb_ids,
    to_brought_tolls,
    to_conjunction_head,
)
from dotterel.stages.casualty_modified_nouns import find_modified_harm_ids
from dotterel.stages.casualty_occasions import find_occasion_ids, to_occasion_words
from dotterel.stages.casualty_phrases import (
    find_answered_harm_ids,
    find_crime_ids,
    find_motive_ids,
    find_prior_death_ids,
    is_in_motive,
    is_in_subject_event,
    is_restated_toll,
    names_another_place,
)
from dotterel.stages.casualty_relative_tolls import find_incident_clause_ids, find_retelling_clause_ids
from dotterel.stages.casualty_words import CasualtyWordsFile, load_casualty_words
from dotterel.stages.scope import (
    SUBJECT_DEPS,
    EventIndex,
    NumberWordsFile,
    find_complement_ids,
    find_scope_ids,
    is_verb,
    load_number_words,
)

__all__ = ["CasualtiesStage", "CasualtyCount", "CasualtyFinder", "load_casualty_words", "to_conjunction_head"]

ADJUNCT_DEPS = frozenset({"advcl", "xcomp", "conj", "acl"})
TAKING_KINDS = frozenset({"arrested", "abducted"})


class CasualtiesStage:
    """Attach killed and injured counts to the events they belong to, and arrested/abducted counts to the
    events their words trigger."""

    name = "casualties"
    requires: tuple[str, ...] = ("doc", "sentences", "events")
    assigns: tuple[str, ...] = ("events",)

    def __init__(
        self, words: CasualtyWordsFile | None = None, numbers: NumberWordsFile | None = None
    ) -> None:
        self.words = words or load_casualty_words()
        self.finder = CasualtyFinder(self.words, numbers or load_number_words())
        self.carryover = frozenset(self.words.carryover_types)
        self.joining_marks = frozenset(w.lower() for w in self.words.joining_marks)
        self.complement_preps = frozenset(w.lower() for w in self.words.complement_preps)
        self.generic = frozenset(w.lower() for w in self.words.generic_victims)
        self.no_harm_types = frozenset(self.words.no_harm_types)
        self.other_occasion = frozenset(w.lower() for w in self.words.other_occasion_words)
        self.cause_marks = frozenset(w.lower() for w in self.words.cause_marks)
        self.start_marks = frozenset(w.lower() for w in self.words.toll_start_marks)
        self.motive_nouns = frozenset(w.lower() for w in self.words.motive_nouns)
        self.motive_preps = frozenset(w.lower() for w in self.words.motive_preps)
        self.additive_adverbs = frozenset(w.lower() for w in self.words.additive_adverbs)
        self.other_incident = self.other_occasion | {w.lower() for w in self.words.other_incident_words}
        self.reporting_verbs = frozenset(w.lower() for w in self.words.toll_reporting_verbs)
        self.fighting_sides = frozenset(w.lower() for w in self.words.fighting_sides)
        self.crime_nouns = frozenset(w.lower() for w in self.words.killed_nouns)
        self.consequence_modifiers = frozenset(w.lower() for w in self.words.consequence_modifiers)
        self.prior_death_preps = frozenset(w.lower() for w in self.words.prior_death_preps)
        self.occasion = frozenset(w.lower() for w in self.words.occasion_preps)
        self.occasion_words = to_occasion_words(self.words)
        self.answered = frozenset(self.words.cause_object_verbs), self.occasion_words
        incident_preps = frozenset(w.lower() for w in self.words.incident_preps)
        self.incidents = frozenset(w.lower() for w in self.words.incident_nouns), incident_preps

    def __call__(self, article: Article) -> Article:
        """Set the counts (killed, injured, arrested, abducted), their bounds and spans on every event."""
        counts = find_counts_with_fatal_parts(self.finder, article.doc) if article.events else []
        if not counts:  # no event, or no count to give one: every event stays as it is
            return article
        index = EventIndex(article.doc, article.events)
        article.events = [self.to_counted_event(article, event, counts, index) for event in article.events]
        return article

    def to_counted_event(
        self, article: Article, event: Event, counts: list[CasualtyCount], index: EventIndex
    ) -> Event:
        """Return the event with the counts of ``counts`` that belong to it (the event itself when none)."""
        harm = [count for count in counts if HARM_KINDS.issuperset(count.kinds)]
        taken = [count for count in counts if not HARM_KINDS.issuperset(count.kinds)]
        harm = [] if event.action.type in self.no_harm_types else harm  # a charge is not the crime
        chosen = self._counted(article, event, harm, index) if harm else {}
        return to_event_with_counts(event, chosen, taken, index)

    def _counted(
        self, article: Article, event: Event, counts: list[CasualtyCount], index: EventIndex
    ) -> dict[str, CasualtyCount]:
        """Return the killed and injured counts of one event, by kind."""
        token = index.token(event)
        if token is None:
            return {}
        doc = article.doc
        motives = find_motive_ids(doc, token, self.motive_preps, self.motive_nouns)
        taking = (self.finder.resolve_role(token) or ("", ""))[0] in TAKING_KINDS
        if taking:  # "arrested for the murder of X"
            motives |= find_crime_ids(token, self.complement_preps, self.crime_nouns)
        if event.action.type not in self.carryover:  # "protest after the killing of a student"
            motives |= find_prior_death_ids(token, self.prior_death_preps, self.crime_nouns)
        # "charged with last month's murder of …"
        motives |= find_occasion_ids(token, index.trigger_ids(), self.occasion_words)
        motives |= find_answered_harm_ids(token, *self.answered)  # "protesting the killing of a man"
        counts = [count for count in counts if count.word not in motives]
        stops = self._stops(event, token, index)
        words = {count.word for count in counts}
        inherits = event.action.type in self.carryover and event.modality in HAPPENED_MODALITIES
        other = self._is_other_occasion(article, event, token, index)
        cause = is_in_motive(doc, token, self.motive_preps, self.motive_nouns)  # "amid anger at … explosions"
        inherits = inherits and not other and not cause
        caused = self._is_cause(token) and event.modality in HAPPENED_MODALITIES
        own = find_scope_ids(token, stops) | find_modified_harm_ids(token, self.finder.resolve_role)
        own |= find_retelling_clause_ids(token, own, stops, self.finder.resolve_role)  # "an attack, which …"
        own |= find_incident_clause_ids(token, own, stops, *self.incidents) if not taking else set()
        own -= find_complement_ids(token, own, self.complement_preps)  # "charged with murdering two people"
        chosen = to_chosen_counts(counts, self._with_conjuncts(doc, own, stops, words))
        tiers = [] if other else self._governing_ids(token, stops, inherits or caused, caused)
        tiers += find_consequence_ids(token, stops, self.consequence_modifiers) if inherits else []
        for ids in tiers:
            chosen = {**to_chosen_counts(counts, self._with_conjuncts(doc, ids, stops, words)), **chosen}
        chosen = find_joined_additions(doc, token, chosen, counts, self.additive_adverbs, self.other_incident)
        chosen = find_other_side_counts(doc, chosen, counts, self.reporting_verbs, self.fighting_sides)
        chosen = to_brought_tolls(doc, token, chosen, counts, self.start_marks)
        if inherits and (len(chosen) < 2 or self.finder.resolve_role(token) is None):
            following = self._following_ids(article, event, token, index)
            later = [c for c in counts if not chosen or c.count > 0 or set(c.kinds).isdisjoint(chosen)]
            restated = {c.word for c in later if is_restated_toll(doc, c, counts, token, self.generic)}
            later = [c for c in later if c.word not in following or c.word not in restated]
            if self.finder.resolve_role(token) is None or self._holds(token):  # "Two militants also die"
                also = [c for c in later if c.word in following]
                chosen = find_added_counts(doc, chosen, also, self.additive_adverbs, self.other_incident)
            chosen = {**to_chosen_counts(later, following), **chosen}
        return to_dead_not_wounded(doc, chosen, self.finder.sets["died_verbs"], self.finder.means_verbs)

    def _is_cause(self, token: Any) -> bool:
        """True for the verb of a "when" clause under a casualty word: the toll's cause ("40 people are
        killed and 1,700 wounded when security forces clamp down on protesters")."""
        marked = any(c.dep_ in ("advmod", "mark") and c.lower_ in self.cause_marks for c in token.children)
        return token.dep_ == "advcl" and marked and self.finder.resolve_role(token.head) is not None

    def _is_other_occasion(self, article: Article, event: Event, token: Any, index: EventIndex) -> bool:
        """True for an event noun said to be another occasion ("the previous attack"), or an event dated by a
        phrase of its own on another day than the casualty event above it ("kill 60 people in villages where
        similar attacks had occurred on Monday")."""
        if not is_verb(token) and any(
            c.dep_ == "amod" and c.lower_ in self.other_occasion for c in token.children
        ):
            return True
        span = event.evidence.spans.get("date")
        if span is None or event.date_precision == "unknown":
            return False
        by_token = {t.i: e for e in article.events if (t := index.token(e)) is not None}
        above = [by_token[g.i] for g in token.ancestors if g.i in by_token]
        harms = [other for other in above if self.finder.resolve_role(index.token(other)) is not None]
        return any(other.date != event.date for other in harms)

    def _stops(self, event: Event, token: Any, index: EventIndex) -> frozenset[int]:
        """Other events' triggers, except casualty adjuncts of this one ("storm a mosque, killing 7"; for an
        event noun, of the verb it is the subject of: "a grenade attack hit a car, killing one") and, for
        an attack, casualty states without an agent of their own that the events stage split off ("killing one
        civilian and leaving two civilians injured", "19 were killed and 35 injured")."""
        heads = {token.i} | find_subject_verb_ids(token)
        adjuncts = frozenset(
            other.i
            for other in index.all_tokens()
            if other.head.i in heads
            and (other.head.i == token.i or is_verb(other.head) or other.tag_ == "VBG")
            and other.i != token.i
            and other.dep_ in ADJUNCT_DEPS
            and self.finder.resolve_role(other) is not None
            and not any(c.dep_ in SUBJECT_DEPS for c in other.children)
        )
        adjuncts |= {  # "killing one foreigner and injuring five others"
            other.i
            for other in index.all_tokens()
            if other.dep_ == "conj"
            and self.finder.resolve_role(other) is not None
            and (other.head.i in adjuncts or self._is_adjunct_of(other.head, heads))
        }
        if event.action.type in self.carryover:
            adjuncts |= {other.i for other in index.all_tokens() if self._is_casualty_state(other)}
        return index.other_trigger_ids(event) - adjuncts

    def _is_adjunct_of(self, word: Any, heads: set[int]) -> bool:
        """True for a casualty adjunct of one of ``heads`` that is no event of its own ("launched an
        offensive, killing 30 militants and wounding 12 soldiers": "killing")."""
        adjunct = word.head.i in heads and word.dep_ in ADJUNCT_DEPS
        return adjunct and self.finder.resolve_role(word) is not None

    def _is_casualty_state(self, token: Any) -> bool:
        """True for a killed or injured participle, passive or adjective with no agent: the victims' state
        ("35 injured", "two women were stabbed", "with nine more people injured"), not "a bomb wounded three"
        nor "wounded by a sniper"."""
        role = self.finder.resolve_role(token)
        if role is None or role[0] not in HARM_KINDS or not is_verb(token) and role[1] != "adjective":
            return False
        passive = token.tag_ == "VBN" or any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
        return (passive or role[1] == "adjective") and not any(c.dep_ == "agent" for c in token.children)

    def _with_conjuncts(self, doc: Any, ids: set[int], stops: frozenset[int], words: set[int]) -> set[int]:
        """Add the joined clauses that state a toll without an agent of their own.

        "…, but no one was hurt", "six officers are killed and another seventeen wounded", "one officer was
        killed, while 80 people were injured", a gapped toll adjective ("leaving three soldiers dead and five
        wounded"), and from a toll clause to the one it is coordinated with ("five people are confirmed dead
        and three injured"; a victims' state there though split off as an event of its own: "A man is killed
        and five others are injured in shootings at protests" gives the protests both); not "…, and a bomb
        wounded three" (an active verb with an object), but the casualty state the parse hung on such a verb's
        subject ("and two others injured after gunmen open fire": the two injured).
        """
        extra: set[int] = set()
        for i in ids:
            token = doc[i]
            linked = [c for c in token.children if c.i not in ids and self._is_joined(c)]
            toll_head = (
                token.head if token.dep_ == "conj" and token.head.i not in ids and token.i in words else None
            )
            linked += [toll_head] if toll_head is not None else []
            for verb in (v for v in linked if is_verb(v) or self._is_casualty_state(v)):  # "and 5 wounded"
                # a toll state heading this toll is one incident's, though split off as an event of its own
                held = verb.i in stops and not (verb is toll_head and self._is_casualty_state(verb))
                if not held and any(c.dep_ == "dobj" for c in verb.children):
                    extra |= self._find_subject_states(verb) & words  # "and two others injured after … open"
                shared = verb is toll_head and self._is_shared_harm(token, verb)  # "killing 5 and wounding 9"
                if held or (any(c.dep_ == "dobj" for c in verb.children) and not shared):
                    continue
                scope = find_scope_ids(verb, stops)
                if scope & words:
                    extra |= scope
        return ids | extra

    def _is_shared_harm(self, token: Any, verb: Any) -> bool:
        """True when ``token`` is a harm verb coordinated with the harm verb ``verb`` without a subject of its
        own: one doer's one act ("sentenced for killing 39 people and injuring 79 more")."""
        kinds = [(self.finder.resolve_role(t) or ("",))[0] for t in (token, verb)]
        return HARM_KINDS.issuperset(kinds) and not any(c.dep_ in SUBJECT_DEPS for c in token.children)

    def _find_subject_states(self, verb: Any) -> set[int]:
        """The casualty states hung on the subject of a joined active verb, victims told with this toll that
        the parse made its subject ("two people are shot dead and two others injured[acl] after assailants
        open fire": "others" the subject of "open")."""
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        return {c.i for s in subjects for c in s.children if c.dep_ == "acl" and self._is_casualty_state(c)}

    def _is_joined(self, child: Any) -> bool:
        if child.dep_ == "conj":
            return True
        marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
        return child.dep_ == "advcl" and bool(marks & self.joining_marks)

    def _governing_ids(
        self, token: Any, stops: frozenset[int], inherits: bool, caused: bool = False
    ) -> list[set[int]]:
        """For an event noun, its verb's clause (not an occasion in another event's subject: "a drone strike
        … during a military parade kills six"); for an attack, the clauses of the casualty verbs above it
        (for a cause, each verb's own clause first: "… and 900 wounded when troops clamp down")."""
        governors = find_verb_governors(token)  # a fronted main clause the parse hung under "after"
        tiers = []
        occasion = bool(governors) and not inherits
        occasion = occasion and is_in_subject_event(token, governors[0], stops, self.occasion)
        if governors and not is_verb(token) and not occasion:
            tiers.append(find_scope_ids(to_conjunction_head(governors[0]), stops))
        casualty_verbs = [g for g in governors if self.finder.resolve_role(g) or self.finder.is_suffering(g)]
        for verb in casualty_verbs if inherits else []:
            verbs = [verb, to_conjunction_head(verb)] if caused else [to_conjunction_head(verb)]
            tiers.extend(find_scope_ids(v, stops) for v in dict.fromkeys(verbs))
        return tiers

    def _holds(self, token: Any) -> bool:
        """True when an event trigger states its own happening, not a restated toll of an earlier one ("six
        police officers are killed", "reports scores of people injured": a reported participle with no
        auxiliary; not "…, with nine others injured", the adjunct of its clause's event)."""
        role = self.finder.resolve_role(token)
        if role is None:
            return True
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
        reported = token.tag_ == "VBN" and token.dep_ in ("ccomp", "xcomp")
        passive = passive or (reported and not any(c.dep_ == "aux" for c in token.children))
        return role[1] == "verb" and not passive and any(c.dep_ == "nsubj" for c in token.children)

    def _following_ids(self, article: Article, event: Event, token: Any, index: EventIndex) -> set[int]:
        """Tokens of the next sentences of the paragraph that no other event's clause holds.

        Events whose trigger restates a toll ("six police officers are killed") hold nothing, and only an
        attack holds the toll of a casualty verb above it (not "…, while vowing to respond"); the walk ends
        before a sentence that names another place than the event's, and after a sentence with another
        event of a carry-over type.
        """
        sentence = next((s for s in article.sentences if s.span.start <= token.idx < s.span.end), None)
        if sentence is None:
            return set()
        others = [(e, index.token(e)) for e in article.events if e is not event]
        ids: set[int] = set()
        for other in article.sentences:
            if other.paragraph != sentence.paragraph or other.span.start < sentence.span.end:
                continue
            if names_another_place(article, event, other.span.start, other.span.end):
                break
            inside = [
                (e, t) for e, t in others if t is not None and other.span.start <= t.idx < other.span.end
            ]
            held = [(e, t) for e, t in inside if self._holds(t)]
            blocked: set[int] = set()
            for e, t in [(e, t) for e, t in held if e.modality in HAPPENED_MODALITIES]:  # not "even if …"
                stops = self._stops(e, t, index)
                harm = e.action.type in self.carryover  # "while vowing to respond" claims no toll above it
                blocked |= find_scope_ids(t, stops).union(*self._governing_ids(t, stops, harm))
            span = article.doc.char_span(other.span.start, other.span.end, alignment_mode="expand")
            ids.update(t.i for t in span or () if t.i not in blocked)
            if any(e.action.type in self.carryover for e, _ in held):
                break
        return ids
