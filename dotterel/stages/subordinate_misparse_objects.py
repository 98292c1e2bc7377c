"""A verb's object the small parser made the subject of a following subordinate clause.

"The governor declares a state of emergency as a winter storm begins to affect the state": the parser reads
"declares [a state of emergency as a winter storm begins …]" as a reported clause whose subject is "state",
so the declaring verb has no object. A subordinate clause opens with its conjunction ("as", "after",
"because" …), and its own subject follows it; a "subject" that stands before the clause's conjunction, right
after a verb with no object of its own, is that verb's object.
"""

from __future__ import annotations

from typing import Any

# The conjunctions that open a subordinate clause of time, cause or manner ("as", "after", "because").
SUBORDINATORS = frozenset(
    {
        "as",
        "after",
        "before",
        "because",
        "since",
        "while",
        "when",
        "whilst",
        "until",
        "once",
        "though",
        "although",
    }
)
CLAUSE_DEPS = frozenset({"ccomp", "advcl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def find_misparsed_clause_object(verb: Any) -> Any | None:
    """The noun the parser made the subject of the verb's following subordinate clause although it stands
    before that clause's conjunction: "declares [a state] of emergency as a storm begins" gives "state"; None
    when the clause's subject follows its conjunction ("declares that a storm begins", "says the storm
    begins as …")."""
    for clause in verb.children:
        if clause.dep_ not in CLAUSE_DEPS or clause.i < verb.i:
            continue
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in SUBORDINATORS), None)
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if mark is None or subject is None or not verb.i < subject.i < mark.i:
            continue
        if subject.pos_ in {"NOUN", "PROPN"}:
            return subject
    return None


def find_declared_objects(verb: Any) -> list[Any]:
    """The verb's direct objects, and the object the parser made the subject of its "as" clause."""
    found = [child for child in verb.children if child.dep_ == "dobj"]
    misparsed = find_misparsed_clause_object(verb) if not found else None
    return found + ([misparsed] if misparsed is not None else [])
