"""Place names in a parsed document: which capitalised runs name places, which of them are locations, and
what each resolves to.

Finding names: the longest run of capitalised tokens that names a gazetteer entry (``places.gazetteer.v1``), a
named region ("the Middle East", no point), a direction before a country ("northern Iraq": kind ``region`` of
Iraq, no admin1, no point) or a name before an administrative noun ("Parwan Province", "the Idlib
Governorate") (``places.region.v1``). A name the gazetteer does not know is still a place where the text says
so (``places.unlisted.v1``, no point): after a place noun with a country or demonym ("the western Indian
states of Maharashtra", "the town of Dangdala, Chad"), before an administrative noun ("Papua New Guinea's Hela
province", "Borno State" in an article about Nigeria), or before a comma and a known place ("Kotulo, Kenya",
"Spin Boldak, Kandahar Province"); its country is the adjacent one, else the article's only country.

A name counts as a location only where the parse says so: the object of a locative preposition ("in", "near",
"outside", "from"; "to" after a verb of motion; "on" before a place noun: "on the outskirts of Bishkek";
"between" after a boundary noun: "a checkpoint between Tajikistan and Uzbekistan"), the "of" object of a place
noun ("the city of Kirkuk", "north of Baghdad"), a name before a located facility ("Mogadishu Airport") or a
happening ("the Hong Kong protests"; a city only before an attack: "a Kabul grenade attack"), the object of a
verb such as "strike" or "enter", or an apposition or conjunct of one of those ("Lahore, Pakistan"). A country
before a person, sector or owned facility noun is an actor modifier ("US President", "the US embassy"), a name
before a hyphen is one too ("Tehran-backed"), a modifier of a place noun with its own "of" object is an
adjective ("the Berber city of Zuwarah"), and a subject is an actor ("Washington said"): none of them is a
place. Names inside a longer person name or a longer proper name ("Okba Ibn Nafa Air Base"), and countries
inside an organisation's name, are skipped; the stop list in ``gazetteer.yaml`` removes people's names.

Ambiguous names go to the country the article is about: the countries of its other places, actor mentions and
demonyms (weight 1), or an adjacent country or demonym ("Tripoli, Lebanon", "the Lebanese port of Tripoli",
"Papua New Guinea's Hela province", weight 10), then population (:meth:`Gazetteer.resolve`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dotterel.knowledge.gazetteer import Gazetteer, GazetteerEntry, PlaceWords
from dotterel.model import Article, Place, PlaceMention, Span

RULE_GAZETTEER = "places.gazetteer.v1"
RULE_REGION = "places.region.v1"
RULE_UNLISTED = "places.unlisted.v1"
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss"})
LOCAL_WEIGHT, CONTEXT_WEIGHT = 10.0, 1.0
MAX_UNLISTED_TOKENS = 4


@dataclass
class NameCandidate:
    """A place name in the text: tokens ``[start, end)``, its entries, and what the parse says it is.

    An *unlisted* candidate has no entries: the text says it is a place, the gazetteer does not know it.
    """

    start: int
    end: int
    text: str
    entries: list[GazetteerEntry] = field(default_factory=list)
    direction: str | None = None
    suffix: str | None = None
    locative: bool = False
    unlisted: bool = False


def _lemma(token: Any) -> str:
    return str(token.lemma_).lower()


def _names(token: Any, words: frozenset[str]) -> bool:
    """True when the token's lemma or lower-case form is in ``words`` ("outskirts" has lemma "outskirt")."""
    return _lemma(token) in words or token.lower_ in words


