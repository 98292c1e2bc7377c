"""Which clauses and phrases of a sentence tell an event's place, in order (the tiers of the places stage).

Own clause first, then the clauses that share its time and place (:meth:`PlaceClauses.find_tiers`, listed in
:mod:`dotterel.stages.places`); never phrases of another happening (:meth:`PlaceClauses.find_elsewhere_ids`
in :mod:`dotterel.stages.place_elsewhere`: "talks amid the escalation in Idlib", "arrested for the shooting").
The event a result hangs on and the events a cause brought about moved to
:mod:`dotterel.stages.place_cause_events`; the sentence tier to :mod:`dotterel.stages.place_sentence_ids`.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_acting_subjects import find_acting_subjects, find_subject_place_phrases
from dotterel.stages.place_cause_clauses import drop_topics, is_cause_clause, is_cause_phrase, is_cause_verb
from dotterel.stages.place_cause_events import find_caused_event_ids, resolve_causing_event
from dotterel.stages.place_clause_topics import drop_stance_topics
from dotterel.stages.place_count_asides import find_part_holders
from dotterel.stages.place_elsewhere import ElsewhereReader, is_placeless_circumstance
from dotterel.stages.place_names import names_word
from dotterel.stages.place_reach import PlaceReach, find_argument_event_ids, find_closing_setting_ids
from dotterel.stages.place_results import RESULT_DEPS as RESULT_DEPS  # re-exported: read by tests
from dotterel.stages.place_sentence import (
    find_agent_event_ids,
    find_attack_adjunct_tiers,
    find_circumstance_verb_ids,
    find_conjoined_place_ids,
    find_gapped_partners,
    find_inner_event_ids,
    find_participant_place_ids,
    find_struck_object_ids,
    find_target_event_ids,
    find_won_place_ids,
    is_coordinated_accusation,
    is_ongoing,
)
from dotterel.stages.place_sentence_ids import find_sentence_ids
from dotterel.stages.place_sentence_parts import find_sentence_part_ids
from dotterel.stages.place_shared_gerunds import find_passive_gerund_subject_ids, is_shared_gerund
from dotterel.stages.place_subject_participles import find_subject_participle_verb
from dotterel.stages.scope import SUBJECT_DEPS, find_scope_ids, find_shared_stops, is_verb

ADJUNCT_DEPS = frozenset({"advcl", "xcomp", "acl", "conj"})
Tier = tuple[Any, set[int]]


class PlaceClauses:
    """The clauses and phrases an event's place is looked for in, and those it is never taken from."""

    def __init__(self, words: PlaceWords) -> None:
        self.words = words
        self.elsewhere = ElsewhereReader(words)
        self.reach = PlaceReach(words)

    def find_tiers(self, token: Any, stops: frozenset[int]) -> list[Tier]:
        """Own clause; with the meeting an outcome followed, a coordinated verb's place phrase, its
        circumstance event nouns, the target of its attack verb (:mod:`dotterel.stages.place_reach`); the
        clause an adjunct hangs on (with that clause's circumstance event nouns); the aim of an operation; a
        "when" clause of the same time and place; the happening a casualty followed; the subject's own place
        (or the subject itself, for "… are under attack"); the event that caused it, or the result it caused;
        an attack told by a participle of its verb; the sentence. Each tier: (anchor token, token ids)."""
        tiers = [(token, drop_stance_topics(token, find_scope_ids(token, stops), self.words))]  # "in Bogotá"
        verb = self.resolve_clause_verb(token, stops)
        own = tiers[0][1]
        meeting = self.reach.find_meeting_ids(token, verb)  # "sign a deal following talks in Hanoi"
        conjoined = find_conjoined_place_ids(token if verb is None else verb, self.words)
        tiers += [(token, own | ids) for ids in (meeting, conjoined) if ids]
        tiers += [(token, ids) for ids in self._circumstance_ids(token, stops)]
        target = self.reach.find_target_ids(verb, stops)  # "hits a bus carrying pilgrims near …"
        tiers += [(token, own | target)] if target else []
        agent = find_agent_event_ids(verb, stops, self.words)  # "killed by shelling near Taftanaz"
        agent |= find_target_event_ids(token, stops, self.words)  # "a crackdown on protests in Oromia"
        # "an attack, in which two were stabbed near …"
        agent |= find_inner_event_ids(token, stops, self.words)
        tiers += [(token, own | agent)] if agent else []
        struck = find_struck_object_ids(token, stops, self.words)  # "escape a prison after being shelled"
        tiers += [(token, own | struck)] if struck else []
        victim = find_passive_gerund_subject_ids(token, self.words, stops)  # "in Minsk … being shot"
        tiers += [(token, own | victim)] if victim else []
        tiers += self._adjunct_tiers(self.reach.to_adjunct_start(token, verb), stops)  # "paying tribute"
        described = find_subject_participle_verb(token, self.words)  # "protesters demanding … march in"
        tiers += [(described, find_scope_ids(described, stops))] if described is not None else []
        won = find_won_place_ids(token, stops, self.words)  # "retook a village in … after fierce fighting"
        won |= find_circumstance_verb_ids(token, stops, self.words)  # "capture the town … in an offensive"
        tiers += [(token, won)] if won else []
        tiers += [(aim, find_scope_ids(aim, stops)) for aim in self._purpose_clauses(token)]
        if verb is not None:
            # "… and 1,700 wounded when …"
            partners = (*self._adjuncts(verb), *find_gapped_partners(verb, self.words))
            clauses = [c for v in (verb, *partners) for c in self._cotemporal_clauses(v, stops)]
            tiers += [(clause, find_scope_ids(clause, stops)) for clause in clauses]
            tiers += [(verb, ids) for ids in self.find_result_ids(verb, stops)]
            tiers += [(verb, ids) for ids in self._subject_place_ids(verb, stops)]
            tiers += [(verb.head, ids) for ids in self._situation_place_ids(verb, stops)]
        tiers += [(token.head, ids) for ids in self._target_subject_ids(token, stops)]
        cause = resolve_causing_event(token, stops)
        if cause is not None:  # "Clashes in North East Delhi continue, leaving 13 dead and 150 injured"
            subtree = {t.i for t in cause.subtree} - {t.i for t in token.subtree}
            tiers.append((cause, find_scope_ids(cause, stops) | subtree))
        tiers += [(token, ids) for ids in find_caused_event_ids(token, stops)]
        if verb is not None:  # "begins an offensive, carrying out airstrikes against the capital Sanaa"
            tiers += [(a, ids) for a, ids in find_attack_adjunct_tiers(verb, stops, self.words)]
        if not is_coordinated_accusation(token, self.words):  # not where the accused is held
            part = find_sentence_part_ids(token, self.words)
            tiers.append((token, find_sentence_ids(token, stops) & part))
        setting = self._setting_ids(token) | find_closing_setting_ids(token, stops, self.words)
        if setting:  # "… delivering aid amid the COVID-19 pandemic in Van Province, Turkey, killing them"
            tiers.append((token, setting))
        last = find_participant_place_ids(token, stops, self.words)  # "hostages, who were being held in …"
        return tiers + ([(token, last)] if last else [])

    def _circumstance_ids(self, token: Any, stops: frozenset[int]) -> list[set[int]]:
        """The clause of ``token`` with its circumstance event nouns (:meth:`_shared_event_nouns`), if any."""
        shared = self._shared_event_nouns(token, stops)
        if not shared:
            return []
        circumstances = {t.i for i in shared for t in token.doc[i].head.subtree}
        return [find_scope_ids(token, stops - shared) | circumstances]

    def _setting_ids(self, token: Any) -> set[int]:
        """The place phrases of the sentence's placeless circumstances ("amid the COVID-19 pandemic in Van
        Province"): the setting of the whole sentence, wherever the parser hangs them."""
        return {
            t.i
            for prep in token.sent
            if prep.dep_ == "prep" and prep.lower_ in self.words.circumstance_preps
            if self._is_placeless_circumstance(prep)
            for noun in prep.children
            if noun.dep_ == "pobj"
            for place in noun.children
            if place.dep_ == "prep" and place.lower_ in self.words.locative_preps
            for t in place.subtree
        }

    def _is_placeless_circumstance(self, prep: Any) -> bool:
        return is_placeless_circumstance(prep, self.words)

    def find_elsewhere_ids(self, token: Any, stops: frozenset[int], keep: set[int]) -> set[int]:
        """Tokens whose places are another happening's (:mod:`dotterel.stages.place_elsewhere`), never those
        holding the trigger, nor those in ``keep``, nor the meeting an outcome followed ("sign a deal
        following talks in Hanoi")."""
        meeting = self.reach.find_meeting_ids(token, self.resolve_clause_verb(token, stops))
        return self.elsewhere.find_elsewhere_ids(token, stops, keep | meeting)

    @staticmethod
    def resolve_clause_verb(token: Any, stops: frozenset[int]) -> Any | None:
        """The verb whose clause the trigger's event is told in: the trigger itself, or the verb of an event
        noun that is its subject ("Clashes break out") or object ("issues a rebuke"), when that verb is no
        other event's trigger."""
        if is_verb(token):
            return token
        head = token.head
        if token.dep_ in (*SUBJECT_DEPS, "dobj") and is_verb(head) and head.i not in stops:
            return head
        return None

    def _target_subject_ids(self, token: Any, stops: frozenset[int]) -> list[set[int]]:
        """For an event noun in a state of its verb's subject ("Several cities in Artsakh are under attack",
        "the convoy came under fire near Gao") or the agent of a passive attack verb ("Kismayo, a port city
        in southern Somalia, was hit by a suicide bombing"), the whole subject: it is the target, and where
        it is, the event is."""
        head = token.head
        if token.dep_ != "pobj" or head.head.i in stops or not is_verb(head.head):
            return []
        verb = head.head
        state = head.lower_ in self.words.target_state_preps
        if not (state or (head.dep_ == "agent" and names_word(verb, self.words.locative_object_verbs))):
            return []
        return [
            {t.i for t in s.subtree} - set(stops)
            for s in verb.children
            if s.dep_ in ("nsubj", "nsubjpass") and s.i not in stops
        ]

    def _shared_event_nouns(self, token: Any, stops: frozenset[int]) -> frozenset[int]:
        """The event nouns of the trigger's circumstance (:func:`find_shared_stops`), also inside a quantity
        ("kills 27 soldiers in a series of coordinated attacks in northern Afghanistan") or in a noun
        trigger's relative clause ("an attack that was carried out in a drive-by shooting in Wana")."""
        preps = self.words.shared_place_preps
        shared = set(find_shared_stops(token, stops, preps))
        doc = token.doc
        clauses = {c.i for c in token.children if c.dep_ == "relcl"} if not is_verb(token) else set()
        shared |= {  # a gerund the tagger calls a verb is still the event noun ("in a drive-by shooting")
            i
            for i in stops
            if doc[i].dep_ == "pobj" and doc[i].head.lower_ in preps and doc[i].head.head.i in clauses
        }
        for i in stops - shared:
            of = doc[i].head
            quantity = doc[i].dep_ == "pobj" and of.lower_ == "of" and of.head.dep_ == "pobj"
            if quantity and find_shared_stops(token, {of.head.i}, preps):
                shared.add(i)
        return frozenset(shared)

    def _cotemporal_clauses(self, verb: Any, stops: frozenset[int]) -> list[Any]:
        """The "when" clauses of ``verb`` ("ten people are killed when gunmen ambush a bus in Kotulo") and its
        progressive "while" clauses about its participants ("burning them while they were sleeping in their
        vehicles in Borno"; not "kill 40 people while peace talks are taking place in Moscow": another
        event's clause), and its "as"/"while" clauses with a pronoun subject, where a participant was at the
        time ("An imam is stabbed as he leaves a mosque in Leeds"); a "while" gerund with no subject of its
        own is the verb's subject's act at the time, another event or not ("Forty people are arrested while
        protesting … in Detroit": where they protested)."""
        words = self.words

        def own(clause: Any) -> bool:
            return clause.i not in stops and not any(
                c.dep_ in SUBJECT_DEPS and c.i in stops for c in clause.children
            )

        def about_victim(clause: Any) -> bool:  # "stabbed as he left a mosque in …", not "as he fled to …"
            moved = any(t.dep_ == "prep" and t.lower_ in words.moved_preps for t in clause.subtree)
            return not moved and any(c.dep_ in SUBJECT_DEPS and c.tag_ == "PRP" for c in clause.children)

        return [
            child
            for child in verb.children
            if child.dep_ == "advcl"
            and any(
                c.dep_ in ("advmod", "mark")
                and c.i < child.i
                and (
                    c.lower_ in words.cotemporal_markers
                    or (c.lower_ in words.progressive_markers and is_ongoing(child) and own(child))
                    or (c.lower_ in words.progressive_markers and is_shared_gerund(child))  # "while marching"
                    or (c.lower_ in words.pronoun_clause_markers and own(child) and about_victim(child))
                )
                for c in child.children
            )
        ]

    def _adjuncts(self, verb: Any) -> list[Any]:
        """The participial adjuncts of ``verb``: "kill 30 people, burning them …" (their "while" clauses are
        the killing's too)."""
        return [c for c in verb.children if c.dep_ != "conj" and self._is_participial_adjunct(c)]

    def find_result_ids(self, verb: Any, stops: frozenset[int]) -> list[set[int]]:
        """The "after" clause or phrase of a passive or intransitive casualty verb: "Twenty soldiers are
        killed after militants attack two positions in Borno" died where the attack was, and so did the
        casualties of a casualty verb coordinated with it ("… were killed and three officers wounded after
        militants ambushed their patrol in Ghazni"). Not an active verb ("kill a man after a protest near
        Qamishli"), not another verb ("resigned after …")."""
        words = self.words

        def passive(v: Any) -> bool:
            return any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) or v.lemma_ == "die"

        # "soldiers were killed and three officers wounded after militants ambushed …": one "after" for both
        partners = [v for v in self._coordinated_verbs(verb) if is_cause_verb(v, words)]
        if not is_cause_verb(verb, words) or not (passive(verb) or any(passive(v) for v in partners)):
            return []
        verbs = [verb, *partners]
        out = []
        for child in (c for v in verbs for h in find_part_holders(v) for c in h.children):  # "one fatally"
            # the clause opens with "after" (the parser may hang the mark on a word of the clause)
            marked = child.dep_ in ("advcl", "ccomp") and is_cause_clause(child, words)
            if marked:  # with its event nouns ("after the Taliban launched an attack on …")
                out.append(find_scope_ids(child, stops) | find_argument_event_ids(child, stops))
            elif child.dep_ == "prep" and is_cause_phrase(child, words):
                out.append({t.i for t in child.subtree})
        return [drop_topics(verb.doc, ids, words) for ids in out]

    @staticmethod
    def _coordinated_verbs(verb: Any) -> list[Any]:
        """The verbs coordinated with ``verb``, also through a coordinated noun that the parser gives the
        second verb ("were killed and two officers wounded": "wounded" hangs on "officers")."""

        def partners(v: Any) -> list[Any]:
            conjs = [c for c in v.children if c.dep_ == "conj"]
            return [c for c in conjs if is_verb(c)] + [
                a for c in conjs if not is_verb(c) for a in c.children if a.dep_ == "acl" and is_verb(a)
            ]

        out = partners(verb)
        if verb.dep_ == "conj" and is_verb(verb.head):
            out.append(verb.head)
        elif verb.dep_ == "acl" and verb.head.dep_ == "conj" and is_verb(verb.head.head):
            out.append(verb.head.head)
        return out

    def _purpose_clauses(self, token: Any) -> list[Any]:
        """The aim of an operation: "began a military operation to recapture the city of Sirte", "launch an
        offensive to retake Mosul" took place where it aims (verbs of ``locative_object_verbs`` only; not "an
        operation to help refugees")."""
        if is_verb(token):
            return []
        holders = [token, token.head] if token.dep_ == "dobj" else [token]
        return [
            c
            for holder in holders
            for c in holder.children
            if c.dep_ in ("acl", "xcomp", "advcl")
            and c.lemma_.lower() in self.words.locative_object_verbs
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]

    def _subject_place_ids(self, verb: Any, stops: frozenset[int]) -> list[set[int]]:
        """The place phrases of the verb's acting subject ("The Chinese embassy in Ottawa issues a rebuke";
        which: :mod:`dotterel.stages.place_acting_subjects`): where the actor is, it acts."""
        out = []
        for subject in find_acting_subjects(verb, stops):
            for prep in find_subject_place_phrases(subject, self.words):
                out.append({t.i for t in prep.subtree} - set(stops))
        return out

    def _situation_place_ids(self, verb: Any, stops: frozenset[int]) -> list[set[int]]:
        """For a verb in an "after"/"as"/"when" clause of a governing verb whose subject is the state of a
        place ("the situation in the province of West Papua worsens after … are killed in clashes"), the
        place phrases of that subject."""
        markers = self.words.situation_clause_markers
        if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in markers for c in verb.children):
            return []
        return [
            {t.i for t in prep.subtree} - set(stops)
            for subject in verb.head.children
            if subject.dep_ in ("nsubj", "nsubjpass") and subject.i not in stops
            if names_word(subject, self.words.situation_nouns)
            for prep in subject.children
            if prep.dep_ == "prep" and prep.lower_ in self.words.subject_place_preps
        ]

    def _adjunct_tiers(self, token: Any, stops: frozenset[int]) -> list[Tier]:
        """The clauses a participial adjunct ("storm a mosque, killing seven and wounding 12") or a gerund
        after a preposition of time ("shot dead in Montfavet after threatening …") hangs on, nearest first,
        each also with its circumstance event nouns ("fired tear gas during a rally in Harare, killing 3");
        none for a coordinated accusation ("is held at Qeshm Island and is accused by Iran of …")."""
        tiers: list[Tier] = []
        adjunct = token
        while not is_coordinated_accusation(token, self.words):
            if self._is_participial_adjunct(adjunct):
                adjunct = adjunct.head
            elif self._is_gerund_adjunct(adjunct):
                adjunct = adjunct.head.head
            else:
                return tiers
            tiers.append((adjunct, find_scope_ids(adjunct, stops)))
            tiers += [(adjunct, ids) for ids in self._circumstance_ids(adjunct, stops)]
        return tiers

    def _is_gerund_adjunct(self, token: Any) -> bool:
        """True for a gerund with no subject of its own after a preposition of time on a verb ("a man is shot
        dead by police in Montfavet after threatening a trader"): its action was done where the verb's was."""
        prep = token.head
        return (
            token.dep_ == "pcomp"
            and token.tag_ == "VBG"
            and prep.dep_ == "prep"
            and prep.lower_ in self.words.gerund_adjunct_preps
            and is_verb(prep.head)
            and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
        )

    @staticmethod
    def _is_participial_adjunct(token: Any) -> bool:
        """True for "…, killing seven" or "storm … and kill": an adjunct that shares its governor's clause."""
        if token.dep_ not in ADJUNCT_DEPS or not is_verb(token) or not is_verb(token.head):
            return False
        if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in token.children):
            return False
        return token.dep_ == "conj" or token.tag_ in ("VBG", "VBN")
