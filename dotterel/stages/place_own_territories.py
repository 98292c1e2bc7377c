"""Opening or closing the issuer's own territory, named by a possessive pronoun: a measure at home.

"Saudi Arabia opens its airspace to all flights", "Canada bans the jet from its airspace", "Turkey reopens its
borders": the pronoun's territory (``territory_nouns``: "airspace", "waters", "territory"; ``border_nouns``)
is the subject's own, so the act is a measure covering the issuer's jurisdiction
(:mod:`dotterel.stages.place_measures`), though its verb ("open") is no measure word. Only verbs of letting
in or keeping out (``own_territory_verbs``) make one: "Turkish jets violated its airspace" is no measure of
the jets' country. The territory is the verb's object or the object of a preposition on the verb or on its
object ("bans the jet from their airspace").
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import PlaceWords
from dotterel.stages.place_uses import names_word

# Possessive pronouns that stand for the acting subject's own land ("its airspace", "their borders").
OWN_POSSESSIVES = frozenset({"its", "their", "our"})


def is_own_territory_measure(token: Any, words: PlaceWords) -> bool:
    """True when ``token``, a verb of letting in or keeping out, acts on its subject's own territory named
    by a possessive pronoun ("opens its airspace", "bans the jet from their airspace")."""
    if not token.pos_.startswith("VERB") or not names_word(token, words.own_territory_verbs):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    preps = [p for h in (token, *objects) for p in h.children if p.dep_ == "prep"]
    nouns = [*objects, *(o for p in preps for o in p.children)]
    territories = words.territory_nouns | words.border_nouns
    return any(
        n.dep_ in ("dobj", "pobj")
        and names_word(n, territories)
        and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in n.children)
        for n in nouns
    )