class PlaceNameFinder:
    """Find, qualify and resolve the place names of a parsed document."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.words: PlaceWords = gazetteer.words
        words = self.words
        self.common_nouns = words.facilities | words.geo_nouns | words.admin_suffixes | words.directions

    # --- finding names -------------------------------------------------------------------------------

    def find_candidates(self, doc: Any) -> list[NameCandidate]:
        """Return the place names of the document (longest first, left to right), marked locative."""
        found: list[NameCandidate] = []
        i = 0
        while i < len(doc):
            candidate = self._match_at(doc, i) or self._unlisted_at(doc, i)
            if candidate is None:
                i += 1
                continue
            self._extend(doc, candidate)
            candidate.locative = self._is_locative(doc, candidate)
            found.append(candidate)
            i = candidate.end
        return found

    def _match_at(self, doc: Any, i: int) -> NameCandidate | None:
        if not doc[i].text[:1].isupper():
            return None
        for n in range(min(self.gazetteer.max_tokens, len(doc) - i), 0, -1):
            span = doc[i : i + n]
            last = span[-1]
            if not (last.text[:1].isupper() or last.text[:1].isdigit()) or any(
                t.is_sent_start for t in span[1:]
            ):
                continue
            if not any(t.tag_ in ("NNP", "NNPS") or t.ent_type_ in ("GPE", "LOC", "FAC") for t in span):
                continue
            if span.text.lower() in self.common_nouns:
                continue
            entries = self.gazetteer.find_entries(span.text)
            if n == 1 and span.text.isupper() and not any(e.kind in ("country", "region") for e in entries):
                continue  # an acronym ("DIG", "UND") is not a town that shares its letters
            if entries and not self._inside_longer_name(span, entries):
                return NameCandidate(i, i + n, span.text, entries)
        return None

    def _inside_longer_name(self, span: Any, entries: list[GazetteerEntry]) -> bool:
        first, last = span[0], span[-1]
        for entity in span.doc.ents:
            longer = entity.start <= first.i and last.i < entity.end and len(entity) > len(span)
            if longer and (
                entity.label_ == "PERSON" or (entity.label_ == "ORG" and entries[0].kind == "country")
            ):
                return True
        before = span.doc[first.i - 1] if first.i > 0 else None
        return bool(
            before is not None
            and not first.is_sent_start
            and before.tag_ in ("NNP", "NNPS")
            and before.text[:1].isupper()
            and before.lower_ not in self.words.name_prefixes
            and before.dep_ == "compound"
            and first.i <= before.head.i
            and not self.gazetteer.find_entries(before.text)
        )

    def _unlisted_at(self, doc: Any, i: int) -> NameCandidate | None:
        """A name the gazetteer does not know, where the text says it is a place."""
        end = self._proper_run_end(doc, i)
        if end is None:
            return None
        span = doc[i:end]
        root = span.root
        after = doc[end] if end < len(doc) else None
        by_noun = (
            root.dep_ == "pobj" and root.head.lower_ == "of" and _names(root.head.head, self.words.geo_nouns)
        )
        by_suffix = after is not None and after.lower_ in self.words.admin_suffixes
        by_comma = after is not None and after.text == "," and self._place_follows(doc, end + 1)
        if by_noun or by_suffix or by_comma:
            return NameCandidate(i, end, span.text, unlisted=True)
        return None

    def _proper_run_end(self, doc: Any, i: int) -> int | None:
        """The end of a run of capitalised proper nouns starting at ``i`` that names nothing we know."""
        token = doc[i]
        if token.is_sent_start or token.tag_ not in ("NNP", "NNPS") or not token.text[:1].isupper():
            return None
        end = i + 1
        while end < len(doc) and end - i < MAX_UNLISTED_TOKENS:
            nxt = doc[end]
            if nxt.tag_ in ("NNP", "NNPS") and nxt.text[:1].isupper() and nxt.text != "-":
                end += 1
            elif (
                nxt.text == "-"
                and not nxt.whitespace_
                and end + 1 < len(doc)
                and doc[end + 1].text[:1].isupper()
            ):
                end += 2
            else:
                break
        text = doc[i:end].text
        if token.lower_ in self.common_nouns or self.gazetteer.is_not_place(text):
            return None
        if any(
            self.gazetteer.find_entries(doc[j:k].text) for j in range(i, end) for k in range(j + 1, end + 1)
        ):
            return None  # "North East Delhi" holds a known name: the direction rule reads it
        if any(
            self.gazetteer.resolve_demonym(t.text) or t.ent_type_ in ("PERSON", "ORG", "DATE")
            for t in doc[i:end]
        ):
            return None
        return end

    def _place_follows(self, doc: Any, i: int, hops: int = 1) -> bool:
        """True when a known place with a country starts at ``i`` ("Kotulo, Kenya", "Kaiga-Kindjiria, western
        Chad"), or after one more name and a comma ("Zeleved, Far North, Cameroon")."""
        while i < len(doc) and doc[i].lower_ in self.words.directions:
            i += 1
        for n in range(min(self.gazetteer.max_tokens, len(doc) - i), 0, -1):
            entries = self.gazetteer.find_entries(doc[i : i + n].text, alternates=False)
            if any(e.country for e in entries):
                return True
        end = self._proper_run_end(doc, i) if i < len(doc) and hops else None
        return (
            end is not None
            and end < len(doc)
            and doc[end].text == ","
            and self._place_follows(doc, end + 1, 0)
        )

    def _extend(self, doc: Any, candidate: NameCandidate) -> None:
        start = candidate.start
        for width in (1, 3):
            if start - width >= 0:
                before = doc[start - width : start].text.lower()
                if before in self.words.directions:
                    candidate.direction = before
                    break
        if candidate.end < len(doc) and doc[candidate.end].lower_ in self.words.admin_suffixes:
            candidate.suffix = doc[candidate.end].text
            candidate.end += 1

    # --- which names are locations -------------------------------------------------------------------

    def _is_locative(self, doc: Any, candidate: NameCandidate) -> bool:
        after = doc[candidate.end] if candidate.end < len(doc) else None
        if after is not None and after.text == "-" and not doc[candidate.end - 1].whitespace_:
            return False  # "Tehran-backed", "US-led": a modifier, not a location
        token = doc[candidate.start : candidate.end].root
        kind = candidate.entries[0].kind if candidate.entries else "city"
        listed = False  # reached through ", <name>": "outside the Punjab Institute of Cardiology, Lahore"
        while token.head.i != token.i:
            dep, head = token.dep_, token.head
            if dep == "pobj" and listed and head.lower_ == "of" and head.head.tag_ in ("NNP", "NNPS"):
                token = head.head  # "of Cardiology" is inside a facility's name: its position decides
                continue
            if dep == "pobj":
                return self._is_locative_prep(head, token)
            if dep in MODIFIER_DEPS:
                return self._is_locative_modifier(token, head, kind)
            if dep == "dobj":
                return _names(head, self.words.locative_object_verbs)
            if dep not in ("appos", "conj"):
                return False
            listed, token = True, head
        return False

    def _is_locative_modifier(self, token: Any, head: Any, kind: str) -> bool:
        """A name before a noun: "Mogadishu Airport", "the Hong Kong protests", not "the US embassy"."""
        while head.dep_ == "compound" and head.head.i != head.i:  # "a Kabul grenade attack"
            head = head.head
        if _names(head, self.words.geo_nouns):
            has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
            return not (has_of and token.dep_ in ("amod", "compound", "nmod"))  # "the Berber city of Zuwarah"
        if _names(head, self.words.located_facilities) or _names(head, self.words.located_events):
            return True
        if _names(head, self.words.attack_nouns):
            return kind != "country"
        return _names(head, self.words.owned_facilities) and kind != "country"

    def _is_motion(self, head: Any) -> bool:
        """True for the head of a destination "to": "sent troops to", "the deployment of troops to", and a
        "to" the parser hung on the verb of a motion noun ("announces the deployment of troops to")."""
        motion = self.words.destination_verbs | self.words.destination_nouns
        nouns = [head, *(c for c in head.children if c.dep_ == "dobj")]
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            nouns.append(head.head.head)
        return any(_names(noun, motion) for noun in nouns)

    def _is_locative_prep(self, prep: Any, obj: Any) -> bool:
        lower = prep.lower_
        if lower == "of":
            return _names(prep.head, self.words.geo_nouns)
        if lower in self.words.destination_preps:
            return self._is_motion(prep.head)
        if lower in self.words.place_noun_preps:
            return _names(obj, self.words.geo_nouns | self.words.facilities)
        if lower in self.words.boundary_preps:
            return _names(prep.head, self.words.geo_nouns | self.words.facilities)
        return lower in self.words.locative_preps

    # --- resolving names -----------------------------------------------------------------------------

    def find_context_countries(self, article: Article, candidates: list[NameCandidate]) -> dict[str, float]:
        """Return the countries the article is about (weight 1 each): its places, actors and demonyms."""
        countries: dict[str, float] = {}
        for candidate in candidates:
            codes = {
                e.country for e in self.gazetteer.find_entries(candidate.text, alternates=False) if e.country
            }
            if len(codes) == 1:
                countries[codes.pop()] = CONTEXT_WEIGHT
        for mention in article.mentions:
            if mention.actor.country and len(mention.actor.country) == 3:
                countries[mention.actor.country] = CONTEXT_WEIGHT
        for token in article.doc:
            code = self.gazetteer.resolve_demonym(token.text) if token.text[:1].isupper() else None
            if code:
                countries[code] = CONTEXT_WEIGHT
        return countries

    def _local_countries(self, doc: Any, candidate: NameCandidate) -> dict[str, float]:
        """Countries named right by the name: "Tripoli, Lebanon", "the Lebanese port of", "Kenya's"."""
        root = doc[candidate.start : candidate.end].root
        near = [*root.children]
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            near += list(root.head.head.children)
        if candidate.end + 1 < len(doc) and doc[candidate.end].text == ",":
            near += self._following_place_tokens(doc, candidate.end + 1)
        local = {}
        for token in near:
            if candidate.start <= token.i < candidate.end:
                continue
            code = self._country_of(token)
            if code:
                local[code] = LOCAL_WEIGHT
        return local

    def _following_place_tokens(self, doc: Any, i: int) -> list[Any]:
        """The first token of each place in a comma list ("Spin Boldak, Kandahar Province, Afghanistan")."""
        tokens: list[Any] = []
        while i < len(doc) and len(tokens) < 3:
            tokens.append(doc[i])
            nxt = next((j for j in range(i, min(i + 5, len(doc))) if doc[j].text == ","), None)
            if nxt is None:
                break
            i = nxt + 1
        return tokens

    def _country_of(self, token: Any) -> str | None:
        """The country a token names: a demonym, a country name (whole subtree: "Papua New Guinea's"), or the
        country of the known place that starts there ("Kandahar Province")."""
        code = self.gazetteer.resolve_demonym(token.text)
        if code:
            return code
        words = [
            t.text
            for t in token.subtree
            if t.dep_ not in ("case", "punct", "det") and t.i >= token.left_edge.i
        ]
        for text in (" ".join(words), token.text):
            entry = self.gazetteer.resolve(text)
            if entry is not None and entry.kind == "country":
                return entry.country
        doc = token.doc
        for n in range(min(self.gazetteer.max_tokens, len(doc) - token.i), 0, -1):
            entries = self.gazetteer.find_entries(doc[token.i : token.i + n].text, alternates=False)
            codes = {e.country for e in entries if e.country}
            if len(codes) == 1:
                return codes.pop()
        return None

    def _sentence_countries(self, doc: Any, candidate: NameCandidate) -> dict[str, float]:
        """The countries the name's sentence names by demonym or country name ("… Nigerian troops in … Borno
        State"): closer than the article's, which may hold a news outlet's country."""
        countries: dict[str, float] = {}
        for token in doc[candidate.start].sent:
            if candidate.start <= token.i < candidate.end or not token.text[:1].isupper():
                continue
            code = self.gazetteer.resolve_demonym(token.text)
            entry = None if code else self.gazetteer.resolve(token.text)
            code = code or (entry.country if entry is not None and entry.kind == "country" else None)
            if code:
                countries[code] = CONTEXT_WEIGHT
        return countries

    def _to_unlisted_mention(
        self, doc: Any, candidate: NameCandidate, countries: dict[str, float], span: Span
    ) -> PlaceMention | None:
        """A place the gazetteer does not know, in the one country its neighbourhood or the article names."""
        if len(countries) != 1:
            return None
        root = doc[candidate.start : candidate.end].root
        admin = doc[candidate.end - 1].lower_ in self.words.admin_suffixes or (
            root.dep_ == "pobj" and _names(root.head.head, self.words.admin_suffixes)
        )
        name = doc[candidate.start : candidate.end].text
        place = Place(name, next(iter(countries)), None, None, None, "region" if admin else "locality")
        return PlaceMention(span, place, RULE_UNLISTED)

    def to_mention(
        self, doc: Any, candidate: NameCandidate, context: dict[str, float]
    ) -> PlaceMention | None:
        """Resolve a located name to a place mention, or None when it resolves to nothing."""
        local = self._local_countries(doc, candidate)
        start, end = doc[candidate.start].idx, doc[candidate.end - 1].idx + len(doc[candidate.end - 1].text)
        entry = None if candidate.unlisted else self.gazetteer.resolve(candidate.text, {**context, **local})
        if entry is None and (candidate.unlisted or candidate.suffix):  # "Borno State": not the German Borna
            countries = local or self._sentence_countries(doc, candidate) or context
            return self._to_unlisted_mention(doc, candidate, countries, Span(start, end))
        if entry is None:
            return None
        if candidate.direction and (
            entry.kind in ("country", "admin1") or (entry.kind == "region" and entry.country)
        ):
            direction_start = doc[candidate.start - len(candidate.direction.replace("-", " - ").split())].idx
            direction = doc.text[direction_start : doc[candidate.start].idx].strip()  # "northern", "South"
            place = Place(f"{direction} {entry.name}", entry.country, None, None, None, "region")
            return PlaceMention(Span(direction_start, end), place, RULE_REGION)
        if candidate.suffix and entry.kind == "city":
            name = doc[candidate.start : candidate.end].text
            return PlaceMention(
                Span(start, end), Place(name, entry.country, entry.admin1, None, None, "region"), RULE_REGION
            )
        return PlaceMention(
            Span(start, end), entry.to_place(), RULE_REGION if entry.kind == "region" else RULE_GAZETTEER
        )
