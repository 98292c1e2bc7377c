"""A present-tense verb after a counted plural subject that the tagger took for the sentence's root noun.

"Seven MPs [resign] from the Labour Party", "Seven Labour MPs [resign]": the tagger reads the bare verb as a
singular noun and the parser makes the counted group before it ("Seven MPs") that noun's compound, so the
verb has neither a subject nor an object of its own. English word order shows the verb: a noun phrase of a
number and a plural noun, then a bare singular-looking word that heads the sentence with no determiner or
possessive of its own ("the resign" is no English), is a group doing what the verb says. A noun that really
heads such a phrase keeps a determiner or a possessive ("the seven MPs' [pay]"), is no base form of a verb
the lexicon knows, or has no number before it.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.lexicon import Lexicon

SINGULAR_NOUN_TAG = "NN"
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# A word of these dependencies on the root marks it as a noun: "the", "its", "MPs'" before it. An adjective
# does not: the plural noun comes right before the root, so one before that is the group's ("Seven
# [Conservative] MPs resign").
NOUN_MARK_DEPS = frozenset({"det", "poss", "case"})


def is_counted_subject_verb(token: Any, lexicon: Lexicon) -> bool:
    """True for the root word of "Seven MPs [resign]": a singular-noun-tagged base form of a lexicon verb
    with a counted subject (:func:`find_counted_subject`)."""
    if str(token.lemma_).lower() != token.lower_ or token.lower_ not in lexicon.verb_lemmas:
        return False
    return find_counted_subject(token) is not None


def find_counted_subject(token: Any) -> Any | None:
    """The plural noun ("MPs") of "Seven MPs [resign]" that the parser made the compound of the root word
    right after it, with a number in the phrase before the root and no determiner or possessive of the
    root's own; None for any other word."""
    if token.tag_ != SINGULAR_NOUN_TAG or token.dep_ != "ROOT" or token.i == token.sent.start:
        return None
    before = token.doc[token.i - 1]
    if before.dep_ != "compound" or before.head.i != token.i or not _is_plural(before):
        return None
    lefts = list(token.lefts)
    if any(child.dep_ in NOUN_MARK_DEPS for child in lefts):
        return None
    return before if any(t.dep_ == "nummod" for child in lefts for t in child.subtree) else None


def _is_plural(noun: Any) -> bool:
    """True for a plural noun, or an acronym the tagger tagged singular ("MPs", "NGOs")."""
    return noun.tag_ in PLURAL_TAGS or (noun.text[:-1].isupper() and noun.text.endswith("s"))
