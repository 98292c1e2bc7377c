"""Casualties stage: how many were killed and injured in each event, from the words of its own clause.

A *casualty word* (``casualties.yaml``: kill, die, dead, death, toll, wound, injured, hurt …) gives a count
from its victims: the object of an active verb ("killed 25 people"), the subject of a passive or of an
adjective ("six police officers are killed", "five people are confirmed dead"), the "of" object of a death
noun ("the deaths of four guards and four terrorists" = 8), a number right before an adjective ("30 dead",
"left twelve dead and twenty-five wounded"), a number after the word ("killing two and wounding over 40", "the
death toll rose to 30"). Counts: digits and number words ("twenty-five", "1,000"), a singular with "a"/"an" is
one ("a US contractor"), a definite singular person noun is one ("the pilot"), vague plurals are lower bounds
from ``numbers.yaml`` ("dozens" = 24), "at least 12" / "more than 100" store the number, "no one was hurt" /
"no casualties" store 0 for both killed and injured. Conjoined victims add up; "including two women" does not.

What belongs to an event: casualty words in its own clause (participial adjuncts and its relative clauses
included) and in casualty clauses coordinated with it ("…, but no one was hurt"); for an event noun, those of
its verb's clause ("a car bomb kills 11 people and injures 10 others in an attack"); for any trigger, those of
a casualty verb above it ("wounded after their bus comes under attack"); for an attack (``carryover_types``)
with no count of a kind, those of the following sentences of its paragraph up to the next sentence with
another event ("A suicide bomber attacks a police station. At least six police officers are killed …").
Several counts of one kind for one event are not added: the largest is kept ("a toll repeated counts once").

Not casualties: numbers without a casualty word ("25 years", "Resolution 2231", "1,000 troops were sent"),
non-person victims ("the deal was killed"), negated or unreal words ("designed to kill", "threatened to kill
100"): they give no count (None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from dotterel.knowledge.gazetteer import load_yaml_model
from dotterel.model import Article, Event, Span
from dotterel.stages.scope import (
    SUBJECT_DEPS,
    EventIndex,
    NumberWordsFile,
    find_scope_ids,
    is_verb,
    load_number_words,
    parse_number,
)

Kind = Literal["killed", "injured"]


class CasualtyWordsFile(BaseModel):
    """Schema of ``casualties.yaml``."""

    model_config = ConfigDict(extra="forbid")
    version: int
    killed_verbs: list[str]
    died_verbs: list[str]
    killed_adjectives: list[str]
    killed_nouns: list[str]
    toll_nouns: list[str]
    injured_verbs: list[str]
    injured_adjectives: list[str]
    injured_nouns: list[str]
    zero_both_words: list[str]
    zero_words: list[str]
    not_victims: list[str]
    indefinite_determiners: list[str]
    definite_determiners: list[str]
    person_nouns: list[str]
    unreal_aux: list[str]
    carryover_types: list[str]


def _packaged(name: str) -> Path:
    return Path(str(files("dotterel.knowledge") / name))


@lru_cache(maxsize=4)
def load_casualty_words(path: Path | None = None) -> CasualtyWordsFile:
    """Read and validate ``casualties.yaml`` (the packaged one by default); cached."""
    words: CasualtyWordsFile = load_yaml_model(path or _packaged("casualties.yaml"), CasualtyWordsFile)
    return words


@dataclass(frozen=True)
class CasualtyCount:
    """One count stated in the text: killed or injured (or both for a zero), how many, where, and its word."""

    kinds: tuple[Kind, ...]
    count: int
    span: Span
    word: int


class CasualtyFinder:
    """Find the casualty counts of a parsed document."""

    def __init__(self, words: CasualtyWordsFile, numbers: NumberWordsFile) -> None:
        self.words = words
        self.numbers = numbers
        self.sets: dict[str, frozenset[str]] = {
            name: frozenset(w.lower() for w in getattr(words, name))
            for name in CasualtyWordsFile.model_fields
            if name != "version"
        }
        self.number_words = frozenset([*numbers.units, *numbers.tens, *numbers.scales, *numbers.vague])
        self.bounds = frozenset(numbers.bound_words)

    def find(self, doc: Any) -> list[CasualtyCount]:
        """Return every casualty count of the document, in text order."""
        counts = []
        for token in doc:
            role = self.resolve_role(token)
            if role is None or self._is_unreal(token):
                continue
            kind, form = role
            found = self._count(token, form)
            if found is None:
                continue
            count, tokens = found
            kinds: tuple[Kind, ...] = (kind,)
            if count == 0 and token.lemma_.lower() in self.sets["zero_both_words"]:
                kinds = ("killed", "injured")
            elif token.pos_ == "NOUN" and token.lemma_.lower() in self.sets["zero_both_words"]:
                continue  # "25 casualties" mixes the dead and the wounded: no count of either
            start = min(t.idx for t in (*tokens, token))
            end = max(t.idx + len(t.text) for t in (*tokens, token))
            counts.append(CasualtyCount(kinds, count, Span(start, end), token.i))
        return counts

    def resolve_role(self, token: Any) -> tuple[Kind, str] | None:
        """Return (kind, form) when ``token`` is a casualty word; form is verb|died|adjective|noun|toll."""
        lemma, lower, s = token.lemma_.lower(), token.lower_, self.sets
        if is_verb(token) and lemma in s["killed_verbs"] | s["died_verbs"]:
            return "killed", "died" if lemma in s["died_verbs"] else "verb"
        if is_verb(token) and lemma in s["injured_verbs"]:
            return "injured", "verb"
        if token.pos_ in ("ADJ", "NOUN") and lower in s["killed_adjectives"] | s["injured_adjectives"]:
            return ("killed" if lower in s["killed_adjectives"] else "injured"), "adjective"
        if token.pos_ == "NOUN" and lemma in s["toll_nouns"]:
            return "killed", "toll"
        if token.pos_ == "NOUN" and lemma in s["killed_nouns"] | s["injured_nouns"] | s["zero_both_words"]:
            return ("killed" if lemma in s["killed_nouns"] else "injured"), "noun"
        return None

    def _is_unreal(self, token: Any) -> bool:
        if any(c.dep_ == "neg" for c in token.children):
            return True
        return any(c.dep_ == "aux" and c.lower_ in self.sets["unreal_aux"] for c in token.children)

    def _count(self, token: Any, form: str) -> tuple[int, list[Any]] | None:
        if form == "toll":
            return self._toll_number(token)
        if form == "adjective":
            return self._number_before(token) or self._victim_count(self._victims(token, form))
        return (
            self._victim_count(self._victims(token, form))
            or self._number_after(token, window=4)
            or self._number_before(token)
        )

    def _victims(self, token: Any, form: str) -> list[Any]:
        children = list(token.children)
        if token.dep_ in ("acl", "amod") and form in ("verb", "adjective"):
            return [token.head]
        if form == "noun":
            of = [
                g
                for c in children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            return of or [token]
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children) or token.tag_ == "VBN"
        subjects = [c for c in children if c.dep_ in ("nsubjpass", "nsubj")]
        if form == "died" or (passive and subjects):
            return subjects
        objects = [c for c in children if c.dep_ == "dobj"]
        if objects or form == "verb":
            return objects
        if token.dep_ in ("oprd", "acomp", "xcomp"):
            return [c for c in token.head.children if c.dep_ in ("nsubjpass", "nsubj")]
        return []

    def _victim_count(self, victims: list[Any]) -> tuple[int, list[Any]] | None:
        total, used = 0, list[Any]()
        for victim in victims:
            for member in (victim, *victim.conjuncts):
                count = self._np_count(member)
                if count is not None:
                    total, used = total + count[0], [*used, *count[1]]
                if member.i == victim.i and count is None:
                    break
        return (total, used) if used else None

    def _np_count(self, noun: Any) -> tuple[int, list[Any]] | None:
        lower, lemma, children = noun.lower_, noun.lemma_.lower(), list(noun.children)
        dets = {c.lower_ for c in children if c.dep_ == "det"}
        if lower in self.sets["zero_words"] or dets & self.sets["zero_words"]:
            return 0, [noun]
        if noun.like_num or noun.tag_ == "CD" or lower in self.numbers.vague:
            number = self._number_phrase(noun)
            return (number, [noun]) if number is not None else None
        if lemma in self.sets["not_victims"]:
            return None
        nummods = [c for c in children if c.dep_ == "nummod"]
        if nummods:
            number = self._number_phrase(nummods[0])
            return (number, [nummods[0]]) if number is not None else None
        singular = noun.tag_ in ("NN", "NNP")
        if singular and (
            dets & self.sets["indefinite_determiners"]
            or (dets & self.sets["definite_determiners"] and lemma in self.sets["person_nouns"])
        ):
            return 1, [noun]
        if singular and lemma in self.sets["person_nouns"] and any(c.dep_ == "poss" for c in children):
            return 1, [noun]
        return None

    def _number_phrase(self, token: Any) -> int | None:
        doc, i = token.doc, token.i
        while i > 0 and (
            doc[i - 1].like_num or doc[i - 1].lower_ in self.number_words or doc[i - 1].text == "-"
        ):
            i -= 1
        return parse_number([t.text for t in doc[i : token.i + 1] if t.text != "-"], self.numbers)

    def _toll_number(self, toll: Any) -> tuple[int, list[Any]] | None:
        """The number a toll reaches: "the death toll rose to 30", "stood at 30", "a toll of 30", "is 30"."""
        anchors = {toll.i, toll.head.i}
        for token in toll.doc[toll.i + 1 : toll.sent.end]:
            if token.like_num and (token.head.i in anchors or token.head.head.i in anchors):
                number = self._number_phrase(token)
                return (number, [token]) if number is not None else None
        return None

    def _number_after(self, token: Any, window: int) -> tuple[int, list[Any]] | None:
        doc = token.doc
        for i in range(token.i + 1, min(len(doc), token.i + 1 + window)):
            candidate = doc[i]
            if candidate.like_num or candidate.lower_ in self.numbers.vague:
                phrase = [candidate]
                while (
                    phrase[-1].i + 2 < len(doc)
                    and doc[phrase[-1].i + 1].text == "-"
                    and doc[phrase[-1].i + 2].like_num
                ):
                    phrase += [doc[phrase[-1].i + 2]]
                nxt = doc[phrase[-1].i + 1] if phrase[-1].i + 1 < len(doc) else None
                if nxt is not None and nxt.lemma_.lower() in self.sets["not_victims"]:
                    return None
                number = parse_number([t.text for t in phrase], self.numbers)
                return (number, phrase) if number is not None else None
            if not (candidate.lower_ in self.bounds or candidate.pos_ in ("ADV", "DET", "ADP", "PART")):
                return None
        return None

    def _number_before(self, token: Any) -> tuple[int, list[Any]] | None:
        doc, i = token.doc, token.i - 1
        phrase: list[Any] = []
        while i >= 0 and (doc[i].like_num or (doc[i].text == "-" and phrase)):
            phrase.insert(0, doc[i])
            i -= 1
        phrase = [t for t in phrase if t.text != "-"]
        if not phrase or (len(phrase) == 1 and re.fullmatch(r"(19|20)\d\d", phrase[0].text)):
            return None
        number = parse_number([t.text for t in phrase], self.numbers)
        return (number, phrase) if number is not None else None


def to_conjunction_head(verb: Any) -> Any:
    """Return the first verb of a coordination sharing one subject ("kills 11 and injures 10" → "kills")."""
    while (
        verb.dep_ == "conj" and is_verb(verb.head) and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        verb = verb.head
    return verb


class CasualtiesStage:
    """Attach killed and injured counts to the events they belong to."""

    name = "casualties"
    requires: tuple[str, ...] = ("doc", "sentences", "events")
    assigns: tuple[str, ...] = ("events",)

    def __init__(
        self, words: CasualtyWordsFile | None = None, numbers: NumberWordsFile | None = None
    ) -> None:
        self.words = words or load_casualty_words()
        self.finder = CasualtyFinder(self.words, numbers or load_number_words())
        self.carryover = frozenset(self.words.carryover_types)

    def __call__(self, article: Article) -> Article:
        """Set ``killed``/``injured`` and their evidence spans on every event."""
        counts = self.finder.find(article.doc)
        index = EventIndex(article.doc, article.events)
        article.events = [self._counted(article, event, counts, index) for event in article.events]
        return article

    def _counted(
        self, article: Article, event: Event, counts: list[CasualtyCount], index: EventIndex
    ) -> Event:
        token = index.token(event)
        if token is None:
            return event
        stops = index.other_trigger_ids(event)
        words = {count.word for count in counts}
        doc = article.doc
        chosen = self._pick(counts, self._with_conjuncts(doc, find_scope_ids(token, stops), stops, words))
        for ids in self._governing_ids(token, stops):
            chosen = {**self._pick(counts, self._with_conjuncts(doc, ids, stops, words)), **chosen}
        if event.action.type in self.carryover and len(chosen) < 2:
            chosen = {**self._pick(counts, self._following_ids(article, event, token, index)), **chosen}
        if not chosen:
            return event
        spans = {**event.evidence.spans, **{kind: c.span for kind, c in chosen.items()}}
        return replace(
            event,
            killed=chosen["killed"].count if "killed" in chosen else event.killed,
            injured=chosen["injured"].count if "injured" in chosen else event.injured,
            evidence=replace(event.evidence, spans=spans),
        )

    @staticmethod
    def _with_conjuncts(doc: Any, ids: set[int], stops: frozenset[int], words: set[int]) -> set[int]:
        """Add the coordinated clauses that state a toll without an agent of their own.

        "…, but no one was hurt", "six officers are killed and another seventeen wounded", and from a toll
        clause to the one it is coordinated with ("five people are confirmed dead and three injured"); not "…,
        and a bomb wounded three" (an active verb with an object).
        """
        extra: set[int] = set()
        for i in ids:
            token = doc[i]
            linked = [c for c in token.children if c.dep_ == "conj" and c.i not in ids]
            if token.dep_ == "conj" and token.head.i not in ids and token.i in words:
                linked.append(token.head)
            for verb in linked:
                if not is_verb(verb) or verb.i in stops or any(c.dep_ == "dobj" for c in verb.children):
                    continue
                scope = find_scope_ids(verb, stops)
                if scope & words:
                    extra |= scope
        return ids | extra

    def _governing_ids(self, token: Any, stops: frozenset[int]) -> list[set[int]]:
        """For an event noun, its verb's clause; for any trigger, the clause of a casualty verb above it."""
        governors = [g for g in token.ancestors if is_verb(g)]
        tiers = []
        if governors and not is_verb(token):
            tiers.append(find_scope_ids(to_conjunction_head(governors[0]), stops))
        casualty_verb = next((g for g in governors if self.finder.resolve_role(g) is not None), None)
        if casualty_verb is not None:
            tiers.append(find_scope_ids(to_conjunction_head(casualty_verb), stops))
        return tiers

    @staticmethod
    def _pick(counts: list[CasualtyCount], ids: set[int]) -> dict[str, CasualtyCount]:
        chosen: dict[str, CasualtyCount] = {}
        for count in counts:
            if count.word not in ids:
                continue
            for kind in count.kinds:
                if kind not in chosen or count.count > chosen[kind].count:
                    chosen[kind] = count
        return chosen

    def _following_ids(self, article: Article, event: Event, token: Any, index: EventIndex) -> set[int]:
        """Tokens of the next sentences of the paragraph that no other event's clause holds.

        Events whose trigger is itself a casualty word ("six police officers are killed") restate the toll and
        hold nothing; the walk ends after a sentence with another event of a carry-over type.
        """
        sentence = next((s for s in article.sentences if s.span.start <= token.idx < s.span.end), None)
        if sentence is None:
            return set()
        others = [(e, index.token(e)) for e in article.events if e is not event]
        ids: set[int] = set()
        for other in article.sentences:
            if other.paragraph != sentence.paragraph or other.span.start < sentence.span.end:
                continue
            inside = [
                (e, t) for e, t in others if t is not None and other.span.start <= t.idx < other.span.end
            ]
            held = [t for _, t in inside if self.finder.resolve_role(t) is None]
            span = article.doc.char_span(other.span.start, other.span.end, alignment_mode="expand")
            blocked = set().union(
                *(find_scope_ids(t, index.other_trigger_ids(e)) for e, t in inside if t in held)
            )
            ids.update(t.i for t in span or () if t.i not in blocked)
            if any(e.action.type in self.carryover and t in held for e, t in inside):
                break
        return ids
