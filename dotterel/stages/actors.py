"""Actors stage: find who is mentioned (people, groups, countries, sector nouns) and resolve them on the date.

Names come from the actor book, matched over tokens, longest alias first ("US" only as written; other
aliases need their capitals, so "turkey" is not Turkey). Each noun phrase becomes one mention whose
``head`` is its head word: a person with the title before the name ("US President Donald Trump", head
"Trump"; "Prime Minister May"; an unknown name after a title takes the title's country and sector); an
organisation with its group noun ("the Tehran-backed Kataib Hezbollah group", head "group"); a country word
with a sector noun ("Iranian officials": IRN GOV); a bare country, capital or metonym (GOV unless the
metonym says otherwise); a people noun ("Iranians": CVL); a country word modifying another noun ("US air
raids", head "US"); a sector noun alone ("protesters", "25 people"). A country word glued to a participle
("Tehran-backed", "Iranian backed", "anti-US") is only a modifier: ``actors.modifier.v1``, confidence 0.5.
Not actors: a bare country after a place preposition ("in Tehran") or in apposition to a place ("Samarra,
Iraq"); a capital inside a place name ("Baghdad International Airport"); a one-word name right after an
unknown first name ("Michael Jordan", "Massoud Soleimani"). Pronouns, quotations and possessed sector nouns
("its troops") are handled in :mod:`dotterel.stages.quotes`; groups placed by their own phrase ("students
throughout Indonesia") and titles of people out of office in :mod:`dotterel.stages.group_phrases`. "Bosnian
Serbs" are BIH CVL; "ethnic Albanians" have no country. NER labels only veto unknown names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from dotterel.knowledge.actor_book import ActorBook, AliasTarget, normalise_name
from dotterel.knowledge.wordlists import load_role_words
from dotterel.model import Actor, Article, Mention, Span
from dotterel.stages.actor_names import AliasIndex, Hit, doc_root, is_glued, load_alias_indexes
from dotterel.stages.anaphora import find_description_mentions
from dotterel.stages.group_phrases import is_ethnic, to_placed_sector_mentions, to_titled_actor
from dotterel.stages.quotes import find_pronoun_mentions, to_possessed_sectors

if TYPE_CHECKING:
    from dotterel.knowledge.gazetteer import Gazetteer

RULE_PERSON = "actors.person.v1"
RULE_PERSON_TITLE = "actors.person-title.v1"
RULE_TITLED_UNKNOWN = "actors.titled-unknown.v1"
RULE_PERSON_SECTOR = "actors.person-sector.v1"
RULE_ORGANISATION = "actors.organisation.v1"
RULE_COUNTRY = "actors.country.v1"
RULE_COUNTRY_SECTOR = "actors.country-sector.v1"
RULE_COUNTRY_ATTRIBUTE = "actors.country-attribute.v1"
RULE_MODIFIER = "actors.modifier.v1"
RULE_SECTOR = "actors.sector.v1"

_NOUNS = ("NOUN", "PROPN")
_MODIFIER_DEPS = ("compound", "amod", "nmod", "poss", "npadvmod")
_VALUE_ENTS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")
_NOT_NAME_ENTS = (*_VALUE_ENTS, "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "LAW")
_COUNTRY_KINDS = ("country", "capital", "metonym", "adjective", "people")
_PLACE_KINDS = ("country", "capital", "metonym")


class _Composer:
    """Build the name and sector mentions of one parsed article."""

    def __init__(self, book: ActorBook, doc: Any, on: dt.date) -> None:
        self.book, self.doc, self.on = book, doc, on
        self.names, self.titles = load_alias_indexes(book)
        self.taken = [False] * len(doc)
        self.texts = [token.text for token in doc]
        self.folded = [normalise_name(text) for text in self.texts]
        self.sent_ends = [0] * len(doc)
        for sent in doc.sents:
            self.sent_ends[sent.start : sent.end] = [sent.end] * len(sent)
        self.sector_heads: set[int] = set()
        self.mentions: list[Mention] = []
        self.hits = self._find_hits()
        self.hit_at = {i: hit for hit in self.hits for i in range(hit.start, hit.end)}

    def find_mentions(self) -> list[Mention]:
        """Return the mentions of names and sector nouns, in text order."""
        self._emit_hits(("person",), self._emit_person)
        self._emit_titled_names()
        self._emit_hits(("organisation",), self._emit_organisation)
        self._emit_hits(("not_actor",), self._take)
        self._emit_hits(_COUNTRY_KINDS, self._emit_country)
        self._emit_glued_modifiers()
        self._emit_sectors()
        return sorted(self.mentions, key=lambda m: (m.span.start, m.span.end))

    def _emit_hits(self, kinds: Sequence[str], emit: Any) -> None:
        for hit in self.hits:
            if hit.kind in kinds and not self.taken[hit.start]:
                emit(hit)

    # ---- matching and helpers -------------------------------------------------------------------------
    def _find_hits(self) -> list[Hit]:
        hits, i = [], 0
        while i < len(self.doc):
            hit = None if self.doc[i].is_space else self._hit_at(i, self.names)
            hits += [hit] if hit else []
            i = hit.end if hit else i + 1
        return hits

    def _hit_at(self, i: int, index: AliasIndex) -> Hit | None:
        end = min(i + index.longest, self.sent_ends[i])
        for length in range(index.count_prefix(self.texts[i:end], self.folded[i:end]), 0, -1):
            targets = index.match(self.texts[i : i + length])
            if targets:
                return Hit(i, i + length, targets)
        return None

    def _span(self, start: int, end: int) -> Span:
        return Span(self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1]))

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
        left = self.doc[tok.i - 1] if tok.i > tok.sent.start else None
        if left is not None and left.head.i == tok.i and left.dep_ in ("amod", "compound", "nmod"):
            for key in (f"{left.lemma_} {tok.text}", f"{left.lemma_} {tok.lemma_}"):
                if self.book.resolve_sector(key):
                    return self.book.resolve_sector(key), left.i
        own = self.book.resolve_sector(tok.text) or self.book.resolve_sector(tok.lemma_)
        if own is None and left is not None and left.head.i == tok.i and self.book.is_group_noun(tok.lemma_):
            return self.book.resolve_sector(left.lemma_), left.i  # "opposition groups", "student groups"
        return own, tok.i

    def _in_hyphenated_name(self, hit: Hit) -> bool:
        doc = self.doc
        if hit.start < 2 or doc[hit.start - 1].text != "-" or doc[hit.start - 2].whitespace_:
            return False
        other = doc[hit.start - 2]
        return other.text[:1].isupper() and other.i not in self.hit_at

    def _after_first_name(self, i: int) -> bool:
        """True when an unknown capitalised name comes right before token ``i`` (a first name)."""
        prev = self.doc[i - 1] if i > self.doc[i].sent.start else None
        if prev is None or prev.pos_ != "PROPN" or not prev.text[:1].isupper() or not prev.whitespace_:
            return False
        return (
            prev.i not in self.hit_at and not self.book.is_title_word(prev.text) and prev.ent_type_ != "DATE"
        )

    # ---- people ---------------------------------------------------------------------------------------
    def _is_title(self, j: int, name_start: int) -> bool:
        tok = self.doc[j]
        if not self.book.is_title_word(tok.text):
            return False  # a lowercase title word only right before the name or another title word
        return tok.text[:1].isupper() or j + 1 == name_start or self.book.is_title_word(self.doc[j + 1].text)

    def _title_start(self, name_start: int) -> int:
        """Walk left over a title ("Iran's Supreme Leader Ayatollah", "Chairman of the Joint Chiefs of Staff")
        and return its start; connectors sit between title words; a country or organisation may own it."""
        doc, start, j = self.doc, name_start, name_start - 1
        sent_start = doc[name_start].sent.start
        while j >= sent_start:
            owner = j - 1 if doc[j].tag_ == "POS" else j
            hit = self.hit_at.get(owner)
            if hit and hit.kind in ("country", "adjective", "organisation") and not self.taken[owner]:
                start = j = hit.start
            elif self._is_title(j, start):
                start = j
            else:
                k = j
                while k > sent_start and self.book.is_title_connector(doc[k].text):
                    k -= 1
                if k == j or not (self.book.is_title_word(doc[k].text) and doc[k].text[:1].isupper()):
                    break
                start = j = k
            j -= 1
        return start

    def _emit_person(self, hit: Hit, rule: str = RULE_PERSON) -> None:
        start = self._title_start(hit.start)
        if start == hit.start and hit.end - hit.start == 1 and self._after_first_name(hit.start):
            return  # "Massoud Soleimani" is not Qasem Soleimani
        titles = [t.text for t in self.doc[start : hit.start] if self.book.is_title_word(t.text)]
        actor = self._actor(hit, start, hit.end, titles)
        if actor is None:
            return
        owner = self.hit_at.get(start) if start < hit.start else None  # "Arab League Secretary-General"
        owner_actor = self._actor(owner, owner.start, owner.end) if owner else None
        actor = to_titled_actor(self.book, actor, self.doc[start : hit.start], owner_actor)
        after = self.doc[hit.end] if hit.end < self.doc[hit.start].sent.end else None
        if after is not None and after.pos_ in _NOUNS and self.doc[hit.end - 1].head.i == after.i:
            sector, _ = self._sector_of(after)
            if sector:  # "the Trump administration", "Assad forces"
                actor = Actor(self.doc[start : after.i + 1].text, None, actor.country, sector)
                self._add(start, after.i + 1, after.i, actor, RULE_PERSON_SECTOR, 0.8)
                return
        self._add(start, hit.end, hit.end - 1, actor, RULE_PERSON_TITLE if start < hit.start else rule, 1.0)

    def _emit_titled_names(self) -> None:
        """Names right after a title: title-only aliases ("Prime Minister May") or unknown people."""
        for tok in self.doc:
            if self.taken[tok.i] or tok.i in self.hit_at or not self._after_title(tok):
                continue
            hit = self._hit_at(tok.i, self.titles)
            nxt = self.doc[hit.end] if hit and hit.end < tok.sent.end else None
            if hit and not (nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper()):
                self._emit_person(hit, RULE_PERSON_TITLE)
            else:
                self._emit_unknown_person(tok.i)

    def _after_title(self, tok: Any) -> bool:
        if tok.i == tok.sent.start or not tok.text[:1].isupper() or tok.pos_ != "PROPN":
            return False
        if self.book.is_title_word(tok.text) or tok.ent_type_ in _NOT_NAME_ENTS:
            return False  # a title ends right before the name, maybe after its country: "President of Peru X"
        start = self._title_start(tok.i)
        return start < tok.i and any(self.book.is_title_word(t.text) for t in self.doc[start : tok.i])

    def _emit_unknown_person(self, name_start: int) -> None:
        doc, end = self.doc, name_start
        while end < min(doc[name_start].sent.end, name_start + 5):
            tok, hit = doc[end], self.hit_at.get(end)
            if hit is not None and (hit.kind != "person" or hit.end - hit.start > 1):
                break  # a surname alone may end an unknown name: "General Jonathan Vance"
            if self.taken[end] or tok.ent_type_ in _NOT_NAME_ENTS or tok.pos_ != "PROPN" and tok.text != "-":
                break
            end += 1
        while end > name_start and not doc[end - 1].text[:1].isalpha():
            end -= 1
        start = self._title_start(name_start)
        country, sector, owner_sector = None, None, None
        for i in range(start, name_start):
            hit = self.hit_at.get(i)
            actor = self.book.to_actor(hit.targets[0], "", self.on) if hit and hit.start == i else None
            country = country or (actor.country if actor else None)  # the title's owner comes first
            owner_sector = actor.sector if actor and hit and hit.kind == "organisation" else owner_sector
            sector = self.book.resolve_title_sector(doc[i].text) or sector
        sector = owner_sector or sector
        if end > name_start and (country or sector):
            actor = Actor(doc[start:end].text, doc[name_start:end].text, country, sector)
            self._add(start, end, end - 1, actor, RULE_TITLED_UNKNOWN, 0.8)

    # ---- organisations --------------------------------------------------------------------------------
    def _emit_organisation(self, hit: Hit) -> None:
        if self._after_first_name(hit.start):
            return  # "National Security Council" is not the UN's
        doc, head = self.doc, doc_root(self.doc, hit.start, hit.end)
        while head + 1 < doc[hit.start].sent.end and doc[head].head.i == head + 1:
            nxt = doc[head + 1]  # "Kataib Hezbollah militia group"
            if nxt.pos_ not in _NOUNS or self.taken[nxt.i] or nxt.i in self.hit_at:
                break
            if not (self.book.is_group_noun(nxt.lemma_) or self._sector_of(nxt)[0]):
                break
            head = nxt.i
        start, end = self._phrase_start(hit.start, head), max(hit.end, head + 1)
        actor = self._actor(hit, start, end)
        if actor is None:
            return
        for i in range(start, hit.start):  # country words glued to the phrase stay modifiers
            inner = self.hit_at.get(i)
            if inner and inner.kind in _COUNTRY_KINDS and inner.start == i and is_glued(doc, i, inner.end):
                self._emit_modifier(inner)
        self._add(start, end, head, actor, RULE_ORGANISATION, 1.0)

    def _phrase_start(self, name_start: int, head: int) -> int:
        """Start of the phrase: the head's left edge, without determiners, other names or a far reach."""
        doc = self.doc
        start = min(max(doc[head].left_edge.i, doc[head].sent.start, name_start - 6), name_start)
        for i in range(name_start - 1, start - 1, -1):
            if doc[i].is_punct and doc[i].text != "-":
                start = i + 1
                break
        while start < name_start and (
            doc[start].pos_ in ("DET", "PRON", "PUNCT", "PART") or self._foreign(start)
        ):
            start += 1
        return start

    def _foreign(self, i: int) -> bool:
        hit = self.hit_at.get(i)
        return self.taken[i] or (hit is not None and hit.kind in ("person", "organisation"))

    # ---- countries ------------------------------------------------------------------------------------
    def _emit_modifier(self, hit: Hit) -> None:
        actor = self._actor(hit, hit.start, hit.end)
        if actor is not None:
            self._add(hit.start, hit.end, doc_root(self.doc, hit.start, hit.end), actor, RULE_MODIFIER, 0.5)

    def _np_head(self, hit: Hit, along: int = 0) -> Any:
        """The noun a country word modifies ("US embassy" -> embassy), or None when it is the head itself."""
        tok = self.doc[doc_root(self.doc, hit.start, hit.end)]
        if along <= 0 and tok.dep_ == "conj" and tok.head.i in self.hit_at and tok.head.i < tok.i:
            shared = self._np_head(self.hit_at[tok.head.i], -1)  # "Hungarian and Romanian officials"
            if shared is not None:
                return shared
        for _ in range(4):
            if tok.dep_ not in _MODIFIER_DEPS or tok.head.i <= tok.i or tok.head.i - hit.end > 4:
                break
            tok = tok.head
            if self._sector_of(tok)[0] or tok.i in self.hit_at:
                break
        nxt = self.doc[hit.end] if hit.end < tok.sent.end else None
        if tok.i < hit.end and nxt is not None and nxt.pos_ == "NOUN" and self._sector_of(nxt)[0]:
            tok = nxt  # the parse missed "Iraqi protesters"
        if tok.i >= hit.end:
            return tok
        after = self.hit_at.get(hit.end + 1) if hit.end + 1 < tok.sent.end else None
        if along >= 0 and after and self.doc[hit.end].pos_ == "CCONJ" and after.kind in _COUNTRY_KINDS:
            return self._np_head(after, 1)  # "Azeri and Armenian forces"
        return None

    def _emit_country(self, hit: Hit) -> None:
        if self._in_hyphenated_name(hit):
            return  # "Inter-American Committee"
        if is_glued(self.doc, hit.start, hit.end):
            self._emit_modifier(hit)
            return
        target = self.book.resolve_target(hit.targets, self.on)
        head = self._np_head(hit) if target else None
        if head is not None and any(self.doc[j].pos_ == "VERB" for j in range(hit.end, head.i)):
            head = None  # a headline verb misparsed as a compound: "Somalia expels Nicholas Haysom"
        if target is None or (self._after_first_name(hit.start) and target.kind != "people"):
            return  # "Michael Jordan", "George Washington"; not "Young Algerians"
        if head is not None:
            self._emit_country_phrase(hit, target, head)
        elif not self._is_place(hit, target):
            if target.kind == "adjective":  # "an Iranian", "the British": people
                target = AliasTarget("people", target.key)
            actor = self.book.to_actor(target, self.doc[hit.start : hit.end].text, self.on)
            root = doc_root(self.doc, hit.start, hit.end)
            if actor is not None and is_ethnic(self.book, self.doc, hit.start):
                start, text = hit.start - 1, self.doc[hit.start - 1 : hit.end].text  # "ethnic Albanians"
                self._add(start, hit.end, root, Actor(text, None, None, actor.sector), RULE_SECTOR, 0.7)
            elif actor is not None:
                self._add(hit.start, hit.end, root, actor, RULE_COUNTRY, 1.0)

    def _is_place(self, hit: Hit, target: AliasTarget) -> bool:
        """A bare name used as a place: "in Tehran", "Samarra, Iraq"; or an adjective ("was Iranian")."""
        root = self.doc[doc_root(self.doc, hit.start, hit.end)]
        if target.kind == "adjective":  # "an Iranian", "the British" are people; "in Spanish" is not
            return root.pos_ not in _NOUNS or not any(child.dep_ == "det" for child in root.children)
        if target.kind not in _PLACE_KINDS:
            return False
        if root.dep_ == "pobj" and self.book.is_place_preposition(root.head.text):
            return True
        after_comma = hit.start > root.sent.start and self.doc[hit.start - 1].text == ","
        after_place = root.head.i < hit.start and root.head.pos_ == "PROPN" and root.dep_ == "npadvmod"
        return after_comma and (root.dep_ == "appos" or after_place)

    def _emit_country_phrase(self, hit: Hit, target: AliasTarget, head: Any) -> None:
        people = self.hit_at.get(head.i) if target.kind == "adjective" else None
        people_actor = self.book.to_actor(people.targets[0], "", self.on) if people else None
        if people is not None and people.kind == "people" and people_actor is not None:
            self.taken[head.i] = True  # "Bosnian Serbs": Serbs living in Bosnia
        elif (self.taken[head.i] and head.i not in self.sector_heads) or head.i in self.hit_at:
            self._take(hit)  # part of a person's or a group's phrase
            return
        sector = self._sector_of(head)[0] or (people_actor.sector if people_actor else None)
        country = self.book.to_actor(target, self.doc[hit.start : hit.end].text, self.on)
        root = self.doc[doc_root(self.doc, hit.start, hit.end)]
        if country is None or (not sector and head.pos_ == "PROPN" and root.dep_ != "poss" and not people):
            return  # "Baghdad International Airport", "Ukraine International Airlines"
        if is_ethnic(self.book, self.doc, hit.start):  # "ethnic Albanian guerrillas": no nationality
            if sector:
                actor = Actor(self.doc[hit.start - 1 : head.i + 1].text, None, None, sector)
                self._add(hit.start - 1, head.i + 1, head.i, actor, RULE_SECTOR, 0.7)
            self._take(hit)
        elif sector:
            actor = Actor(self.doc[hit.start : head.i + 1].text, country.name, country.country, sector)
            self._add(hit.start, head.i + 1, head.i, actor, RULE_COUNTRY_SECTOR, 0.9)
            self.sector_heads.add(head.i)
            for i in range(hit.end, head.i):  # "Azeri and Armenian forces": Armenian still gets its mention
                other = self.hit_at.get(i)
                self.taken[i] = self.taken[i] and not (other is not None and other.kind in _COUNTRY_KINDS)
        else:
            self._add(hit.start, hit.end, root.i, country, RULE_COUNTRY_ATTRIBUTE, 0.8)

    def _emit_glued_modifiers(self) -> None:
        """Country words inside one hyphenated token ("U.S.-backed") are modifiers over their characters."""
        for tok in (t for t in self.doc if not self.taken[t.i] and "-" in t.text[1:-1]):
            offset = tok.idx
            for part in tok.text.split("-"):
                target = self.book.resolve_target(self.names.match([part]), self.on)
                actor = self.book.to_actor(target, part, self.on) if target else None
                if actor is not None and target and target.kind in _COUNTRY_KINDS:
                    span = Span(offset, offset + len(part))
                    self.mentions.append(Mention(span, span, actor, "name", RULE_MODIFIER, 0.5))
                offset += len(part) + 1

    # ---- sector nouns ---------------------------------------------------------------------------------
    def _emit_sectors(self) -> None:
        for tok in self.doc:
            if self.taken[tok.i] or tok.pos_ not in _NOUNS or tok.i in self.hit_at:
                continue
            if tok.dep_ == "compound" and tok.head.pos_ in _NOUNS and tok.head.i > tok.i:
                continue
            sector, start = self._sector_of(tok)
            if not sector or (start == tok.i and self._inside_proper_name(tok)):
                continue
            number = self.doc[start - 1] if start > tok.sent.start else None
            start -= 1 if number is not None and number.dep_ == "nummod" and number.head == tok else 0
            actor = Actor(self.doc[start : tok.i + 1].text, None, None, sector)
            self._add(start, tok.i + 1, tok.i, actor, RULE_SECTOR, 0.7)  # "25 people"

    def _inside_proper_name(self, tok: Any) -> bool:
        """True for a capitalised sector word inside a name: "Imam Ali base", "State of Law Coalition"."""
        if tok.i == tok.sent.start or not tok.text[:1].isupper():
            return False
        neighbours = [self.doc[i] for i in (tok.i - 1, tok.i + 1) if tok.sent.start <= i < tok.sent.end]
        return any(n.pos_ == "PROPN" and n.text[:1].isupper() and n.i not in self.hit_at for n in neighbours)


class ActorsStage:
    """Fill ``article.mentions`` with the actors named, described or referred to in the article."""

    name = "actors"
    requires: tuple[str, ...] = ("doc", "sentences")
    assigns: tuple[str, ...] = ("mentions",)

    def __init__(
        self,
        book: ActorBook,
        role_words: dict[str, frozenset[str]] | None = None,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        from dotterel.knowledge.gazetteer import load_gazetteer

        self.book = book
        self.role_words = role_words if role_words is not None else load_role_words()
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()

    def __call__(self, article: Article) -> Article:
        """Find the mentions of one parsed article; roles are resolved on ``article.date``."""
        mentions = _Composer(self.book, article.doc, article.date).find_mentions()
        not_local = self.role_words["not_local_sectors"]
        mentions = to_placed_sector_mentions(
            self.book, article.doc, mentions, article.date, self.gazetteer, not_local
        )
        pronouns = find_pronoun_mentions(self.book, article, mentions)
        mentions = to_possessed_sectors(article, mentions, pronouns)
        descriptions = find_description_mentions(article, [*mentions, *pronouns], self.role_words)
        found = [*mentions, *pronouns, *descriptions]
        article.mentions = sorted(found, key=lambda m: (m.span.start, m.span.end))
        return article
