"""Bodies named by their office: a capitalised name headed by a government noun is a state body.

"The Department of Education opens an investigation", "the Constitutional Court rules", "the House Judiciary
Committee subpoenas": the actor book need not know the body; its head noun tells its sector (a department,
ministry, commission or agency: GOV, COP when its name says police; a court or prosecutor: JUD; a committee
whose name holds a legislature word: LEG; ``bodies.yaml``). A country word inside the name gives its country
("the United States Department of Education", "the Ministry of Health of Peru"); else the body is of the
country the text is about (the country its country words name most, outside parentheses), and a name only
the United States uses ("House", "Senate", "Federal") is American only when the text is about the United
States. A name must have a second capitalised word (a sentence-initial "Court" is no name); a name holding a
person or a known organisation, an international body's ("the European Court of Justice") and a noun that
only modifies another ("State Department spokesperson") are left alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from dotterel.knowledge.wordlists import load_packaged_word_lists

BODY_LISTS: tuple[str, ...] = (
    "government_bodies",
    "judicial_bodies",
    "committee_nouns",
    "legislature_words",
    "us_only_words",
    "name_connectors",
    "international_words",
    "police_words",
)
UNITED_STATES = "USA"
_SECTOR_LISTS = (("government_bodies", "GOV"), ("judicial_bodies", "JUD"), ("committee_nouns", "LEG"))
_NOUNS = ("NOUN", "PROPN")


@dataclass(frozen=True)
class Body:
    """A body's name over tokens ``[start, end)``, its head token, sector and country (None: unknown)."""

    start: int
    end: int
    head: int
    sector: str
    country: str | None


def load_body_words() -> dict[str, frozenset[str]]:
    """The ``bodies.yaml`` lists (lower-case), by name."""
    return load_packaged_word_lists("bodies.yaml", BODY_LISTS)


def find_body(
    doc: Any, i: int, sent_start: int, words: dict[str, frozenset[str]]
) -> tuple[int, int, str] | None:
    """Return (start, end, sector) of the body's name headed by token ``i``, or None when it heads none."""
    tok = doc[i]
    sector = next((code for name, code in _SECTOR_LISTS if tok.lower_ in words[name]), None)
    if sector is None or tok.pos_ not in _NOUNS or not tok.text[:1].isupper():
        return None
    if tok.dep_ == "compound" and tok.head.i > i:
        return None  # "State Department spokesperson Heather Nauert": the body only modifies a noun
    start = i
    while start > sent_start and _is_name_word(doc[start - 1]) and i >= doc[start - 1].head.i >= start - 1:
        start -= 1
    end = i + 1
    for prep in tok.children:  # "Department of Health and Human Services"
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == end:
            phrase = doc[prep.i + 1 : prep.right_edge.i + 1]
            if phrase and all(_is_name_word(t) or t.lower_ in words["name_connectors"] for t in phrase):
                end = prep.right_edge.i + 1
    if end - start < 2:
        return None  # a sentence-initial "Court" is no name
    lowers = {t.lower_ for t in doc[start:end]}
    if sector == "LEG" and not lowers & words["legislature_words"]:
        return None  # "the Nobel Committee" is no legislature's
    if lowers & words["international_words"]:
        return None  # "the European Court of Justice" is no state's body
    if sector == "GOV" and lowers & words["police_words"]:
        return start, end, "COP"  # "the Buffalo Police Department"
    return start, end, sector


def _is_name_word(tok: Any) -> bool:
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ")


def find_aside_tokens(doc: Any) -> frozenset[int]:
    """The tokens inside parentheses: an aside or a credit ("(AFP via The Jakarta Post)"), not the story."""
    inside, depth = set(), 0
    for tok in doc:
        depth = max(depth - (tok.text == ")"), 0)
        if depth:
            inside.add(tok.i)
        depth += tok.text == "("
    return frozenset(inside - {t.i for t in doc if t.text == ")"})


def to_context_country(countries: Sequence[str]) -> str | None:
    """The country the text is about: the one its country words name most, when no other ties with it."""
    ranked = Counter(countries).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def to_body_country(
    doc: Any, start: int, end: int, own: str | None, context: str | None, words: dict[str, frozenset[str]]
) -> str | None:
    """The body's country: its own name's, else the text's (an American-only name only in a US text)."""
    if own is not None:
        return own
    if {t.lower_ for t in doc[start:end]} & words["us_only_words"]:
        return UNITED_STATES if context == UNITED_STATES else None
    return context


def find_bodies(
    doc: Any,
    sent_starts: Sequence[int],
    is_free: Callable[[int], bool],
    country_at: Callable[[int], str | None],
    context: str | None,
) -> list[Body]:
    """Return the bodies named by their office in a parsed document.

    Args:
        doc: the parsed document.
        sent_starts: the start of each token's sentence.
        is_free: whether a token is neither taken by another mention nor part of a person's or group's name.
        country_at: the country a country word at a token names, or None.
        context: the country the text is about, or None.
    """
    words, bodies = load_body_words(), []
    for tok in doc:
        found = find_body(doc, tok.i, sent_starts[tok.i], words) if is_free(tok.i) else None
        if found is None:
            continue
        start, end, sector = found
        if not all(is_free(j) or country_at(j) for j in range(start, end)):
            continue  # "Kataib Hezbollah Court"; a person's title
        own = next((country_at(j) for j in range(start, end) if country_at(j)), None)
        bodies.append(Body(start, end, tok.i, sector, to_body_country(doc, start, end, own, context, words)))
    return bodies
