"""Borders next to a place name: "the towns of Badr and Tiji near the Tunisian border", "Tillaberi, near the
border with Mali", "Ras al-Ain, on the Turkish border".

The country that names the border is the other side of it: a place said to be near "the Tunisian border" or
"the border with Tunisia" lies in a country that borders Tunisia (GeoNames neighbours), not necessarily in
Tunisia; one near "the Syrian-Turkish border" lies in one of the two. A border phrase counts for a name only
when it describes it: hung on the name, on the place noun that lists it ("the towns of … near"), or right
after it ("Kilis, on the Syrian border"); "fled Aleppo for the Turkish border" says nothing of Aleppo.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, PlaceWords
from dotterel.stages.place_uses import names_word


class BorderReader:
    """Find the border phrase that describes a place name, and the countries the place may then be in."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.words: PlaceWords = gazetteer.words

    def find_border_sides(self, doc: Any, start: int, end: int) -> frozenset[str]:
        """Return the countries a place named at tokens ``[start, end)`` may be in, given the border phrase
        that describes it: the neighbours of the one country naming the border ("near the Tunisian border":
        Algeria or Libya), or the two countries of a border between them; empty without such a phrase."""
        for border in self._describing_borders(doc, start, end):
            named = self._border_countries(border)
            if len(named) == 1:
                return self.gazetteer.find_neighbours(next(iter(named)))
            if len(named) == 2:
                return frozenset(named)
        return frozenset()

    def is_border_side(self, doc: Any, start: int, end: int) -> bool:
        """True for a country name at tokens ``[start, end)`` that names one of the two sides of a border
        ("near the Mozambique–Tanzania border", "on the border between India and China"): the border
        is on neither side, so the name is no place of what happens there."""
        token = doc[start:end].root
        while token.dep_ in ("compound", "nmod", "amod", "conj", "pobj") and token.head.i != token.i:
            head = token.head
            between = head.lower_ in self.words.boundary_preps and head.dep_ == "prep"
            if token.dep_ == "pobj" and not between:
                return False
            token = head.head if token.dep_ == "pobj" else head
            if names_word(token, self.words.border_nouns):
                code = self.resolve_country_code(doc[start:end].root)
                return code is not None and len(self._border_countries(token)) == 2
        return False

    def _describing_borders(self, doc: Any, start: int, end: int) -> list[Any]:
        """The border nouns of the border phrases that describe the name: hung on it or on the place noun
        listing it, or right after it (a comma between allowed)."""
        root = doc[start:end].root
        heads = [root]
        first = root
        while first.dep_ in ("conj", "appos") and first.head.i < first.i:
            first = first.head  # "Badr and Tiji": the first of the list
            heads.append(first)
        of = first.head
        if first.dep_ == "pobj" and of.lower_ == "of" and names_word(of.head, self.words.geo_nouns):
            heads.append(of.head)  # "the towns of Badr and Tiji near the Tunisian border"
        preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.i > root.i]
        after = end + 1 if end < len(doc) and doc[end].text == "," else end
        if after < len(doc) and doc[after].lower_ in self.words.border_preps:
            preps.append(doc[after])
        return [
            g
            for prep in preps
            if prep.lower_ in self.words.border_preps
            for g in prep.children
            if g.dep_ == "pobj" and names_word(g, self.words.border_nouns)
        ]

    def _border_countries(self, border: Any) -> set[str]:
        """The countries that name a border noun: its modifiers ("the Tunisian border", "the Syria-Turkey
        border") and its "with" or "between" objects ("the border with Mali", "between India and China")."""
        tokens = [c for c in border.children if c.dep_ in ("amod", "compound", "nmod") and c.i < border.i]
        tokens += [t for c in tokens for t in c.subtree if t.i != c.i and t.text[:1].isupper()]
        preps = self.words.boundary_preps | {"with"}
        withs = [c for c in border.children if c.dep_ == "prep" and c.lower_ in preps]
        tokens += [o for w in withs for g in w.children if g.dep_ == "pobj" for o in (g, *g.conjuncts)]
        return {code for t in tokens if (code := self.resolve_country_code(t)) is not None}

    def resolve_controller(self, doc: Any, start: int) -> tuple[int, str] | None:
        """For a name at ``start`` after "<country>-administered" ("Pakistan-administered Kashmir", "Indian-
        controlled Kashmir": ``control_participles``), the first token of that modifier and the country."""
        if start < 3 or doc[start - 1].lower_ not in self.words.control_participles:
            return None
        hyphen = doc[start - 2]
        if hyphen.text != "-" or hyphen.whitespace_ or doc[start - 3].whitespace_:
            return None
        code = self.resolve_country_code(doc[start - 3])
        return None if code is None else (doc[start - 3].left_edge.i, code)

    def resolve_country_code(self, token: Any) -> str | None:
        """The country a demonym or a country name (with its compound words: "Burkina Faso") names."""
        code = self.gazetteer.resolve_demonym(token.text)
        if code:
            return code
        doc = token.doc
        left = token.i
        while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].head.i == token.i:
            left -= 1
        for text in (doc[left : token.i + 1].text, token.text):
            entry = self.gazetteer.resolve(text)
            if entry is not None and entry.kind == "country":
                return entry.country
        return None
