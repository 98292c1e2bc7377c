"""An act told in a past clause that says who a person is takes no place from the clauses around it.

"Troops raid a camp near Hebron, where they look for the rock thrower who killed a soldier yesterday", "a
march in Moscow demanding punishment for police who detained a journalist", "Abdullah, accused of helping to
plan the 1998 bombings, was killed in Iran", "the teenager charged for killing two protesters in Kenosha will
not face charges in Illinois": a relative clause ("who …") or a participle ("accused of …", "charged for …",
"to be convicted of …") in the past on a person tells what that person did or had done to them before, to say
who they are. The place of the clause around the person is where the main act is, not where that earlier act
was: only a place phrase inside the person's clause is its place ("a man who stabbed three people in Paris"),
or the place of the subject acting on the person ("Police in Manchester arrest a man who attacked …": the
police act where their force is, on what happened there).

A clause in the present or progressive ("a man attempting to stab officers", "protesters who are blocking the
road") is the person's act at the main act's time and scene, and keeps the clauses around it; so does a
clause on a thing ("the attack that killed 40"; stages/place_relatives.py), and "was to" or "had to" of a
plan or a duty ("who was to visit Caracas"). A person is the antecedent of "who"/"whom" when the clause opens
with a relative word (not "where", "which"); else, for a participle or a relative clause with none, a name the
tagger marks as one or a noun set in apposition with such a name ("Kyle Rittenhouse, the teenager charged …").
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.place_remote_acts import RemoteActClauses
from dotterel.stages.place_tiers import Tier

# Dependencies of a clause set on a noun: a relative clause and a participle or infinitive.
PERSON_CLAUSE_DEPS = frozenset({"relcl", "acl"})
# Tags of a clause verb in the past: a simple past ("who killed") or a past participle ("accused of", "who had
# fled", "to be convicted").
PAST_TAGS = frozenset({"VBD", "VBN"})
# Relative pronouns that stand for a person only.
PERSON_RELATIVES = frozenset({"who", "whom"})
# Tags of relative words ("who", "which", "that", "where", "when").
RELATIVE_TAGS = frozenset({"WP", "WDT", "WRB"})
# Auxiliaries that make a past participle a present state or a progressive ("who is wanted", "who are being
# held"): the person's state at the main act's time.
PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "being"})

__all__ = ["PersonPastClauses", "find_person_past_clause"]


def find_person_past_clause(token: Any) -> Any | None:
    """Return the verb of the past clause on a person that holds ``token`` (itself or an ancestor, up to the
    first clause set on a noun), or None."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in PERSON_CLAUSE_DEPS and node.head.pos_ in ("NOUN", "PROPN"):
            return node if _is_past(node) and _is_person(node.head, node) else None
        node = node.head
    return None


def _is_past(verb: Any) -> bool:
    """True for a clause verb in the past, not made present by its auxiliary ("who is wanted"), nor "be"
    or "have" of a plan or a duty ("who was to visit", "who had to flee")."""
    if verb.tag_ not in PAST_TAGS or verb.lemma_.lower() in ("be", "have"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in PRESENT_AUXILIARIES for c in verb.children)


def _is_person(noun: Any, clause: Any) -> bool:
    """True for a person: the antecedent of "who" when the clause opens with a relative word; else a name
    tagged as a person or a noun in apposition with one (either way)."""
    words = [*clause.children, *(g for c in clause.children if c.dep_ == "prep" for g in c.children)]
    relatives = {w.lower_ for w in words if w.tag_ in RELATIVE_TAGS}  # "who", "where", "in which", "to whom"
    if relatives:  # "who"; not "where", "which" on a name the tagger took for a person
        return bool(relatives & PERSON_RELATIVES)
    if noun.ent_type_ == "PERSON":
        return True
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children)


class PersonPastClauses(RemoteActClauses):
    """:class:`RemoteActClauses` whose tiers for an act inside a past clause on a person
    (:func:`find_person_past_clause`) are cut to that clause and its acting subject's place phrase."""

    def find_tiers(self, token: Any, stops: frozenset[int]) -> list[Tier]:
        """The tiers of :class:`RemoteActClauses`; for an act in a person's past clause, each cut to it."""
        tiers = super().find_tiers(token, stops)
        clause = find_person_past_clause(token)
        if clause is None:
            return tiers
        inside = {t.i for t in clause.subtree} | self._acting_subject_place_ids(clause.head)
        return [(anchor, ids & inside) for anchor, ids in tiers if ids & inside]

    def _acting_subject_place_ids(self, person: Any) -> set[int]:
        """The place phrases of the subject of the verb the person hangs on ("Police in Manchester arrest a
        man who …": the police's own place, where they act on what the man did)."""
        verb = person
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return {
            t.i
            for subject in subjects
            for prep in subject.children
            if prep.dep_ == "prep" and prep.lower_ in self.words.subject_place_preps
            for t in prep.subtree
        }
