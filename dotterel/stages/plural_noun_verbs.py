"""A headline's present-tense verb the tagger took for a plural noun, told by word order, and its subject.

The word order is that of :mod:`dotterel.stages.headline_verbs` (its docstring): right after the head noun of
a subject that no verb of its clause precedes, and right before an object. Kept apart from the trigger
checks there so that the roles stage can ask for the verb's subject: "The [government] of Benin orders EU
ambassador Oliver Nette to leave the country", where the parser made "to leave" the root and "orders" a
noun.
"""

from __future__ import annotations

from typing import Any

PLURAL_NOUN_TAG = "NNS"
# The head noun of a subject just before the verb: "the court", "Turkey", "the Court of Session".
SUBJECT_HEAD_TAGS = frozenset({"NN", "NNP", "NNPS"})
# The first word of an object right after the verb: a name, a determiner, a number, an adjective or noun
# modifier, a possessive: "sentences [Bosco] Ntaganda", "[a] man", "[10] people", "[former] president".
OBJECT_START_TAGS = frozenset({"NNP", "NNPS", "DT", "PDT", "CD", "JJ", "NN", "PRP$", "PRP"})
# A finite verb before the word in its own clause makes the word the verb's object or complement.
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
# Words that open a new clause, after which a subject may start again: "summons the ambassador [after] the
# government sentences ...", "the court [that] ...".
CLAUSE_OPENERS = frozenset(
    {"after", "as", "when", "while", "because", "since", "before", "until", "once", "that"}
)
CLAUSE_OPENER_TAGS = frozenset({"WDT", "WP", ":"})
MAX_PHRASE_HOPS = 3
VERB_POS = frozenset({"VERB", "AUX"})
# The words of a noun phrase the parser hangs on the phrase's head, after them: "the French [ambassador]".
OBJECT_MODIFIER_DEPS = frozenset({"det", "amod", "compound", "nmod", "poss", "nummod"})
OBJECT_HEAD_POS = frozenset({"NOUN", "PROPN"})


def is_headline_verb(token: Any) -> bool:
    """True for a plural-noun-tagged word that the word order makes a present-tense verb: right after the
    head noun of a subject that no verb of its clause precedes, and right before an object ("A court in
    Denmark [sentences] a former public employee to six years"); not "the sentences handed down", "prison
    sentences for", "were given life sentences"."""
    if token.tag_ != PLURAL_NOUN_TAG or not token.lower_.endswith("s"):
        return False
    doc, sentence = token.doc, token.sent
    if token.i == sentence.start or token.i + 1 >= sentence.end:
        return False
    if doc[token.i - 1].tag_ not in SUBJECT_HEAD_TAGS or not _starts_object(doc, token.i + 1, sentence.end):
        return False
    return not _has_verb_before(doc, sentence.start, token.i)


def find_headline_subject(token: Any) -> Any | None:
    """Return the subject of a headline verb the tagger took for a plural noun (:func:`is_headline_verb`),
    or None: the word right before it, or the noun a phrase ending there hangs on ("The [government] of Benin
    orders X to leave the country"). Only where the parser ran it into the subject of another verb it made
    the root ("to leave"): not for one that is the root itself, whose own phrases hold its parties ("A state
    court [rules] that the order is unlawful"), nor in a sentence with a noun as its root (other rules).
    """
    root = token.sent.root
    if root.i == token.i or root.pos_ not in VERB_POS or not is_headline_verb(token):
        return None
    subject = token.doc[token.i - 1]
    for _ in range(MAX_PHRASE_HOPS):
        start = subject.left_edge.i
        before = token.doc[start - 1] if start > token.sent.start else None
        if before is None or before.dep_ != "prep" or before.head.i > before.i:
            break
        subject = before.head
    return subject


def _starts_object(doc: Any, index: int, end: int) -> bool:
    """True when the word at ``index`` starts an object: a noun phrase, or "to" with a noun ("to 30 years",
    "to death"), not "to" with a verb ("sentences to be served")."""
    word = doc[index]
    if word.lower_ == "to":
        return index + 1 < end and doc[index + 1].tag_ in OBJECT_START_TAGS | {"NNS"}
    if word.lower_ == "that" and word.tag_ == "IN":  # a content clause: "court rules [that] the ban is"
        return index + 1 < end and doc[index + 1].tag_ in OBJECT_START_TAGS
    return word.tag_ in OBJECT_START_TAGS


def _has_verb_before(doc: Any, start: int, index: int) -> bool:
    """True when a finite verb comes between the clause's start and ``index``: the word is then inside the
    verb's object or complement ("receives 33 life sentences", "were given prison sentences")."""
    for i in range(index - 1, start - 1, -1):
        word = doc[i]
        if word.lower_ in CLAUSE_OPENERS or word.tag_ in CLAUSE_OPENER_TAGS:
            return False
        if word.tag_ in FINITE_TAGS:
            return True
    return False


def find_headline_object(token: Any) -> Any | None:
    """Return the head of the noun phrase right after a headline verb the tagger took for a plural noun
    (:func:`is_headline_verb`), or None: "Benin orders EU ambassador Oliver [Nette] to leave", "The government
    of Mali orders the French [ambassador] to leave", whose parse hangs that phrase elsewhere."""
    if not is_headline_verb(token):
        return None
    word = token.doc[token.i + 1]
    while word.dep_ in OBJECT_MODIFIER_DEPS and word.head.i > word.i and word.head.i < token.sent.end:
        word = word.head
    return word if word.pos_ in OBJECT_HEAD_POS else None


def to_object_before_headline_verb(obj: Any) -> Any:
    """Return a preposition's object, or the word before a headline verb the parser ran into that object's
    phrase ("The government of [Benin] orders EU ambassador X to leave": not the ambassador)."""
    verb = next((t for t in obj.subtree if t.i > obj.head.i and is_headline_verb(t)), None)
    return obj if verb is None else verb.doc[verb.i - 1]
