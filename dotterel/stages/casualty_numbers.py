"""Reading the number of a casualty count: the number phrase at a word, after it, before it, or reached by a
toll (:class:`NumberReader`, used by :mod:`dotterel.stages.casualty_counts`)."""

from __future__ import annotations

import re
from typing import Any

from dotterel.stages.scope import NumberWordsFile, is_plural_scale, parse_number

YEAR = re.compile(r"(19|20)\d\d")
_NUMBER_WORD_DEPS = frozenset({"amod", "npadvmod"})  # "and several[amod] wounded", "and dozens[npadvmod]"


class NumberReader:
    """Find the number phrase of a count near a casualty word, and its value (``numbers.yaml`` words)."""

    def __init__(
        self, numbers: NumberWordsFile, not_victims: frozenset[str], harm_nouns: frozenset[str] = frozenset()
    ) -> None:
        self.numbers = numbers
        self.not_victims = not_victims
        self.harm_nouns = harm_nouns  # "deaths", "injuries": another kind, never summed with a toll's
        self.number_words = frozenset([*numbers.units, *numbers.tens, *numbers.scales, *numbers.vague])
        self.bounds = frozenset(w for phrase in numbers.bound_words for w in phrase.split())

    def find_number_tokens(self, token: Any) -> list[Any]:
        """The tokens of the number phrase ending at ``token`` ("Seventy", "-", "one"), or at the number word
        right after it that the parser hangs on it ("two[nummod] dozen[quantmod] others": two dozen), or at
        the plural scale of a vague plural ("wounded tens[dobj] of thousands")."""
        after = [c for c in token.children if c.i == token.i + 1 and c.lower_ in self.number_words]
        token = after[0] if after and token.like_num else token
        token = next(iter(find_vague_scale(token, self.numbers)[1:]), token)  # "tens[ of thousands]"
        doc, i = token.doc, token.i
        while i > 0 and (
            doc[i - 1].like_num or doc[i - 1].lower_ in self.number_words or doc[i - 1].text == "-"
        ):
            i -= 1
        if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in self.numbers.vague:
            i -= 2 if is_plural_scale(doc[i].lower_, self.numbers) else 0  # "tens of thousands"
        return list(doc[i : token.i + 1])

    def find_own_numbers(self, token: Any) -> list[Any]:
        """The numbers a gapped casualty word carries before it ("and 20 injured", "and several wounded",
        "and over[advmod] 900[pobj] wounded", "and dozens[npadvmod] more injured")."""
        before = [c for c in token.children if c.i < token.i]
        bounded = [g for c in before if c.lower_ in self.bounds for g in c.children if g.like_num]
        return [
            c
            for c in before
            if c.dep_ == "nummod"
            or (c.dep_ in _NUMBER_WORD_DEPS and (c.like_num or c.lower_ in self.numbers.vague))
        ] + bounded

    def resolve_number(self, token: Any) -> int | None:
        """The value of the number phrase ending at ``token`` ("Seventy-one" = 71), None when it is none."""
        return parse_number([t.text for t in self.find_number_tokens(token) if t.text != "-"], self.numbers)

    def resolve_toll_number(self, toll: Any, word: Any = None) -> tuple[int, list[Any]] | None:
        """The number a toll reaches: "the death toll rose to 30", "stood at 30", "a toll of 30", "is 30",
        "rises to over 89 soldiers" (the number of the victims the toll reaches), "rises from 14 to 50" (the
        new figure); or a total's, the casualty ``word`` of its phrase too ("the number of soldiers killed
        in Syria to 21")."""
        anchors = {toll.i, toll.head.i} | ({word.i} if word is not None else set())
        for token in toll.doc[toll.i + 1 : toll.sent.end]:
            if token.lower_ == "from" and token.dep_ == "prep" and token.head.i in anchors:
                anchors.add(token.i)  # "rises from 14 to[from] 50"
            if token.head.lower_ == "from" and token.head.dep_ == "prep":
                continue  # "rises from 14 to 50": the old figure
            if token.dep_ == "nummod" and token.head.ent_type_ in ("DATE", "TIME"):
                continue  # "killed in the past 3 days to 93": a period
            reached = (
                token.dep_ == "nummod" and token.head.dep_ == "pobj" and token.head.head.head.i in anchors
            )
            if token.like_num and (token.head.i in anchors or token.head.head.i in anchors or reached):
                number = self.resolve_number(token)
                return self._with_conjuncts(number, token) if number is not None else None
        return None

    def _with_conjuncts(self, number: int, token: Any) -> tuple[int, list[Any]]:
        """The number a toll reaches and those of the groups joined to its noun, each with its own number ("to
        93 Syrian troops and 14 Hezbollah fighters": 107); not a breakdown in brackets nor a count of another
        kind ("to 30 deaths and 50 injuries")."""
        noun, tokens = token.head, [token]
        if token.dep_ != "nummod" or noun.lemma_.lower() in self.harm_nouns:
            return number, tokens
        for member in (c for c in noun.conjuncts if c.i > noun.i and c.pos_ in ("NOUN", "PROPN")):
            own = [c for c in member.children if c.dep_ == "nummod" and c.like_num]
            between = token.doc[noun.i : member.i]
            if not own or member.lemma_.lower() in self.harm_nouns or any(t.text == "(" for t in between):
                break
            value = self.resolve_number(own[0])
            if value is None:
                break
            number, tokens = number + value, [*tokens, own[0]]
        return number, tokens

    def find_misparsed_numbers(self, noun: Any, hedges: frozenset[str]) -> list[Any]:
        """The number word that opens a noun's phrase as a compound ("Twenty[compound] Myanmar soldiers"), or
        the number of a compound before it ("14 security forces members"), or that the parser made the subject
        of a hedging participle before it ("Two reported[VBD] militants")."""
        doc, edge = noun.doc, noun.left_edge
        if edge.i < noun.i and edge.like_num and edge.dep_ == "compound" and not YEAR.fullmatch(edge.text):
            return [edge] if self.resolve_number(edge) is not None else []
        for compound in (c for c in noun.children if c.dep_ == "compound" and c.i < noun.i):
            held = [g for g in compound.children if g.dep_ == "nummod" and not YEAR.fullmatch(g.text)]
            if held and self.resolve_number(held[0]) is not None:
                return held[:1]  # "14[nummod of forces] security forces members"
        if edge.i >= 2 and doc[edge.i - 1].lower_ in hedges:
            number = doc[edge.i - 2]
            if number.like_num and number.head.i == edge.i - 1 and not YEAR.fullmatch(number.text):
                return [number]
        return []

    @staticmethod
    def resolve_total_noun(token: Any, total_nouns: frozenset[str]) -> Any | None:
        """The total noun whose "of" phrase holds the casualty participle ``token`` ("the number of people
        killed") or that the participle modifies ("the total killed"), or None; through a participle of
        report the harm participle completes ("the number of people [confirmed] killed")."""
        if token.dep_ == "xcomp" and token.head.tag_ == "VBN" and token.head.dep_ == "acl":
            token = token.head  # "the number of people confirmed killed … rises to 77"
        if token.dep_ == "acl" and token.head.lemma_.lower() in total_nouns:
            return token.head  # "raising the total killed by the strikes to 93"
        if token.dep_ != "acl" or token.head.dep_ != "pobj" or token.head.head.lower_ != "of":
            return None
        total = token.head.head.head
        return total if total.lemma_.lower() in total_nouns else None

    def resolve_number_after(self, token: Any, window: int) -> tuple[int, list[Any]] | None:
        """A number right after the word, behind bound words only: "killing at least 12", not "during two"."""
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
                phrase += find_vague_scale(phrase[-1], self.numbers)  # "tens[ of thousands]"
                nxt = doc[phrase[-1].i + 1] if phrase[-1].i + 1 < len(doc) else None
                if nxt is not None and nxt.lemma_.lower() in self.not_victims:
                    return None
                if is_measure_number(phrase[-1], self.not_victims):
                    return None  # "injuring a 75-year-old": an age
                number = parse_number([t.text for t in phrase], self.numbers)
                return (number, phrase) if number is not None else None
            if candidate.lower_ in self.bounds:
                continue
            if candidate.pos_ == "ADP" or candidate.pos_ not in ("ADV", "DET", "PART"):
                return None
        return None

    def resolve_number_before(self, token: Any) -> tuple[int, list[Any]] | None:
        """A number right before the word, not a lone year: "30 dead", "twelve-five wounded", "several
        injured"; also before a "more" that makes them further victims ("and over 500 more wounded")."""
        doc, i = token.doc, token.i - 1
        i -= 1 if i > 0 and doc[i].lower_ == "more" else 0
        phrase: list[Any] = []
        vague = self.numbers.vague
        while i >= 0 and (doc[i].like_num or doc[i].lower_ in vague or (doc[i].text == "-" and phrase)):
            phrase.insert(0, doc[i])
            i -= 1
        phrase = [t for t in phrase if t.text != "-"]
        if not phrase or (len(phrase) == 1 and YEAR.fullmatch(phrase[0].text)):
            return None
        number = parse_number([t.text for t in phrase], self.numbers)
        return (number, phrase) if number is not None else None


def is_age_noun(token: Any, measure_nouns: frozenset[str]) -> bool:
    """True for an age used as a person's noun: "injuring a 75-year-old" ("old" with its "year" measure and
    an indefinite article): one victim, the number is the age."""
    measured = any(c.dep_ == "npadvmod" and c.lemma_.lower() in measure_nouns for c in token.children)
    return token.lower_ == "old" and measured and any(c.lower_ in ("a", "an") for c in token.children)


def is_measure_number(token: Any, measure_nouns: frozenset[str]) -> bool:
    """True for a number hyphenated to a measure noun ("a 75-year-old", "a 10-day curfew"): no count."""
    doc = token.doc
    return (
        token.i + 2 < len(doc)
        and doc[token.i + 1].text == "-"
        and doc[token.i + 2].lemma_.lower() in measure_nouns
    )


def find_vague_scale(token: Any, numbers: NumberWordsFile) -> list[Any]:
    """The "of" and plural scale after a vague plural ("tens[ of thousands]"), or nothing."""
    doc = token.doc
    if token.lower_ not in numbers.vague or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "of":
        return []
    return list(doc[token.i + 1 : token.i + 3]) if is_plural_scale(doc[token.i + 2].lower_, numbers) else []
