"""A day stated when the text tells the same happening again: "Several protesters are arrested. … Saturday
morning's arrests came after …".

An event with no date of its own takes the day of a later mention of the same happening in the next two
sentences of its paragraph: a noun of the event's lemma ("arrested" … "arrests", "attack" … "the attack")
that a day-precision date dates (a possessive "Saturday morning's arrests", a phrase of the noun "the
arrests on Saturday", or a noun's own date), the noun made definite or possessive (it refers back). Only a
day counts: a week or a month told later adds nothing to an event the text gave no time. The other way,
a definite event noun ("the air raids", "the attack") may take the date of an earlier mention of the same
noun, or of a more specific noun of its kind (:func:`find_earlier_mentions`).

A verb told again by the same verb in the next sentences, its subject a personal pronoun or a word of the
first telling's subject or object ("Keïta is freed by the military. … 'He was freed this morning'"), gives
the day its own clause states (:func:`resolve_retold_verb_day`); not a verb in the past perfect.

A harm told again in the next sentence with another word ("a tanker was hit … confirms an incident with a
tanker … overnight", "Gunmen opened fire on a bus. The attack on Sunday …") gives its day too
(:func:`resolve_incident_day`): the later noun is an incident noun (``incident_nouns``), dated by its phrase
or its clause, and it refers back (definite or possessive) or names a participant of the harm's clause.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dotterel.knowledge.date_words import DateWordsFile
from dotterel.stages.date_expressions import DateMention
from dotterel.stages.trigger_candidates import NOUN_POS

REACH = 2  # sentences on
ARGUMENTS = ("nsubj", "nsubjpass", "dobj")
SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class RetoldWords:
    """The words of a retold happening: referring determiners, incident nouns, the event types they retell."""

    definite: frozenset[str]
    incidents: frozenset[str]
    types: frozenset[str]

    @classmethod
    def from_words(cls, words: DateWordsFile) -> RetoldWords:
        """Return the lower-cased lists of ``dates.yaml``."""
        return cls(
            frozenset(w.lower() for w in words.definite_determiners),
            frozenset(w.lower() for w in words.incident_nouns),
            frozenset(words.incident_types),
        )


def _sentence_of(token: Any, starts: list[int]) -> int:
    return sum(1 for start in starts if start <= token.i) - 1


def find_dated_nouns(root: Any, region: frozenset[int], definite: frozenset[str]) -> list[Any]:
    """Return the nouns that refer back (a possessive, or a determiner of ``definite``: "the raid",
    "Saturday's arrests", not "arrests made on Monday") a date (its ``root`` token; ``region``, the ids a
    noun's own date may date) tells the time of: the noun a possessive date or a date phrase hangs on, and
    the nouns of its region."""
    doc = root.doc
    out = [doc[i] for i in sorted(region)]
    if root.dep_ == "poss":
        out.append(root.head)
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        out.append(root.head.head)
    return [
        t
        for t in out
        if t.pos_ == "NOUN"
        and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in definite) for c in t.children)
    ]


def resolve_retold_day(
    token: Any,
    roots: list[Any],
    bound: dict[int, frozenset[int]],
    mentions: list[DateMention],
    definite: frozenset[str],
) -> int | None:
    """Return the position of a day-precision date of a later mention of ``token``'s happening (a noun of
    its lemma that refers back, ``definite``, in the next :data:`REACH` sentences of its paragraph), or
    None."""
    doc = token.doc
    starts = [s.start for s in doc.sents]
    here = _sentence_of(token, starts)
    lemma = token.lemma_.lower()
    for k, root in enumerate(roots):
        if mentions[k].precision != "day" or mentions[k].offset is not None:
            continue
        there = _sentence_of(root, starts)
        if not here < there <= here + REACH or "\n\n" in doc[token.i : root.i].text:
            continue
        nouns = find_dated_nouns(root, bound.get(k, frozenset()), definite)
        if any(n.lemma_.lower() == lemma for n in nouns):
            return k
    return None


def find_earlier_mentions(
    token: Any, definite: frozenset[str], anaphors: dict[str, frozenset[str]]
) -> list[Any]:
    """Return the earlier nouns, nearest first, a definite event noun (a determiner of ``definite``) may
    refer back to: the same lemma, or for a generic noun one of its specific kinds (``anaphors``: "the
    attack" after "an armed assault"), with no compound modifier the noun has and they lack, or an earlier
    verb or gerund of the noun's own lemma ("for murdering a doctor … on New Year's Eve. The murder …"). For a
    verb, those of its definite event-noun subject ("the operation targeted a camp" after "a government
    strike")."""
    if token.pos_ == "VERB":  # its subject an event noun of ``anaphors``, not a party ("the protesters")
        kinds = set(anaphors).union(*anaphors.values())
        subjects = [c for c in token.children if c.dep_ == "nsubj" and c.lemma_.lower() in kinds]
        return [m for s in subjects for m in find_earlier_mentions(s, definite, anaphors)]
    if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in definite for c in token.children):
        return []
    modifiers = {c.lemma_.lower() for c in token.children if c.dep_ == "compound"}
    lemma = token.lemma_.lower()
    lemmas = {lemma} | anaphors.get(lemma, frozenset())
    return [
        earlier
        for earlier in reversed(token.doc[: token.sent.start])
        if (
            (earlier.pos_ == "NOUN" and earlier.lemma_.lower() in lemmas)
            or (earlier.pos_ == "VERB" and earlier.lemma_.lower() == lemma)  # "murdering …" … "The murder"
        )
        and not modifiers - {c.lemma_.lower() for c in earlier.children if c.dep_ == "compound"}
    ]


def _dated_incidents(root: Any, incidents: frozenset[str]) -> list[Any]:
    """Return the incident nouns a date (its ``root`` token) dates: the noun its possessive or phrase hangs
    on, else the subject or object of the verb it hangs on ("confirms an incident … overnight"), or the noun
    that verb's participle or relative clause modifies ("an incident involving the ship overnight")."""
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif root.dep_ not in ("poss", "npadvmod", "advmod", "tmod"):
        return []
    found = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ in ARGUMENTS]
    if head.dep_ in ("acl", "relcl"):  # "an incident involving the ship overnight"
        found.append(head.head)
    return [
        t
        for t in found
        if t.pos_ == "NOUN" and t.lemma_.lower() in incidents and not _relates_incidents(t, incidents)
    ]


