"""A headline's verb the tagger took for a plural noun run into the name before it.

"Turkish President Recep Tayyip Erdogan [lands] in Moscow": after a surname the small tagger may read a
third-person verb in -s as a plural noun, and the parser then builds one noun phrase, "Recep Tayyip Erdogan
lands", as the root of the sentence, with the name as its compound and the place phrase hung on it. A sentence
of news needs a verb: a plural-noun-tagged root that no verb of its sentence governs or follows, hung right
after a proper name it takes as its compound and followed at once by a preposition phrase of its own ("lands
[in] Moscow") is the sentence's verb, and the name its subject. A plural noun after a name keeps a verb of its
own somewhere in the sentence ("the Trump lands in Scotland are sold") or no phrase after it. (A determiner
before the name does not make a noun phrase: the parser hangs the subject's own on the run-in verb, "[The]
Lebanese Army clashes with ...".)

The same run-in happens in an object relative clause, "a move which the EU [rejects]": the verb's subject is
the noun hung on it as its compound right before it, after the relative pronoun that is its object.
"""

from __future__ import annotations

from typing import Any

PLURAL_NOUN_TAG = "NNS"
NAME_TAGS = frozenset({"NNP", "NNPS"})
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "whom", "what"})


def find_name_headline_subject(token: Any) -> Any | None:
    """Return the name a plural-noun-tagged root verb is run into ("Donald [Trump] lands in Osaka"), or the
    subject of such a verb of an object relative clause ("which the [EU] rejects"), or None when the word is
    no such verb (see the module's docstring)."""
    if token.tag_ != PLURAL_NOUN_TAG or not token.lower_.endswith("s"):
        return None
    if token.dep_ == "relcl":
        return find_relative_subject(token)
    if token.dep_ != "ROOT":
        return None
    doc, sentence = token.doc, token.sent
    if token.i == sentence.start or token.i + 2 >= sentence.end:
        return None
    name, following = doc[token.i - 1], doc[token.i + 1]
    if name.tag_ not in NAME_TAGS or name.dep_ != "compound" or name.head.i != token.i:
        return None
    if following.dep_ != "prep" or following.head.i != token.i:
        return None
    if any(word.pos_ in VERB_POS for word in sentence):
        return None
    return name


def is_name_headline_verb(token: Any) -> bool:
    """True for a plural-noun-tagged root that is its sentence's verb after a name ("Trump [lands] in
    Osaka"; :func:`find_name_headline_subject`)."""
    return find_name_headline_subject(token) is not None


def find_relative_subject(token: Any) -> Any | None:
    """Return the subject a plural-noun-tagged verb of an object relative clause is run into ("a move which
    the [EU] rejects"), or None: the noun right before the verb, hung on it as its compound, after the
    relative pronoun that is the verb's object."""
    if token.i == token.sent.start:
        return None
    subject = token.doc[token.i - 1]
    if subject.dep_ != "compound" or subject.head.i != token.i or subject.pos_ not in NOUN_POS:
        return None
    pronouns = [c for c in token.children if c.dep_ in OBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS]
    return subject if any(p.i < subject.left_edge.i for p in pronouns) else None
