"""The phrases of a sentence whose places are another happening's, never an event's own: under a circumstance
preposition ("talks amid the escalation in Idlib"), an event noun after a preposition of another happening
("arrested for the mass shooting in Sonora"), the content of a verb of agreeing or asking ("agree to a
ceasefire in Idlib"; not a threat's when the threat names no place of its own: "threatened to storm his
residence in Tbilisi" is there); for an event inside a "since" or "despite" phrase, the rest of the
sentence ("the first attack since the end of a truce …"); for an event in a contrasted clause ("…, while
politicians have been detained"), the event phrase that is the subject of the clause it hangs on. Not a
placeless circumstance ("amid the COVID-19 pandemic in Van Province"), nor "over <place>" in the event's own
phrase after an air strike or a flight ("a strike over Damascus"), nor after a noun of holding a place
("control over the town of Saraqib"), nor the doer's next act at the scene ("before being arrested in
Lyon"; "before killing himself in San Diego": :mod:`dotterel.stages.place_sequel_gerunds`).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.place_addressed_objects import find_addressed_object_ids
from dotterel.stages.place_attached_phrases import to_low_attached_ids
from dotterel.stages.place_crime_phrases import find_crime_phrase_ids
from dotterel.stages.place_inquiry_topics import find_inquiry_topic_ids
from dotterel.stages.place_left import find_occasion_ids
from dotterel.stages.place_penalty_grounds import find_penalty_grounds_ids
from dotterel.stages.place_reach import is_preposition_like
from dotterel.stages.place_reasons import find_reason_ids
from dotterel.stages.place_sanctioned_targets import find_sanctioned_ids
from dotterel.stages.place_sequel_gerunds import is_own_sequel_gerund
from dotterel.stages.place_topics import find_topic_ids
from dotterel.stages.place_uses import names_word
from dotterel.stages.scope import SUBJECT_DEPS, is_verb


def is_placeless_circumstance(prep: Any, words: PlaceWords) -> bool:
    """True for a circumstance with no one place of its own ("amid the COVID-19 pandemic"), whose place
    phrase the parser hangs on it though it says where the event was."""
    return any(c.dep_ == "pobj" and names_word(c, words.placeless_circumstances) for c in prep.children)


class ElsewhereReader:
    """Find the tokens whose places belong to another happening than the event's."""

    def __init__(self, words: PlaceWords) -> None:
        self.words = words

    def find_elsewhere_ids(self, token: Any, stops: frozenset[int], keep: set[int]) -> set[int]:
        """Tokens whose places are another happening's: under a circumstance preposition ("talks amid the
        escalation in Idlib"), or an event noun that is the object of a preposition of another happening
        ("arrested for the mass shooting in Sonora", "an airstrike in retaliation for the Pulwama attack"), or
        the content of a verb of agreeing or asking ("agree to a ceasefire in Idlib"); never those holding the
        trigger, nor those in ``keep``."""
        ids = self._content_ids(token) | self._outside_detached_ids(token, stops) | self._reacted_ids(token)
        ids |= find_topic_ids(token, self.words)  # "denies the presence of mercenaries in Libya"
        ids |= find_reason_ids(token, self.words)  # "on alert in response to groups in South Korea"
        ids |= find_crime_phrase_ids(token, self.words)  # "sentenced for the murder of a woman in Ohio"
        ids |= find_inquiry_topic_ids(token, self.words)  # "a probe into payments in Estonia"
        ids |= find_sanctioned_ids(token, self.words)  # "sanctions on seven officials in Venezuela"
        ids |= find_penalty_grounds_ids(token, self.words)  # "sanctions officials for abuses in Xinjiang"
        ids |= find_addressed_object_ids(token, self.words)  # "warns the government of risks in China"
        ids -= find_occasion_ids(token, self.words)  # "accuses … of smearing China at the G20 meeting"
        table, sentence = to_doc_table(token.doc), token.sent
        lowers, deps, preps = table.lowers, table.deps, self.words.circumstance_preps
        for i in range(sentence.start, sentence.end):
            if lowers[i] not in preps and deps[i] != "pobj":
                continue  # neither a circumstance preposition nor a preposition's object: no Token needed
            other = token.doc[i]
            # "following" also as the tagger's participle ("sign a deal following the fighting in Idlib")
            if is_preposition_like(other, self.words.circumstance_preps):
                if is_placeless_circumstance(other, self.words):
                    continue  # "amid the COVID-19 pandemic in Van Province": the place is the event's
                overhead = self._is_overhead(other)
                located = other.lower_ in self.words.locative_preps and self._in_own_phrase(other, token)
                sequel = self._is_sequel(other) or is_own_sequel_gerund(other, token, self.words)
                if (overhead and located) or self._is_control_over(other) or sequel:
                    continue  # "a strike over Damascus", "control over Saraqib" are there; "talks over X" not
                if self._is_before_audience(other):
                    continue  # "a speech before the court at The Hague" was at The Hague
                subtree = to_low_attached_ids(other, token.i)
                if token.i not in subtree:
                    ids |= subtree
            elif self._is_other_happening(other, stops):
                subtree = {t.i for t in other.head.subtree}
                if token.i not in subtree:
                    ids |= subtree
        return ids - keep

    def _outside_detached_ids(self, token: Any, stops: frozenset[int]) -> set[int]:
        """For a trigger inside a phrase of ``detached_preps``, which tells a happening of its own, the rest
        of the sentence ("the first attack since the end of a truce …", "despite a petition for a ceasefire",
        "held since being kidnapped outside a university in 2016"); for a trigger in a contrasted clause with
        its own subject, the phrase of the event that is the subject of the clause it hangs on ("a crackdown
        on protests in Oromia leaves 81 dead, while several politicians have been detained")."""
        for node in (token, *token.ancestors):
            if node.dep_ == "prep" and node.lower_ in self.words.detached_preps:
                inside = {t.i for t in node.subtree}
                return {i for i in range(token.sent.start, token.sent.end) if i not in inside}
            if self._is_contrasted_clause(node):
                subjects = [s for s in node.head.children if s.dep_ in SUBJECT_DEPS and s.i in stops]
                return {t.i for s in subjects for t in s.subtree}
        return set()

    def _is_contrasted_clause(self, verb: Any) -> bool:
        """True for "while several politicians have been detained": a finite clause with its own subject,
        opened by a conjunction of ``contrast_markers``."""
        children = list(verb.children)
        return (
            verb.dep_ == "advcl"
            and verb.tag_ != "VBG"
            and any(c.dep_ == "mark" and c.lower_ in self.words.contrast_markers for c in children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
        )

    def _is_overhead(self, prep: Any) -> bool:
        """True when "over" hangs on a word of ``overhead_heads`` ("a strike over Damascus") or on the object
        of one ("shot down a fighter jet over Tripoli", "intercepted two drones over Riyadh"): in the air
        above the place."""
        head, words = prep.head, self.words.overhead_heads
        return names_word(head, words) or (head.dep_ == "dobj" and names_word(head.head, words))

    def _is_control_over(self, prep: Any) -> bool:
        """True for "over" on a noun of holding a place (``of_place_nouns``): "asserting control over the
        towns of Kafr Zita and Murak" is "control of" them, the place held; not "talks over Kashmir"."""
        if prep.lower_ != "over":
            return False
        head, nouns = prep.head, self.words.of_place_nouns  # the parser may hang it on the verb ("gained")
        objects = [c for c in head.children if c.dep_ == "dobj"]
        return names_word(head, nouns) or any(names_word(c, nouns) for c in objects)

    def _is_sequel(self, prep: Any) -> bool:
        """True for a preposition of ``sequel_preps`` whose object is a passive gerund with no subject of its
        own: the doer's next act at the scene ("stabbed three people before being arrested in Lyon")."""
        return prep.lower_ in self.words.sequel_preps and any(
            c.dep_ == "pcomp"
            and c.tag_ == "VBN"
            and any(a.dep_ == "auxpass" and a.lower_ == "being" for a in c.children)
            and not any(a.dep_ in SUBJECT_DEPS for a in c.children)
            for c in prep.children
        )

    def _is_before_audience(self, prep: Any) -> bool:
        """True for a "before" whose object is a body one speaks or stands before (``audience_nouns``): "her
        speech before the International Court of Justice", "testified before Congress"; not "before the
        election"."""
        return prep.lower_ == "before" and any(
            c.dep_ == "pobj" and names_word(c, self.words.audience_nouns) for c in prep.children
        )

    @staticmethod
    def _in_own_phrase(prep: Any, token: Any) -> bool:
        """True when ``prep`` hangs on the trigger or on a word of its own phrase, no other verb between ("is
        shot down by a missile over Aleppo"; not "investigating a drone hovering over Kuwait City")."""
        head = prep.head
        while head.i != token.i:
            if is_verb(head) or head.head.i == head.i:
                return False
            head = head.head
        return True

    def _content_ids(self, token: Any) -> set[int]:
        """The content of a verb of agreeing, asking or promising ("agrees to keep 400 troops in Syria", "call
        for a truce in Yemen"): the place of what is agreed is not where the agreement was made."""
        words = self.words
        if is_verb(token) and token.lemma_.lower() in words.accusation_verbs:
            return self._accused_ids(token)
        if not is_verb(token):  # "Trump demands that …" read as a noun: a content noun's clause
            content = names_word(token, words.content_nouns)
            return {t.i for c in token.children if content and _is_content_clause(c) for t in c.subtree}
        if token.lemma_.lower() not in words.content_verbs:
            return set()
        if token.lemma_.lower() in words.threat_verbs and not self._names_own_place(token):
            return set()  # "threatened to storm his residence in Tbilisi": the threat is where the action is
        return {
            t.i
            for c in token.children
            if c.dep_ == "xcomp"
            or (c.dep_ == "prep" and c.lower_ in words.content_preps)
            or _is_content_clause(c)
            for t in c.subtree
        }

    def _reacted_ids(self, token: Any) -> set[int]:
        """What a reaction or an inquiry is about (``reaction_words``): the object of the verb ("condemns
        Wednesday's airstrikes against the Taliban in Herat") or the "into" phrase of the verb or noun ("a
        probe into yesterday's fire … in downtown Los Angeles"): a happening of its own, with its own
        place. A reaction told as a passive participle or relative clause on the noun it reacts to ("…, a
        move welcomed by Israel", "the strike, which Iran condemned") is about that noun, which sums up the
        rest of its sentence: all but its own clause is elsewhere (not "a declaration condemning …", whose
        noun is the reaction itself)."""
        if not names_word(token, self.words.reaction_words):
            return set()
        own = {t.i for t in token.subtree}
        outside = {t.i for t in token.sent} - own if _reacts_to_head(token) else set()
        holders = [token, token.head] if token.dep_ == "dobj" else [token]  # "launch a probe into …"
        return outside | {
            i
            for holder in holders
            for c in holder.children
            if (c.dep_ == "dobj" and holder is token and is_verb(token))
            or (c.dep_ == "prep" and c.lower_ in self.words.inquiry_preps)
            for i in (to_low_attached_ids(c, token.i) if c.dep_ == "prep" else {t.i for t in c.subtree})
        }

    def _accused_ids(self, verb: Any) -> set[int]:
        """What an accusation is about, on the verb or its object ("accuses Iran of seizing a tanker held at
        Qeshm", "accuses the rebels of attacking a village in Ituri"): not where the accusation was made."""
        holders = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
        return {
            t.i
            for holder in holders
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ in self.words.accusation_preps
            for t in c.subtree
        }

    def _names_own_place(self, verb: Any) -> bool:
        """True when a locative phrase hangs on ``verb`` itself ("threatened in a speech in Ankara to …"), not
        on its content."""
        return any(c.dep_ == "prep" and c.lower_ in self.words.locative_preps for c in verb.children)

    def _is_other_happening(self, noun: Any, stops: frozenset[int]) -> bool:
        """True for an event noun governed by a preposition of ``other_happening_preps`` ("for the
        shooting")."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in self.words.other_happening_preps or is_verb(noun):
            return False
        events = self.words.attack_nouns | self.words.located_events
        return noun.i in stops or names_word(noun, events)


def _is_content_clause(clause: Any) -> bool:
    """True for a clause that tells what a verb of agreeing or asking agrees to or asks for: a reported
    clause ("demands that European allies, in particular Germany and France, take back …"), or a "that"
    clause or to-infinitive the parser hangs on it as an adverbial ("agree on a deal to return migrants
    stranded at a camp in Santiago")."""
    if clause.dep_ == "ccomp":
        return True
    if clause.dep_ not in ("advcl", "acl"):
        return False
    children = list(clause.children)
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in children) or any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in children
    )


def _reacts_to_head(token: Any) -> bool:
    """True for a reaction verb whose head noun is what it reacts to: a passive participle ("a move
    welcomed by Israel") or a relative clause whose passive subject or object is the relative pronoun."""
    if token.dep_ == "acl":
        return token.tag_ == "VBN"
    return token.dep_ == "relcl" and any(
        c.dep_ in ("nsubjpass", "dobj") and c.tag_ in ("WDT", "WP") for c in token.children
    )
