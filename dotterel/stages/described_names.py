"""A person's name the tagger does not mark as one, known by the description told with it.

The small tagger reads some names as a firm's or a place's ("Florida rapper [YNW Melly]" an organisation,
"Pio [Tikoduadua], a member of Fiji's National Federation Party" a place), so the one an arrest or a trial
befalls was left with no actor, and the event was dropped as naming none (:mod:`dotterel.stages.informative`).
A capitalised proper name is a person's when a person noun describes it: a word before it in its own phrase
("rapper", "activist"), or the head of an apposition after it ("a member of …", "a local businessman"). The
person nouns are ``person_nouns`` and ``person_suffixes`` of ``casualties.yaml`` and
``name_description_nouns`` of ``roles.yaml``. The name's own words (the capitalised words up to it, not its
description) are the target, with no country and no sector, as a person's bare name
(:func:`.named_undergoers.to_name_mention`). Only the role-target fallback reads it
(:func:`.noun_roles.resolve_role_target`): a name the actor book knows, or one the tagger marks a person's,
is resolved before.
"""

from __future__ import annotations

from typing import Any

from dotterel.knowledge.wordlists import load_role_words
from dotterel.model import Actor, Mention, Span
from dotterel.stages.casualty_persons import is_person_noun
from dotterel.stages.casualty_words import load_casualty_words

RULE_DESCRIBED_NAME = "events.described-name.v1"
DESCRIBED_NAME_CONFIDENCE = 0.5
NAME_TAGS = frozenset({"NNP", "NNPS"})
NOT_NAME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP"})
BEFORE_DEPS = frozenset({"compound", "amod", "nmod"})


def _description_sets() -> dict[str, frozenset[str]]:
    """The person nouns, keyed as :func:`.casualty_persons.is_person_noun` reads them."""
    words = load_casualty_words()
    nouns = frozenset(words.person_nouns) | load_role_words()["name_description_nouns"]
    return {"person_nouns": nouns, "person_suffixes": frozenset(words.person_suffixes)}


def _is_description(token: Any, sets: dict[str, frozenset[str]]) -> bool:
    """True for a word that names a person's calling or part ("rapper", "member", "businessman")."""
    return token.pos_ in {"NOUN", "PROPN"} and is_person_noun(token.lower_, sets)


def _is_name_word(token: Any) -> bool:
    return token.tag_ in NAME_TAGS and token.text[:1].isupper() and token.ent_type_ not in NOT_NAME_ENTS


def find_name_start(noun: Any, sets: dict[str, frozenset[str]]) -> int:
    """The index of the first word of the name ending at ``noun``: the capitalised compounds right before it
    that are no description ("Florida rapper [YNW] Melly")."""
    start = noun.i
    while start > noun.sent.start:
        before = noun.doc[start - 1]
        if before.dep_ != "compound" or not _is_name_word(before) or _is_description(before, sets):
            break
        start -= 1
    return start


def is_described_name(noun: Any | None) -> bool:
    """True for a capitalised proper name (not a date, a number or a nationality) that a person noun
    describes: a word before it in its phrase, or the head of its apposition."""
    if noun is None or not _is_name_word(noun):
        return False
    sets = _description_sets()
    if _is_description(noun, sets):
        return False  # "Rapper" alone is a description, no name
    start = find_name_start(noun, sets)
    before = [t for t in noun.subtree if t.i < start and t.dep_ in BEFORE_DEPS]
    appositions = [c for c in noun.children if c.dep_ == "appos"]
    return any(_is_description(t, sets) for t in before + appositions)


def to_described_name_mention(noun: Any) -> Mention:
    """The name of an :func:`is_described_name` noun as a mention with no country and no sector."""
    first = noun.doc[find_name_start(noun, _description_sets())]
    span = Span(first.idx, noun.idx + len(noun.text))
    head = Span(noun.idx, noun.idx + len(noun.text))
    actor = Actor(text=noun.doc.text[span.start : span.end])
    return Mention(span, head, actor, "name", RULE_DESCRIBED_NAME, DESCRIBED_NAME_CONFIDENCE)
