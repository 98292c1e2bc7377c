"""Regions of a place named by a direction noun: "Thailand's mainly Muslim south", "Nigeria's north-east",
"the north of Mali", "in the country's centre".

A direction noun (``direction_nouns`` in ``places.yaml``) after a possessive place, or "the <noun> of
<place>", names a region of that place, given as the direction's adjective and the place ("southern
Thailand", "north-eastern Nigeria", "central Mali", kind ``region``, no point), like a direction adjective
before it ("northern Iraq"). Only for a country or a division: "Kabul's west" stays Kabul. Without "the",
"north of Baghdad" is a position near the place, not a region of it. "The country" (``country_nouns``) in
such a phrase is the country named before it as a location, else the one country the article is most about.
"Kenya's capital" and "the Kenyan capital" (``capital_nouns``, no name after it) are the capital city. A
place a located country possesses, named as a place by its own words, is the location rather than the
country ("above Russia's Kamchatka Peninsula", "the governor of Somalia's Mudug region").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry, PlaceWords
from dotterel.stages.place_uses import LocativeReader

if TYPE_CHECKING:  # place_names imports this module
    from dotterel.stages.place_names import NameCandidate

MAX_DIRECTION_MODIFIERS = 4
MODIFIER_POS = frozenset({"ADJ", "ADV"})
MODIFIER_TAGS = frozenset({"VBN", "VBG", "HYPH"})


class Region(NamedTuple):
    """A direction phrase around a name: tokens ``[start, end)`` of the whole phrase, and the adjective."""

    start: int
    end: int
    adjective: str


class RegionReader:
    """Find the direction phrases that make a region of a named place or of "the country"."""

    def __init__(self, gazetteer: Gazetteer, locatives: LocativeReader) -> None:
        self.gazetteer = gazetteer
        self.words: PlaceWords = gazetteer.words
        self.locatives = locatives

    def resolve_region(self, doc: Any, start: int, end: int) -> Region | None:
        """Return the region phrase of the name at tokens ``[start, end)``: a possessive before a direction
        noun ("Thailand's mainly Muslim south") or the "of" object of "the <direction>" ("the north of
        Mali"); else None."""
        possessed = self._possessed_direction(doc, end)
        if possessed is not None:
            last, adjective = possessed
            return Region(start, last + 1, adjective)
        noun = self._of_direction(doc[start:end].root)
        if noun is None:
            return None
        return Region(noun.left_edge.i, end, self.words.direction_nouns[self._direction_text(noun)])

    def find_country_regions(
        self, doc: Any, located: list[tuple[int, str]], context: dict[str, float]
    ) -> list[tuple[Region, int, GazetteerEntry]]:
        """Return the regions of "the country" ("in the country's north", "the south of the country"): each
        with its direction token and the country entry it refers to. ``located`` holds (first token, ISO3)
        of the countries named as locations, in text order; ``context`` the article's country weights."""
        out = []
        for token in doc:
            if token.lower_ not in self.words.country_nouns or not self._is_definite(token):
                continue
            region = self._country_noun_region(doc, token)
            if region is None:
                continue
            direction, phrase = region
            if not self.locatives.is_locative(doc, direction, direction + 1, "country"):
                continue
            code = self._referent(token.i, located, context)
            entry = self.gazetteer.resolve_country(code) if code else None
            if entry is not None:
                out.append((phrase, direction, entry))
        return out

    def _country_noun_region(self, doc: Any, token: Any) -> tuple[int, Region] | None:
        """The direction token and region phrase of "the country's north" or "the north of the country"."""
        possessed = self._possessed_direction(doc, token.i + 1)
        if possessed is not None:
            last, adjective = possessed
            return last, Region(token.left_edge.i, last + 1, adjective)
        noun = self._of_direction(token)
        if noun is None:
            return None
        adjective = self.words.direction_nouns[self._direction_text(noun)]
        return noun.i, Region(noun.left_edge.i, token.i + 1, adjective)

    @staticmethod
    def _is_definite(token: Any) -> bool:
        return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)

    @staticmethod
    def _referent(i: int, located: list[tuple[int, str]], context: dict[str, float]) -> str | None:
        """The country named as a location last before token ``i``, else the one top country of the
        article."""
        before = [code for start, code in located if start < i]
        if before:
            return before[-1]
        top = max(context.values(), default=0.0)
        tops = [code for code, weight in context.items() if weight == top]
        return tops[0] if len(tops) == 1 else None

    def resolve_capital(self, doc: Any, end: int) -> int | None:
        """Return the end of "'s capital" after a name ending at ``end`` ("in a busy part of Kenya's
        capital"), or None; not "Kenya's capital city Nairobi" (the name follows)."""
        found = self._possessed_head(doc, end, self._capital_at)
        return None if found is None else found[0] + 1

    def find_demonym_capitals(self, doc: Any) -> list[tuple[int, int, GazetteerEntry]]:
        """Return (first token, end, capital entry) of each located "the Kenyan capital" that no name
        follows ("the Afghan capital Kabul" names it)."""
        out = []
        for token in doc:
            if self._capital_at(doc, token.i) is None or not self._is_definite(token):
                continue
            codes = {self.gazetteer.resolve_demonym(c.text) for c in token.children if c.dep_ == "amod"}
            codes.discard(None)
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if len(codes) != 1 or (nxt is not None and nxt.pos_ == "PROPN"):
                continue
            capital = self.gazetteer.resolve_capital(str(codes.pop()))
            if capital is not None and self.locatives.is_locative(doc, token.i, token.i + 1, "city"):
                out.append((token.left_edge.i, token.i + 1, capital))
        return out

    def mark_possessed_places(self, doc: Any, found: Sequence[NameCandidate]) -> None:
        """Make the place a located country possesses the location instead of the country: in "above
        Russia's Kamchatka Peninsula", "the governor of Somalia's Mudug region" the place is the peninsula
        and the region, which the parse does not place ("above", "governor of"), not the country. Only a
        possessed name that is a place by its own words (a place or administrative noun ends it, or the
        gazetteer knows it as a region or division), not "Kenya's capital" nor "Syria's Assad"."""
        for owner, owned in zip(found, found[1:], strict=False):
            if not owner.locative or owned.locative or owner.region or owner.capital_end is not None:
                continue
            if not owner.entries or owner.entries[0].kind != "country" or owned.start != owner.end + 1:
                continue
            root = doc[owner.start : owner.end].root
            if (
                doc[owner.end].tag_ != "POS"
                or root.dep_ != "poss"
                or not owned.start <= root.head.i < owned.end
            ):
                continue
            own_kinds = {e.kind for e in owned.entries}
            named = owned.suffix or (owned.unlisted and self._is_place_noun_end(doc[owned.end - 1]))
            if named or own_kinds & {"region", "admin1"}:
                owner.locative, owned.locative = False, True

    def _is_place_noun_end(self, token: Any) -> bool:
        """True for a name's last word that makes it a place: "Peninsula", "Island", "Region"."""
        return token.lower_ in self.words.name_head_nouns or token.lower_ in self.words.admin_suffixes

    def _capital_at(self, doc: Any, j: int) -> tuple[int, str] | None:
        return (j, "capital") if doc[j].lower_ in self.words.capital_nouns and doc[j].pos_ == "NOUN" else None

    def _possessed_direction(self, doc: Any, i: int) -> tuple[int, str] | None:
        """For a possessive at ``i`` ("'s", "’s") followed by a few modifiers and a direction noun that ends
        the noun phrase (or comes before a place noun: "Nigeria's north-east region"), the direction's last
        token and its adjective."""
        return self._possessed_head(doc, i, self._direction_at)

    def _possessed_head(
        self, doc: Any, i: int, head_at: Callable[[Any, int], tuple[int, str] | None]
    ) -> tuple[int, str] | None:
        """The last token and label of the head ``head_at`` finds after a possessive at ``i`` and a few
        modifiers, when it ends the noun phrase or comes before a place noun."""
        if i >= len(doc) or doc[i].tag_ != "POS":
            return None
        j = i + 1
        while j < len(doc) and j - i <= MAX_DIRECTION_MODIFIERS:
            found = head_at(doc, j)
            if found is not None:
                last, adjective = found
                after = doc[last + 1] if last + 1 < len(doc) else None
                if after is not None and after.pos_ in ("NOUN", "PROPN") and not self._is_place_noun(after):
                    return None  # "Syria's northeast Kurds", "China's South China Sea"
                return last, adjective
            if not self._is_modifier(doc, j):
                return None
            j += 1
        return None

    def _direction_at(self, doc: Any, j: int) -> tuple[int, str] | None:
        """The last token and adjective of a direction noun at ``j``: "north-east" (three tokens) first."""
        for width in (3, 1):
            if j + width > len(doc):
                continue
            text = doc[j : j + width].text.lower()
            if text in self.words.direction_nouns and doc[j + width - 1].pos_ in ("NOUN", "PROPN", "ADV"):
                return j + width - 1, self.words.direction_nouns[text]
        return None

    def _is_modifier(self, doc: Any, j: int) -> bool:
        """A word that may stand between a possessive and its direction noun: "mainly Muslim", "restive",
        "far", "war-torn", "conflict-hit", "English-speaking"."""
        token = doc[j]
        joined = j + 1 < len(doc) and doc[j + 1].text == "-" and not token.whitespace_
        return (
            token.pos_ in MODIFIER_POS
            or token.tag_ in MODIFIER_TAGS
            or token.ent_type_ == "NORP"
            or (joined and token.pos_ in ("NOUN", "PROPN"))
        )

    def _is_place_noun(self, token: Any) -> bool:
        return token.lower_ in self.words.admin_suffixes or token.lower_ in self.words.geo_nouns

    def _of_direction(self, token: Any) -> Any | None:
        """The direction noun of "the <direction> of <token>" ("the north of Mali", "the far north of
        Cameroon"), or None ("north of Baghdad" has no "the": a position near it)."""
        if token.dep_ != "pobj" or token.head.lower_ != "of":
            return None
        noun = token.head.head
        if self._direction_text(noun) not in self.words.direction_nouns or not self._is_definite(noun):
            return None
        return noun

    @staticmethod
    def _direction_text(noun: Any) -> str:
        """The direction noun's text, with a hyphenated compound before it ("north-east")."""
        doc = noun.doc
        if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_:
            return doc[noun.i - 2 : noun.i + 1].text.lower()
        return noun.lower_
