"""A nationality and role told of a named person: "Iraqi cleric and Grand Ayatollah Ali al-Sistani", "Lebanese
politician and Druze leader Walid Jumblatt".

The parser makes "Iraqi cleric" a conjunct of the person, and the actor book reads it as a country's sector
(Iraq, clergy): two sources for one act, which is then output once for each. A bare singular role noun (no
determiner: "cleric", not "the clerics" nor "the government") with a nationality, coordinated with a named
person of that country, describes the person; it is no co-actor. "Syrian government and Russian warplanes"
(no person) and "the Iraqi government and Ayatollah Sistani" (a determiner) keep both.
"""

from __future__ import annotations

from typing import Any

from dotterel.model import Mention

COUNTRY_SECTOR_RULE = "actors.country-sector"
PERSON_RULES = ("actors.person", "actors.titled")
SINGULAR_TAG = "NN"
DETERMINER_DEPS = frozenset({"det", "poss"})


def drop_person_descriptions(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """Return ``mentions`` (coordinated actors, in text order) without the nationality-and-role phrases that
    describe a named person among them."""
    persons = [m for m in mentions if m.rule.startswith(PERSON_RULES)]
    if not persons:
        return mentions
    return [m for m in mentions if not any(_describes(doc, m, p) for p in persons)]


def _describes(doc: Any, mention: Mention, person: Mention) -> bool:
    """True when ``mention`` is a bare singular country-and-role phrase before ``person``, of its country."""
    if not mention.rule.startswith(COUNTRY_SECTOR_RULE) or mention.span.end > person.span.start:
        return False
    if person.actor.country not in {None, mention.actor.country}:
        return False
    tokens = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if tokens is None:
        return False
    head = tokens.root
    return head.tag_ == SINGULAR_TAG and not any(c.dep_ in DETERMINER_DEPS for c in head.children)
