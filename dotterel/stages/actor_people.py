"""People in the actors stage, and the state every rule of that stage shares.

:class:`PeopleComposer` holds one parsed article's tables, built once per document (token texts, their
folded forms, each token's sentence start and end, the alias hits, which tokens are taken) so that no rule
walks a sentence (``token.sent``) or slices the ``Doc`` to read a word. Its people rules: a known name with
the title before it ("US President Donald Trump", "Iran's Supreme Leader Ayatollah Ali Khamenei"), a
title-only alias ("Prime Minister May") and an unknown name after a title, which takes the title's country
and sector ("Defense Minister Juan Pérez"). Organisations, countries and sector nouns:
:mod:`dotterel.stages.actors`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Literal

from dotterel.knowledge.actor_book import ActorBook, normalise_name
from dotterel.model import Actor, Mention, Span
from dotterel.stages.actor_names import AliasIndex, Hit, load_alias_indexes
from dotterel.stages.doc_tables import to_doc_table
from dotterel.stages.first_name_demonyms import is_first_name_hit
from dotterel.stages.first_name_persons import is_other_surname_hit
from dotterel.stages.group_phrases import to_titled_actor
from dotterel.stages.legislature_offices import find_legislature_office
from dotterel.stages.party_titles import find_party_title_sector, is_party_official_name
from dotterel.stages.place_demonyms import reread_place_demonyms
from dotterel.stages.secretary_titles import (
    find_department_before,
    find_department_country,
    find_secretary_start,
)
from dotterel.stages.title_phrase_sectors import find_title_phrase_sector

RULE_PERSON = "actors.person.v1"
RULE_PERSON_TITLE = "actors.person-title.v1"
RULE_TITLED_UNKNOWN = "actors.titled-unknown.v1"
RULE_PERSON_SECTOR = "actors.person-sector.v1"
RULE_SECTOR = "actors.sector.v1"

NOUNS = ("NOUN", "PROPN")
_VALUE_ENTS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
NOT_NAME_ENTS = (*_VALUE_ENTS, "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "LAW")


fold_name = lru_cache(maxsize=65536)(normalise_name)  # a token text's ``normalise_name``, remembered


class PeopleComposer:
    """The shared state of one parsed article's mentions, and the rules for people's names.

    Args:
        book: the actor book.
        doc: the article's parsed spaCy ``Doc``.
        on: the article date (roles are resolved on it).
    """

    def __init__(self, book: ActorBook, doc: Any, on: dt.date) -> None:
        self.book, self.doc, self.on = book, doc, on
        self.names, self.titles = load_alias_indexes(book)
        table = to_doc_table(doc)
        self.tokens = list(doc)
        self.taken = [False] * len(doc)
        self.texts, self.spaces = table.texts, table.spaces
        self.folded = [fold_name(text) for text in self.texts]
        self.sent_starts, self.sent_ends = [0] * len(doc), [0] * len(doc)
        for sent in doc.sents:  # the boundaries ``token.sent`` finds, once for every token
            self.sent_starts[sent.start : sent.end] = [sent.start] * len(sent)
            self.sent_ends[sent.start : sent.end] = [sent.end] * len(sent)
        self.sector_heads: set[int] = set()
        self.mentions: list[Mention] = []
        found = self._find_hits()
        starts = {hit.start for hit in found}  # "Minister Germán Garavano": a first name, no nationality
        self.hits = [h for h in found if not is_first_name_hit(h, self.tokens, starts, book.is_title_word)]
        self.hits = [h for h in self.hits if not is_other_surname_hit(h, self.tokens, starts, book)]
        self.hits = reread_place_demonyms(self.hits, self.tokens, book)  # "New Mexican": not of Mexico
        self.hit_at = {i: hit for hit in self.hits for i in range(hit.start, hit.end)}

    # ---- matching and helpers -------------------------------------------------------------------------
    def _find_hits(self) -> list[Hit]:
        hits, i = [], 0
        while i < len(self.tokens):
            hit = None if self.spaces[i] else self._hit_at(i, self.names)
            hits += [hit] if hit else []
            i = hit.end if hit else i + 1
        return hits

    def _hit_at(self, i: int, index: AliasIndex) -> Hit | None:
        if not index.may_start(self.texts[i], self.folded[i]):
            return None
        end = min(i + index.longest, self.sent_ends[i])
        for length in range(index.count_prefix(self.texts[i:end], self.folded[i:end]), 0, -1):
            targets = index.match(self.texts[i : i + length])
            if targets:
                return Hit(i, i + length, targets)
        return None

    def _span(self, start: int, end: int) -> Span:
        last = self.tokens[end - 1]
        return Span(self.tokens[start].idx, last.idx + len(last))

    def _add(self, start: int, end: int, head: int, actor: Actor, rule: str, confidence: float) -> None:
        kind: Literal["name", "sector"] = "sector" if rule == RULE_SECTOR else "name"
        self.mentions.append(
            Mention(self._span(start, end), self._span(head, head + 1), actor, kind, rule, confidence)
        )
        self._take(Hit(start, end, []))

    def _take(self, hit: Hit) -> None:
        for i in range(hit.start, hit.end):
            self.taken[i] = True

    def _actor(self, hit: Hit, start: int, end: int, titles: Sequence[str] = ()) -> Actor | None:
        target = self.book.resolve_target(hit.targets, self.on, titles)
        return self.book.to_actor(target, self.doc[start:end].text, self.on) if target else None

    def _sector_of(self, tok: Any) -> tuple[str | None, int]:
        """Return the sector of a noun (trying "modifier noun" phrases first) and where its phrase starts."""
        left = self.tokens[tok.i - 1] if tok.i > self.sent_starts[tok.i] else None
        if left is not None and left.head.i == tok.i and left.dep_ in ("amod", "compound", "nmod"):
            for key in (f"{left.lemma_} {tok.text}", f"{left.lemma_} {tok.lemma_}"):
                if self.book.resolve_sector(key):
                    return self.book.resolve_sector(key), left.i
        own = self.book.resolve_sector(tok.text) or self.book.resolve_sector(tok.lemma_)
        own = own or find_legislature_office(tok, self.book)  # "Speaker of the House of Commons"
        if own is None and left is not None and left.head.i == tok.i and self.book.is_group_noun(tok.lemma_):
            return self.book.resolve_sector(left.lemma_), left.i  # "opposition groups", "student groups"
        return own, tok.i

    def _is_named(self, i: int) -> bool:
        """True when token ``i`` is part of an alias hit."""
        return i in self.hit_at

    def _after_first_name(self, i: int) -> bool:
        """True when an unknown capitalised name comes right before token ``i`` (a first name)."""
        prev = self.tokens[i - 1] if i > self.sent_starts[i] else None
        if prev is None or prev.pos_ != "PROPN" or not prev.text[:1].isupper() or not prev.whitespace_:
            return False
        return (
            prev.i not in self.hit_at and not self.book.is_title_word(prev.text) and prev.ent_type_ != "DATE"
        )

    def _before_last_name(self, hit: Hit, after: Any) -> bool:
        """True when an unknown capitalised name right after a known name extends it (a further surname):
        the longer name is another person, unless the book lists it as an alias (the longest match)."""
        last = self.tokens[hit.end - 1]
        if not last.whitespace_ or after.pos_ != "PROPN" or not after.text[:1].isupper():
            return False
        if last.head.i != after.i or last.dep_ not in ("compound", "flat") or after.i in self.hit_at:
            return False
        return not self.book.is_title_word(after.text) and after.ent_type_ != "DATE"

    # ---- people ---------------------------------------------------------------------------------------
    def _is_title(self, j: int, name_start: int) -> bool:
        text = self.texts[j]
        if not self.book.is_title_word(text):
            return False  # a lowercase title word only right before the name or another title word
        return text[:1].isupper() or j + 1 == name_start or self.book.is_title_word(self.texts[j + 1])

    def _title_start(self, name_start: int) -> int:
        """Walk left over a title ("Iran's Supreme Leader Ayatollah", "Chairman of the Joint Chiefs of Staff")
        and return its start; connectors sit between title words; a country or organisation may own it."""
        texts, start, j = self.texts, name_start, name_start - 1
        sent_start = self.sent_starts[name_start]
        while j >= sent_start:
            owner = j - 1 if self.tokens[j].tag_ == "POS" else j
            hit = self.hit_at.get(owner)
            if hit and hit.kind in ("country", "adjective", "organisation") and not self.taken[owner]:
                start = j = hit.start
            elif (department := find_department_before(texts, j, start, sent_start)) is not None:
                start = j = department  # "Homeland Security Secretary": the department's name
            elif self._is_title(j, start):
                start = j
            elif (department := find_secretary_start(texts, j, sent_start, self._is_named)) is not None:
                start = j = department  # "Secretary of Homeland Security": the department's name
            else:
                k = j
                while k > sent_start and self.book.is_title_connector(texts[k]):
                    k -= 1
                if k == j or not (self.book.is_title_word(texts[k]) and texts[k][:1].isupper()):
                    break
                start = j = k
            j -= 1
        return start

    def _emit_person(self, hit: Hit, rule: str = RULE_PERSON) -> None:
        start = self._title_start(hit.start)
        if start == hit.start and hit.end - hit.start == 1 and self._after_first_name(hit.start):
            return  # "Massoud Soleimani" is not Qasem Soleimani
        titles = [text for text in self.texts[start : hit.start] if self.book.is_title_word(text)]
        actor = self._actor(hit, start, hit.end, titles)
        if actor is None:
            return
        owner = self.hit_at.get(start) if start < hit.start else None  # "Arab League Secretary-General"
        owner_actor = self._actor(owner, owner.start, owner.end) if owner else None
        actor = to_titled_actor(self.book, actor, self.doc[start : hit.start], owner_actor)
        after = self.tokens[hit.end] if hit.end < self.sent_ends[hit.start] else None
        if after is not None and after.pos_ in NOUNS and self.tokens[hit.end - 1].head.i == after.i:
            sector, _ = self._sector_of(after)
            if sector:  # "the Trump administration", "Assad forces"
                actor = Actor(self.doc[start : after.i + 1].text, None, actor.country, sector)
                self._add(start, after.i + 1, after.i, actor, RULE_PERSON_SECTOR, 0.8)
                return
        if after is not None and self._before_last_name(hit, after):
            return  # "Nicolás Maduro Guerra" is not Nicolás Maduro
        self._add(start, hit.end, hit.end - 1, actor, RULE_PERSON_TITLE if start < hit.start else rule, 1.0)

    def _emit_titled_names(self) -> None:
        """Names right after a title: title-only aliases ("Prime Minister May") or unknown people."""
        for tok in self.tokens:
            if self.taken[tok.i] or tok.i in self.hit_at or not self._after_title(tok):
                continue
            hit = self._hit_at(tok.i, self.titles)
            nxt = self.tokens[hit.end] if hit and hit.end < self.sent_ends[tok.i] else None
            if hit and not (nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper()):
                self._emit_person(hit, RULE_PERSON_TITLE)
            else:
                self._emit_unknown_person(tok.i)

    def _after_title(self, tok: Any) -> bool:
        text = self.texts[tok.i]
        if tok.i == self.sent_starts[tok.i] or not text[:1].isupper() or tok.pos_ != "PROPN":
            return False
        if self.book.is_title_word(text) or self._is_entity_veto(tok):
            return False  # a title ends right before the name, maybe after its country: "President of Peru X"
        start = self._title_start(tok.i)
        return start < tok.i and any(self.book.is_title_word(t) for t in self.texts[start : tok.i])

    def _is_entity_veto(self, tok: Any) -> bool:
        """True when the NER label of a token says it is no person's name. Not when the tagger ran the name
        into the title's country: "Prime Minister of [Peru Cesar Villanueva]" (ORG) starts at "Peru"."""
        if tok.ent_type_ not in NOT_NAME_ENTS:
            return False
        if is_party_official_name(self.tokens, tok.i, self.sent_starts[tok.i], self.book.is_title_word):
            return False  # "Democratic Party chairman [Troy Price]" (ORG): a party official's name
        first = tok.i
        while first > self.sent_starts[tok.i] and self.tokens[first].ent_iob_ == "I":
            first -= 1
        hit = self.hit_at.get(first) if first < tok.i else None
        if hit is None or hit.start != first or hit.kind not in ("country", "adjective"):
            return True
        between = self.tokens[hit.end : tok.i]
        named = all(t.pos_ == "PROPN" and t.i not in self.hit_at for t in between)
        return not (named and hit.start > 0 and self.texts[hit.start - 1].lower() == "of")

    def _emit_unknown_person(self, name_start: int) -> None:
        tokens, end = self.tokens, name_start
        while end < min(self.sent_ends[name_start], name_start + 5):
            tok, hit = tokens[end], self.hit_at.get(end)
            if hit is not None and (hit.kind != "person" or hit.end - hit.start > 1):
                break  # a surname alone may end an unknown name: "General Jonathan Vance"
            if self.taken[end] or self._is_entity_veto(tok) or tok.pos_ != "PROPN" and tok.text != "-":
                break
            end += 1
        while end > name_start and not self.texts[end - 1][:1].isalpha():
            end -= 1
        start = self._title_start(name_start)
        country, sector, owner_sector = None, None, None
        for i in range(start, name_start):
            hit = self.hit_at.get(i)
            actor = self.book.to_actor(hit.targets[0], "", self.on) if hit and hit.start == i else None
            country = country or (actor.country if actor else None)  # the title's owner comes first
            owner_sector = actor.sector if actor and hit and hit.kind == "organisation" else owner_sector
            sector = self.book.resolve_title_sector(self.texts[i]) or sector
        sent_start = self.sent_starts[start]  # "opposition leader": OPP; "Democratic Party chairman": PTY
        phrase = find_title_phrase_sector(self.texts, start, name_start, sent_start, self.book.resolve_sector)
        sector = owner_sector or phrase or find_party_title_sector(tokens, start, sent_start) or sector
        country = country or self._owner_country(start, end)
        country = country or find_department_country(self.texts, start, name_start)  # "Secretary of Energy"
        if end > name_start and (country or sector):
            actor = Actor(self.doc[start:end].text, self.doc[name_start:end].text, country, sector)
            self._add(start, end, end - 1, actor, RULE_TITLED_UNKNOWN, 0.8)

    def _owner_country(self, start: int, end: int) -> str | None:
        """The country of a named owner already taken as its own phrase that modifies the title ("Czech
        Senate President X": the Czech Senate's): the compounds right before it, walked leftwards."""
        j = start - 1
        while j >= self.sent_starts[start] and self.tokens[j].dep_ in ("compound", "amod"):
            if not start <= self.tokens[j].head.i < end and self.tokens[j].head.i != j + 1:
                return None
            hit = self.hit_at.get(j)
            if hit is not None and hit.start == j and hit.kind in ("country", "adjective"):
                actor = self.book.to_actor(hit.targets[0], "", self.on)
                return actor.country if actor else None
            j -= 1
        return None
