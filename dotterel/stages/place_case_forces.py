"""The place of the local police or authorities who act on a violent act told in a clause under their verb.

"Police in Kansas City, Kansas, are seeking two suspects after two men opened fire at a bar", "Police officers
in Oslo wound an armed man, who injured three people when he rammed an ambulance into them", "Authorities in
Jakarta were cleaning up cars that were set ablaze by protesters": the force acts where its jurisdiction is,
on a case of that place, so a violent act (ASSAULT) that its own clause and sentence do not place took place
in the force's "in" phrase. The act's clause is an "after"/"following"/"when" clause of the force's verb, or
a clause set on that verb's object (a relative clause or participle). The force's verb is an act on a case
(``case_verbs``: seeking, arresting, shooting, investigating, clearing up), its subject a police or
authority noun (``local_reporters``, or one of them as the subject's compound: "Police officers").

A last resort, after the act's sentence. Not an act told as a person's past at another time or elsewhere:
a clause in the perfect ("who had killed"), one with a date or time of its own ("who killed two people in
2015"), one on a person of a named nationality ("Police in Germany arrest a Syrian who fought for ISIS", "a
Rwandan wanted for the genocide": a case brought from abroad), or of fighting or serving
(``service_verbs``); not a force's verb that sends the person away ("extradite", ``handover_verbs``).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.scope import is_verb

# Dependencies of a clause set on a noun, and those a noun is reached through from the verb's object.
NOUN_CLAUSE_DEPS = frozenset({"relcl", "acl"})
OBJECT_PATH_DEPS = frozenset({"conj", "appos"})
PERFECT_AUXILIARIES = frozenset({"had", "has", "have", "'d"})
CASE_TYPES = frozenset({"ASSAULT"})

__all__ = ["find_case_force_tiers", "find_case_force_ids"]


def _clause_of(token: Any) -> Any | None:
    """The nearest clause holding ``token`` that is set on a noun or hangs on a verb as an adjunct."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in NOUN_CLAUSE_DEPS or node.dep_ == "advcl":
            return node
        node = node.head
    return None


def _force_verb(clause: Any, words: PlaceWords) -> Any | None:
    """The verb of the force acting on the case: the governor of an "after"/"when" clause, or the verb whose
    object (or a conjunct or apposition of it) the clause is set on."""
    if clause.dep_ == "advcl":
        marked = clause.left_edge.lower_ in words.case_clause_markers
        return clause.head if marked and is_verb(clause.head) else None
    noun = clause.head
    while noun.dep_ in OBJECT_PATH_DEPS and noun.head.i != noun.i:
        noun = noun.head
    return noun.head if noun.dep_ == "dobj" and is_verb(noun.head) else None


def _is_told_past(clause: Any, force: Any, words: PlaceWords) -> bool:
    """True for a clause that tells an act of another time or place: in the perfect, with a date of its own,
    of war or service, or on a person of a named nationality."""
    if any(c.dep_ == "aux" and c.lower_ in PERFECT_AUXILIARIES for c in clause.children):
        return True
    dated = any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree)
    if clause.lemma_.lower() in words.service_verbs or dated:
        return True
    inside = {t.i for t in clause.subtree}
    objects = [c for c in force.children if c.dep_ == "dobj"] if clause.dep_ != "advcl" else []
    return any(t.ent_type_ == "NORP" and t.i not in inside for o in objects for t in o.subtree)


def _is_force(subject: Any, words: PlaceWords) -> bool:
    """True for a police or authority noun, or a noun with one as its compound ("Police officers")."""
    nouns = [subject, *(c for c in subject.children if c.dep_ == "compound")]
    return any(n.lemma_.lower() in words.local_reporters or n.lower_ in words.local_reporters for n in nouns)


def find_case_force_ids(token: Any, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """Return the "in" phrase of the police or authorities whose act on a case holds the act's clause
    (the module's rule), or an empty set."""
    clause = _clause_of(token)
    force = None if clause is None else _force_verb(clause, words)
    if clause is None or force is None or force.i in {t.i for t in clause.subtree}:
        return set()
    lemma = force.lemma_.lower()  # "wound" may be read as a form of "wind"
    case = lemma in words.case_verbs or force.lower_ in words.case_verbs
    if not case or lemma in words.handover_verbs or _is_told_past(clause, force, words):
        return set()
    return {
        t.i
        for subject in force.children
        if subject.dep_ == "nsubj" and subject.i not in stops and _is_force(subject, words)
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for t in prep.subtree
    } - set(stops)


def find_case_force_tiers(
    event: Any, token: Any, stops: frozenset[int], words: PlaceWords, pairs: list[tuple[Any, Any]]
) -> list[tuple[Any, set[int], list[tuple[Any, Any]]]]:
    """Return the tier of the case force's "in" phrase (:func:`find_case_force_ids`) for a violent act, with
    the names it may read, or none."""
    if event.action.type not in CASE_TYPES:
        return []
    ids = find_case_force_ids(token, stops, words)
    return [(token, ids, pairs)] if ids else []
