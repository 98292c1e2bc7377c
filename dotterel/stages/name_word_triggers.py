"""A trigger word inside an office's or a body's name is no event: "the Department for [Exiting] the European
Union", "the Secretary of State for [Exiting] the EU", "the Pontifical Council for [Promoting] Christian
Unity".

A name's words are capitalised mid-sentence. A capitalised word (not the first of its sentence) that is the
object of "for", "of" or "against" hanging on a capitalised noun names what the office or body is for: no
one exits the union in "the Department for Exiting the European Union". The noun may be the word just
before the preposition where the parser hangs the phrase on another word. A lower-case trigger after a name
("the Department for Education [exited] the scheme") and a capitalised head at the start of its sentence (a
title-case heading) are left alone.
"""

from __future__ import annotations

from typing import Any

__all__ = ["is_name_word_trigger"]

NAME_PREPS = frozenset({"for", "of", "against"})
OBJECT_DEPS = frozenset({"pobj", "pcomp"})


def is_name_word_trigger(token: Any) -> bool:
    """True for a capitalised word that is the object of "for"/"of"/"against" after a capitalised noun
    mid-sentence: "the Department for [Exiting] the European Union"; not "the department for [exiting]"."""
    start = token.sent.start
    if token.i == start or not token.text[:1].isupper() or token.text.isupper():
        return False
    prep = token.head
    if token.dep_ not in OBJECT_DEPS or prep.lower_ not in NAME_PREPS or prep.text != prep.lower_:
        return False
    owners = (prep.head, token.doc[prep.i - 1])  # the word before "for" when the parser hangs it elsewhere
    return any(_is_name_noun(owner, start, token.i) for owner in owners)


def _is_name_noun(owner: Any, start: int, end: int) -> bool:
    """True for a capitalised noun mid-sentence before ``end``: "the [Department] for", "Secretary of [State]
    for"."""
    if owner.i == start or owner.i >= end or owner.pos_ not in {"NOUN", "PROPN"}:
        return False
    return owner.text[:1].isupper() and not owner.text.isupper()
