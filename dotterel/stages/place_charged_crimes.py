"""The crime someone is arrested, charged or sentenced for takes no place from the arrest or the court.

"A man is arrested in Rome for the murder of an officer", "is detained in Paris after being accused of rape",
"a court in Oslo sentences him on charges of murder": the crime is the content of the charging act
(``charging_words`` of ``knowledge/places.yaml``), told in a phrase of ``charge_preps`` on it, directly or
through a noun of the charge (``charge_nouns``: "on charges of", "on suspicion of", "in connection with",
"for their role in"), or in a phrase of ``crime_phrase_preps`` opened by a crime noun ("sued at the
International Court of Justice for their role in the Rohingya genocide": the genocide was not at The Hague).
The place phrase of the charging act says where the arrest or the trial is, not where the crime was; the
crime keeps only a place named inside its own phrase ("for the murder of a journalist in Istanbul"), one
named in another sentence, or the scene a sentence opens with ("In Wisconsin, X is sentenced for …"); a
measure broken is no crime of its own ("arrested in the Dominican Republic for breaking curfew"). The crime
may be a verb an attempt is of ("for attempting to kill"), in a second phrase of the same preposition ("for
murder and for attempting to kill"); a verdict of guilt charges too ("found guilty of murder"). Run after
every event has its place: the place is taken away, none is put in its stead.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.model import Event
from dotterel.stages.place_trial_charges import is_trial_verb, opens_confessed_deed
from dotterel.stages.place_uses import names_word

__all__ = ["find_charge_phrase", "is_charged_crime_place"]

# Dependencies that lead from a crime word up to the preposition that opens it: the object of the preposition,
# a gerund after it, a later conjunct ("for extortion and murder"), a noun modifier ("on murder charges",
# "accused of rape and drug offenses", parsed with "rape" modifying "offenses"), the verb an attempt is of
# ("for attempting to kill worshippers", ``attempt_verbs``; not a plot's: "arrested in Poland for planning to
# kill Muslims" is a plan made where its makers are held, and the act planned never happened anywhere).
CLIMB_DEPS = frozenset({"conj", "compound", "nmod"})
UP_DEPS = frozenset({"pobj", "pcomp", "xcomp"}) | CLIMB_DEPS


def find_charge_phrase(token: Any, words: PlaceWords) -> Any | None:
    """Return the preposition whose phrase holds the crime at ``token`` as the content of a charging act,
    walking up through conjuncts and charge nouns (see the module); None when ``token`` is no such crime."""
    node = token
    while node.dep_ in UP_DEPS and node.head.i != node.i:
        head = node.head
        while head.dep_ == "conj" and head.head.dep_ == "prep":  # "for murder and for attempting to kill"
            head = head.head
        opening = head.lower_ in words.charge_preps or names_word(node, words.charge_nouns)
        opening = opening or (head.lower_ in words.crime_phrase_preps and names_word(node, words.crime_nouns))
        opening = opening or opens_confessed_deed(head, words)  # "confesses in court to killing …"
        if head.dep_ == "prep" and opening and node.dep_ in ("pobj", "pcomp"):
            governor = head.head
            charging = names_word(governor, words.charging_words) or is_trial_verb(governor, words)
            if governor.i != token.i and (charging or opens_confessed_deed(head, words)):
                return head
            if not names_word(governor, words.charge_nouns):
                return None
            node = governor
        elif node.dep_ in CLIMB_DEPS or (node.dep_ == "xcomp" and names_word(head, words.attempt_verbs)):
            node = head
        else:
            return None
    return None


def _opens_sentence(word: Any) -> bool:
    """True when ``word`` lies in a preposition phrase the sentence opens with ("In Wisconsin, …")."""
    first = word.sent[0]
    return first.dep_ == "prep" and first.i <= word.i <= first.right_edge.i


def is_charged_crime_place(event: Event, token: Any, words: PlaceWords) -> bool:
    """True when ``event`` is a charged crime (:func:`find_charge_phrase`) whose place is named in its own
    sentence outside its phrase and not in the phrase the sentence opens with: the charging act's place."""
    place = event.evidence.spans.get("place")
    if event.place is None or token is None or place is None:
        return False
    span = token.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or span.sent.start != token.sent.start:
        return False
    prep = None if names_word(token, words.measure_words) else find_charge_phrase(token, words)
    if prep is None:  # a measure broken ("arrested in X for breaking curfew") covers where the arrest is
        return False
    inside = prep.left_edge.i <= span.root.i <= prep.right_edge.i
    return not inside and not _opens_sentence(span.root)
