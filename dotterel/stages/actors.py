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

from typing import TYPE_CHECKING, Any

from dotterel.knowledge.actor_book import ActorBook, AliasTarget
from dotterel.knowledge.wordlists import load_role_words
from dotterel.model import Actor, Article, Mention, Span
from dotterel.stages.actor_names import Hit, doc_root, is_glued
from dotterel.stages.actor_people import (
    NOUNS,
    RULE_PERSON,
    RULE_PERSON_SECTOR,
    RULE_PERSON_TITLE,
    RULE_SECTOR,
    RULE_TITLED_UNKNOWN,
    PeopleComposer,
)
from dotterel.stages.agency_countries import find_agency_country_mentions
from dotterel.stages.anaphora import find_description_mentions
from dotterel.stages.compound_verbs import find_verbless_subject, is_compound_subject
from dotterel.stages.group_phrases import is_ethnic, to_placed_sector_mentions
from dotterel.stages.office_bodies import find_aside_tokens, find_bodies, to_context_country
from dotterel.stages.party_countries import to_party_country_mentions
from dotterel.stages.plural_noun_verbs import is_headline_verb
from dotterel.stages.quantity_people import PEOPLE_SECTOR, find_quantity_people
from dotterel.stages.quotes import find_pronoun_mentions, to_possessed_sectors

if TYPE_CHECKING:
    from dotterel.knowledge.gazetteer import Gazetteer

__all__ = [
    "RULE_BODY",
    "RULE_COUNTRY",
    "RULE_COUNTRY_ATTRIBUTE",
    "RULE_COUNTRY_SECTOR",
    "RULE_MODIFIER",
    "RULE_ORGANISATION",
    "RULE_PERSON",
    "RULE_PERSON_SECTOR",
    "RULE_PERSON_TITLE",
    "RULE_SECTOR",
    "RULE_TITLED_UNKNOWN",
    "ActorsStage",
]

RULE_ORGANISATION = "actors.organisation.v1"
RULE_COUNTRY = "actors.country.v1"
RULE_COUNTRY_SECTOR = "actors.country-sector.v1"
RULE_COUNTRY_ATTRIBUTE = "actors.country-attribute.v1"
RULE_MODIFIER = "actors.modifier.v1"
RULE_BODY = "actors.office-body.v1"

_MODIFIER_DEPS = ("compound", "amod", "nmod", "poss", "npadvmod")
_COUNTRY_KINDS = ("country", "capital", "metonym", "adjective", "people")
_PLACE_KINDS = ("country", "capital", "metonym")


