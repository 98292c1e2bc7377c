"""The count of a casualty word's victims: conjoined victims add up, a list in apposition too, a number, a
vague quantity ("dozens of people"), a singular ("a US contractor", "the pilot", "Qasim al-Raymi"), a
pronoun of a group ("both of them"); none for animals or an unknown number.

Moved out of :mod:`dotterel.stages.casualty_counts`, whose :class:`CasualtyFinder` builds a
:class:`VictimCounter` and reads :meth:`VictimCounter.to_victim_count` for the victims it finds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dotterel.stages.casualty_act_nouns import is_counted_singular
from dotterel.stages.casualty_bounds import find_added_conjuncts
from dotterel.stages.casualty_group_pronouns import count_group_pronoun
from dotterel.stages.casualty_numbers import NumberReader, is_age_noun
from dotterel.stages.casualty_persons import is_one_person
from dotterel.stages.casualty_uncounted import has_unknown_quantity, is_animal_victim, is_one_more_victim
from dotterel.stages.casualty_victims import find_listed_in_apposition
from dotterel.stages.casualty_words import Kind
from dotterel.stages.scope import NumberWordsFile

__all__ = ["VictimCounter"]


class VictimCounter:
    """Count the victims of a casualty word (``resolve_role`` tells a conjunct that is a casualty word)."""

    def __init__(
        self,
        sets: dict[str, frozenset[str]],
        numbers: NumberWordsFile,
        number_reader: NumberReader,
        resolve_role: Callable[[Any], tuple[Kind, str] | None],
    ) -> None:
        self.sets = sets
        self.numbers = numbers
        self.number_reader = number_reader
        self.resolve_role = resolve_role

    def to_victim_count(self, victims: list[Any]) -> tuple[int, list[Any]] | None:
        """Return the count of ``victims`` and its tokens, or None: add up conjoined victims, a list in
        apposition too ("Three soldiers, two police officers and one civilian" = 6); a list that spells out a
        generic first ("Four family members, three women and one man") counts once."""
        total, used = 0, list[Any]()
        for victim in victims:
            counts = []
            indefinite, plural = self.sets["indefinite_determiners"], not self._is_generic(victim)
            listed = find_listed_in_apposition(victim, indefinite, plural)
            for member in (victim, *find_added_conjuncts(victim), *listed):
                if member.i != victim.i and self._states_other_casualty(member):
                    break  # "11 people dead and [one injured]", "13 people and [wounds] 30 others": not added
                count = self._np_count(member)
                if count is None and is_animal_victim(member, self.sets["animal_nouns"]):
                    continue  # "dozens of cattle and three herders": the herders
                if member.i == victim.i and count is None:
                    break
                if count is not None:
                    counts.append(count)
                elif has_unknown_quantity(member, self.sets["unknown_quantity_words"]):
                    used.append(member)  # "and an unknown number of rebels": more, uncounted (a lower bound)
            if len(counts) > 2 and sum(c[0] for c in counts[1:]) == counts[0][0] and self._is_generic(victim):
                counts = counts[:1]
            total += sum(c[0] for c in counts)
            used += [t for c in counts for t in c[1]]
        return (total, used) if used else None

    def _is_generic(self, victim: Any) -> bool:
        """True for a victim noun that a list after it may spell out ("people", "family members")."""
        return victim.lemma_.lower() in self.sets["generic_victims"] or victim.like_num

    def _states_other_casualty(self, member: Any) -> bool:
        """True for a conjunct that is a casualty word itself or carries one as its modifier."""
        if self.resolve_role(member) is not None:
            return True
        return any(c.dep_ in ("acl", "amod") and self.resolve_role(c) is not None for c in member.children)

    def _np_count(self, noun: Any) -> tuple[int, list[Any]] | None:
        lower, lemma, children = noun.lower_, noun.lemma_.lower(), list(noun.children)
        dets = {c.lower_ for c in children if c.dep_ in ("det", "predet")}
        if lower in self.sets["zero_words"] or dets & self.sets["zero_words"]:
            return 0, [noun]
        if is_animal_victim(noun, self.sets["animal_nouns"]) or has_unknown_quantity(
            noun, self.sets["unknown_quantity_words"]
        ):
            return None  # "dozens of cattle", "an unknown number of rebels": no exact count of people
        if lower in self.sets["pair_pronouns"] | self.sets["group_pronouns"]:  # "both of them", "all of them"
            return count_group_pronoun(noun, self.sets, self._np_count)
        if is_one_more_victim(noun, self.sets) or lower in self.sets["reflexive_victims"]:
            return 1, [noun]  # "wounding another", "another soldier", "kills himself"
        if noun.like_num or noun.tag_ == "CD" or lower in self.numbers.vague:
            number = self.number_reader.resolve_number(noun)
            return (number, self.number_reader.find_number_tokens(noun)) if number is not None else None
        if lemma in self.sets["not_victims"]:
            return None
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in self.numbers.vague:
            return self._np_count(noun.head.head)  # "dozens of people": the dozens
        numbers = [c for c in children if c.dep_ == "nummod"] or [
            c for c in children if c.lower_ in self.numbers.vague and c.dep_ != "det" and c.i < noun.i
        ]
        numbers = numbers or [c for c in children if c.dep_ == "amod" and c.like_num and c.i < noun.i][:1]
        numbers = numbers or self.number_reader.find_misparsed_numbers(noun, self.sets["hedge_participles"])
        if numbers and numbers[0].dep_ == "amod" and self.number_reader.resolve_number(numbers[0]) is None:
            numbers = []  # "the first victims": an ordinal, no count
        if numbers:
            number = self.number_reader.resolve_number(numbers[0])
            return (number, self.number_reader.find_number_tokens(numbers[0])) if number is not None else None
        if noun.tag_ in ("NNS", "NNPS") and dets & self.sets["pair_determiners"]:
            return 2, [noun]  # "killing both pilots"
        return self._singular_count(noun, lemma, dets)

    def _singular_count(self, noun: Any, lemma: str, dets: set[str]) -> tuple[int, list[Any]] | None:
        """One victim: "a US contractor", "the pilot", "his driver", "Qasim al-Raymi", "she"."""
        if is_age_noun(noun, self.sets["not_victims"]) or is_one_person(noun, dets, self.sets):
            return 1, [noun]  # "injuring a 75-year-old", "his cameraman", "injures the other"
        if noun.tag_ not in ("NN", "NNP") and noun.ent_type_ != "NORP":  # "kills a Syrian": one person
            return None
        return (1, [noun]) if is_counted_singular(noun, dets, self.sets) else None
