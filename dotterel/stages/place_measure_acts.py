"""Acts that make a government measure by what they stop, limit or require, though no measure word is said.

A measure (:mod:`dotterel.stages.place_measures`) is also said by a verb or noun of stopping or limiting
(``curbing_words`` of ``knowledge/places.yaml``) whose object is a part of public life, ``public_life_nouns``
("Azerbaijan will suspend secondary school classes", "the city will limit operating hours at clubs", "the
suspension of classes"), and by "make" with an adjective of obligation, ``obligation_words`` ("Bulgaria will
make wearing protective masks obligatory"). Such a measure covers its issuer's jurisdiction like any other.
A stop on travel ("suspends all flights from China") is a route measure
(:func:`dotterel.stages.place_origins.is_route_measure`), read here too, so that the travellers' origin stays
no place of the act; other objects ("suspends talks with Iran", "limits aid to Ethiopia") make no measure.
An order whose object is an inquiry ("orders an investigation into the cause") is no measure either: the
order word does not make one of it (:func:`is_ordered_inquiry`).
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_origins import is_route_measure
from dotterel.stages.place_own_territories import is_own_territory_measure
from dotterel.stages.place_uses import names_word

# Dependencies of the things a curbing word stops: its object, a passive subject, an "of" or "on" phrase's
# object ("the suspension of classes", "limits on gatherings").
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# Dependencies of the adjective "make" says its object becomes ("make masks mandatory").
RESULT_DEPS = frozenset({"ccomp", "oprd", "acomp", "xcomp", "dobj"})


def _curbed_nouns(token: Any) -> list[Any]:
    """The nouns a curbing word stops, with their conjuncts and the object of "the use of"."""
    nouns = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    nouns += [o for p in token.children if p.lower_ in ("of", "on") for o in p.children if o.dep_ == "pobj"]
    nouns += [c for n in tuple(nouns) for c in n.conjuncts]
    nouns += [o for n in tuple(nouns) for p in n.children if p.lower_ == "of" for o in p.children]
    return nouns


def is_public_life_curb(token: Any, words: PlaceWords) -> bool:
    """True when ``token`` stops or limits a part of public life ("suspend school classes", "limit operating
    hours") or makes something obligatory ("make wearing masks mandatory")."""
    if names_word(token, words.curbing_words):
        return any(names_word(n, words.public_life_nouns) for n in _curbed_nouns(token))
    if token.lemma_.lower() != "make" or not token.pos_.startswith(("VERB", "AUX")):
        return False
    return any(t.lower_ in words.obligation_words and _is_result_of(t, token) for t in token.subtree)


def _is_result_of(word: Any, make: Any) -> bool:
    """True when ``word`` hangs on ``make`` through its object or complement, not through a preposition or a
    clause of its own ("make masks obligatory", parsed also as "make wearing masks obligatory")."""
    while word.i != make.i:
        if word.dep_ not in RESULT_DEPS | {"amod"}:
            return False
        word = word.head
    return True


def is_measure_act(token: Any, words: PlaceWords) -> bool:
    """True when ``token`` is a stop on travel (a route measure), a curb on public life, or an opening or
    closing of the issuer's own territory ("opens its airspace")."""
    measure = is_route_measure(token, words) or is_public_life_curb(token, words)
    return measure or is_own_territory_measure(token, words)


def is_ordered_inquiry(token: Any, verb: Any, words: PlaceWords) -> bool:
    """True when ``token`` is a noun of looking into a happening (``reaction_words``: "investigation",
    "probe", "inquiry") that is the object of its clause's verb ("Maharashtra Chief Minister Uddhav Thackeray
    orders an investigation into the cause"): ordering an inquiry is no measure covering the issuer's
    territory, so a title's region names no place of it (not "orders a lockdown", a measure word itself)."""
    return token.dep_ == "dobj" and token.head.i == verb.i and names_word(token, words.reaction_words)
