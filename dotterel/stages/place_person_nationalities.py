"""Countries an unknown place name may take from its text: not one told only as a person's nationality.

A place the gazetteer lacks takes the one country its sentence or its article names
(:mod:`dotterel.stages.place_resolution`). A nationality word on one person ("An American white
supremacist shoots a protester in Reñaca", "a British tourist is robbed in …": a demonym between an
indefinite article and a singular noun, adjectives aside) says who the person is, often a foreigner where the
act happens, not where that is: such a country is left out for the unknown name, unless the text names it
otherwise (its name, its demonym on a group or a thing: "Nigerian troops", "the Chilean capital", or a place
of it). A place noun or a facility after the demonym ("a Syrian village", "a Turkish base") is no person,
nor a local reporter (``local_reporters``: "An Afghan official says a blast in the Zhari District …" speaks
for the state where it happens).
Military facilities keep only located places' countries
(:func:`dotterel.stages.place_facility_names.keep_placed`).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer
from dotterel.stages.place_facility_names import keep_placed
from dotterel.stages.place_names import NameCandidate
from dotterel.stages.place_uses import names_word

Weights = dict[str, float]
INDEFINITE = frozenset({"a", "an"})
ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS"})
MAX_COUNTRY_WORDS = 3  # "United Arab Emirates"


def keep_unlisted_countries(
    doc: Any,
    candidate: NameCandidate,
    gazetteer: Gazetteer,
    countries: tuple[Weights, Weights],
    placed: float,
) -> tuple[Weights, Weights]:
    """Return the countries (sentence's, article's) an unknown name may take: those of
    :func:`keep_placed`, less a country told only as a person's nationality (an article's country of
    weight ``placed`` or more, a located place's, stays)."""
    sentence, context = keep_placed(doc, candidate, gazetteer.words, countries, placed)
    told = find_person_nationalities(doc, gazetteer)
    if not told:
        return sentence, context
    sentence = {code: w for code, w in sentence.items() if code not in told}
    return sentence, {code: w for code, w in context.items() if code not in told or w >= placed}


def find_person_nationalities(doc: Any, gazetteer: Gazetteer) -> frozenset[str]:
    """The countries the document names only by a demonym on one person ("An American white supremacist")."""
    persons: set[str] = set()
    others: set[str] = set()
    for token in doc:
        if not token.text[:1].isupper():
            continue
        code = gazetteer.resolve_demonym(token.text)
        if code:
            (persons if _describes_person(token, gazetteer) else others).add(code)
            continue
        for n in range(min(MAX_COUNTRY_WORDS, len(doc) - token.i), 0, -1):
            entry = gazetteer.resolve(doc[token.i : token.i + n].text)
            if entry is not None and entry.kind == "country" and entry.country:
                others.add(entry.country)  # "Chile", "the United States"
                break
    return frozenset(persons - others)


def _describes_person(token: Any, gazetteer: Gazetteer) -> bool:
    """True for a demonym between an indefinite article and a singular noun, adjectives aside, that is no
    place, facility nor local reporter ("An American white supremacist", "a British aid worker"; not "a
    Syrian village", "a Turkish army base", "an Afghan official", "two British tourists"). Read by word order:
    the parser often misreads such a subject ("supremacist shoots" as one noun)."""
    doc, before = token.doc, token.i - 1
    while before >= 0 and doc[before].tag_ in ADJECTIVE_TAGS:
        before -= 1
    if before < 0 or doc[before].lower_ not in INDEFINITE:
        return False
    after = token.i + 1
    while after < len(doc) and doc[after].tag_ in ADJECTIVE_TAGS:
        after += 1
    if after >= len(doc) or doc[after].tag_ != "NN":
        return False
    while after + 1 < len(doc) and doc[after + 1].tag_ == "NN":  # "aid worker", "army base"
        after += 1
    words = gazetteer.words
    kinds = (words.geo_nouns, words.facilities, words.local_reporters)
    return not any(names_word(doc[after], kind) for kind in kinds)