def _relates_incidents(noun: Any, incidents: frozenset[str]) -> bool:
    """True for the object of a verb whose subject is another incident noun: "The attack follows yesterday's
    incident" tells two happenings, the second not the first told again."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ in SUBJECTS or verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in SUBJECTS and c.lemma_.lower() in incidents and c.i != noun.i for c in verb.children)


def resolve_incident_day(
    token: Any, roots: list[Any], mentions: list[DateMention], words: RetoldWords
) -> int | None:
    """Return the position of the day of an incident noun (``words.incidents``) of the next sentence, in
    the same paragraph, that retells ``token``'s harm, or None: the noun refers back (a possessive, a
    determiner of ``words.definite``: "The attack on Sunday") or a noun of its phrase is one of the harm's
    clause ("an incident with a tanker" after "one of its oil tankers was hit")."""
    doc = token.doc
    sentence = token.sent
    if sentence.end >= len(doc):
        return None
    following = doc[sentence.end].sent
    if "\n\n" in doc[token.i : following.start + 1].text:
        return None
    own = {t.lemma_.lower() for t in token.subtree if t.pos_ in NOUN_POS}
    for k, root in enumerate(roots):
        if mentions[k].precision != "day" or mentions[k].link is not None:
            continue
        if not following.start <= root.i < following.end:
            continue
        for noun in _dated_incidents(root, words.incidents):
            refers = any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in words.definite) for c in noun.children
            )
            named = {t.lemma_.lower() for t in noun.subtree if t.pos_ in NOUN_POS and t.i != noun.i}
            if refers or named & own:
                return k
    return None


def resolve_later_day(
    token: Any,
    kind: str,
    roots: list[Any],
    bound: dict[int, frozenset[int]],
    mentions: list[DateMention],
    words: RetoldWords,
) -> int | None:
    """Return the position of the day a later mention of ``token``'s happening states, or None: a mention of
    its lemma (:func:`resolve_retold_day`, :func:`resolve_retold_verb_day`), else for an event of
    ``words.types`` (``kind``, its PLOVER type) an incident noun of the next sentence
    (:func:`resolve_incident_day`)."""
    found = resolve_retold_day(token, roots, bound, mentions, words.definite)
    if found is None:
        found = resolve_retold_verb_day(token, roots, mentions)
    if found is None and kind in words.types:
        found = resolve_incident_day(token, roots, mentions, words)
    return found


def resolve_retold_verb_day(token: Any, roots: list[Any], mentions: list[DateMention]) -> int | None:
    """Return the position of a day-precision date in the clause of a later verb of ``token``'s lemma (the
    next :data:`REACH` sentences of its paragraph) whose subject is a personal pronoun or a word of
    ``token``'s subject or object: "The minister is arrested in Paris. … He was arrested on Sunday"; not
    "Another 15 were arrested on Sunday" (new participants), nor a past perfect ("He had been freed")."""
    if token.pos_ != "VERB":
        return None
    doc = token.doc
    starts = [s.start for s in doc.sents]
    here = _sentence_of(token, starts)
    own = {t.lower_ for c in token.children if c.dep_ in ARGUMENTS for t in c.subtree if t.pos_ in NOUN_POS}
    for k, root in enumerate(roots):
        if mentions[k].precision != "day" or mentions[k].offset is not None:
            continue
        there = _sentence_of(root, starts)
        if not here < there <= here + REACH or "\n\n" in doc[token.i : root.i].text:
            continue
        verb = next((t for t in root.ancestors if t.pos_ == "VERB"), None)
        if (
            verb is None
            or verb.lemma_ != token.lemma_
            or any(c.tag_ == "VBD" and c.lemma_ == "have" for c in verb.children)
        ):
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if any(s.tag_ == "PRP" or s.lower_ in own for s in subjects):
            return k
    return None
