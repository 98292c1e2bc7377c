"""Group phrases: the country a sector-only noun phrase gives itself, and a person's title read from the text.

A sector noun with no country word of its own ("students", "opposition groups", "government") may still be
placed in a country by its own noun phrase: a possessor ("President Suharto's government": IDN), a located
preposition ("opposition groups in Zimbabwe", "university students throughout Indonesia", "refugees from
Syria", "the government of Texas": the object is a country, a capital, an actor with a country, or a place of
the gazetteer), or an allegiance ("militants loyal to Iraq's al-Qaeda frontman", "workers affiliated with the
Serbian Workers' Union"). :func:`to_placed_sector_mentions` gives such mentions that country.

:func:`to_titled_actor` gives a known person who holds no role on the article date the sector of the title
the text gives him ("Serbian President Vojislav Kostunica" in an old wire story: GOV), unless the title says
the office is past ("former president Carlos Menem"). :func:`is_ethnic` tells "ethnic Albanians" (an
ethnicity: no country) from "Albanians" (nationals of Albania). The word lists live in ``sectors.yaml``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from dotterel.knowledge.actor_book import ActorBook
from dotterel.model import Actor, Mention
from dotterel.stages.actor_names import load_alias_indexes
from dotterel.stages.plural_noun_verbs import to_object_before_headline_verb

if TYPE_CHECKING:
    from dotterel.knowledge.gazetteer import Gazetteer

RULE_OWNED = "actors.owned-sector.v1"
RULE_LOCATED = "actors.located-sector.v1"
RULE_ALLEGIANCE = "actors.allegiance-sector.v1"
_COUNTRY_KINDS = ("country", "capital", "metonym")
_CONFIDENCE = 0.7


def is_ethnic(book: ActorBook, doc: Any, start: int) -> bool:
    """True when the word before token ``start`` marks an ethnicity: "ethnic Albanians", "ethnic Serb"."""
    return start > doc[start].sent.start and book.is_listed(doc[start - 1].lower_, "ethnic")


def to_titled_actor(book: ActorBook, actor: Actor, title: Sequence[Any], owner: Actor | None = None) -> Actor:
    """Return a known person out of office on the date with the sector of the title before the name.

    ``title`` is the tokens between the phrase start and the name ("Serbian President"); the last title
    word with a sector wins ("Lt. Gen." -> MIL), but not the second half of a hyphenated title whose first
    half has one ("Secretary-General" -> GOV; "Vice-President" -> GOV); a past marker ("former",
    "ousted") keeps the actor as is. An organisation owning the title ("Arab League Secretary-General")
    gives its country and sector.
    """
    if actor.sector is not None or not (actor.actor_id or "").startswith("person:"):
        return actor
    if any(book.is_listed(tok.lower_, "former") for tok in title):
        return actor
    if owner is not None and (owner.actor_id or "").startswith("org:"):
        return replace(actor, country=owner.country, sector=owner.sector)
    heads = [tok for tok in title if not _is_second_half(book, tok)]
    sectors = [book.resolve_title_sector(tok.text) for tok in heads if book.is_title_word(tok.text)]
    sector = next((s for s in reversed(sectors) if s), None)
    return replace(actor, sector=sector) if sector else actor


def _is_second_half(book: ActorBook, tok: Any) -> bool:
    """True for "General" in "Secretary-General" (the first half has a sector), not in "Vice-President"."""
    if tok.i < 2 or tok.nbor(-1).text != "-" or tok.nbor(-1).whitespace_ or tok.nbor(-2).whitespace_:
        return False
    return book.resolve_title_sector(tok.nbor(-2).text) is not None


class _Placer:
    """Find the country a sector noun's own phrase gives it."""

    def __init__(
        self, book: ActorBook, doc: Any, mentions: Sequence[Mention], on: dt.date, gazetteer: Gazetteer | None
    ) -> None:
        self.book, self.doc, self.on, self.gazetteer = book, doc, on, gazetteer
        self.names, _ = load_alias_indexes(book)
        self.mentions = [m for m in mentions if m.actor.country and not m.rule.startswith("actors.modifier")]

    def resolve(self, head: Any, local: bool = True) -> tuple[str, str] | None:
        """Return (country, rule) for the sector head token, or None; ``local`` False: not by a located
        preposition (peacekeepers "in Lebanon" are not Lebanese)."""
        for child in head.children:
            if child.dep_ == "poss":
                country = self._mention_country(child)
                if country:
                    return country, RULE_OWNED
        for child in head.children:
            if local and child.dep_ == "prep" and self.book.is_listed(child.lower_, "located"):
                country = self._object_country(child)
                if country:
                    return country, RULE_LOCATED
            if child.dep_ in ("amod", "acl") and self.book.is_listed(child.lower_, "allegiance"):
                country = next((self._object_country(p) for p in child.children if p.dep_ == "prep"), None)
                if country:
                    return country, RULE_ALLEGIANCE
        return None

    def _mention_country(self, tok: Any) -> str | None:
        start = tok.idx
        found = [m for m in self.mentions if m.span.start <= start < m.span.end]
        return found[0].actor.country if found else None

    def _object_country(self, prep: Any) -> str | None:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            return None
        obj = to_object_before_headline_verb(obj)  # "The government of [Benin] orders EU ambassador X"
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        return (
            self._mention_country(obj)
            or (self._mention_country(owner) if owner is not None else None)
            or self._name_country(obj)
        )

    def _name_country(self, obj: Any) -> str | None:
        """A country or capital named as a place ("in Zimbabwe", "of the Democratic Republic of the Congo"),
        else a gazetteer place ("of Sindh province"); never a person's name ("of Prime Minister X")."""
        if obj.ent_type_ == "PERSON" or any(self.book.is_title_word(t.text) for t in obj.subtree):
            return None
        whole = [t for t in obj.subtree if t.i >= obj.i or t.dep_ != "det"]
        words = [c for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        candidates = [whole, [*words, obj]] + ([words] if words and obj.pos_ != "PROPN" else [])
        for tokens in (c for c in candidates if c and c[-1].i - c[0].i + 1 == len(c)):
            target = self.book.resolve_target(self.names.match([t.text for t in tokens]), self.on)
            if target is not None and target.kind in _COUNTRY_KINDS:
                actor = self.book.to_actor(target, "", self.on)
                return actor.country if actor else None
            if self.gazetteer is not None and all(t.pos_ == "PROPN" for t in tokens):
                entry = self.gazetteer.resolve(" ".join(t.text for t in tokens))
                if entry is not None and entry.country:
                    return str(entry.country)
        return None


def _is_foreign(book: ActorBook, doc: Any, mention: Mention) -> bool:
    """True for a sector phrase naming foreigners where they are: "peacekeepers", "the embassy"."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    head = span[-1] if span is not None else None
    if head is None:
        return False
    words = [head.lemma_, head.text] + ([f"{head.nbor(-1).lemma_} {head.lemma_}"] if head.i > 0 else [])
    return any(book.is_listed(word, "foreign") for word in words)


def to_placed_sector_mentions(
    book: ActorBook,
    doc: Any,
    mentions: Sequence[Mention],
    on: dt.date,
    gazetteer: Gazetteer | None = None,
    not_local: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Return ``mentions`` where each sector-only mention takes the country its own phrase gives it; a
    sector in ``not_local`` (lower-case: "igo", "ngo") is not placed by a located preposition."""
    placer = _Placer(book, doc, mentions, on, gazetteer)
    starts = {tok.idx: tok for tok in doc}
    result: list[Mention] = []
    for mention in mentions:
        head = starts.get(mention.head.start)
        bare = mention.kind == "sector" and not mention.actor.country and head is not None
        local = (mention.actor.sector or "").lower() not in not_local and not _is_foreign(book, doc, mention)
        found = placer.resolve(head, local) if bare else None
        if found is None:
            result.append(mention)
            continue
        actor = replace(mention.actor, country=found[0])
        confidence = min(mention.confidence, _CONFIDENCE)
        result.append(replace(mention, actor=actor, rule=found[1], confidence=confidence))
    return result
