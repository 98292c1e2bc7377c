"""A place referred back to by a definite place noun: "withdrew from the town", "retreated to his town".

A place noun of ``anaphoric_place_nouns`` (``knowledge/places.yaml``) with a definite determiner or a
possessive pronoun and no name of its own ("the town", "his town", "the area"; not "the town of Sarmin", "a
town", "the border town of …"), after a locative preposition or a motion verb's "to" (not "assistance to the
region") or as the object of a verb whose object is a place ("shelled the city": ``locative_object_verbs``),
stands for the one place of a fitting kind named before it in its sentence, else in the sentence before: a
town or a city for "the town", a region for "the province", a town or a region for "the area" (never a
country). A plural ("attacking the towns" after "Manbij and Kobani") stands for all of them: the first is
given. Two fitting places for a singular ("fighting in Aleppo and in Idlib … the city") leave it unresolved:
it names none (:func:`resolve_anaphoric_place`, rule ``places.anaphora.v1``). Only in the event's own clause
(:func:`find_clause_ids`): "presence in the region" in another clause of its sentence is not its place.

"The capital" so placed, or as the "of" object of a noun so placed ("on the edge of the capital", "in parts of
the capital"), stands for the capital of the one country named before it in its sentence, else in the sentence
before, by its own name or by one of its places ("a strike over Damascus … the capital": Damascus);
:func:`resolve_capital_reference`. "The country" so placed stands for that one country itself ("Protests
erupt in Iran … arrested across the country": Iran; ``country_reference_nouns``).

An event noun that follows from the event before it ("stormed army positions in Idlib Governorate, the
ensuing fighting left 50 dead": ``sequel_modifiers``) was where that event was, when its own phrases name no
place (:func:`resolve_sequel_place`).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry, PlaceWords
from dotterel.model import PlaceMention, Span
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.place_names import NameCandidate

RULE_ANAPHORA = "places.anaphora.v1"
# The kinds of place each kind of noun may stand for: a town is a city or locality, a province a region.
TOWN_KINDS = frozenset({"city", "locality"})
REGION_KINDS = frozenset({"region", "admin1"})
NAMING_DEPS = frozenset({"compound", "amod", "nmod", "appos", "relcl", "acl"})

__all__ = [
    "RULE_ANAPHORA",
    "find_clause_ids",
    "find_there_ids",
    "resolve_anaphoric_place",
    "resolve_capital_reference",
    "resolve_sequel_place",
]


def _is_bare_definite(noun: Any, words: PlaceWords) -> bool:
    """True for "the town", "his town", "the area": a definite article or a possessive pronoun, nothing that
    names or describes it, no "of" phrase, after a locative preposition or a motion verb's destination
    preposition."""
    determiners = [c for c in noun.children if c.dep_ in ("det", "poss")]
    if not determiners or any(
        not (d.lower_ == "the" or (d.dep_ == "poss" and d.tag_ == "PRP$")) for d in determiners
    ):
        return False
    if any(c.dep_ in NAMING_DEPS or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children):
        return False
    prep = noun.head
    if noun.dep_ == "dobj" and prep.lemma_.lower() in words.locative_object_verbs:
        return True  # the object of a verb whose object is a place: "deter Turkey from attacking the towns"
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    # a destination of a motion verb ("retreated to his town"), not of a noun ("assistance to the region")
    motion = prep.lower_ in words.destination_preps and prep.head.pos_ in ("VERB", "AUX")
    return prep.lower_ in words.locative_preps or motion


def find_clause_ids(token: Any, anchors: set[int]) -> set[int]:
    """Return the tokens of the sentence of ``token`` that hang on one of ``anchors`` (the trigger and its
    clause's verb) with no other verb between: "withdrew from the area", "arrested in the city"; not "the
    presence in the region" of another clause of the sentence ("Iran will not wage war", 'says' after it)."""
    table = to_doc_table(token.doc)  # the heads and verbs of the tokens (their Token attributes)
    heads, verbs = table.heads, table.verbs
    sentence = token.sent
    out = set()
    for word in range(sentence.start, sentence.end):
        node = word
        while node not in anchors and heads[node] != node and (node == word or not verbs[node]):
            node = heads[node]
        if node in anchors:
            out.add(word)
    return out


def find_there_ids(token: Any, verb: Any | None) -> set[int]:
    """Return the locative "there" of the event's own clause (:func:`find_clause_ids`; "such an attack has
    occurred there"), read as a tier of its own right after the own clause, before the sentence's names."""
    anchors = {token.i} if verb is None else {token.i, verb.i}
    return {i for i in find_clause_ids(token, anchors) if _is_there(token.doc[i])}


def _is_there(word: Any) -> bool:
    """True for "there" as a place adverb ("occurred there"), not the "there" of "there are"."""
    return word.lower_ == "there" and word.dep_ == "advmod"


def _fits(lemma: str, kind: str, words: PlaceWords) -> bool:
    """True when a place of ``kind`` may be what a place noun (``lemma``) refers back to: a town for a town
    noun (``town_nouns``), a town or a region for ``any_place_nouns`` ("the area"), else a region."""
    if lemma in words.town_nouns:
        return kind in TOWN_KINDS
    if lemma in words.any_place_nouns:
        return kind in TOWN_KINDS | REGION_KINDS
    return kind in REGION_KINDS


def resolve_anaphoric_place(
    doc: Any, ids: set[int], named: list[tuple[NameCandidate, PlaceMention]], words: PlaceWords
) -> PlaceMention | None:
    """Return the place a bare definite place noun among ``ids`` refers back to, as a mention spanning the
    noun phrase, when exactly one place of a fitting kind is named before it in its sentence (if none,
    in the sentence before; ``named``: every resolved name), or the first of them for a plural noun; else
    None."""
    for i in sorted(ids):
        noun = doc[i]
        lemma = noun.lemma_.lower()
        there = _resolve_there(noun, named) if _is_there(noun) else None
        if there is not None:
            return PlaceMention(Span(noun.idx, noun.idx + len(noun.text)), there.place, RULE_ANAPHORA)
        if lemma not in words.anaphoric_place_nouns or not _is_bare_definite(noun, words):
            continue
        fitting = [
            (c, m) for c, m in named if c.end <= noun.left_edge.i and _fits(lemma, m.place.kind or "", words)
        ]
        start = noun.sent.start
        found = {(m.place.name, m.place.country): m for c, m in fitting if c.start >= start}
        if not found and start > 0:  # none in its own sentence: the sentence before
            before = doc[start - 1].sent.start
            found = {(m.place.name, m.place.country): m for c, m in fitting if before <= c.start < start}
        plural = noun.tag_ in ("NNS", "NNPS")  # "the towns": the places named before, the first one
        if len(found) == 1 or (plural and found):
            mention = min(found.values(), key=lambda m: m.span.start)
            span = Span(noun.left_edge.idx, noun.idx + len(noun.text))
            return PlaceMention(span, mention.place, RULE_ANAPHORA)
    return None


def _resolve_there(adverb: Any, named: list[tuple[NameCandidate, PlaceMention]]) -> PlaceMention | None:
    """The one place a locative "there" refers back to: the places named before it in its sentence (if none,
    in the sentence before) less those that only contain another of them ("The Bamyan Province is … one of
    the safest places in Afghanistan, … such an attack has occurred there": Bamyan), when one is left."""
    doc, start = adverb.doc, adverb.sent.start
    before = doc[start - 1].sent.start if start > 0 else start
    for first, last in ((start, adverb.i), (before, start)):
        found = {(m.place.name, m.place.country): m for c, m in named if first <= c.start and c.end <= last}
        if found:
            break
    places = [m.place for m in found.values()]
    inner = [m for m in found.values() if not any(_contains(m.place, p) for p in places if p is not m.place)]
    return inner[0] if len(inner) == 1 else None


def _contains(outer: Any, inner: Any) -> bool:
    """True when ``outer`` is the country or the first-level division of another place ``inner``."""
    if outer.country != inner.country or outer.kind not in ("country", *REGION_KINDS):
        return False
    return outer.kind == "country" or (outer.admin1 is not None and outer.admin1 == inner.admin1)


def _is_bare_capital(noun: Any, words: PlaceWords) -> bool:
    """True for "the capital" placed by a locative preposition or a place noun's "on", itself or through a
    noun's "of" ("on the outskirts of the capital"); not "the provincial capital", "the capital of Kenya",
    "a capital"."""
    nouns = words.capital_nouns | words.country_reference_nouns  # "the capital", "the country"
    if noun.lemma_.lower() not in nouns or not _is_definite(noun):
        return False
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.dep_ == "pobj":
        prep = prep.head.head
    return noun.dep_ == "pobj" and prep.lower_ in words.locative_preps | words.place_noun_preps


def _is_definite(noun: Any) -> bool:
    """True for a noun with only "the" before it and nothing that names or describes it."""
    determiners = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    named = any(c.dep_ in NAMING_DEPS or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)
    return determiners == ["the"] and not named


def _find_demonym_countries(span: Any, gazetteer: Gazetteer) -> set[str | None]:
    """The countries of the demonyms of ``span`` ("Bolivian troops", "the Eritrean capital")."""
    return {gazetteer.resolve_demonym(t.text) for t in span if t.text[:1].isupper()} - {None}


def resolve_capital_reference(
    doc: Any, ids: set[int], named: list[tuple[NameCandidate, PlaceMention]], gazetteer: Gazetteer
) -> PlaceMention | None:
    """Return the capital a bare "the capital" among ``ids`` refers back to, as a mention spanning it, when
    the places named before it in its sentence (if none, in the sentence before) and the demonyms there are
    all of one country with a capital (not "asylum in Mexico as Bolivian troops are deployed in the
    capital"); else None."""
    for i in sorted(ids):
        noun = doc[i]
        if not _is_bare_capital(noun, gazetteer.words):
            continue
        start = noun.sent.start
        before = doc[start - 1].sent.start if start > 0 else start
        for first, last in ((start, noun.left_edge.i), (before, start)):
            countries = {m.place.country for c, m in named if first <= c.start and c.end <= last}
            if countries:  # a demonym of another country makes it ambiguous ("Israeli jets")
                countries |= _find_demonym_countries(doc[first:last], gazetteer)
                break
        country = countries.pop() if len(countries) == 1 else None
        capital = _resolve_referent(noun, country, gazetteer) if country else None
        if capital is not None:
            span = Span(noun.left_edge.idx, noun.idx + len(noun.text))
            return PlaceMention(span, capital.to_place(), RULE_ANAPHORA)
    return None


def _resolve_referent(noun: Any, country: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The capital of ``country`` for "the capital", the country itself for "the country"."""
    if noun.lemma_.lower() in gazetteer.words.country_reference_nouns:
        return gazetteer.resolve_country(country)
    return gazetteer.resolve_capital(country)


def resolve_sequel_place(
    token: Any, placed: list[tuple[int, PlaceMention]], words: PlaceWords
) -> PlaceMention | None:
    """Return the place of the nearest event before ``token`` in its sentence or the sentence before, when
    ``token`` is an event noun that follows from it ("the ensuing fighting", "the subsequent shootout");
    ``placed``: (trigger token, place) of the events placed so far. Else None."""
    if not any(c.dep_ == "amod" and c.lower_ in words.sequel_modifiers for c in token.children):
        return None
    doc, start = token.doc, token.sent.start
    first = doc[start - 1].sent.start if start > 0 else start
    before = [(i, m) for i, m in placed if first <= i < token.i]
    return max(before, key=lambda p: p[0])[1] if before else None
