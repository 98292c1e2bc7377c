"""A subject pronoun of a that-clause is bound by the subject of the saying verb: "the Democratic Unionist
Party announces they will oppose the deal" -> the party, never a name of an earlier sentence.

When "they" has such a subject that agrees with it (a plural noun, or a name of no person or place) and no
quotation opens between them, the pronoun means it, even when it names no known actor: an antecedent
found elsewhere (the last fitting name before it, often in the sentence before) is then wrong, and the pronoun
stays unresolved. An antecedent inside the subject's phrase ("Coalition partner the DUP") is kept.
"""

from __future__ import annotations

from typing import Any

from dotterel.model import Mention

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CONTENT_DEP = "ccomp"
NOMINAL_TAGS = frozenset({"NOUN", "PROPN"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
GROUP_KIND = "group"
SINGULAR_NAME_ENTS = frozenset({"PERSON", "GPE", "LOC"})


def find_saying_subject(tok: Any) -> Any | None:
    """The noun subject of the verb whose that-clause has the pronoun ``tok`` as its subject, or None."""
    if tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != CONTENT_DEP:
        return None
    subject = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i >= tok.i or subject.pos_ not in NOMINAL_TAGS:
        return None
    return subject


def _agrees(kind: str, subject: Any) -> bool:
    """"they" and a plural noun or a name that is no person's or place's ("the Democratic Unionist Party")."""
    words = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    if kind != GROUP_KIND or any(w.ent_type_ in SINGULAR_NAME_ENTS for w in words):
        return False  # a person or a country is "he", "she", "it": "Iran says they hit ..." is others
    return any(w.tag_ in PLURAL_TAGS or w.pos_ == "PROPN" for w in words)


def _is_quoted(subject: Any, tok: Any) -> bool:
    """True when a quotation mark opens between the subject and the pronoun: "X said: 'If ..., they ...'"."""
    return any(t.is_quote for t in subject.doc[subject.i : tok.i])


def is_bound_elsewhere(tok: Any, kind: str, antecedent: Mention) -> bool:
    """True when the pronoun ``tok`` (of pronoun ``kind``) is bound by its saying verb's agreeing noun
    subject, and ``antecedent`` lies outside that subject's phrase."""
    subject = find_saying_subject(tok)
    if subject is None or not _agrees(kind, subject) or _is_quoted(subject, tok):
        return False
    first, last = subject.left_edge, subject.right_edge
    return not first.idx <= antecedent.head.start < last.idx + len(last.text)
