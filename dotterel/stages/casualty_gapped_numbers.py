"""Victims joined to a casualty verb rather than to its object, read for
:class:`~dotterel.stages.casualty_counts.CasualtyFinder`:

- a reflexive pronoun ("kills his mother and then himself": one more victim);
- a bare number standing for a gapped second object of the same verb, its noun left out ("killing two
  civilians in Ashkelon and one in Ashdod": 2 + 1; "two soldiers were killed in Kunar and one in Nangarhar").
  Only a number after a counted object of the verb, with nothing of its own but a place or time phrase or a
  bound ("and at least one in Ashdod"): not a year or a date ("killed two people in 2018 and 2019"), not a
  clause of its own ("and two were wounded");
- the numbers a gapped casualty word carries before it, and an ordinal standing for one more person there
  ("three soldiers are killed and a fourth[advmod] wounded": 1 wounded, the killed count not shared), or
  "another" parsed as the participle's determiner ("left one woman dead and another injured": 1 wounded).
"""

from __future__ import annotations

from typing import Any

from dotterel.stages.casualty_ordinal_victims import is_ordinal_victim
from dotterel.stages.casualty_victims import find_reflexive_conjuncts

__all__ = ["find_conjoined_victims", "find_own_victims", "is_gapped_number"]

_OWN_DEPS = frozenset({"prep", "advmod", "quantmod", "punct", "cc"})
_VICTIM_DEPS = frozenset({"dobj", "nsubjpass", "nsubj"})


def find_conjoined_victims(verb: Any, reflexives: frozenset[str]) -> list[Any]:
    """The victims the parser joined to the casualty verb ``verb``: reflexive pronouns (``reflexives``) and
    bare numbers of a gapped object (:func:`is_gapped_number`)."""
    gapped = [c for c in verb.children if c.dep_ == "conj" and is_gapped_number(verb, c)]
    return find_reflexive_conjuncts(verb, reflexives) + gapped


def is_gapped_number(verb: Any, number: Any) -> bool:
    """True when ``number``, a conjunct of ``verb``, is a bare count of a second victim left without its
    noun: it follows an object or subject of the verb that has a number of its own ("two civilians … and
    one"), it is no date, and it has no clause of its own (no subject, object or verb below it)."""
    if not (number.like_num or number.tag_ == "CD") or number.ent_type_ in ("DATE", "TIME"):
        return False
    if any(c.dep_ not in _OWN_DEPS for c in number.children):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in number.subtree):
        return False
    victims = [c for c in verb.children if c.dep_ in _VICTIM_DEPS and c.i < number.i]
    return any(c.dep_ == "nummod" or c.like_num for v in victims for c in (v, *v.children))


def find_own_victims(
    reader: Any, verb: Any, ordinals: frozenset[str], one_more: frozenset[str] = frozenset()
) -> list[Any]:
    """The numbers the gapped casualty word ``verb`` carries before it (``reader``, a
    :class:`~dotterel.stages.casualty_numbers.NumberReader`: "and 20 injured"), the ordinals of
    ``ordinals`` standing there for one more person ("and a fourth wounded"), and a word of ``one_more`` the
    parser made the participle's determiner ("left one woman dead and another[det] injured": 1 injured)."""
    own: list[Any] = reader.find_own_numbers(verb)
    ordinal = [c for c in verb.children if c.i < verb.i and is_ordinal_victim(c, ordinals) and c not in own]
    other = [c for c in verb.children if c.i < verb.i and c.dep_ == "det" and c.lower_ in one_more]
    return own + ordinal + other
