"""A subject noun phrase the parser split at a comma: "A Hennepin County, Minnesota judge drops the charge".

A place written "County, State" before the noun it modifies ("a Hennepin County, Minnesota judge", "a Dallas,
Texas man") is often parsed as two subjects of the verb: the place name, then the noun after the comma. A
clause has one subject, and an English noun phrase ends with its head: the noun after the comma, nearest the
verb, is the subject, the place before it only a modifier.
"""

from __future__ import annotations

from typing import Any

SPLIT_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def to_head_subject(subject: Any) -> Any:
    """Return the later subject of the same verb when ``subject`` is a name followed by a comma and by that
    second subject before the verb; else ``subject`` itself."""
    verb = subject.head
    if subject.pos_ != "PROPN" or subject.dep_ not in SPLIT_SUBJECT_DEPS or subject.i > verb.i:
        return subject
    doc = subject.doc
    later = [
        c for c in verb.children if c.dep_ == subject.dep_ and subject.i < c.i < verb.i and c.pos_ == "NOUN"
    ]
    if not later or subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ",":
        return subject
    return later[-1]
