"""Tolls told in a relative clause of the event's phrase: "an attack in Nangade District, which killed seven".

- An event noun takes the casualty relative clauses its phrase holds ("a Wednesday attack in Nangade District,
  which killed seven": the parser may hang the clause on the last noun of the attack's place phrase).
- An event verb takes those of an incident noun that is its object or the object of "in" or "during" on it
  ("quelled a mutiny, which left two troops dead", "clashed with protesters in a confrontation that left four
  people dead"): the incident is the event's own act, told by a noun; so is such a clause the parser hangs on
  a phrase of the verb's place ("quelled a mutiny at a barracks in the east, which left two troops dead").
  Only when the clause is no event of its own (its toll is then told once), and only for a noun of
  ``incident_nouns`` with "which" or "that" for subject: not "arrested the man who killed three", nor
  "escaped amid unrest that has left four dead" (a backdrop, not the event), nor "arrested 20 people during a
  riot that left two dead" (an arrest takes no toll of its occasion).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dotterel.stages.nesting import RELATIVE_EVENT_PRONOUNS
from dotterel.stages.scope import SUBJECT_DEPS, find_scope_ids, is_verb

# Dependencies from a noun to the noun phrase the parser may hang its relative clause on ("a mutiny at a
# barracks in the east, which …"), walked at most PHRASE_HOPS times.
PHRASE_DEPS = frozenset({"prep", "pobj", "appos"})
PHRASE_HOPS = 4
OBJECT_DEPS = frozenset({"dobj"})


def _relative_clauses(noun: Any, own: set[int], stops: frozenset[int]) -> list[Any]:
    """The "which"/"that" relative clauses of ``noun``'s phrase that no other event's trigger heads."""
    found, layer = [], [noun]
    for _ in range(PHRASE_HOPS + 1):
        nxt = []
        for node in layer:
            for clause in node.children:
                subjects = [c.lower_ for c in clause.children if c.dep_ in SUBJECT_DEPS]
                relative = len(subjects) == 1 and subjects[0] in RELATIVE_EVENT_PRONOUNS
                if clause.dep_ == "relcl" and relative and clause.i not in own and clause.i not in stops:
                    found.append(clause)
            nxt += [c for c in node.children if c.dep_ in PHRASE_DEPS]
        layer = nxt
    return found


def find_retelling_clause_ids(
    token: Any, own: set[int], stops: frozenset[int], resolve_role: Callable[[Any], Any]
) -> set[int]:
    """For an event noun, the casualty relative clauses its phrase holds: "a Wednesday attack in Nangade
    District, which killed seven"; not "the man who killed"."""
    if is_verb(token):
        return set()
    extra: set[int] = set()
    for i in own:
        for clause in token.doc[i].children:
            subjects = [c.lower_ for c in clause.children if c.dep_ in SUBJECT_DEPS]
            if clause.dep_ != "relcl" or clause.i in own or clause.i in stops:
                continue
            if len(subjects) != 1 or subjects[0] not in RELATIVE_EVENT_PRONOUNS:
                continue
            if resolve_role(clause) is not None:
                extra |= find_scope_ids(clause, stops)
    return extra


def find_incident_nouns(token: Any, own: set[int], nouns: frozenset[str], preps: frozenset[str]) -> list[Any]:
    """The incident nouns of ``own`` that are ``token``'s object or the object of one of ``preps`` on it."""
    found = []
    for i in sorted(own):
        noun = token.doc[i]
        if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in nouns or noun.i == token.i:
            continue
        head = noun.head
        marked = noun.dep_ == "pobj" and head.lower_ in preps and head.head.i == token.i  # "in a clash"
        if marked or noun.dep_ in OBJECT_DEPS and head.i == token.i:
            found.append(noun)
    return found


def find_incident_clause_ids(
    token: Any, own: set[int], stops: frozenset[int], nouns: frozenset[str], preps: frozenset[str]
) -> set[int]:
    """For an event verb, the relative clauses of its incident noun ("quelled a mutiny, which left two troops
    dead"); the caller keeps only those that hold a count."""
    if not is_verb(token):
        return set()
    incidents = find_incident_nouns(token, own, nouns, preps)
    if not incidents:
        return set()
    extra: set[int] = set()  # from the verb too: "quelled a mutiny at a barracks in the east, which left …"
    for head in (*incidents, token):
        for clause in _relative_clauses(head, own, stops):
            extra |= find_scope_ids(clause, stops)
    return extra
