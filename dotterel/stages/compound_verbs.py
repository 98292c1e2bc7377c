"""A headline's present-tense verb the parser ran into its object as a noun compound.

"Riot police [fire] tear gas at groups of fans", "Security forces [fire] rubber bullets at protesters":
the small tagger reads the base form "fire" as a singular noun and the parser builds one noun phrase,
"police fire tear gas", with "gas" as its head and "fire" a compound of it, so the verb has no object of its
own. English word order tells the verb: a lowercase word right after the common noun heading a subject (no
finite verb before it in its sentence), hung as a compound on a noun after it, is the verb when that noun
phrase is an object a pattern of the verb asks for by name ("fire [tear gas]"); the noun phrase is then the
verb's object, and the noun before it the verb's subject. A compound that no pattern's listed object follows
stays a noun ("the Grenfell Tower fire inquiry", "police fire service").

A sentence has a verb: when the parse gives it none (its root a noun), the headline's verb is the word of
that shape whatever its object, and its object may be a person's name: "Samoan police [arrest] Edwin
Tamasese, an anti-vaccination campaigner", "Police [arrest] opposition leader Pascal Affi N'Guessan".
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.lexicon import Lexicon
from dotterel.stages.compound_verb_places import is_placed_name
from dotterel.stages.counted_subject_verbs import find_counted_subject

COMPOUND_VERB_TAGS = frozenset({"NN", "VB"})
# A common noun heads the subject right before the verb ("riot [police]", "security [forces]"); a name there
# ("Police in [Athens] fire", "on the island of [Lesbos] fire") is a place the parser hung on the object.
SUBJECT_HEAD_TAGS = frozenset({"NN", "NNS"})
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
NOUNS = frozenset({"NOUN", "PROPN"})
MAX_PLACE_HOPS = 3
NAME_RUN_POS = frozenset({"PROPN", "DET"})  # "The Hong Kong Police": a name opening the sentence


def find_compound_object(token: Any) -> Any | None:
    """Return the noun a compound-verb-shaped word is hung on ("police fire tear [gas]"), or None: a lowercase
    word tagged as a singular noun, a compound of a noun after it, right after a subject's common noun with no
    finite verb before it in the sentence."""
    if token.tag_ not in COMPOUND_VERB_TAGS or token.dep_ != "compound" or not token.text.islower():
        return None
    head, sentence = token.head, token.sent
    if head.i <= token.i or token.i == sentence.start:
        return None
    if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and is_verbless(sentence)):
        return None
    if token.doc[token.i - 1].tag_ not in SUBJECT_HEAD_TAGS and not (
        is_placed_name(token) or _is_titled_subject(token)
    ):
        return None  # "Authorities in [Texas] drop charges": a place phrase after the subject's noun
    if any(t.tag_ in FINITE_TAGS for t in token.doc[sentence.start : token.i]):
        return None
    return head


def _is_titled_subject(token: Any) -> bool:
    """True when a capitalised word ends a name that opens the sentence right before the verb-shaped word, in
    a sentence the parse gives no verb: a force named with its place, "Kosovo [Police] arrest X", "The Delhi
    [Police] detain X", read as "police" would be (no other word can be that sentence's verb). Not a place
    after a common noun ("Officials in [Texas] drop case numbers"), nor one name ("The Houthis launch")."""
    before, start = token.doc[token.i - 1], token.sent.start
    name = token.doc[start : token.i]
    titled = before.tag_ == "NNP" and before.is_title and sum(t.pos_ == "PROPN" for t in name) > 1
    return titled and all(t.pos_ in NAME_RUN_POS for t in name) and is_verbless(token.sent)


def is_compound_verb(token: Any, lexicon: Lexicon) -> bool:
    """True for a compound-verb-shaped word (:func:`find_compound_object`) one of whose verb patterns asks
    for an object by name that the noun phrase after it meets ("fire" with "tear gas", "rubber bullets"),
    unless that noun is an event noun of the same type ("exchange [gunfire]": the noun's event is the act; but
    "drop [charges]" ends the accusation the noun names)."""
    obj = find_compound_object(token)
    if obj is None:
        return False
    lemma, head = str(token.lemma_).lower(), str(obj.lemma_).lower()
    if lemma not in lexicon.verb_lemmas:
        return False
    noun_types = {p.type for p in lexicon.find_noun_patterns(head)}  # "soldiers exchange [gunfire]": same act
    words = [w for c in obj.lefts if c.dep_ in MODIFIER_DEPS and c.i > token.i for w in _words(c)]
    verbless = is_verbless(token.sent) and not is_listed_compound(token, lexicon)  # "Police [arrest] X"
    return any(
        p.type not in noun_types
        and (p.object_specificity(head, words) is not None if p.requires_object else verbless)
        for p in lexicon.find_verb_patterns(lemma)
    )


def is_listed_compound(token: Any, lexicon: Lexicon) -> bool:
    """True when the word and the noun before it make an event noun the lexicon lists ("car [bomb]", "air
    [strike]", "police [raid]"): "A car bomb detonates in Afrin" is that noun, not a verb "bomb"."""
    before = token.doc[token.i - 1]
    modifiers = [str(before.lemma_).lower(), before.lower_]
    lemma = str(token.lemma_).lower()
    return any(p.noun_specificity(lemma, modifiers) for p in lexicon.find_noun_patterns(lemma, modifiers))


def is_verbless(sentence: Any) -> bool:
    """True for a sentence the parse gives no verb: its root is a noun ("Police arrest journalist [Jane]
    Mwangi"), so a word of the sentence tagged as a noun is its verb."""
    return sentence.root.pos_ in NOUNS


def _words(modifier: Any) -> list[str]:
    """The lemmas and lowercase forms of a modifier's words ("tear" of "tear gas")."""
    tokens = [t for t in modifier.subtree if not t.is_punct]
    return [*(str(t.lemma_).lower() for t in tokens), *(t.lower_ for t in tokens)]


def find_compound_subject(verb: Any) -> Any | None:
    """Return the subject of a compound-verb-shaped word (:func:`find_compound_object`), or None: the noun
    right before it ("Riot [police] fire tear gas"), or the head a place phrase ending there hangs on
    ("[police] in the capital fire tear gas")."""
    if find_compound_object(verb) is None:
        return None
    subject = verb.doc[verb.i - 1]
    for _ in range(MAX_PLACE_HOPS):  # "[police] on the island fire tear gas"
        start = subject.left_edge.i
        before = verb.doc[start - 1] if start > verb.sent.start else None
        placed = before is not None and before.dep_ == "prep" and before.head.i < before.i
        if before is None or not placed or before.head.pos_ not in NOUNS:
            break
        subject = before.head
    return subject


def is_compound_subject(token: Any) -> bool:
    """True for the noun right before a compound-verb-shaped word that is its subject ("Riot [police] fire
    tear gas"): a sector noun there names an actor, though the parser made it a compound."""
    following = token.doc[token.i + 1] if token.i + 1 < token.sent.end else None
    if following is None:
        return False
    subject = find_compound_subject(following) or find_counted_subject(following)
    return subject is not None and subject.i == token.i


def find_verbless_subject(modifier: Any) -> Any | None:
    """Return the subject noun of a compound-verb-shaped word between a modifier and its head, in a sentence
    the parse gives no verb, or None: "Samoan [police] arrest Edwin Tamasese", "Hong Kong [police] arrest
    veteran activist X", where the parser hung the country on the verb or on its object."""
    if not is_verbless(modifier.sent):
        return None
    for word in modifier.doc[modifier.i + 1 : modifier.head.i + 1]:
        subject = find_compound_subject(word)
        if subject is not None and subject.i > modifier.i:
            return subject
    return None


def find_verbless_object(token: Any) -> Any | None:
    """Return the noun a compound-verb-shaped word of a sentence the parse gives no verb is hung on, its
    object, or None: "Samoan police arrest Edwin [Tamasese]". A noun before a name is the name's title, and
    the name the object: "police arrest publisher Ming [Lau]" (the parser hung "publisher" on "Lau")."""
    obj = find_compound_object(token) if is_verbless(token.sent) else None
    while obj is not None and obj.dep_ == "compound" and obj.head.i > obj.i and obj.head.pos_ == "PROPN":
        obj = obj.head
    return obj
