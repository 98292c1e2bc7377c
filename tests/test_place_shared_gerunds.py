"""A "while" gerund with no subject of its own gives its place to its verb (place_shared_gerunds.py,
place_tiers.py of dotterel/stages), on sentences written like news.

The arrested who were protesting in Detroit were arrested there; a "while" clause with a subject of its own
is another happening, whose place is not the verb's.
"""

from __future__ import annotations

import pytest

from dotterel.api import code

DATE = "2020-08-22"

CASES: list[tuple[str, str, str | None]] = [
    # sentence, trigger word, place name (None: no place)
    ("Forty people are arrested while protesting Operation Legend in Detroit.", "arrested", "Detroit"),
    ("Forty people are arrested while protesting Operation Legend in Detroit.", "protesting", "Detroit"),
    ("The president resigned while visiting Paris.", "resigned", "Paris"),
    # negative cases: a "while" clause with its own subject; the verb's own place first
    ("Police arrest six people in Portland while protesters march through Seattle.", "arrest", "Portland"),
    ("Police arrest six people while protesters march through Seattle.", "arrest", None),
]


@pytest.mark.parametrize(("sentence", "word", "place"), CASES)
def test_while_gerund_shares_its_place(sentence: str, word: str, place: str | None) -> None:
    events = [e for e in code(sentence, DATE) if sentence[e.trigger.start : e.trigger.end] == word]
    assert events
    assert {e.place.name if e.place else None for e in events} == {place}
