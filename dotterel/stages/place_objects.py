"""Place phrases of an event told outside its own clause, about its object or by its reporters.

- A relative clause that says where the object of the event's verb was at the time, in the progressive or with
  a verb of entering (``object_clause_verbs`` of ``knowledge/places.yaml``): "open fire and kill 25 people who
  were blocking a bridge in Nasiriyah", "strike a convoy of an armed group that entered northern Chad"
  (:func:`find_object_clause_ids`); not a clause that tells something else the object did ("kill a man who
  had lived in Paris"), nor where it dwells ("a man who was living in Paris": ``dwelling_verbs``). The same
  holds for the doers a passive verb names by "by": "Ten civilians are killed by militiamen who crossed the
  border from Uganda into the Beni Territory" (where they entered, not where they came from), "killed by
  gunmen who were hiding in a forest near Kidal".
- The place of local officials who report the event ("Officials in Takhar Province report that 12 civilians
  were killed"; ``reporting_verbs`` and ``local_reporters``), a last resort after the event's sentence, and
  only a division (a province, a state), not a capital's officials (:func:`find_reporter_place_ids`).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.scope import SUBJECT_DEPS, is_verb


def _objects(verb: Any) -> list[Any]:
    """The objects of ``verb``, the doers of a passive one ("killed by militiamen who …"), and the nouns
    they hold through "of" ("a convoy of pickups of a group")."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    out += [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    todo = list(out)
    while todo:
        noun = todo.pop()
        for of in noun.children:
            if of.dep_ == "prep" and of.lower_ == "of":
                nouns = [g for g in of.children if g.dep_ == "pobj"]
                out += nouns
                todo += nouns
    return out


def _is_progressive(verb: Any) -> bool:
    """True for a clause that tells where the object was at the time: progressive ("people who were blocking
    a bridge in …") or of being ("farmers who were in their fields near …"; not "travellers who have been in
    the United Kingdom", a time before)."""
    progressive = verb.tag_ == "VBG" and any(a.dep_ == "aux" and a.lemma_ == "be" for a in verb.children)
    perfect = any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.children)  # "who have been in …"
    return progressive or (verb.lemma_ == "be" and not perfect)


def find_object_clause_ids(verb: Any | None, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """Return the place phrases (locative prepositions' phrases, an entered place) of the relative clauses
    of the objects (or passive doers) of ``verb`` and of the verbs coordinated with it that have no subject
    of their own, when the clause is progressive or one of entering."""
    if verb is None or not is_verb(verb):
        return set()
    verbs = [verb] + [
        c
        for c in verb.children
        if c.dep_ == "conj" and is_verb(c) and not any(s.dep_ in SUBJECT_DEPS for s in c.children)
    ]
    out: set[int] = set()
    for clause in (r for v in verbs for n in _objects(v) for r in n.children if r.dep_ in ("relcl", "acl")):
        entering = clause.lemma_.lower() in words.object_clause_verbs
        dwelling = clause.lemma_.lower() in words.dwelling_verbs  # "a man who was living in Paris"
        if dwelling or not (entering or _is_progressive(clause)):
            continue
        for child in clause.children:
            if child.dep_ == "dobj" and entering:
                out |= {t.i for t in child.subtree}
            held = [g for g in child.children if g.dep_ == "prep"] if child.dep_ == "dobj" else [child]
            for prep in held:
                if prep.dep_ == "prep" and prep.lower_ in words.locative_preps and prep.lower_ != "from":
                    out |= {t.i for t in prep.subtree}
    return out - set(stops)


def find_reporter_place_ids(verb: Any | None, stops: frozenset[int], words: PlaceWords) -> set[int]:
    """Return the "in" phrase of the local officials whose report holds the event's clause: "Officials in
    Takhar Province report that 12 civilians were killed" (not "Officials say", not "Turkey says")."""
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in words.reporting_verbs:
        return set()
    return {
        t.i
        for subject in verb.head.children
        if subject.dep_ == "nsubj" and subject.lemma_.lower() in words.local_reporters
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for t in prep.subtree
    } - set(stops)
