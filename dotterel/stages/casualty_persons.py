"""One person as a singular victim, read for :class:`~dotterel.stages.casualty_counts.CasualtyFinder`
without trusting the NER labels (the small model often tags a person's name as ORG or nothing):

- a person noun after "the"/"this"/"that" or a possessor ("the pilot", "his cameraman", "Iran's top nuclear
  scientist"), or before a name in apposition ("Senior commander, Abu Ali, is killed"); a bare person noun
  conjoined to such a noun shares its determiner ("his wife and daughter": two); a person noun is one of
  ``person_nouns`` or ends in one of ``person_suffixes`` ("cameraman", "congresswoman", "chairperson"),
  read without accents ("his fiancée" is "fiancee", as the lists write it); a word the tagger calls plural
  that has no plural ending and is its own lemma is singular ("his fiancée[NNS]");
- a name of two words or more after "the" and a person noun ("the shooter Connor Betts");
- a name: a proper noun with no determiner that NER calls a person, or that is a run of capitalised words
  ("Yousuf Rasheed") or has a person in apposition ("Benoît Maria, a French activist"), and is no place; a
  lone name that repeats the last word of a longer name in the article is a surname ("the death of Ahmaud
  Arbery ... shot and killed Arbery"), whatever NER calls it (news names a person again by the surname, an
  organisation by its whole name or its acronym);
- "he"/"she" (``singular_pronoun_victims``) and "the other" (``other_one_words``: "kills one tourist and
  injures the other"); "the others" stays uncounted.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from dotterel.stages.casualty_headline_nouns import is_headline_subject

__all__ = ["is_one_person", "is_person_noun"]

# Entity labels that are never a person, whatever the shape of the name.
_NOT_PERSON_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "PRODUCT", "LAW"})


def is_person_noun(lemma: str, sets: dict[str, frozenset[str]]) -> bool:
    """True for a noun naming one person: listed ("pilot") or a compound of a person word ("cameraman")."""
    lemma = _without_accents(lemma.rsplit("-", 1)[-1])
    if lemma in sets["person_nouns"]:
        return True
    return any(lemma.endswith(s) and len(lemma) - len(s) >= 3 for s in sets["person_suffixes"])


def _without_accents(word: str) -> str:
    """The word with its accents dropped ("fiancée" → "fiancee")."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def is_one_person(noun: Any, dets: set[str], sets: dict[str, frozenset[str]]) -> bool:
    """True when the singular victim ``noun`` (its determiners ``dets``) is one person (see the module)."""
    lower = noun.lower_
    if noun.tag_ == "PRP":
        return lower in sets["singular_pronoun_victims"]
    if lower in sets["other_one_words"]:
        return dets == {"the"}
    if noun.tag_ not in ("NN", "NNP") and not _is_mistagged_singular(noun):
        return False
    if is_person_noun(noun.lemma_.lower(), sets):
        if dets & sets["definite_determiners"] or noun.dep_ == "poss":
            return True
        if any(c.dep_ == "poss" or (c.dep_ == "appos" and c.tag_ == "NNP") for c in noun.children):
            return True  # "his driver", "Hamas commander, Abu Ali,"
        if not dets and (_shares_determiner(noun, sets) or is_headline_subject(noun)):
            return True  # "his wife and [daughter]", "[Argentine congressman] … is shot"
    if dets & sets["definite_determiners"] and _is_described_name(noun, sets):
        return True  # "The shooter Connor Betts is killed by police"
    return not dets and _is_name(noun, sets)


def _is_described_name(noun: Any, sets: dict[str, frozenset[str]]) -> bool:
    """True for a name of two or more words after "the" and a person noun ("the shooter Connor Betts", "the
    journalist Jan Kuciak"); "the" before a bare name is mostly an organisation's ("the Islamic State")."""
    if noun.tag_ != "NNP" or noun.ent_type_ in _NOT_PERSON_ENTS:
        return False
    run = any(c.dep_ == "compound" and c.tag_ == "NNP" and c.i == noun.i - 1 for c in noun.children)
    described = any(
        c.dep_ in ("amod", "compound") and c.tag_ != "NNP" and is_person_noun(c.lemma_.lower(), sets)
        for c in noun.children
    )
    return run and described


def _is_mistagged_singular(noun: Any) -> bool:
    """True for a noun tagged plural that has no plural form: no "s" ending and its own lemma ("fiancée");
    irregular plurals have another lemma ("men", "children")."""
    lower = noun.lower_
    return noun.tag_ == "NNS" and noun.lemma_.lower() == lower and not lower.endswith("s")


def _shares_determiner(noun: Any, sets: dict[str, frozenset[str]]) -> bool:
    """True for a bare conjunct whose first conjunct is a singular person noun with a possessor or a definite
    determiner: the determiner covers both ("his wife and daughter", "the pilot and co-pilot"; a list the
    parser hung on the first as an apposition: "his wife, [brother] and seven others")."""
    first = noun
    while first.dep_ in ("conj", "appos") and first.head.i < first.i:
        first = first.head
    if first is noun or first.tag_ != "NN" or not is_person_noun(first.lemma_.lower(), sets):
        return False
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in sets["definite_determiners"])
        for c in first.children
    )


def _is_name(noun: Any, sets: dict[str, frozenset[str]]) -> bool:
    """True for a person's name: NER's person, or a capitalised run or a name with a person in apposition."""
    if noun.tag_ != "NNP" or noun.ent_type_ in _NOT_PERSON_ENTS:
        return False
    if noun.ent_type_ == "PERSON":
        return True
    run = any(c.dep_ == "compound" and c.tag_ == "NNP" and c.i == noun.i - 1 for c in noun.children)
    described = any(c.dep_ == "appos" and is_person_noun(c.lemma_.lower(), sets) for c in noun.children)
    return run or described or _is_surname(noun)


def _is_surname(noun: Any) -> bool:
    """True for a lone capitalised word that ends a longer run of proper nouns elsewhere in the article
    ("Arbery" after "Ahmaud Arbery"; an acronym is no surname); the run is no place or other non-person
    entity."""
    if any(c.dep_ == "compound" for c in noun.children) or not noun.text[:1].isupper() or noun.text.isupper():
        return False
    for other in noun.doc:
        if (
            other.i == noun.i
            or other.text != noun.text
            or other.i == 0
            or other.ent_type_ in _NOT_PERSON_ENTS
        ):
            continue
        before = noun.doc[other.i - 1]
        if before.tag_ == "NNP" and before.text[:1].isupper() and before.ent_type_ not in _NOT_PERSON_ENTS:
            return True
    return False