class _Composer(PeopleComposer):
    """Build the name and sector mentions of one parsed article."""

    def find_mentions(self) -> list[Mention]:
        """Return the mentions of names and sector nouns, in text order."""
        self._emit_hits(("person",), self._emit_person)
        self._emit_titled_names()
        self._emit_hits(("organisation",), self._emit_organisation)
        self._emit_hits(("not_actor",), self._take)
        self._emit_hits(_COUNTRY_KINDS, self._emit_country)
        self._emit_glued_modifiers()
        self._emit_bodies()
        self._emit_sectors()
        return sorted(self.mentions, key=lambda m: (m.span.start, m.span.end))

    def _emit_hits(self, kinds: tuple[str, ...], emit: Any) -> None:
        for hit in self.hits:
            if hit.kind in kinds and not self.taken[hit.start]:
                emit(hit)

    def _in_hyphenated_name(self, hit: Hit) -> bool:
        if hit.start < 2 or self.texts[hit.start - 1] != "-" or self.tokens[hit.start - 2].whitespace_:
            return False
        return self.texts[hit.start - 2][:1].isupper() and hit.start - 2 not in self.hit_at

    # ---- organisations --------------------------------------------------------------------------------
    def _emit_organisation(self, hit: Hit) -> None:
        if self._after_first_name(hit.start):
            return  # "National Security Council" is not the UN's
        doc, head = self.doc, doc_root(self.doc, hit.start, hit.end)
        while head + 1 < self.sent_ends[hit.start] and doc[head].head.i == head + 1:
            nxt = doc[head + 1]  # "Kataib Hezbollah militia group"
            if nxt.pos_ not in NOUNS or self.taken[nxt.i] or nxt.i in self.hit_at:
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
        start = min(max(doc[head].left_edge.i, self.sent_starts[head], name_start - 6), name_start)
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
            tok = find_verbless_subject(tok) or tok.head  # "Samoan [police] arrest Edwin Tamasese"
            if self._sector_of(tok)[0] or tok.i in self.hit_at:
                break
        while tok.dep_ == "compound" and tok.head.i == tok.i + 1 and self._sector_of(tok.head)[0]:
            tok = tok.head  # "Afghan security forces [personnel]": the compound's last noun heads it
        nxt = self.tokens[hit.end] if hit.end < self.sent_ends[tok.i] else None
        if tok.i < hit.end and nxt is not None and nxt.pos_ == "NOUN" and self._sector_of(nxt)[0]:
            tok = nxt  # the parse missed "Iraqi protesters"
        if tok.i >= hit.end:
            return tok
        after = self.hit_at.get(hit.end + 1) if hit.end + 1 < self.sent_ends[tok.i] else None
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
        if head is not None and any(_is_verb(self.doc[j]) for j in range(hit.end, head.i)):
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
            return root.pos_ not in NOUNS or not any(child.dep_ == "det" for child in root.children)
        if target.kind not in _PLACE_KINDS:
            return False
        if root.dep_ == "pobj" and self.book.is_place_preposition(root.head.text):
            return True
        after_comma = hit.start > self.sent_starts[root.i] and self.texts[hit.start - 1] == ","
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
        for i, text in enumerate(self.texts):
            if self.taken[i] or "-" not in text[1:-1]:
                continue
            offset = self.tokens[i].idx
            for part in text.split("-"):
                target = self.book.resolve_target(self.names.match([part]), self.on)
                actor = self.book.to_actor(target, part, self.on) if target else None
                if actor is not None and target and target.kind in _COUNTRY_KINDS:
                    span = Span(offset, offset + len(part))
                    self.mentions.append(Mention(span, span, actor, "name", RULE_MODIFIER, 0.5))
                offset += len(part) + 1

    # ---- bodies named by their office ----------------------------------------------------------------
    def _country_at(self, i: int) -> str | None:
        hit = self.hit_at.get(i)
        if hit is None or hit.kind not in _COUNTRY_KINDS or self._after_first_name(hit.start):
            return None  # "New South Wales" is no Wales
        target = self.book.resolve_target(hit.targets, self.on)
        actor = self.book.to_actor(target, "", self.on) if target else None
        return actor.country if actor else None

    def _is_free(self, i: int) -> bool:
        hit = self.hit_at.get(i)
        return not self.taken[i] and (hit is None or hit.kind in _COUNTRY_KINDS)

    def _emit_bodies(self) -> None:
        """State bodies named by their office ("the Constitutional Court"): :mod:`office_bodies`."""
        asides = find_aside_tokens(self.doc)
        countries = [self._country_at(hit.start) for hit in self.hits if hit.start not in asides]
        context = to_context_country([country for country in countries if country])
        for body in find_bodies(self.doc, self.sent_starts, self._is_free, self._country_at, context):
            actor = Actor(self.doc[body.start : body.end].text, None, body.country, body.sector)
            self._add(body.start, body.end, body.head, actor, RULE_BODY, 0.8)

    # ---- sector nouns ---------------------------------------------------------------------------------
    def _emit_sectors(self) -> None:
        for tok in self.tokens:
            if self.taken[tok.i] or tok.pos_ not in NOUNS or tok.i in self.hit_at:
                continue
            compound = tok.dep_ == "compound" and tok.head.pos_ in NOUNS and tok.head.i > tok.i
            if compound and not is_compound_subject(tok):  # but "Riot [police] fire tear gas": compound_verbs
                continue
            sector, start = self._sector_of(tok)
            if not sector or (start == tok.i and self._inside_proper_name(tok)):
                continue
            number = self.tokens[start - 1] if start > self.sent_starts[tok.i] else None
            start -= 1 if number is not None and number.dep_ == "nummod" and number.head == tok else 0
            actor = Actor(self.doc[start : tok.i + 1].text, None, None, sector)
            self._add(start, tok.i + 1, tok.i, actor, RULE_SECTOR, 0.7)  # "25 people"
        for tok in find_quantity_people(self.tokens):  # "dozens are arrested": quantity_people
            if not self.taken[tok.i]:
                people = Actor(tok.text, None, None, PEOPLE_SECTOR)
                self._add(tok.i, tok.i + 1, tok.i, people, RULE_SECTOR, 0.6)

    def _inside_proper_name(self, tok: Any) -> bool:
        """True for a capitalised sector word inside a name: "Imam Ali base", "State of Law Coalition"."""
        first, end = self.sent_starts[tok.i], self.sent_ends[tok.i]
        if tok.i == first or not tok.text[:1].isupper():
            return False
        neighbours = [self.tokens[i] for i in (tok.i - 1, tok.i + 1) if first <= i < end]
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
        mentions = to_party_country_mentions(article.doc, mentions, self.gazetteer)  # "Iowa Democratic Party"
        not_local = self.role_words["not_local_sectors"]
        mentions = to_placed_sector_mentions(
            self.book, article.doc, mentions, article.date, self.gazetteer, not_local
        )
        pronouns = find_pronoun_mentions(self.book, article, mentions)
        mentions = to_possessed_sectors(article, mentions, pronouns)
        descriptions = find_description_mentions(article, [*mentions, *pronouns], self.role_words)
        nouns = self.gazetteer.words.country_nouns  # "the country" of a state news agency's report
        states = find_agency_country_mentions(self.book, article.doc, mentions, article.date, nouns)
        found = [*mentions, *pronouns, *descriptions, *states]
        article.mentions = sorted(found, key=lambda m: (m.span.start, m.span.end))
        return article


def _is_verb(token: Any) -> bool:
    """True for a verb, or a headline verb tagged as a plural noun ("Benin [orders] EU ambassador X")."""
    return token.pos_ == "VERB" or is_headline_verb(token)
