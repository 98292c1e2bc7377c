"""People named by a bare quantity as the subject of a passive verb: "dozens are arrested", "hundreds are
detained", "Two are charged".

A number or a vague quantity ("dozens", "hundreds", "several": numbers.yaml) that heads its noun phrase with
no noun to count, as the subject of a passive verb, stands for that many people the act befalls: it is the
act's target, civilians by default, as "25 people" is (the sector nouns of sectors.yaml). A quantity with an
"of" noun is that noun's ("dozens of protesters": the protesters), and an amount of money, a share, a time or
a measure is no people ("$5 million was seized", "50 percent are"). A vague pronoun ("some", "many":
roles.yaml ``vague_people_pronouns``) as such a subject stands for people too, with no count: "Some are
arrested".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dotterel.knowledge.wordlists import load_role_words
from dotterel.stages.scope import NumberWordsFile, load_number_words, parse_number

PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass"})
NOT_PEOPLE_ENTITIES = frozenset({"MONEY", "PERCENT", "DATE", "TIME", "QUANTITY", "ORDINAL"})
PEOPLE_SECTOR = "CVL"


def is_quantity_people(token: Any, numbers: NumberWordsFile | None = None) -> bool:
    """True for a bare quantity that is the subject of a passive verb (see the module's docstring)."""
    if token.dep_ not in PASSIVE_SUBJECT_DEPS or token.head.pos_ != "VERB":
        return False
    if token.ent_type_ in NOT_PEOPLE_ENTITIES:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False
    if token.lower_ in load_role_words()["vague_people_pronouns"]:  # "Some are arrested": no count
        return True
    return parse_number([token.text], numbers or load_number_words()) is not None


def find_quantity_people(tokens: Any) -> Iterator[Any]:
    """Yield the tokens of ``tokens`` that are bare quantities of people (:func:`is_quantity_people`)."""
    numbers = load_number_words()
    return (t for t in tokens if is_quantity_people(t, numbers))
